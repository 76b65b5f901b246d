"""A feed date written as a day with its month's name and no clock time, as hand-made and
CMS-template feeds write it (``November 3, 2025``, ``Nov. 3, 2025``, ``Monday, November 3,
2025``, ``3 November 2025``): feedparser reads none of the month-first forms, and the story was
dated when first seen (``~``), however old it was. Such a date is a day: read from the day's
start in UTC, as a date with no clock time always was, not estimated. A day no calendar holds
(``November 31, 2025``) or one written by numbers only, whose day and month could be either way
round (``11/03/2025``), stays unread: dated when seen and marked so.

The inputs are made up (item titles on metals; the date forms seen in public feeds built by
site templates), one feed per case."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.feeds import parse

UTC = timezone.utc
FETCHED = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
SRC = SourceConfig(name="desk", kind="rss", url="https://desk.example.org/feed.xml")


def _published(raw: str) -> tuple[datetime | None, bool]:
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
        "<item><title>Zinc smelter restarts after export levy cut</title>"
        f"<link>https://desk.example.org/a</link><pubDate>{raw}</pubDate></item>"
        "</channel></rss>"
    ).encode()
    (h,) = parse(body, SRC, fetched_at=FETCHED).headlines
    return h.published, h.date_estimated


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("November 3, 2025", (2025, 11, 3)),
        ("Nov 3, 2025", (2025, 11, 3)),
        ("Nov. 3, 2025", (2025, 11, 3)),
        ("Sept. 30, 2025", (2025, 9, 30)),
        ("Monday, November 3, 2025", (2025, 11, 3)),
        ("October 28 2025", (2025, 10, 28)),
        ("3 November 2025", (2025, 11, 3)),
        ("3rd November 2025", (2025, 11, 3)),
        ("November 3rd, 2025", (2025, 11, 3)),
    ],
)
def test_a_day_written_with_its_month_name_is_that_day(raw: str, day: tuple[int, int, int]) -> None:
    assert _published(raw) == (datetime(*day, tzinfo=UTC), False)


@pytest.mark.parametrize("raw", ["November 31, 2025", "11/03/2025", "Novembre 3, 2025"])
def test_a_day_that_cannot_be_read_surely_is_dated_when_seen(raw: str) -> None:
    assert _published(raw) == (FETCHED, True)


def test_a_day_ahead_of_the_fetch_by_weeks_is_no_date() -> None:
    assert _published("December 24, 2025") == (FETCHED, True)
