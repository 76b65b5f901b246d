"""Feed dialects that real publishers serve: RSS 0.91, Atom with only ``updated`` and
``xml:base``, relative links, windows-1252 without a declaration, an empty channel."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.feed_dates import parse_date
from tui.sources.feeds import parse

UTC = timezone.utc
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
FETCHED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _parse(name: str, url: str | None = None):  # type: ignore[no-untyped-def]
    path = FIXTURES / name
    src = SourceConfig(name="news", kind="rss", url=url or str(path))
    return parse(path.read_bytes(), src, fetched_at=FETCHED)


def test_rss091_without_dates_is_read_with_estimated_dates() -> None:
    result = _parse("rss091_nodates_SYNTHETIC.xml")
    hs = result.headlines
    assert [h.title for h in hs] == [
        "Zinc smelter cuts output",
        "Nickel & cobalt: export quota raised",
    ]
    assert all(h.date_estimated and h.published == FETCHED for h in hs)
    assert hs[0].summary == "Output cut by 10% after power shortages."
    assert hs[0].outlet == "Metals Desk"
    assert result.warning is None


def test_atom_updated_only_offsets_and_xml_base() -> None:
    hs = _parse("atom_updated_xmlbase_SYNTHETIC.xml").headlines
    assert [h.title for h in hs] == ["Copper rallies", "Tin tariff", "No link entry"]
    assert hs[0].url == "https://news.example/metals/copper-rallies.html"
    assert hs[0].published == datetime(2026, 11, 28, 8, 30, tzinfo=UTC)
    assert hs[0].summary == "Up 3%"
    assert hs[1].url == "https://other.example/a/tin.html"  # the entry's own xml:base
    assert hs[1].published == datetime(2026, 11, 28, 4, 30, tzinfo=UTC)
    assert hs[2].url is None and not hs[2].date_estimated


def test_relative_links_resolved_against_the_feed_address() -> None:
    hs = _parse(
        "relative_links_SYNTHETIC.rss.xml", url="https://feeds.example/rel/rss.xml"
    ).headlines
    by_title = {h.title: h for h in hs}
    rel = by_title["Relative link"]
    assert rel.url == "https://feeds.example/news/2026/11/aluminium-duty"
    assert rel.published == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert by_title["No date item"].url == "https://feeds.example/rel/item2.html"
    assert by_title["No date item"].date_estimated
    assert by_title["Future date"].date_estimated  # 2035: bogus, not trusted


def test_relative_links_of_a_local_file_use_the_channel_link() -> None:
    hs = _parse("relative_links_SYNTHETIC.rss.xml").headlines
    urls = {h.title: h.url for h in hs}
    assert urls["Relative link"] == "https://rel.example/news/2026/11/aluminium-duty"
    assert urls["No date item"] == "https://rel.example/news/item2.html"


def test_windows_1252_without_declaration() -> None:
    result = _parse("cp1252_undeclared_SYNTHETIC.xml")
    (h,) = result.headlines
    assert h.title == "Prix du cuivre \u2013 hausse de 5\u20ac \u201crecord\u201d"
    assert h.outlet == "Caf\u00e9 m\u00e9taux"
    assert h.published == datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    # its declaration (``<?xml version="1.0"?>``) names no encoding: none was declared wrongly
    assert (
        result.warning == "not UTF-8 and no encoding declared; read as windows-1252; 1 entry used"
    )


def test_empty_channel_is_healthy_with_no_items() -> None:
    result = _parse("empty_channel_SYNTHETIC.xml")
    assert result.headlines == [] and result.warning is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Fri, 27 Nov 2026 08:00:00 EST", datetime(2026, 11, 27, 13, 0, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 08:00:00 CET", datetime(2026, 11, 27, 7, 0, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 08:00:00 MSK", datetime(2026, 11, 27, 5, 0, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 08:00:00 GMT+2", datetime(2026, 11, 27, 6, 0, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 8:00 PM EST", datetime(2026, 11, 28, 1, 0, tzinfo=UTC)),
        ("Fri, 27 Nov 2026 12:30 AM +0000", datetime(2026, 11, 27, 0, 30, tzinfo=UTC)),
        ("Sat, 16 Dec 2023 02:02:33 PM", datetime(2023, 12, 16, 14, 2, 33, tzinfo=UTC)),
        ("Fr, 27 Nov 2026 08:00:00 +0100", datetime(2026, 11, 27, 7, 0, tzinfo=UTC)),
        ("Friday, November 27, 2026 - 08:00", datetime(2026, 11, 27, 8, 0, tzinfo=UTC)),
        ("27.11.2026 08:00", datetime(2026, 11, 27, 8, 0, tzinfo=UTC)),
        ("2026-11-27T08:00:00+05:30", datetime(2026, 11, 27, 2, 30, tzinfo=UTC)),
    ],
)
def test_pubdate_zones_clocks_and_localized_days(raw: str, expected: datetime) -> None:
    body = (
        "<rss version='2.0'><channel><title>T</title><item><title>a</title>"
        f"<link>https://x.example/a</link><pubDate>{raw}</pubDate></item></channel></rss>"
    ).encode()
    (h,) = parse(body, SourceConfig(name="n", kind="rss"), fetched_at=FETCHED).headlines
    assert (h.published, h.date_estimated) == (expected, False)


def test_loose_date_parser_leaves_unknown_forms_to_feedparser() -> None:
    assert parse_date("Fri, 27 Nov 2026 08:00:00 XYZ") is None
    assert parse_date("sometime soon") is None
    assert parse_date(None) is None
