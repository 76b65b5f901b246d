"""The first paint holds the cached head: the board's first rows only. The policy panel must
say the whole board's count and each row's whole evidence, never "80 rows" and "Ev 1" for a
moment before "819 rows" and "Ev 2" (found driving the app at a heavy user's scale)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from tui.core.config import parse_config
from tui.core.models import Evidence, Metal, PolicyStatus, Snapshot
from tui.store import snapshot_cache
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.policy import PolicyPanel

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)
ORIGINS = ("CN", "ID", "CD", "CL", "PE", "AU", "ZA", "RU", "BR", "IN")


def board(n: int) -> list[PolicyStatus]:
    """``n`` rows of copper, each with two pieces of evidence."""
    rows = []
    for i in range(n):
        origin = f"{ORIGINS[i % len(ORIGINS)]}{i // len(ORIGINS)}"
        evidence = tuple(
            Evidence("declared", f"entry {i}.{k}", None, "config", date(2025, 1, 1 + k))
            for k in range(2)
        )
        rows.append(
            PolicyStatus("copper", origin, "US", "tariff", date(2025, 1, 2), evidence=evidence)
        )
    return rows


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


def test_the_head_keeps_each_rows_evidence_and_says_the_boards_size() -> None:
    whole = Snapshot(
        NOW, [Metal("copper", "Copper")], policy=board(snapshot_cache.HEAD_POLICY + 40)
    )
    head = snapshot_cache.head(whole)
    assert len(head.policy) == snapshot_cache.HEAD_POLICY
    assert head.policy_of == len(whole.policy)
    assert all(len(r.evidence) == 2 for r in head.policy)
    small = Snapshot(NOW, [Metal("copper", "Copper")], policy=board(3))
    assert snapshot_cache.head(small).policy_of is None  # the head is the whole board


async def test_the_first_paint_counts_the_whole_board(tmp_path: Path) -> None:
    whole = Snapshot(
        NOW, [Metal("copper", "Copper")], policy=board(snapshot_cache.HEAD_POLICY + 40)
    )
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        app.post_message(SnapshotReady(snapshot_cache.head(whole)))
        await pilot.pause()
        panel: Any = app.query_one(PolicyPanel)
        assert f"{len(whole.policy)} rows" in str(panel.border_subtitle)
        row = next(iter(panel.row_objects.values()))
        assert len(row.evidence) == 2
        panel.text_filter = "CN0"  # a filter on the head: what the head holds is counted
        panel.show()
        await pilot.pause()
        assert "1 row" in str(panel.border_subtitle)  # a filter counts what it shows
        app.post_message(SnapshotReady(whole))  # the whole snapshot: its own count
        await pilot.pause()
        assert "1 row" in str(panel.border_subtitle)
