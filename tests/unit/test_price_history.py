"""The price window the UI keeps, and the full series read back on demand."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tui.core.config import parse_config
from tui.core.models import PriceSeries, Snapshot
from tui.flow.price_history import KEEP_DAYS, for_display, full_series, recent
from tui.store import Store


def series(days: int, source: str = "lme") -> PriceSeries:
    start = date(2016, 1, 1)
    points = tuple((start + timedelta(days=i), 100.0 + i) for i in range(days))
    return PriceSeries(source, "CU", "USD/t", points, metal="copper")


def test_recent_keeps_the_window_and_short_series_whole() -> None:
    long = series(3650)
    cut = recent(long)
    assert cut.points[-1] == long.points[-1]
    assert cut.points[0][0] == long.points[-1][0] - timedelta(days=KEEP_DAYS)
    assert len(cut.points) == KEEP_DAYS + 1
    assert recent(series(30)) == series(30)
    sparse = PriceSeries("m", "X", "USD/t", ((date(2000, 1, 1), 1.0), (date(2020, 1, 1), 2.0)))
    assert recent(sparse).points == sparse.points  # at least two points stay


def test_for_display_cuts_every_series() -> None:
    snap = Snapshot(generated_at=None, metals=[], prices=[series(3650), series(10)])  # type: ignore[arg-type]
    shown = for_display(snap)
    assert [len(p.points) for p in shown.prices] == [KEEP_DAYS + 1, 10]
    assert len(snap.prices[0].points) == 3650  # the original is untouched


def test_full_series_reads_the_whole_history_back(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("date,value\n2016-01-01,100\n", encoding="utf-8")
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper", "unit": "USD/t"}],
            "sources": [
                {
                    "name": "lme",
                    "kind": "csv",
                    "url": (tmp_path / "x.csv").as_uri(),
                    "metal": "copper",
                }
            ],
        },
        None,
    )
    with Store(tmp_path / "store.sqlite3") as store:
        store.save_series(series(3650))
        shown = recent(series(3650))
        full = full_series(config, store, shown)
        assert full.points == series(3650).points
        gone = series(5, source="elsewhere")
        assert full_series(config, store, gone) is gone


def test_a_chart_reads_its_own_source_only_and_the_same_points(tmp_path: Path) -> None:
    """``load_series(source=)`` (what a chart opens with) gives exactly that source's series
    as the whole store's read does, recent window and ``until`` alike, and no other."""
    with Store(tmp_path / "store.sqlite3") as store:
        for name in ("first", "lme", "last"):
            store.save_series(series(4000 if name == "lme" else 900, source=name))
        for kw in ({}, {"recent_days": KEEP_DAYS}, {"until": date(2020, 1, 1)}):
            whole = [s for s in store.load_series(**kw) if s.source == "lme"]  # type: ignore[arg-type]
            assert store.load_series(source="lme", **kw) == whole, kw  # type: ignore[arg-type]
        assert store.load_series(source="nowhere") == []
        assert full_series(parse_config({}, None), store, recent(series(4000))).points == (
            series(4000).points
        )
