"""``metalwatch snapshot`` next to the dashboard's snapshot cache: it takes the stories and
events the cache holds for unchanged headlines (as the dashboard does at a start) and prints
exactly what a build from nothing prints; a damaged cache changes nothing but the time."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import tui.engine.classifier
import tui.flow.snapshot as flow
import tui.flow.snapshot_events as snapshot_events
from tui.cli import main
from tui.core import paths
from tui.core.config import load_config
from tui.flow.price_history import KEEP_DAYS, for_display
from tui.flow.snapshot import build_snapshot
from tui.store import Store, snapshot_cache


def printed(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    memo = flow._CLUSTER_MEMO
    if memo is not None:  # a new process each time: nothing derived in memory
        memo.clear()
    snapshot_events._CLASSIFIED.clear()
    assert main(["--demo", "snapshot", *args]) == 0
    return capsys.readouterr().out


# when the demo's bundled files were read: the wall clock of each run, which two runs a
# minute boundary apart print differently (seen once in CI: 20:25 against 20:26)
_READ_AT = re.compile(r"read at \d{4}-\d\d-\d\d \d\d:\d\d UTC")


def same_text(a: str, b: str) -> None:
    """The same text but for when the bundled files were read (each run reads them again)."""
    assert _READ_AT.search(a) and _READ_AT.search(b), (a[:300], b[:300])
    assert _READ_AT.sub("read at <time>", a) == _READ_AT.sub("read at <time>", b)


def same_json(a: str, b: str) -> None:
    """The same document but for when each source was fetched (each run reads them again)."""
    x, y = json.loads(a), json.loads(b)
    for s in (*x["sources"], *y["sources"]):
        for k in ("fetched_at", "last_success", "next_attempt", "age_s"):
            s.pop(k, None)
    for doc in (x, y):  # the demo's note says when the bundled files were read: the minute may turn
        doc["notes"] = [_READ_AT.sub("read at <time>", n) for n in doc.get("notes", [])]
    assert x == y


def test_the_cache_is_taken_and_the_output_is_the_same(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    real = tui.engine.classifier.classify

    def counted(title: str, *args: Any, **kw: Any) -> Any:
        asked.append(title)
        return real(title, *args, **kw)

    monkeypatch.setattr(tui.engine.classifier, "classify", counted)
    plain, plain_json = printed(capsys), printed(capsys, "--json")
    from_nothing = len(asked)
    assert from_nothing > 20 and "HEADLINES" in plain

    config = load_config(demo=True)  # what the dashboard leaves after a start
    with Store(paths.store_path(demo=True)) as store:
        assert store.path is not None
        snap = for_display(build_snapshot(config, store, price_days=KEEP_DAYS))
        cache = snapshot_cache.cache_path(store.path)
        key = snapshot_cache.config_key(config)
        snapshot_cache.save(cache, snap, key=key, fingerprint=store.fingerprint())
    asked.clear()
    same_text(printed(capsys), plain)
    same_json(printed(capsys, "--json"), plain_json)
    assert len(asked) < from_nothing / 4, (len(asked), from_nothing)

    cache.write_text(cache.read_text(encoding="utf-8")[:5000], encoding="utf-8")  # cut short
    asked.clear()
    same_json(printed(capsys, "--json"), plain_json)
    assert len(asked) >= from_nothing / 2
