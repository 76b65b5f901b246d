"""A metal named right after a wire slug's number ("UPDATE 1-Copper rises ...", "UPDATE
12-Gold ...") is named: the number is no coined prefix ("K-tin", "e-gold" stay apart).

Found serving a wire feed from a loopback server: a story updated from "Copper rises 2% on
Chile supply fears" to "UPDATE 1-Copper rises 3% on Chile supply fears, strike widens" lost
its copper tag, and with it its place among the relevant stories and the copper filter.
None of the slugged cases below is tagged yet: NOT FIXED. Letting a match begin after
"UPDATE <n>-" (in ``tagging._BEGIN``, each one- and two-character prefix lookbehind also
preceded by ``(?<!UPDATE )``) tags them all and keeps the others apart. Against session 24's
main (blind16 studied, gate retrained) it loses no labelled row (``benchmarks/row_changes.py
main``: 5,776 -> 5,776, +0 -0; against the main before that, blind16 lost one), but the
event gate's features change with the tags, so ``train_event_gate.py --check`` asks for a
retrain, which only an engine helper may do; the slugged cases are strict xfails until then.
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
]

APART = [
    ("K-tin", ()),
    ("e-gold and Hi-tin", ()),
    ("A-Copper brand cables", ()),
    ("Copper-gold project in Chile", ("copper", "gold")),
    # the number's own word stays the number's: no metal named
    ("UPDATE 2-Indonesian ore shipments stopped", ()),
]


NOT_YET = pytest.mark.xfail(
    strict=True, reason="wire slugs: the fix needs an event-gate retrain (module docstring)"
)


@pytest.mark.parametrize(("title", "want"), APART)
def test_kept_apart(title: str, want: tuple[str, ...]) -> None:
    assert tag_metals(title, METALS) == want


@NOT_YET
@pytest.mark.parametrize(("title", "want"), SLUGGED)
def test_tags(title: str, want: tuple[str, ...]) -> None:
    assert tag_metals(title, METALS) == want


@NOT_YET
def test_the_span_starts_at_the_metal_after_the_number() -> None:
    title = "UPDATE 1-Copper rises 3% on Chile supply fears"
    ((metal, start, end),) = find_metal_spans(title, METALS)
    assert (metal, title[start:end]) == ("copper", "Copper")


@NOT_YET
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
