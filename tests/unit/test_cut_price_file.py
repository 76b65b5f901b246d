"""A price file cut off short of what is stored (a real FRED file, served by a real HTTP server
on 127.0.0.1, into a real SQLite store): the health line says how many points this fetch gave,
where it ends and that every stored point is kept; the cut last point overwrites nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fred_refresh import config, fetch, store_fixture  # noqa: F401 (the fixture ``store``)
from pytest_httpserver import HTTPServer

from tui.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "refresh"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()  # 413 monthly points to 2026-05
HALF = FRED[: FRED.index(b"\n2009-02-01,") + 1]  # 205 points, ending 2009-01-01, at a line's end
T0 = datetime(2026, 6, 20, 9, 0, tzinfo=timezone.utc)


def stored(store: Store) -> dict[date, float]:
    (series,) = store.load_series()
    return dict(series.points)


@pytest.mark.parametrize(
    ("body", "points", "ends", "parser_warning"),
    [
        # cut at a line's end: nothing in the file says so, the store does
        pytest.param(HALF, 205, date(2009, 1, 1), None, id="at-a-line-end"),
        # cut mid-line: the parser leaves the line out and says so
        pytest.param(
            HALF + b"2009-02-0", 205, date(2009, 1, 1), "last line cut off", id="mid-line"
        ),
        # cut mid-number: "3328." reads as a number, for a date already stored
        # cut mid-number: "3328." reads as a number, but with fewer decimals than every row above
        pytest.param(
            HALF + b"2009-02-01,3328.", 205, date(2009, 1, 1), "last line cut off", id="mid-number"
        ),
    ],
)
async def test_a_cut_file_says_what_it_gave_and_keeps_every_stored_point(
    httpserver: HTTPServer,
    store: Store,
    body: bytes,
    points: int,
    ends: date,
    parser_warning: str | None,
) -> None:
    cfg = config(httpserver.url_for("/fred.csv"))
    httpserver.expect_ordered_request("/fred.csv").respond_with_data(FRED, content_type="text/csv")
    httpserver.expect_ordered_request("/fred.csv").respond_with_data(body, content_type="text/csv")
    first = await fetch(cfg, store, T0)
    assert first.ok and first.items == 413 and first.warning is None
    before = stored(store)

    outcome = await fetch(cfg, store, T0 + timedelta(hours=1))
    assert outcome.ok and outcome.items == points  # what this fetch gave, not what is stored
    warning = outcome.warning or ""
    assert (
        f"{points} points in this fetch, ending {ends}, before the newest stored (2026-05-01)"
        in warning
    ), warning
    assert warning.endswith("; all 413 stored points kept"), warning
    if parser_warning:
        assert warning.startswith(parser_warning) and "cut off?" not in warning, warning
    else:
        assert ": cut off?;" in warning, warning
    # the source health line (the source screen, snapshot's SOURCES) says the same
    (health,) = store.load_health().values()
    assert health.ok and health.items == points and health.warning == outcome.warning
    # nothing the user saw is lost or rewritten: "3328." does not replace 3328.4125
    assert stored(store) == before


async def test_a_whole_file_that_goes_on_past_the_store_says_nothing(
    httpserver: HTTPServer, store: Store
) -> None:
    cfg = config(httpserver.url_for("/fred.csv"))
    httpserver.expect_ordered_request("/fred.csv").respond_with_data(HALF, content_type="text/csv")
    httpserver.expect_ordered_request("/fred.csv").respond_with_data(FRED, content_type="text/csv")
    first = await fetch(cfg, store, T0)
    assert first.ok and first.items == 205 and first.warning is None  # nothing stored before
    second = await fetch(cfg, store, T0 + timedelta(hours=1))
    assert second.ok and second.items == 413 and second.warning is None
    assert len(stored(store)) == 413
