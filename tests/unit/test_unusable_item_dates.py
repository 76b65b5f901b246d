"""Items whose date is written but is no date, in real feeds, GDELT and Federal Register answers
rewritten here: each is dated when first seen, as an undated item is, and the source's line
says how many and shows one as written.

Before, an Atom or JSON Feed date of a day no calendar holds (``2026-02-30T10:00:00Z``, month
13, ``25:00``) was carried over by feedparser into a day no one wrote (2 March, next January,
the next day) and shown as the story's date; an RSS ``Fri, 30 Feb 2026``, a GDELT
``seendate`` of ``garbage`` or 1970's zero and a Federal Register ``2024-02-30`` were dated
"now" without a word, so an old story passed for a new one with only the JSON's
``date_estimated`` to tell.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import federal_register, feeds, gdelt

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FETCHED = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
HEISE = (FIXTURES / "feeds" / "heise_developer.atom.xml").read_text(encoding="utf-8")
REUTERS = (FIXTURES / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_text(encoding="utf-8")
# the first entry of the heise feed: its update and publication
HEISE_FIRST = ("2016-02-01T17:54:50+01:00", "2016-02-01T17:22:00+01:00")


def _heise_first_dated(written: str) -> str:
    """The heise feed with its first entry's dates (updated and published) ``written``."""
    first = HEISE.index("<entry>")
    rest = HEISE[first:]
    for old in HEISE_FIRST:
        rest = rest.replace(old, written, 1)
    return HEISE[:first] + rest


def _feed(text: str) -> feeds.ParseResult:
    src = SourceConfig(name="news", kind="rss", url="https://example.org/feed")
    return feeds.parse(text.encode("utf-8"), src, fetched_at=FETCHED)


@pytest.mark.parametrize(
    "written",
    [
        "2026-02-30T10:00:00+01:00",  # no 30 February
        "2025-02-29T10:00:00+01:00",  # no leap day in 2025
        "2026-13-01T10:00:00+01:00",  # month 13: next January
        "2026-12-04T25:00:00+01:00",  # hour 25: the next day
        "2026-12-04T10:75:00+01:00",
    ],
)
def test_an_atom_date_no_calendar_holds_is_not_carried_over(written: str) -> None:
    whole = _feed(HEISE)
    result = _feed(_heise_first_dated(written))
    changed = [h for h in result.headlines if h.date_estimated]
    assert len(changed) == 1
    assert changed[0].published == FETCHED  # dated when first seen, never a made-up day
    kept = [h for h in result.headlines if not h.date_estimated]
    assert len(kept) == len(whole.headlines) - 1
    assert (
        result.warning == f"1 entry with an unusable date (e.g. {written!r}), dated when first seen"
    )


@pytest.mark.parametrize("written", ["2024-02-29T10:00:00+01:00", "2026-12-04T24:00:00+01:00"])
def test_a_leap_day_and_the_days_end_are_read_as_written(written: str) -> None:
    result = _feed(_heise_first_dated(written))
    assert not any(h.date_estimated for h in result.headlines)
    assert result.warning is None
    expected = {
        "2024-02-29T10:00:00+01:00": datetime(2024, 2, 29, 9, 0, tzinfo=UTC),
        "2026-12-04T24:00:00+01:00": datetime(2026, 12, 4, 23, 0, tzinfo=UTC),
    }[written]
    assert expected in {h.published for h in result.headlines}


def test_rss_dates_that_are_none_are_said() -> None:
    """The real 500-item Reuters feed (read a batch of items at a time), two of its dates
    rewritten: a day no calendar holds, and 1970's zero."""
    dates = ["Sat, 22 Aug 2026 18:51:50 GMT", "Sat, 22 Aug 2026 19:21:41 GMT"]
    text = REUTERS.replace(dates[0], "Sun, 30 Feb 2026 18:51:50 GMT", 1)
    text = text.replace(dates[1], "Thu, 01 Jan 1970 00:00:00 GMT", 1)
    result = _feed(text)
    assert sum(h.date_estimated for h in result.headlines) == 2
    assert result.warning == (
        "2 entries with an unusable date (e.g. 'Sun, 30 Feb 2026 18:51:50 GMT'), "
        "dated when first seen"
    )


def test_a_feed_whose_dates_all_read_says_nothing() -> None:
    assert _feed(REUTERS).warning is None
    assert _feed(HEISE).warning is None


def test_gdelt_seendates_that_are_none_are_said() -> None:
    doc = json.loads((FIXTURES / "events" / "gdelt_doc_artlist_oil_sanctions.json").read_text())
    articles = doc["articles"]
    articles[0]["seendate"] = "20260230T100000Z"
    articles[1]["seendate"] = "garbage"
    articles[2]["seendate"] = "19700101T000000Z"
    articles[3]["seendate"] = ""  # no date written: undated, as before, not said
    src = SourceConfig(name="gdelt", kind="gdelt", url="https://example.org/gdelt")
    result = gdelt.parse(json.dumps(doc).encode(), src, fetched_at=FETCHED)
    assert sum(h.date_estimated for h in result.headlines) == 4
    assert result.warning == (
        "3 articles with an unusable date (e.g. '20260230T100000Z'), dated when first seen"
    )


def test_a_federal_register_date_that_is_none_is_said() -> None:
    path = FIXTURES / "policy" / "federalregister_search-newest-page-one.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["results"][0]["publication_date"] = "2024-02-30"
    src = SourceConfig(name="fr", kind="federal-register", url="https://example.org/fr")
    result = federal_register.parse(json.dumps(doc).encode(), src, fetched_at=FETCHED)
    assert [h.date_estimated for h in result.headlines] == [True, False]
    assert result.warning == (
        "1 document with an unusable date (e.g. '2024-02-30'), dated when first seen"
    )
