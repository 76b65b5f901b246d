"""A price address that starts serving another series (real FRED files over a real HTTP server
into a real SQLite store): aluminium's prices never appear under copper's source; the health
line says why; a source the user edited takes the new series."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from fred_refresh import config, fetch, store_fixture  # noqa: F401 (the fixture ``store``)
from pytest_httpserver import HTTPServer

from tui.store import Store

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
COPPER = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
ALUMINIUM = (PRICES / "fred_PALUMUSDM_2026-05.csv").read_bytes()
T0 = datetime(2026, 6, 20, 9, 0, tzinfo=timezone.utc)


def symbols(store: Store) -> set[str]:
    return {s.symbol for s in store.load_series() if s.source == "FRED copper"}


async def test_another_metals_series_at_the_same_address_is_refused(
    httpserver: HTTPServer, store: Store
) -> None:
    """The series names its metal (PALUMUSDM: aluminium): under copper's source it is refused
    outright, on the first fetch as on later ones, and an edited address changes nothing."""
    for body in (COPPER, ALUMINIUM, ALUMINIUM):
        httpserver.expect_ordered_request("/prices.csv").respond_with_data(
            body, content_type="text/csv"
        )
    cfg = config(httpserver.url_for("/prices.csv"))
    assert (await fetch(cfg, store, T0)).ok and symbols(store) == {"PCOPPUSDM"}
    swapped = await fetch(cfg, store, T0 + timedelta(hours=1))
    assert swapped.error == (
        "PALUMUSDM is the price of aluminium, not copper: another metal's series? "
        "(check this source's metal and series)"
    )
    edited = config(httpserver.url_for("/prices.csv") + "?v=2")
    assert not (await fetch(edited, store, T0 + timedelta(hours=2))).ok
    assert symbols(store) == {"PCOPPUSDM"}  # nothing of aluminium under copper's name


async def test_another_series_at_the_same_address_is_held_back(
    httpserver: HTTPServer, store: Store
) -> None:
    """A metal id of the user's own (``cu``) is not judged by the series' name; the store
    still holds back a series other than the one the source gave until now."""
    for body in (COPPER, ALUMINIUM, ALUMINIUM):
        httpserver.expect_ordered_request("/prices.csv").respond_with_data(
            body, content_type="text/csv"
        )
    cfg = config(httpserver.url_for("/prices.csv"), metal="cu")
    first = await fetch(cfg, store, T0)
    assert first.ok and symbols(store) == {"PCOPPUSDM"}

    swapped = await fetch(cfg, store, T0 + timedelta(hours=1))
    assert not swapped.ok
    assert swapped.error is not None and swapped.error.startswith(
        "suspect update held back: the answer is series PALUMUSDM, where this source gave "
        "PCOPPUSDM until now"
    ), swapped.error
    assert symbols(store) == {"PCOPPUSDM"}  # nothing of aluminium under copper's name
    (health,) = store.load_health().values()
    assert not health.ok and health.error == swapped.error

    # the user changes the source (here its address): the new series is taken
    edited = config(httpserver.url_for("/prices.csv") + "?v=2", metal="cu")
    taken = await fetch(edited, store, T0 + timedelta(hours=2))
    assert taken.ok, taken.error
    assert "PALUMUSDM" in symbols(store)


async def test_the_same_series_with_a_new_month_is_taken(
    httpserver: HTTPServer, store: Store
) -> None:
    newer = COPPER + b"2026-06-01,13600.5\n"
    for body in (COPPER, newer):
        httpserver.expect_ordered_request("/prices.csv").respond_with_data(
            body, content_type="text/csv"
        )
    cfg = config(httpserver.url_for("/prices.csv"))
    assert (await fetch(cfg, store, T0)).ok
    again = await fetch(cfg, store, T0 + timedelta(hours=1))
    assert again.ok and again.error is None and again.items == 414
