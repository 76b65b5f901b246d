"""``health.over_last_known``: a session that could read nothing of the store (locked from the
start) counts its sources' health over the last snapshot's, so the bundled demo never stands in
for data the user had and the header still says when the data was last good."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tui.core.config import parse_config
from tui.core.models import SourceHealth
from tui.flow.health import over_last_known, source_health, wants_demo
from tui.store import Store

NOW = datetime(2026, 12, 4, 12, tzinfo=timezone.utc)


def config() -> object:
    return parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/a.xml"},
                {"name": "wire", "kind": "rss", "url": "http://127.0.0.1:9/b.xml"},
            ],
        },
        None,
    )


def test_a_locked_session_keeps_what_the_last_snapshot_knew() -> None:
    cfg = config()
    good = NOW - timedelta(days=2)
    last = [
        SourceHealth("news", "rss", ok=True, fetched_at=good, last_success=good, items=12),
        SourceHealth("wire", "rss", ok=False, error="refused", fetched_at=good),
    ]
    memory = Store.memory()  # this session: both tried now, both refused
    for name in ("news", "wire"):
        memory.save_health(
            SourceHealth(name, "rss", ok=False, error="connection refused", fetched_at=NOW)
        )
    alone = source_health(cfg, memory, NOW)  # the memory store alone: never delivered
    assert wants_demo(cfg, alone)
    health = {h.name: h for h in over_last_known(cfg, memory.load_health(), last, NOW)}
    assert not wants_demo(cfg, health.values())
    news = health["news"]
    assert news.error == "connection refused" and news.fetched_at == NOW  # failing now
    assert news.last_success == good and news.items == 12  # its data, from before
    assert health["wire"].last_success is None  # never delivered: nothing made up
    assert last[0].error is None  # the last snapshot's health is left as it was


def test_a_source_not_tried_yet_this_session_keeps_its_last_state() -> None:
    cfg = config()
    good = NOW - timedelta(hours=1)
    last = [SourceHealth("news", "rss", ok=True, fetched_at=good, last_success=good, items=3)]
    health = {h.name: h for h in over_last_known(cfg, {}, last, NOW)}
    assert health["news"].ok and health["news"].last_success == good
    assert health["wire"].fetched_at is None  # configured, known to neither
