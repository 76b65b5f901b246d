"""A feed date with a numeric zone offset no place has (``+2500``, ``-1900``, ``+0575``,
``+25:00``: more than 14 hours either way, or 60 minutes or more; ``+2500`` typed for ``+0500``)
was applied as written by feedparser and moved the story by a day or more with no word:
``Fri, 04 Dec 2026 10:00:00 +2500`` showed as 09:00 UTC on the 3rd. Such a clock time is now
read as UTC (the middle of where it can be) on the day the feed wrote, and marked as of a zone
not known (``zone_unknown``: ``~`` after its age, the story screen and the JSON say so), as an
unknown abbreviation's is. Offsets places do have (``+1400``, ``-1200``, ``+0530``, ``+0545``)
are applied as before.

Before the change every made-up case in ``IMPOSSIBLE`` read a day or more off, unmarked.
Module: ``tui/sources/feed_dates.py`` (``impossible_offset``, ``placed``), read by
``tui/sources/feeds.py``."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Headline
from tui.sources import feeds

NOW = datetime(2026, 12, 6, 12, tzinfo=timezone.utc)
SRC = SourceConfig(name="wire", kind="rss", url="https://example.org/feed")

IMPOSSIBLE = [
    ("Fri, 04 Dec 2026 10:00:00 +2500", "Zinc smelter in Peru halts output"),
    ("Fri, 04 Dec 2026 10:00:00 -1900", "Nickel ore quota cut in Indonesia"),
    ("Fri, 04 Dec 2026 10:00:00 +0575", "Tin miners strike in Myanmar"),
    ("Fri, 04 Dec 2026 10:00:00 -9999", "Cobalt stockpile plan in Congo"),
    ("2026-12-04T10:00:00+25:00", "Copper cathode premiums rise in Shanghai"),
    ("2026-12-04T10:00:00-19:30", "Aluminium duty review opens in Canada"),
]
POSSIBLE = [
    ("Fri, 04 Dec 2026 10:00:00 +1400", "Lithium output rises in Chile", datetime(2026, 12, 3, 20)),
    ("Fri, 04 Dec 2026 10:00:00 -1200", "Gold refiners expand in Dubai", datetime(2026, 12, 4, 22)),
    (
        "Fri, 04 Dec 2026 10:00:00 +0545",
        "Silver imports climb in Nepal",
        datetime(2026, 12, 4, 4, 15),
    ),
    (
        "2026-12-04T10:00:00+05:30",
        "Steel safeguard extended in India",
        datetime(2026, 12, 4, 4, 30),
    ),
]


def _read(cases: list[tuple[str, str]]) -> list[Headline]:
    items = "".join(
        f"<item><title>{title}</title><link>https://example.org/{i}</link>"
        f"<pubDate>{raw}</pubDate></item>"
        for i, (raw, title) in enumerate(cases)
    )
    data = f"<rss version='2.0'><channel><title>W</title>{items}</channel></rss>".encode()
    return sorted(feeds.parse(data, SRC, fetched_at=NOW).headlines, key=lambda h: h.url or "")


def test_an_offset_no_place_has_is_read_as_utc_and_marked() -> None:
    got = _read(IMPOSSIBLE)
    assert len(got) == len(IMPOSSIBLE)
    for headline in got:
        assert headline.published == datetime(2026, 12, 4, 10, tzinfo=timezone.utc), headline
        assert headline.zone_unknown and not headline.date_estimated, headline


@pytest.mark.parametrize(("raw", "title", "utc"), POSSIBLE)
def test_an_offset_a_place_has_is_applied(raw: str, title: str, utc: datetime) -> None:
    (headline,) = _read([(raw, title)])
    assert headline.published == utc.replace(tzinfo=timezone.utc)
    assert not headline.zone_unknown
