"""The store's lean reads: a read-only look for the first paint, the recent window of each
price series, and headlines shared with the snapshot a rebuild replaces."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_content import SEEN, federal_register_headlines, fred_copper, guardian_headlines

from tui.core.models import PriceSeries, SourceHealth
from tui.flow.price_history import recent
from tui.store import Store

UTC = timezone.utc


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "cache" / "metalwatch.db")
    yield s
    s.close()


# --------------------------------------------------------------------------- peek


def test_peek_reads_what_the_store_holds_without_opening_it_for_writing(store: Store) -> None:
    store.set_meta("theme", "metalwatch-light")
    store.save_health(SourceHealth("guardian", "rss", ok=True, items=55, fetched_at=SEEN))
    assert store.path is not None
    peek = Store.peek(store.path)
    assert peek is not None
    try:
        assert peek.get_meta("theme") == "metalwatch-light"
        assert peek.load_health()["guardian"].items == 55
        peek.set_meta("theme", "other")  # a write is never an error: it stays in memory
        assert peek.get_meta("theme") == "other"
    finally:
        peek.close()
    assert store.get_meta("theme") == "metalwatch-light", "the file is untouched"


def test_peek_at_nothing_is_none(tmp_path: Path) -> None:
    assert Store.peek(tmp_path / "missing.db") is None
    assert not (tmp_path / "missing.db").exists(), "a look never creates the file"


def test_peek_into_a_path_with_uri_characters(tmp_path: Path) -> None:
    path = tmp_path / "a dir?#%" / "metalwatch.db"
    with Store(path) as s:
        s.set_meta("k", "v")
    peek = Store.peek(path)
    assert peek is not None
    try:
        assert peek.get_meta("k") == "v"
    finally:
        peek.close()


# --------------------------------------------------------------------------- recent prices


def _series(symbol: str, days: list[date]) -> PriceSeries:
    return PriceSeries(
        source=f"src-{symbol}",
        symbol=symbol,
        unit="USD/t",
        points=tuple((d, 100.0 + i) for i, d in enumerate(days)),
        metal="copper",
    )


def test_recent_window_is_read_as_recent_cuts_it(store: Store) -> None:
    start = date(2016, 1, 1)
    daily = [start + timedelta(days=i) for i in range(3650)]
    gap = [date(2020, 1, 1), date(2024, 6, 1), date(2025, 1, 1)]  # one point in the window
    series = [
        fred_copper(),  # monthly, 1992-2026
        _series("DAILY", daily),
        _series("GAP", gap),
        _series("ONE", [date(2025, 1, 1)]),
        _series("TWO", [date(2020, 1, 1), date(2025, 1, 1)]),
        _series("EDGE", [date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 1)]),
    ]
    for s in series:
        store.save_series(s)
    full = store.load_series()
    for days in (0, 1, 30, 365, 400, 20000):
        assert store.load_series(recent_days=days) == [recent(s, days) for s in full], days
    windowed = {s.symbol: s for s in store.load_series(recent_days=400)}
    assert len(windowed["DAILY"].points) == 401
    assert windowed["GAP"].points == full[2].points[1:], "at least two points"
    assert windowed["EDGE"].points == full[5].points, "a day exactly 365 days back is kept"


# --------------------------------------------------------------------------- shared headlines


def test_headlines_equal_to_those_held_come_back_as_the_same_objects(store: Store) -> None:
    guardian, fr = guardian_headlines(), federal_register_headlines()
    store.save_headlines("guardian", guardian, seen_at=SEEN)
    store.save_headlines("federal-register", fr, seen_at=SEEN)
    held = store.load_headlines()
    changed = replace(guardian[3], summary="A summary written again since.")
    store.save_headlines("guardian", [changed], seen_at=SEEN + timedelta(hours=1))

    again = store.load_headlines(reuse=held)

    assert again == store.load_headlines(), "the same headlines as a plain read"
    by_id = {id(h) for h in held}
    fresh = [h for h in again if id(h) not in by_id]
    assert fresh == [changed], "only the changed one is a new object"
    assert sum(id(h) in by_id for h in again) == len(held) - 1


def test_repeated_names_are_one_string(store: Store) -> None:
    store.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
    loaded = store.load_headlines()
    assert len({id(h.source) for h in loaded}) == 1
    assert len({id(h.outlet) for h in loaded}) == 1
    same = [h for h in loaded if h.canonical_url == h.url]
    assert same and all(h.canonical_url is h.url for h in same)


def test_published_dates_survive_sharing(store: Store) -> None:
    store.save_headlines("guardian", guardian_headlines(), seen_at=SEEN)
    held = store.load_headlines()
    assert all(h.published is not None and h.published.tzinfo == UTC for h in held)
    assert store.load_headlines(reuse=held)[0].published == max(
        h.published for h in held if isinstance(h.published, datetime)
    )
