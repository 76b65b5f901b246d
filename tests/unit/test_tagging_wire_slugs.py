"""A metal named right after a wire slug's number ("UPDATE 1-Copper rises ...", "UPDATE
12-Gold ...") is named: the number is no coined prefix ("K-tin", "e-gold" stay apart).

Found serving a wire feed from a loopback server: a story updated from "Copper rises 2% on
Chile supply fears" to "UPDATE 1-Copper rises 3% on Chile supply fears, strike widens" lost
its copper tag, and with it its place among the relevant stories and the copper filter.
A one- or two-character prefix before a hyphen keeps a
metal's name from beginning there only when it is letters (``metal_patterns.BEGIN``): a number
coins no metal. The slugged cases read wrong before the change, all of them.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config import parse_config
from tui.core.config_types import SourceConfig
from tui.engine.tagging import find_metal_spans, tag_metals
from tui.sources import feeds

METALS = list(parse_config({}, None).metals)  # the built-in watch list

SLUGGED = [
    ("UPDATE 1-Copper rises 3% on Chile supply fears, strike widens", ("copper",)),
    ("UPDATE 2-Gold slips as dollar firms ahead of Fed", ("gold",)),
    ("UPDATE 12-Aluminium premiums in Japan jump", ("aluminium",)),
    ("UPDATE 3-Nickel ore exports from Indonesia halted", ("nickel",)),
    ("UPDATE 1-Silver, platinum track gold higher", ("gold", "silver", "platinum")),
    ("UPDATE 4-Zinc smelter in Peru shuts on protests", ("zinc",)),
    ("UPDATE 1-Lithium prices slide on oversupply", ("lithium",)),
    ("UPDATE 2-Rare earth magnets exports curbed", ("rare-earths",)),
    ("RPT 1-Tin hits record as Myanmar mines stay shut", ("tin",)),
    ("REFILE 2-Cobalt glut deepens in Congo", ("cobalt",)),
]

APART = [
    ("K-tin", ()),
    ("e-gold and Hi-tin", ()),
    ("A-Copper brand cables", ()),
    ("Copper-gold project in Chile", ("copper", "gold")),
    # the number's own word stays the number's: no metal named
    ("UPDATE 2-Indonesian ore shipments stopped", ()),
]


@pytest.mark.parametrize(("title", "want"), APART)
def test_kept_apart(title: str, want: tuple[str, ...]) -> None:
    assert tag_metals(title, METALS) == want


@pytest.mark.parametrize(("title", "want"), SLUGGED)
def test_tags(title: str, want: tuple[str, ...]) -> None:
    assert tag_metals(title, METALS) == want


def test_the_span_starts_at_the_metal_after_the_number() -> None:
    title = "UPDATE 1-Copper rises 3% on Chile supply fears"
    ((metal, start, end),) = find_metal_spans(title, METALS)
    assert (metal, title[start:end]) == ("copper", "Copper")


def test_a_feed_story_updated_with_a_slug_keeps_its_metal() -> None:
    feed = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Wire</title><link>https://wire.example/</link>
<item><title>UPDATE 1-Copper rises 3% on Chile supply fears, strike widens</title>
<link>https://wire.example/copper-1</link><guid isPermaLink="false">g-1</guid>
<pubDate>Sat, 05 Dec 2026 12:00:00 +0000</pubDate></item>
</channel></rss>"""
    src = SourceConfig(name="Wire", kind="rss", url="https://wire.example/feed.xml")
    got = feeds.parse(feed, src, fetched_at=datetime(2026, 12, 5, 13, tzinfo=timezone.utc))
    (item,) = got.headlines
    assert tag_metals(item.title, METALS) == ("copper",)
