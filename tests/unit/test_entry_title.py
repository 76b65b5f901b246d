"""Feed entries whose title says nothing ("...", a link, the outlet's name, nothing): shown and
read by a stand-in (summary, link slug, link), never grouped with each other as one story, and
never the evidence of a policy row under a junk title."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Metal
from tui.engine.cluster import build_stories
from tui.sources import feeds, gdelt
from tui.sources.entry_title import says_something, shown_title, title_from_url

FEED = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "junk_titles_SYNTHETIC.rss.xml"
FETCHED = datetime(2026, 12, 4, tzinfo=timezone.utc)
SRC = SourceConfig(name="Metals wire", kind="rss", url="https://wire.example/feed.xml")
METALS = [
    Metal("copper", "Copper"),
    Metal("gallium", "Gallium"),
    Metal("nickel", "Nickel"),
]


@pytest.mark.parametrize(
    ("title", "outlets", "says"),
    [
        ("...", (), False),
        (" - – | ", (), False),
        ("https://www.reuters.com/markets/x/", (), False),
        ("www.mining.com", (), False),
        ("mining.com", (), False),
        ("Reuters", ("Reuters",), False),
        ("REUTERS", ("reuters.com",), False),
        ("Mining.com", ("Mining.com",), False),
        ("Reuters", (), True),  # no outlet of this entry by that name: a word is a word
        ("Copper rises", ("Reuters",), True),
        ("2026", (), True),
        ("Copper hits $10,000 per tonne at www.lme.com", (), True),
    ],
)
def test_what_says_something(title: str, outlets: tuple[str, ...], says: bool) -> None:
    assert says_something(title, outlets) is says


def test_the_stand_in_order_summary_slug_link() -> None:
    assert shown_title("...", "Copper rises. More.", "https://a.example/x") == "Copper rises. More."
    assert shown_title("...", "???", "https://a.example/copper-rises-again") == (
        "Copper rises again"
    )
    assert shown_title("", "", "https://a.example/s/A4") == "https://a.example/s/A4"
    assert shown_title("- - -", "", None) == ""
    # a link as title, no link of its own: the title's slug
    assert shown_title("https://a.example/zinc-smelter-shuts-down", "", None) == (
        "Zinc smelter shuts down"
    )
    assert title_from_url("https://r.example/x/chile-copper-output-falls-2026-12-03/") == (
        "Chile copper output falls"
    )
    assert title_from_url("https://r.example/copper-hits-10000") == "Copper hits 10000"


def test_a_feed_of_junk_titles() -> None:
    heads = feeds.parse(FEED.read_bytes(), SRC, fetched_at=FETCHED).headlines
    titles = [h.title for h in heads]
    assert titles == [
        "China bans gallium exports to the United States, the commerce ministry said.",
        "Chile copper output falls",
        "Copper prices rise on Chinese demand",
        "Zambia copper mines cut output after power shortage",
        "Indonesia imposes an export ban on nickel ore from January, the minister said.",
        "https://wire.example/e",  # the feed's own name, a summary of "???": its link
        "Copper export ban lifted by Zambia",
    ]  # "- - -" and "wire.example" with no link and no text: nothing to show, left out
    # a summary standing in for the title is not shown twice
    by_title = {h.title: h for h in heads}
    assert by_title["Copper prices rise on Chinese demand"].summary == ""
    assert by_title["Copper prices rise on Chinese demand"].outlet == "Reuters"


def test_junk_titles_make_no_odd_stories_and_no_junk_evidence() -> None:
    """Two articles titled "Reuters" were one story with two outlets; "..." was the evidence
    title of a gallium row."""
    from tui.engine.classifier import classify

    heads = feeds.parse(FEED.read_bytes(), SRC, fetched_at=FETCHED).headlines
    stories = build_stories(heads, METALS)
    assert len(stories) == len(heads)  # each its own story
    assert all(says_something(s.title) or s.title.startswith("https://") for s in stories)
    events = {
        s.title: event
        for s in stories
        if (event := classify(s.title, s.summary, METALS)) is not None
    }
    assert "..." not in events
    gallium = [t for t, e in events.items() if "gallium" in e.metals]
    assert gallium == [
        "China bans gallium exports to the United States, the commerce ministry said."
    ]


def test_gdelt_junk_titles_take_their_link_slug() -> None:
    body = (
        b'{"articles": ['
        b'{"url": "https://news.example/a/lithium-export-ban-extended-by-zimbabwe",'
        b' "title": "news.example", "seendate": "20261203T100000Z", "domain": "news.example"},'
        b'{"url": "https://news.example/b/copper-tariff", "title": "...",'
        b' "seendate": "20261203T100000Z", "domain": "news.example"}]}'
    )
    src = SourceConfig(name="GDELT", kind="gdelt", url="https://api.gdeltproject.org/x")
    heads = gdelt.parse(body, src, fetched_at=FETCHED).headlines
    assert [h.title for h in heads] == [
        "Lithium export ban extended by zimbabwe",
        "https://news.example/b/copper-tariff",
    ]
