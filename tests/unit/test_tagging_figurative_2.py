"""More kinds of figurative metal words, each checked both ways (the idiom tags no metal, a
literal phrasing beside it still does): an actor's role, a trait of character ("steel in the
spine"), a drinking-water rule named for contaminants, "copper" for a policeman, sales
certifications, "gold-plated" rules, a figurative gold rush; and the three real stories of the
shared fixture feeds that were tagged for such words."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config import load_config
from tui.core.config_types import SourceConfig
from tui.core.models import Metal
from tui.engine.cluster import build_stories
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.relevance import is_relevant, with_relevance
from tui.engine.tagging import find_metal_spans, tag_metals
from tui.sources import federal_register, feeds

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FETCHED = datetime(2026, 8, 23, tzinfo=timezone.utc)
WATCH = [
    Metal("copper", "Copper"),
    Metal("tin", "Tin"),
    Metal("gold", "Gold"),
    Metal("silver", "Silver"),
    Metal("platinum", "Platinum"),
    Metal("steel", "Steel"),
]


@pytest.mark.parametrize(
    "text",
    [
        # an actor's role: the character mines or sells the metal, the story is a film's
        "McConaughey packs on 40lb for his turn as a gold-miner!",
        "She stars as a silver smuggler in the new thriller",
        "Newcomer cast as a copper miner in the biopic",
        # a trait of character
        "the beauty of America's soul and the steel in America's spine",
        "There was steel in her voice as she answered",
        "A coach with steel in his backbone",
        # a drinking-water rule named for the contaminants it limits
        "Drinking Water Regulation: Lead and Copper Rule Improvements",
        "EPA finalises the lead and copper rules for water utilities",
        # "copper" for a police officer (British slang)
        "Bent copper jailed for selling secrets to gangsters",
        "Off-duty copper tackles knifeman on the Tube",
        "Former copper cleared of misconduct",
        "Undercover coppers infiltrated protest groups",
        # sales certifications
        "Platinum-selling rapper announces world tour",
        "The gold-selling album that made her name",
        # rules made stricter than required
        "Ministers vow to end gold-plating of EU rules",
        "Gold-plated pensions for council bosses",
        # a gold rush of something else
        "Investors pile into the AI gold rush",
        "The crypto gold rush is over",
        # a golden adjective, a gold medal, a silver lining or screen: never the metal
        "Golden Globes: the full list of winners",
        "A golden opportunity for the Democrats",
        "Gold medallist retires; silver medal for the relay team",
        "A silver lining for the silver screen",
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
        ("Gold miners rally as bullion hits a record", ("gold",)),
        ("Gold price hits record as dollar slides", ("gold",)),
        ("Illegal gold miners flood the Amazon in a new gold rush", ("gold",)),
        ("Ghana's role as a gold producer grows", ("gold",)),
        ("Steel in America's warehouses piles up after tariffs", ("steel",)),
        ("Steel imports fall; mills see steel in demand", ("steel",)),
        ("New rule on copper exports takes effect", ("copper",)),
        ("Copper rules the base metals rally", ("copper",)),
        ("Lead and copper prices climb on smelter cuts", ("copper",)),
        ("Former copper mine reopens in Zambia", ("copper",)),
        ("Top copper producer cuts output", ("copper",)),
        ("Copper jumps as Chile supply falters", ("copper",)),
        ("Platinum selling by ETFs accelerates", ("platinum",)),
        ("Central bank gold selling slows", ("gold",)),
        ("Gold-plating of rules ends as gold prices climb", ("gold",)),
        ("Tin prices soar; a tin-pot regime", ("tin",)),
    ],
)
def test_literal_mentions_still_count(text: str, expected: tuple[str, ...]) -> None:
    assert tag_metals(text, WATCH) == expected, text


def _guardian(snippet: str) -> list[feeds.Headline]:
    src = SourceConfig(name="Guardian US", kind="rss")
    data = (FIXTURES / "feeds" / "guardian_us.rss.xml").read_bytes()
    parsed = feeds.parse(data, src, fetched_at=FETCHED)
    return [h for h in parsed.headlines if snippet in f"{h.title} {h.summary}"]


@pytest.mark.parametrize(
    "snippet",
    [
        "turn as a gold-miner",  # a Hollywood essay, tagged gold
        "the steel in America's spine",  # a State of the Union video, tagged steel
    ],
)
def test_real_guardian_stories_name_no_metal(snippet: str) -> None:
    """Real Guardian items (tests/fixtures/feeds, see its PROVENANCE), tagged with the built-in
    watch list for a figurative metal word: the stories built from them are not relevant."""
    metals = load_config().metals
    heads = _guardian(snippet)
    assert len(heads) == 1
    (story,) = [with_relevance(s) for s in build_stories(heads, metals)]
    assert story.metals == () and not is_relevant(story)


def test_a_real_drinking_water_meeting_is_not_copper_news() -> None:
    """A real Federal Register notice (tests/fixtures/policy): an EPA advisory council meets on
    the "Lead and Copper Rule Improvements", a drinking-water rule, not a metals measure."""
    src = SourceConfig(name="fr", kind="federal-register", options={"term": "water"})
    data = (FIXTURES / "policy" / "federalregister_search-relevance-page-one.json").read_bytes()
    parsed = federal_register.parse(data, src, fetched_at=FETCHED)
    heads = [h for h in parsed.headlines if "Lead and Copper Rule" in f"{h.title} {h.summary}"]
    assert len(heads) == 1
    metals = load_config().metals
    assert tag_metals(f"{heads[0].title} {heads[0].summary}", metals) == ()


def test_any_word_never_stands_next_to_the_metal_word() -> None:
    """``~`` beside ``@`` would be a trigger word no text holds: its idiom would never apply."""
    from tui.engine.figurative import IDIOMS

    for phrases in IDIOMS.values():
        for phrase in phrases:
            tokens = phrase.split()
            at = tokens.index("@")
            assert "~" not in tokens[max(0, at - 1) : at + 2], phrase
