"""The health shown for a source is its address's: a failure (and a last good time) recorded
for the URL a source had before is not shown as the new URL's.

A source whose URL changed in the config under the same name showed the old address's failure
("⚠ 1 failing", the source marked failing) from the first paint until its first fetch from the
new address, 2-4 s later; ``metalwatch snapshot --offline`` said it failing until a fetch. The
store keeps the address each source's health was recorded for; another address's is dropped.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from own_data import FEEDS, own_config, settle

from tui.cli import main
from tui.core.config import Config
from tui.core.config_types import SourceConfig
from tui.core.models import SourceHealth
from tui.flow.health import remote_names, source_health, summarise
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady


def _moved(config: Config, name: str, url: str) -> Config:
    sources = tuple(
        dataclasses.replace(s, url=url) if s.name == name else s for s in config.sources
    )
    return dataclasses.replace(config, sources=sources)


def test_a_stored_failure_is_shown_only_for_its_own_address(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite3")
    now = datetime.now(timezone.utc)
    old = "http://127.0.0.1:9/old.xml"
    store.save_health(
        SourceHealth(
            "Feed",
            "rss",
            ok=False,
            error="connection refused",
            fetched_at=now,
            last_success=now,
            items=12,
            url=old,
        )
    )
    src = SourceConfig(name="Feed", kind="rss", url=old)
    config = own_config(tmp_path, news=False, prices=False, dead=0, policy=False)
    (same,) = source_health(dataclasses.replace(config, sources=(src,)), store, now)
    assert same.failed and same.last_success == now  # its own address: as stored
    moved = dataclasses.replace(config, sources=(dataclasses.replace(src, url="http://x/new"),))
    (new,) = source_health(moved, store, now)
    assert not new.failed and new.last_success is None and new.fetched_at is None
    # the new address's first fetch keeps nothing of the old one's (its last success, items)
    store.save_health(
        SourceHealth("Feed", "rss", ok=False, error="timed out", fetched_at=now, url="http://x/new")
    )
    stored = store.load_health()["Feed"]
    assert stored.url == "http://x/new" and stored.last_success is None and stored.items == 0
    store.close()
    (again,) = source_health(moved, Store(tmp_path / "store.sqlite3"), now)
    assert again.error == "timed out" and again.last_success is None


async def test_the_first_paint_shows_no_failure_of_the_old_address(tmp_path: Path) -> None:
    config = own_config(tmp_path)  # "Gone 1": nothing listens at its address
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config, store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        assert summarise(app.snapshot.sources, remote_names(config)).failing == 1

    shutil.copyfile(FEEDS / "reuters_via_googlenews_direct.rss.xml", tmp_path / "new.xml")
    for moved, failing in ((_moved(config, "Gone 1", str(tmp_path / "new.xml")), 0), (config, 1)):
        seen: list[Any] = []
        app2 = MetalwatchApp(moved, store_path=store, refresh_on_start=False)

        def hook(message: Any, seen: list[Any] = seen) -> None:
            if isinstance(message, SnapshotReady):
                seen.append(message.snapshot)

        async with app2.run_test(size=(160, 48), message_hook=hook) as pilot:
            await settle(app2, pilot)
            assert seen and app2.snapshot is not None
            for snap in (seen[0], app2.snapshot):  # the first paint, and the settled screen
                counts = summarise(snap.sources, remote_names(moved))
                assert counts.failing == failing, (moved.sources, snap.sources)
            gone = next(h for h in app2.snapshot.sources if h.name == "Gone 1")
            assert (gone.last_success, gone.fetched_at is None) == (None, not failing)
            assert ("failing" in str(app2.status_bar.status_text())) == bool(failing)


def test_snapshot_offline_shows_no_failure_of_the_old_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(FEEDS / "reuters_via_googlenews_direct.rss.xml", tmp_path / "news.xml")
    config = tmp_path / "config.toml"

    def write(url: Path) -> None:
        config.write_text(
            f'[[sources]]\nname = "Wire"\nkind = "rss"\nurl = "{url}"\n', encoding="utf-8"
        )

    def run(*more: str) -> str:
        main(["snapshot", "--config", str(config), *more])
        return capsys.readouterr().out

    write(tmp_path / "missing.xml")  # a file not there: the fetch fails, recorded as failing
    (wire,) = json.loads(run("--json"))["sources"]
    assert wire["error"] and not wire["ok"]
    (wire,) = json.loads(run("--json", "--offline"))["sources"]
    assert wire["error"], "its own address: still failing"
    write(tmp_path / "news.xml")
    (wire,) = json.loads(run("--json", "--offline"))["sources"]
    assert wire["error"] is None and wire["fetched_at"] is None, wire
    assert "missing.xml" not in run("--offline")
