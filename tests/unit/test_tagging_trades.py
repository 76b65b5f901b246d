"""A metal's trade written as one word with it names the metal: "steelmakers", "steelmaking",
"steelworks", "steelworker", "steelmill" tag a story steel, so a flooded steelworks or a
steelmaker's results show under steel and count as relevant. Before, only "steel mill" and
"steel-maker" did (the alias ended at a word boundary); real headlines say "steelmakers" far
more often (14 rows of the labelled sets were read not relevant for it, none read relevant
wrongly after).

Only a story's tags take the trade words: the classifier's spans (where a metal is named in the
text it reads) are unchanged, so "German steelmakers tumble as ..." is not read as steel's price
tumbling."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.models import Headline, Metal
from tui.engine.cluster import build_stories
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.tagging import find_metal_spans, tag_metals

METALS = [
    Metal("steel", "Steel"),
    Metal("copper", "Copper"),
    Metal("tin", "Tin"),
    Metal("lead", "Lead"),
    Metal("gold", "Gold"),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("iron-ore", "Iron ore", ("iron ore",)),
]
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Typhoon floods a Pohang steelworks, halting output", ("steel",)),
        ("Steelmakers' shares slide in Frankfurt", ("steel",)),
        ("STEELMAKER posts record profit", ("steel",)),
        ("Green steelmaking plant gets funding", ("steel",)),
        ("Steelworkers strike at the Gary plant", ("steel",)),
        ("Steelworker's union backs the deal", ("steel",)),
        ("Old steelmills reopen; a steelwork bridge", ("steel",)),
        ("Stainless steelmaker and an aluminium smelter merge", ("steel", "aluminium")),
        ("A tinworks museum opens", ("tin",)),
        # no trade word, or not as one word with the metal: unchanged
        ("Coppersmith guild marks its anniversary", ()),
        ("Goldsmiths and leadership of the tinkers' club", ()),
        ("Ironworks museum; iron oremaker", ()),
        ("Steely resolve; a steelyard", ()),
        ("Makers of steel; works of copper", ("steel", "copper")),
    ],
)
def test_a_trade_written_with_its_metal_tags_the_metal(
    text: str, expected: tuple[str, ...]
) -> None:
    assert tag_metals(text, METALS) == expected
    matcher = MetalMatcher(METALS)
    assert matcher.tag(text) == expected
    assert matcher.tag_many(["Nothing here", text, "steelworks"]) == [(), expected, ("steel",)]


def test_the_classifiers_spans_keep_the_metal_word_alone() -> None:
    """Where the classifier looks for a metal named in the text, a firm or plant named after its
    metal is not the metal itself."""
    assert find_metal_spans("German steelmakers tumble as tariffs loom", METALS) == []
    assert find_metal_spans("Steel tumbles as tariffs loom", METALS) == [("steel", 0, 5)]


def test_a_story_about_a_steelworks_is_relevant() -> None:
    flood = Headline(
        "Typhoon floods Pohang steelworks, halting output",
        "https://example.org/flood",
        "wire",
        NOW,
        summary="The plant's blast furnaces were shut after the river burst its banks.",
    )
    other = Headline("Quebec votes on a new budget", "https://example.org/q", "wire", NOW)
    stories = {s.title: s for s in build_stories([flood, other], METALS)}
    assert stories[flood.title].metals == ("steel",)
    assert stories[flood.title].relevant
    assert not stories[other.title].relevant
