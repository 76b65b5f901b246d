"""A status inferred from a headline outlives the headline's retention in the store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import parse_config
from tui.core.models import Headline
from tui.flow.snapshot import build_snapshot
from tui.store import SCHEMA_VERSION, Store

CONFIG = parse_config(
    {
        "app": {"retention_days": 30},
        "metals": [{"id": "nickel", "name": "Nickel"}, {"id": "copper", "name": "Copper"}],
        "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
    },
    None,
)


def test_inferred_status_survives_pruning_of_its_headline(tmp_path: Path) -> None:
    t0 = datetime(2026, 1, 10, tzinfo=timezone.utc)
    ban = Headline("Indonesia bans nickel ore exports", "https://example.org/ban", "news", t0)
    other = Headline("Copper prices rise on China demand", "https://example.org/px", "news", t0)
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [ban, other], seen_at=t0)
        first = build_snapshot(CONFIG, store, now=t0)
        assert [(r.metal, r.origin, r.status) for r in first.policy] == [
            ("nickel", "ID", "suspended")
        ]
        # months later the feed serves only the copper story: the ban headline is pruned
        later = t0 + timedelta(days=90)
        store.save_headlines("news", [other], seen_at=later)
        assert store.prune(max_age_days=30, max_stories=100, now=later) == 1
        again = build_snapshot(CONFIG, store, now=later)
        assert [s.title for s in again.stories] == ["Copper prices rise on China demand"]
        row = again.policy[0]
        assert (row.metal, row.origin, row.destination, row.status) == (
            "nickel",
            "ID",
            "*",
            "suspended",
        )
        assert row.evidence[0].title == "Indonesia bans nickel ore exports"
        assert row.evidence[0].kind == "inferred"


def test_a_metal_removed_from_the_config_drops_its_remembered_rows(tmp_path: Path) -> None:
    t0 = datetime(2026, 1, 10, tzinfo=timezone.utc)
    ban = Headline("Indonesia bans nickel ore exports", "https://example.org/ban", "news", t0)
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [ban], seen_at=t0)
        build_snapshot(CONFIG, store, now=t0)
        store.prune(max_age_days=1, max_stories=0, now=t0 + timedelta(days=5))
        copper_only = parse_config(
            {
                "metals": [{"id": "copper", "name": "Copper"}],
                "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
            },
            None,
        )
        assert build_snapshot(copper_only, store, now=t0).policy == []


def test_a_source_removed_from_the_config_drops_its_remembered_rows(tmp_path: Path) -> None:
    """Like its headlines, the events of a source no longer configured stay off the board
    (the demo's former Federal Register items did not linger)."""
    t0 = datetime(2026, 1, 10, tzinfo=timezone.utc)
    ban = Headline("Indonesia bans nickel ore exports", "https://example.org/ban", "news", t0)
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [ban], seen_at=t0)
        assert build_snapshot(CONFIG, store, now=t0).policy
        renamed = parse_config(
            {
                "metals": [{"id": "nickel", "name": "Nickel"}],
                "sources": [{"name": "wire", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
            },
            None,
        )
        assert build_snapshot(renamed, store, now=t0).policy == []
        assert build_snapshot(CONFIG, store, now=t0).policy  # configured again: back


def test_a_version_2_store_gains_the_events_table_and_keeps_its_data(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "v2.sqlite3"
    t0 = datetime(2026, 1, 10, tzinfo=timezone.utc)
    with Store(path) as store:
        store.save_headlines(
            "news", [Headline("A", "https://example.org/a", "news", t0)], seen_at=t0
        )
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE policy_events")
    conn.execute("DROP TABLE pruned_headlines")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None
        assert store.pragma("user_version") == SCHEMA_VERSION
        assert [h.title for h in store.load_headlines()] == ["A"]
        store.save_policy_events([("k", {"published": None, "event": {}, "evidence": {}})])
        assert list(store.load_policy_events()) == ["k"]
