"""The policy panel below 120 columns with a failing register: a row whose measure ended says
"ended" and "failing" both (at 60 columns "ended — check" filled the 14 cells and "⚠ failing:
Register" was cut to nothing; at 70 "ended 2026-01-10 — chec…"), and no column is drawn in
part (the Since column's first digit stood at the right edge, its header as "…")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.models import Evidence, Metal, PolicyStatus, Snapshot, SourceHealth
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.policy import PolicyPanel

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
METALS = [Metal("cobalt", "Cobalt"), Metal("tungsten", "Tungsten"), Metal("tin", "Tin")]


def row(metal: str, origin: str, source: str, **kw: object) -> PolicyStatus:
    evidence = (Evidence("declared", f"{metal} from {source}", None, source, date(2025, 2, 4)),)
    status = str(kw.pop("status", "quota"))
    return PolicyStatus(metal, origin, "*", status, date(2025, 2, 4), evidence=evidence, **kw)  # type: ignore[arg-type]


BOARD = [
    row("cobalt", "CD", "Ministry register"),
    row("tungsten", "CN", "Ministry register", status="suspended", until=date(2026, 1, 10), expired=True),
    row("tin", "MM", "Second register", until=date(2031, 3, 31)),
]  # fmt: skip


def health(name: str) -> SourceHealth:
    last = NOW - timedelta(hours=3)
    return SourceHealth(name, "policy-file", ok=False, error="HTTP 500", fetched_at=NOW, last_success=last, items=1)  # fmt: skip


def panel_lines(app: MetalwatchApp) -> list[str]:
    region = app.query_one(PolicyPanel).table.region
    strips = app.screen._compositor.render_strips()
    return [strips[y].text[region.x : region.right] for y in range(region.y, region.bottom)]


def whole_cells(line: str, cells: list[str]) -> list[str]:
    """The pieces of ``line`` (cells are two spaces apart or more) that are no cell, nor a cell
    cut with "…" at its own column's width."""
    pieces = [p for p in re.split(r"\s{2,}", line.strip()) if p]
    return [p for p in pieces if p not in cells and not (p.endswith("…") and any(c.startswith(p[:-1]) for c in cells))]  # fmt: skip


@pytest.mark.parametrize("size", [(60, 24), (70, 30), (80, 24), (100, 30), (120, 40)])
async def test_an_ended_measure_of_a_failing_register_says_both_and_no_column_is_cut(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    config = parse_config(
        {
            "metals": [{"id": m.id, "name": m.name} for m in METALS],
            "sources": [
                {"name": n, "kind": "policy-file", "url": "http://127.0.0.1:9/p.toml"}
                for n in ("Ministry register", "Second register")
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "s.sqlite3", refresh_on_start=False)
    async with app.run_test(size=size) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        sources = [health("Ministry register"), health("Second register")]
        app.post_message(SnapshotReady(Snapshot(NOW, METALS, policy=BOARD, sources=sources)))
        await pilot.pause()
        await pilot.pause()
        table = app.query_one(PolicyPanel).table
        lines = panel_lines(app)
        labels = [c.label for c in table.columns]
        assert whole_cells(lines[0], labels) == [], (size, lines[0])
        for n in range(table.row_count):
            cells = [c.plain for c in table.get_row_at(n)]
            line = next(ln for ln in lines if ln.strip().startswith(cells[0] + " "))
            assert whole_cells(line, cells) == [], (size, line)
        tungsten = next(ln for ln in lines if "Tungsten" in ln)
        assert re.search(r"\bended\b", tungsten) and "failing" in tungsten, (size, tungsten)
        tin = next(ln for ln in lines if "Tin " in ln)
        assert "failing" in tin, (size, tin)
