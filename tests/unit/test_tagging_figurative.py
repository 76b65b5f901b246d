"""Metal words used figuratively tag no metal ("the gold standard", "a silver lining", "iron out",
"copper-bottomed", "lead the pack", "won gold"), while a literal mention beside one still does."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.core.models import Metal
from tui.engine.figurative import IDIOMS, figurative
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.relevance import is_relevant, with_relevance
from tui.engine.tagging import find_metal_spans, tag_metals
from tui.sources import feeds

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
WATCH = [
    Metal("copper", "Copper"),
    Metal("lead", "Lead"),  # the bare name as its alias: the verb is up to the config
    Metal("tin", "Tin"),
    Metal("iron", "Iron"),
    Metal("gold", "Gold"),
    Metal("silver", "Silver"),
    Metal("platinum", "Platinum"),
    Metal("cobalt", "Cobalt"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Set a rarely reached gold standard for romantic comedy",
        "The silver lining for airlines: cheaper fuel",
        "Negotiators race to iron out differences before the summit",
        "Ministers promise a copper-bottomed guarantee on pensions",
        "Nvidia continues to lead the pack in AI spending",
        "Rivals take the lead in the polls",
        "Sprinter won gold in Paris and silver medals in Tokyo",
        "Kenya takes gold, Ethiopia wins silver.",
        "Olympic gold for the relay team",
        "Film brings Oscar gold to the studio",
        "Gold medallist signs with new club",
        "Her second album went platinum in a week",
        "Regime rules with an iron fist; an iron-fisted crackdown",
        "Silver Lake agrees to buy software firm",
        "Higher rates could lead to job losses",
        "A tin-pot dictator and a tin ear for voters",
        "Cobalt Strike used in the attack",
    ],
)
def test_a_figurative_metal_word_tags_no_metal(text: str) -> None:
    assert tag_metals(text, WATCH) == (), text
    assert find_metal_spans(text, WATCH) == []
    assert MetalMatcher(WATCH).first_spans(text) == []
    assert MetalMatcher(WATCH).tag_many([text, text]) == [(), ()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold hits record high as dollar slides", ("gold",)),
        ("Gold's status as a haven tested", ("gold",)),
        ("Ghana won gold mining rights back from the firm", ("gold",)),
        ("Silver prices rally; gold steady", ("gold", "silver")),
        ("Iron ore output falls; iron output too", ("iron",)),
        ("Will lead prices rise after the smelter closure?", ("lead",)),
        ("Lead in the lead market: smelters cut output", ("lead",)),
        ("Copper bottoms out near $9,000", ("copper",)),
        ("Platinum deficit widens", ("platinum",)),
        ("Cobalt exports halted", ("cobalt",)),
        # a figurative use beside a literal one: the literal one counts
        ("A silver lining for copper miners as copper climbs", ("copper",)),
        ("Gold standard of care; gold prices climb", ("gold",)),
    ],
)
def test_literal_mentions_still_count(text: str, expected: tuple[str, ...]) -> None:
    assert tag_metals(text, WATCH) == expected, text


def test_spans_keep_the_literal_mention_beside_an_idiom() -> None:
    text = "A silver lining: silver rallies"
    assert find_metal_spans(text, WATCH) == [("silver", 17, 23)]
    assert MetalMatcher(WATCH).first_spans(text) == [("silver", 17, 23)]


def test_a_real_film_review_is_not_about_gold() -> None:
    """A real Guardian summary (tests/fixtures/feeds, see its PROVENANCE) praising a film as a
    'gold standard' made the story relevant as a gold story."""
    src = SourceConfig(name="Guardian US", kind="rss")
    data = (FEEDS / "guardian_us.rss.xml").read_bytes()
    parsed = feeds.parse(data, src, fetched_at=datetime(2026, 8, 23, tzinfo=timezone.utc))
    (story,) = [h for h in parsed.headlines if "rarely reached gold standard" in (h.summary or "")]
    assert tag_metals(f"{story.title} {story.summary}", WATCH) == ()


def test_the_story_built_from_it_is_not_relevant() -> None:
    from tui.engine.cluster import build_stories

    src = SourceConfig(name="Guardian US", kind="rss")
    data = (FEEDS / "guardian_us.rss.xml").read_bytes()
    parsed = feeds.parse(data, src, fetched_at=datetime(2026, 8, 23, tzinfo=timezone.utc))
    heads = [h for h in parsed.headlines if "rarely reached gold standard" in (h.summary or "")]
    (story,) = [with_relevance(s) for s in build_stories(heads, WATCH)]
    assert story.metals == () and not is_relevant(story)


def test_every_idiom_is_written_with_one_metal_word() -> None:
    for word, phrases in IDIOMS.items():
        assert word == word.lower() and " " not in word
        for phrase in phrases:
            tokens = phrase.split()
            assert tokens.count("@") == 1, phrase
            assert "$" not in tokens[:-1], phrase


def test_a_longer_alias_is_always_literal() -> None:
    refined = [Metal("lead", "Lead", ("refined lead", "lead"))]
    assert tag_metals("refined lead the market expects", refined) == ("lead",)
    assert not figurative("the gold standard", 4, 4)  # an empty span is no word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after a market's subject, even in a longer alias of the built-in watch list
        ("Copper, nickel lead metals higher on China stimulus", ("copper",)),
        ("Gold and silver lead metals rally as dollar slides", ("gold", "silver")),
        ("Base metals lead market gains in Asia", ()),
        ("Miners lead market higher as iron ore climbs", ("iron",)),
        # the metal, listed or named
        ("Zinc, lead prices rise on smelter cuts", ("lead",)),
        ("Copper and lead prices climb", ("copper", "lead")),
        ("Lead metal prices hit two-year high", ("lead",)),
    ],
)
def test_lead_as_a_verb_after_a_market_subject_is_no_metal(
    text: str, expected: tuple[str, ...]
) -> None:
    watch = [
        *[m for m in WATCH if m.id != "lead"],
        Metal("lead", "Lead", ("lead metal", "lead prices", "lead market", "refined lead")),
    ]
    order = [m.id for m in watch]
    assert tag_metals(text, watch) == tuple(sorted(expected, key=order.index))
