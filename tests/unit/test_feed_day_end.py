"""``24:00`` in a feed's date: the end of the day, which RFC 3339 and ISO 8601 allow and read
as the next day's 00:00. An RFC 822 date with it (``Mon, 02 Mar 2026 24:00:00 GMT``) was no
date at all, the story dated when first seen (and jumping to the top of the list); one written
``2026-03-02 24:00:00`` was read as the start of the day it ends. ``24:00:01`` or ``24:30``
are no time, and stay unusable.

Made-up feeds written here (RSS ``pubDate`` and Atom ``updated``)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Headline
from tui.sources import feeds

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="wire", kind="rss", url="https://wire.example.com/feed.xml")


def read(date: str, atom: bool) -> Headline:
    if atom:
        body = (
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>"
            "<entry><title>Copper duty rises</title><id>urn:x:1</id>"
            f"<link href='https://ex.com/1'/><updated>{date}</updated></entry></feed>"
        )
    else:
        body = (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item>"
            "<title>Copper duty rises</title><link>https://ex.com/1</link>"
            f"<pubDate>{date}</pubDate></item></channel></rss>"
        )
    (headline,) = feeds.parse(body.encode(), SRC, fetched_at=NOW).headlines
    return headline


def utc(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=timezone.utc)  # type: ignore[misc]


@pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])
@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Mon, 02 Mar 2026 24:00:00 GMT", utc(2026, 3, 3)),
        ("Mon, 02 Mar 2026 24:00 +0100", utc(2026, 3, 2, 23)),
        ("Wed, 31 Dec 2025 24:00:00 GMT", utc(2026, 1, 1)),
        ("Sat, 28 Feb 2026 24:00:00 -0500", utc(2026, 3, 1, 5)),
        ("2026-03-02 24:00:00", utc(2026, 3, 3)),
        ("2026-03-02 24:00", utc(2026, 3, 3)),
        ("2026-02-28T24:00:00Z", utc(2026, 3, 1)),
        ("2026-03-02T24:00:00+02:00", utc(2026, 3, 2, 22)),
    ],
)
def test_the_end_of_a_day_is_the_next_days_start(written: str, meant: datetime, atom: bool) -> None:
    headline = read(written, atom)
    assert (headline.published, headline.date_estimated) == (meant, False)


@pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])
@pytest.mark.parametrize(
    "written",
    ["Mon, 02 Mar 2026 24:00:01 GMT", "Mon, 02 Mar 2026 24:30:00 GMT", "2026-03-02 24:00:05"],
)
def test_a_time_past_the_days_end_is_no_date(written: str, atom: bool) -> None:
    headline = read(written, atom)
    assert (headline.published, headline.date_estimated) == (NOW, True)
