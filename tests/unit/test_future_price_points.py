"""A price point dated after the day it was fetched (a typo in a file, a day and month read the
wrong way round, a clock set wrong at the publisher) is no price of today: it passed for the
newest, "as of" a day to come, never stale (`age_days` -179). Such points are left out and
counted on the health line; a file of nothing else fails. A real FRED file served by a real
HTTP server on 127.0.0.1, into a real SQLite store."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from fred_refresh import config, fetch, store_fixture  # noqa: F401 (the fixture ``store``)
from pytest_httpserver import HTTPServer

from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()  # 413 monthly points to 2026-05
T0 = datetime(2026, 6, 20, 9, 0, tzinfo=timezone.utc)


def newest(store: Store) -> tuple[date, float]:
    (series,) = store.load_series()
    return series.points[-1]


@pytest.mark.parametrize(
    ("tail", "left_out"),
    [
        (b"2027-06-01,13520.5\n", "1 point dated after the day of the fetch left out: 2027-06-01"),
        (
            b"2026-07-01,13520.5\n2026-08-01,13530.5\n",
            "2 points dated after the day of the fetch left out: 2026-07-01 to 2026-08-01",
        ),
    ],
)
async def test_points_dated_after_the_fetch_are_left_out_and_said(
    httpserver: HTTPServer, store: Store, tail: bytes, left_out: str
) -> None:
    httpserver.expect_request("/fred.csv").respond_with_data(FRED + tail, content_type="text/csv")
    outcome = await fetch(config(httpserver.url_for("/fred.csv")), store, T0)
    assert outcome.ok and outcome.items == 413
    assert outcome.warning == left_out
    assert newest(store)[0] == date(2026, 5, 1)


async def test_the_next_day_is_allowed_for_time_zones(httpserver: HTTPServer, store: Store) -> None:
    """A close in Asia is dated a day ahead of UTC's day for part of it."""
    tail = b"2026-06-21,13520.5\n"
    httpserver.expect_request("/fred.csv").respond_with_data(FRED + tail, content_type="text/csv")
    outcome = await fetch(config(httpserver.url_for("/fred.csv")), store, T0)
    assert outcome.ok and outcome.warning is None
    assert newest(store) == (date(2026, 6, 21), 13520.5)


async def test_a_file_dated_only_in_the_future_fails(httpserver: HTTPServer, store: Store) -> None:
    body = b"observation_date,PCOPPUSDM\n2030-01-01,9000\n2030-02-01,9100\n"
    httpserver.expect_request("/fred.csv").respond_with_data(body, content_type="text/csv")
    outcome = await fetch(config(httpserver.url_for("/fred.csv")), store, T0)
    assert not outcome.ok
    assert outcome.error == (
        "every point is dated after the day of the fetch (2030-01-01 to 2030-02-01): "
        "a wrong date format or a wrong clock?"
    )
    assert store.load_series() == []


async def test_a_placeholder_date_is_left_out_and_said(
    httpserver: HTTPServer, store: Store
) -> None:
    """A row dated 0001-01-01 (an empty date exported) would stretch the chart over twenty
    centuries and make up a change: it is left out and said."""
    header, rest = FRED.split(b"\n", 1)
    body = header + b"\n0001-01-01,1.0\n" + rest
    httpserver.expect_request("/fred.csv").respond_with_data(body, content_type="text/csv")
    outcome = await fetch(config(httpserver.url_for("/fred.csv")), store, T0)
    assert outcome.ok and outcome.items == 413
    assert outcome.warning == "1 point dated before 1800 left out: 0001-01-01"
    (series,) = store.load_series()
    assert series.points[0][0].year >= 1800


async def test_a_file_of_placeholder_dates_fails(httpserver: HTTPServer, store: Store) -> None:
    body = b"observation_date,PCOPPUSDM\n0001-01-01,9000\n"
    httpserver.expect_request("/fred.csv").respond_with_data(body, content_type="text/csv")
    outcome = await fetch(config(httpserver.url_for("/fred.csv")), store, T0)
    assert not outcome.ok and outcome.error is not None and "before 1800" in outcome.error
    assert store.load_series() == []


async def test_points_an_earlier_version_stored_ahead_or_as_placeholders_are_not_shown(
    httpserver: HTTPServer, store: Store
) -> None:
    """Before these points were refused when fetched, they were stored: the store keeps them,
    but neither the panel's window nor the chart's whole history reads them, so the newest price
    is the newest real one and its window is not cut from a day to come."""
    from tui.flow.price_history import full_series
    from tui.flow.snapshot import build_snapshot, to_json

    httpserver.expect_request("/fred.csv").respond_with_data(FRED, content_type="text/csv")
    cfg = config(httpserver.url_for("/fred.csv"))
    assert (await fetch(cfg, store, T0)).ok
    (fetched,) = store.load_series()
    # what an earlier version stored: a point a year ahead and a placeholder
    odd = ((date(1, 1, 1), 1.0), (date(2027, 6, 1), 13520.5))
    store.save_series(dataclasses.replace(fetched, points=odd))
    (kept,) = store._conn.execute("SELECT COUNT(*) FROM price_points").fetchone()
    assert kept == 415, "the store keeps what it was given"

    for days in (None, 365):  # the snapshot command's whole series, the panel's window
        snap = build_snapshot(cfg, store, now=T0, price_days=days)
        (shown,) = snap.prices
        assert shown.points[-1] == (date(2026, 5, 1), fetched.points[-1][1])
        assert shown.points[0][0].year >= 1800
        if days is not None:
            assert len(shown.points) > 2, "the window ends at the newest real day"
    (row,) = to_json(build_snapshot(cfg, store, now=T0))["prices"]
    assert row["as_of"] == "2026-05-01" and row["age_days"] >= 0
    whole = full_series(cfg, store, shown)
    assert whole.points[-1][0] == date(2026, 5, 1) and whole.points[0][0].year >= 1800
