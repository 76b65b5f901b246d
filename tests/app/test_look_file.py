"""The first paint reads what the last quit kept beside the store (``tui.store.look_file``)
while the store is still the file it closed, and the store itself once anything wrote it."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle

from tui.store import Store, look_file
from tui.store.glance import Glance
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.theming import PICKED, PICKED_AT, PICKED_UNDER

AT = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)


def _pick(store: Path, theme: str, mark: str) -> None:
    """Another program's session: a theme picked and a story marked read, the file closed."""
    with Store(store) as s:
        s.set_metas({PICKED: theme, PICKED_UNDER: "metalwatch-dark", PICKED_AT: AT.isoformat()})
        s.keep_read({mark: AT})


async def _first_paint(config: Any, store: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """One start: what its first paint showed, and how often it looked into the store."""
    seen: dict[str, Any] = {"peeks": 0}
    peek = Glance.peek.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Glance], path: Path, **kw: Any) -> Glance | None:
        seen["peeks"] += 1
        return peek(cls, path, **kw)  # type: ignore[no-any-return]

    monkeypatch.setattr(Glance, "peek", classmethod(counting))
    app = MetalwatchApp(config, store_path=store, refresh_on_start=False)

    def hook(message: Any) -> None:
        if isinstance(message, SnapshotReady) and "theme" not in seen:
            seen.update(theme=app.theme, read=set(app.read_ids), peeks_then=seen["peeks"])
            seen["sources"] = {h.name: (h.ok, h.error) for h in message.snapshot.sources}

    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app, pilot)
    monkeypatch.undo()
    return seen


async def test_the_quits_look_stands_in_for_the_store_until_the_store_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = own_config(tmp_path, theme="metalwatch-dark")
    store = tmp_path / "store.sqlite3"
    _pick(store, "metalwatch-light", "story-a")
    app = MetalwatchApp(config, store_path=store)  # fetches: health stored, the head written
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
    look = look_file.load(store)
    assert look is not None, "the quit kept its look beside the store"
    with Store(store) as s:  # what it holds is what the store holds
        assert look.get_meta(PICKED) == s.get_meta(PICKED) == "metalwatch-light"
        assert look.read_ids() == s.read_ids() == {"story-a"}
        assert look.load_health() == s.load_health() and look.load_health()
    assert look_file.load(store) is not None, "read, not written: the look still stands"
    look_file.remove(store)
    plain = await _first_paint(config, store, monkeypatch)  # looked into the store
    assert plain["peeks_then"] >= 1

    kept = await _first_paint(config, store, monkeypatch)
    assert kept["peeks_then"] == 0, "no look into the store before the first paint"
    assert {k: kept[k] for k in ("theme", "read", "sources")} == {
        k: plain[k] for k in ("theme", "read", "sources")
    }
    assert kept["theme"] == "metalwatch-light" and "story-a" in kept["read"]
    assert any(error for _, error in kept["sources"].values()), "the dead source failing"

    _pick(store, "textual-light", "story-b")  # another program wrote the store since
    later = await _first_paint(config, store, monkeypatch)
    assert later["peeks_then"] >= 1
    assert later["theme"] == "textual-light" and {"story-a", "story-b"} <= later["read"]


def test_a_store_with_a_log_beside_it_or_changed_has_no_look(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    _pick(store, "metalwatch-light", "story-a")
    look_file.write(store, {PICKED: "metalwatch-light"}, [], ["story-a"])
    look = look_file.load(store)
    assert look is not None and look.read_ids() == {"story-a"}
    wal = Path(f"{store}-wal")
    wal.write_bytes(b"")  # a session open on it (or one that did not close it)
    assert look_file.load(store) is None
    look_file.write(store, {PICKED: "x"}, [], [])  # not kept while one is beside it
    assert not look_file.look_path(store).exists()
    wal.unlink()
    look_file.write(store, {PICKED: "metalwatch-light"}, [], ["story-a"])
    assert look_file.load(store) is not None
    with store.open("ab") as f:  # written since (the same inode, size and time or not)
        f.write(b"\0")
    assert look_file.load(store) is None


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", '{"format": "metalwatch.look/1"}', '{"format": "other", "store": null}'],
)
def test_a_look_that_is_not_one_is_not_used(tmp_path: Path, text: str) -> None:
    store = tmp_path / "store.sqlite3"
    _pick(store, "metalwatch-light", "story-a")
    look_file.look_path(store).write_text(text)
    assert look_file.load(store) is None
