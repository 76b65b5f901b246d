"""tui.store: round-trips of price series (real FRED data, upserts, history kept, non-finite
points skipped, thirty series loaded whole), declared policy, health, read marks and meta, and a
failed write rolling back its whole batch.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_content import (
    SEEN,
    fred_copper,
    store_fixture,  # noqa: F401 (the fixture ``store``)
)

from tui.core.models import DeclaredPolicy, Headline, PriceSeries, SourceHealth
from tui.store import SCHEMA_VERSION, Store


def test_series_round_trip_real_fred(store: Store) -> None:
    series = fred_copper()
    store.save_series(series)
    (loaded,) = store.load_series()
    assert loaded == series
    assert loaded.points[0] == (date(1992, 1, 1), 2150.57962901611)
    assert loaded.points[-1] == (date(2026, 5, 1), 13483.75153846154)
    assert len(loaded.points) == 413


def test_series_points_are_upserted_and_history_kept(store: Store) -> None:
    series = fred_copper()
    store.save_series(replace(series, points=series.points[:400]))
    revised = ((date(2025, 1, 1), 9000.0), *series.points[398:])
    store.save_series(replace(series, points=revised, note="revised"))
    (loaded,) = store.load_series()
    assert len(loaded.points) == 413, "older points outside the new window are kept"
    assert dict(loaded.points)[date(2025, 1, 1)] == 9000.0
    assert loaded.note == "revised"
    assert [d for d, _ in loaded.points] == sorted(d for d, _ in loaded.points)


def test_non_finite_points_are_skipped(store: Store) -> None:
    s = PriceSeries(
        source="x",
        symbol="HG=F",
        unit="USD/lb",
        points=((date(2025, 1, 2), 4.1), (date(2025, 1, 3), float("nan")), (date(2025, 1, 6), 4.2)),
    )
    store.save_series(s)
    assert store.load_series()[0].points == ((date(2025, 1, 2), 4.1), (date(2025, 1, 6), 4.2))


def test_thirty_series_of_ten_years_load_whole(store: Store) -> None:
    # how fast is measured in benchmarks/bench_scale.py, not here (a shared machine)
    start = date(2015, 1, 1)
    days = [
        start + timedelta(days=i) for i in range(3650) if (start + timedelta(days=i)).weekday() < 5
    ]
    for n in range(30):
        store.save_series(
            PriceSeries(
                source=f"src{n}",
                symbol=f"SYM{n}",
                unit="USD/t",
                points=tuple((d, 1000.0 + n + i * 0.25) for i, d in enumerate(days)),
            )
        )
    loaded = store.load_series()
    assert sum(len(s.points) for s in loaded) == 30 * len(days) > 75_000
    assert [s.symbol for s in loaded[:3]] == ["SYM0", "SYM1", "SYM2"]
    assert loaded[7].points[-1] == (days[-1], 1007.0 + (len(days) - 1) * 0.25)


def test_declared_replaced_per_source(store: Store) -> None:
    config = [
        DeclaredPolicy("gallium", "CN", "US", "suspended", since=date(2024, 12, 3), note="ban"),
        DeclaredPolicy("copper", "*", "US", "tariff", rate_pct=50.0, proposed=True),
    ]
    from_file = [
        DeclaredPolicy(
            "nickel", "ID", "*", "suspended", url="https://example.org/ore", source="policy-file"
        )
    ]
    store.save_declared("config", config)
    store.save_declared("policy-file", from_file)
    assert store.load_declared() == [*config, *from_file]
    store.save_declared("config", config[1:])
    assert store.load_declared() == [config[1], *from_file]
    store.save_declared("config", [])
    assert store.load_declared() == from_file


def test_declared_until_round_trips_and_a_version_3_store_gains_it(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    ended = DeclaredPolicy(
        "rare-earths", "CN", "*", "licensing", since=date(2025, 11, 7), until=date(2026, 11, 10)
    )
    with Store(path) as store:
        store.save_declared("file", [ended])
        assert store.load_declared() == [ended]
    conn = sqlite3.connect(path)  # the same store as version 3 wrote it: no until column
    conn.execute("DELETE FROM declared")
    conn.execute("ALTER TABLE declared DROP COLUMN until")
    conn.execute("DROP TABLE pruned_headlines")  # version 5's
    conn.execute(
        "INSERT INTO declared VALUES ('file', 0, 'copper', '*', 'US', 'tariff',"
        " '2025-08-01', 50.0, 0, NULL, NULL, 'file')"
    )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None and store.pragma("user_version") == SCHEMA_VERSION
        (kept,) = store.load_declared()
        assert (kept.metal, kept.rate_pct, kept.until) == ("copper", 50.0, None)
        store.save_declared("file", [ended])
        assert store.load_declared() == [ended]


def test_health_round_trip(store: Store) -> None:
    ok = SourceHealth(
        name="fred-copper",
        kind="fred",
        ok=True,
        fetched_at=SEEN,
        last_success=SEEN,
        next_attempt=SEEN + timedelta(hours=6),
        items=413,
    )
    bad = SourceHealth(
        name="gdelt", kind="gdelt", error="HTTP 429 Too Many Requests", stale=True, warning="w"
    )
    store.save_health(ok)
    store.save_health(bad)
    assert store.load_health() == {"fred-copper": ok, "gdelt": bad}
    fixed = SourceHealth(name="gdelt", kind="gdelt", ok=True, items=75, fetched_at=SEEN)
    store.save_health(fixed)
    assert store.load_health()["gdelt"] == fixed


def test_read_marks_and_meta(store: Store) -> None:
    assert store.read_ids() == set()
    store.mark_read(["story-a", "story-b", "story-a"])
    store.mark_read([])
    assert store.read_ids() == {"story-a", "story-b"}
    assert store.get_meta("last_session_end") is None
    store.set_meta("last_session_end", "2025-01-02T03:04:05+00:00")
    store.set_meta("last_session_end", "2025-01-03T00:00:00+00:00")
    assert store.get_meta("last_session_end") == "2025-01-03T00:00:00+00:00"


def test_failed_write_rolls_back_the_whole_batch(store: Store) -> None:
    bad = Headline(title="ok", url="https://example.org/a", source="s", published=SEEN)

    class Boom(float):
        def __float__(self) -> float:
            raise RuntimeError("boom")

    store.save_headlines("s", [bad], seen_at=SEEN)
    series = PriceSeries(
        source="s",
        symbol="X",
        unit="u",
        points=((date(2025, 1, 1), 1.0), (date(2025, 1, 2), Boom(2))),
    )
    with pytest.raises(RuntimeError):
        store.save_series(series)
    assert store.load_series() == [], "nothing of a failed batch is stored"
    store.set_meta("k", "v")  # the store is still usable
    assert store.get_meta("k") == "v"
