"""Metal tagging: aliases as whole words, plural/hyphen/possessive forms, and the compiled
matcher agreeing exactly with a plain regex search over the whole text (less the figurative
uses of :mod:`tui.engine.figurative`, tested in test_tagging_figurative.py)."""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import tomllib

from tui.core.config import parse_config
from tui.core.config_types import SourceConfig
from tui.core.models import Metal
from tui.engine import metal_patterns
from tui.engine.figurative import figurative
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.metal_patterns import fold_for_prefilter
from tui.engine.tagging import find_metal_spans, matcher_for, tag_metals
from tui.sources import feeds

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT = list(
    parse_config(
        tomllib.loads((ROOT / "tui" / "default_config.toml").read_text("utf-8")), None
    ).metals
)
SIMPLE = [
    Metal("copper", "Copper"),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("tin", "Tin"),
    Metal("lead", "Lead"),
    Metal("rare-earths", "Rare earths", ("rare earth", "rare earth elements")),
    Metal("gold", "Gold"),
]


def _feed_titles(name: str) -> list[str]:
    data = (FIXTURES / "feeds" / name).read_bytes()
    src = SourceConfig(name=name, kind="rss")
    result = feeds.parse(data, src, fetched_at=datetime(2026, 8, 23, tzinfo=timezone.utc))
    return [h.title for h in result.headlines]


# -- behaviour ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rare-earth magnets", ("rare-earths",)),
        ("China's rare earths export curbs", ("rare-earths",)),
        ("Rare Earth's role in defence", ("rare-earths",)),
        ("Rare Earth’s role in defence", ("rare-earths",)),
        ("rare   earth elements", ("rare-earths",)),
        ("RARE-EARTHS", ("rare-earths",)),
        ("rareearth", ()),
        ("Copper's rally; coppers; COPPER", ("copper",)),
        ("aluminum and aluminium", ("aluminium",)),
        ("Metal exports", ()),
        ("Martin buys tinder at Tinubu's", ()),
        ("Putin visits", ()),
        ("tin-plated cans; tins", ("tin",)),
        ("Coppermine town votes; golden week", ()),
        ("gold-backed and copper-clad", ("copper", "gold")),
        ("", ()),
    ],
)
def test_tags(text: str, expected: tuple[str, ...]) -> None:
    assert tag_metals(text, SIMPLE) == expected


def test_a_prefix_hyphen_keeps_the_alias_apart() -> None:
    # "-tin" after a one- or two-letter prefix continues a coined word ("K-tin", "e-gold");
    # "tin-" begins one ("tin-plated")
    assert tag_metals("K-tin", SIMPLE) == ()
    assert tag_metals("e-gold and Hi-tin", SIMPLE) == ()
    assert tag_metals("tin-plated", SIMPLE) == ("tin",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real phrasings of mining news: a deposit's metals as one compound word
        ("Kasiya rutile-graphite project", ("graphite",)),
        ("the copper-gold porphyry", ("copper", "gold")),
        # lead: the default names it only in phrases that cannot be the verb ("zinc-lead")
        ("a zinc-lead-silver mine", ("zinc", "lead", "silver")),
        ("Nickel-Cobalt refinery", ("nickel", "cobalt")),
        ("tin-copper concentrates", ("copper", "tin")),
        ("lithium-ion cells", ("lithium",)),
    ],
)
def test_every_metal_of_a_hyphenated_compound_is_named(
    text: str, expected: tuple[str, ...]
) -> None:
    assert tag_metals(text, DEFAULT) == expected


def test_lead_the_verb_is_up_to_the_aliases() -> None:
    title = "Trump taps White House adviser Overton to lead FDA"  # a real Reuters title
    assert title in _feed_titles("reuters_via_googlenews_direct.rss.xml")
    # the bare name "Lead" is its alias, but not after "to" (tui/engine/figurative.py)
    assert tag_metals(title, SIMPLE) == ()
    assert tag_metals("Peru to lead prices higher? Refined lead output rises", SIMPLE) == ("lead",)
    assert tag_metals(title, DEFAULT) == ()  # the default config names lead the metal only
    assert tag_metals("LME lead prices slip; refined lead output", DEFAULT) == ("lead",)
    assert tag_metals("Lead-acid battery recycling", DEFAULT) == ("lead",)


def test_config_order_not_text_order() -> None:
    assert tag_metals("gold, then tin, then copper", SIMPLE) == ("copper", "tin", "gold")


def test_spans_in_text_order() -> None:
    text = "Gold and rare-earths; copper's run, then GOLD again"
    assert find_metal_spans(text, SIMPLE) == [
        ("gold", 0, 4),
        ("rare-earths", 9, 20),
        ("copper", 22, 30),
        ("gold", 41, 45),
    ]
    assert find_metal_spans("", SIMPLE) == []
    assert find_metal_spans("Metal exports", SIMPLE) == []


def test_real_reuters_titles() -> None:
    titles = _feed_titles("reuters_via_googlenews_direct.rss.xml")
    assert len(titles) == 500
    tagged = [(t, tag_metals(t, DEFAULT)) for t in titles if tag_metals(t, DEFAULT)]
    assert tagged == [
        ("Gold steadies, heads for third straight weekly gain", ("gold",)),
        (
            "Central African Republic closes informal gold mine after collapse kills at least 49",
            ("gold",),
        ),
        ("Gold hovers near early-June high on lower bond yields", ("gold",)),
        ("LME gripped by flash squeeze as copper tensions boil over", ("copper",)),
        (
            "Central African Republic gold mine collapse kills over 100, mining official says",
            ("gold",),
        ),
        ("Gold inches higher, focus on Fed minutes", ("gold",)),
    ]
    # words that contain an alias but are not the metal
    for title in (
        "Putin says Ukraine opened 'Pandora's box' with strikes on economic targets",
        "As campaigns begin in Nigeria, Tinubu's re-election bid puts his party on trial",
        "Pentagon fires US military newspaper leadership",
    ):
        assert title in titles
        assert tag_metals(title, SIMPLE) == ()


def test_general_news_feeds_name_no_metal() -> None:
    for name in ("bbc_news.rss.xml", "guardian_us.rss.xml", "nbc_newyork.rss.xml"):
        titles = _feed_titles(name)
        assert titles
        assert [t for t in titles if tag_metals(t, DEFAULT)] == []


def test_non_ascii_alias_and_text() -> None:
    metals = [Metal("nickel", "Nickel", ("níquel", "nickel")), Metal("tin", "Tin")]
    assert tag_metals("Precio del NÍQUEL sube", metals) == ("nickel",)
    assert tag_metals("nickel pig iron", metals) == ("nickel",)
    # IGNORECASE matches these non-ASCII letters with ASCII ones; so does the matcher
    assert tag_metals("TİN and tın", metals) == ("tin",)
    assert find_metal_spans("TİN and tın", metals) == [("tin", 0, 3), ("tin", 8, 11)]


def test_metals_without_aliases_use_the_name() -> None:
    assert tag_metals("Gallium curbs", [Metal("ga", "Gallium", ())]) == ("ga",)
    assert tag_metals("anything", [Metal("x", "x", ("  ", ""))]) == ()


# -- the matcher and its cache ------------------------------------------------------------


def test_matcher_is_built_once_per_list_of_metals() -> None:
    watch = list(SIMPLE)
    first = matcher_for(watch)
    assert matcher_for(watch) is first
    assert matcher_for(tuple(watch)) is first  # the same metal objects
    # equal but distinct objects: another matcher, the same answers
    copy = [Metal(m.id, m.name, m.aliases) for m in SIMPLE]
    assert matcher_for(copy) is not first
    assert tag_metals("gold and tin", copy) == ("tin", "gold")


def test_a_list_changed_in_place_is_not_served_stale() -> None:
    watch = list(SIMPLE)
    assert tag_metals("silver and gold", watch) == ("gold",)
    watch[-1] = Metal("silver", "Silver")
    assert tag_metals("silver and gold", watch) == ("silver",)
    watch.append(Metal("gold", "Gold"))
    assert tag_metals("silver and gold", watch) == ("silver", "gold")


def test_any_iterable_of_metals() -> None:
    assert tag_metals("gold", (m for m in SIMPLE)) == ("gold",)  # type: ignore[arg-type]


def test_may_name_is_a_cheap_necessary_condition() -> None:
    m = MetalMatcher(DEFAULT)
    assert not m.may_name("Metal exports")
    assert not m.may_name("")
    assert m.may_name("Copper")
    assert m.may_name("Coppermine")  # it only says "maybe"
    assert not MetalMatcher([]).may_name("copper")


def test_first_spans_keep_the_first_metal_at_one_place() -> None:
    ore_first = [Metal("iron-ore", "Iron ore", ("iron ore",)), Metal("iron", "Iron")]
    iron_first = list(reversed(ore_first))
    text = "Iron ore and iron"
    assert find_metal_spans(text, ore_first) == [
        ("iron-ore", 0, 8),
        ("iron", 0, 4),
        ("iron", 13, 17),
    ]
    assert matcher_for(ore_first).first_spans(text) == [("iron-ore", 0, 8), ("iron", 13, 17)]
    assert matcher_for(iron_first).first_spans(text) == [("iron", 0, 4), ("iron", 13, 17)]


def test_ignorecase_ascii_partners_are_all_mapped() -> None:
    """Every non-ASCII character that IGNORECASE matches with an ASCII one folds to it, and
    folding never changes a text's length (positions in the fold are positions in the text)."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    partners = [chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_class.fullmatch(chr(c))]
    assert partners  # İ, ı, ſ and the Kelvin sign in current Unicode
    for ch in partners:
        folded = fold_for_prefilter(ch)
        assert folded.isascii() and re.fullmatch(re.escape(folded), ch, re.IGNORECASE)
    sample = "".join(chr(c) for c in range(0x80, 0x3000))
    assert len(fold_for_prefilter(sample)) == len(sample)
    assert fold_for_prefilter("İSTANBUL ſilver K") == "istanbul silver k"


# -- exact agreement with the plain regex search ------------------------------------------


def _reference(metals: list[Metal]) -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    """The patterns run over the whole text: one per metal, and one alternation."""
    per_metal = []
    alts = []
    for i, m in enumerate(metals):
        parts = [p for p in map(metal_patterns.alias_pattern, metal_patterns.metal_aliases(m)) if p]
        if parts:
            body = "|".join(parts)
            per_metal.append((m.id, re.compile(rf"{metal_patterns.BEGIN}(?:{body})(?![\w])", re.I)))
            alts.append(f"(?P<m{i}>{body})")
    combined = re.compile(metal_patterns.BEGIN + r"(?:" + "|".join(alts) + r")(?![\w])", re.I)
    return per_metal, combined


ODD = [
    Metal("u", "Uranium", ("U3O8", "uranium", "yellow-cake")),
    Metal("pgm", "PGMs", ("PGM", "platinum group metals", "Pt")),
    Metal("ni", "Nickel", ("níquel", "ferro_nickel", "nickel")),
    Metal("re", "Rare", ("rare earth", "rare-earths", "RE'S", "REE")),
    Metal("lead", "Lead", ("lead", "lead-acid")),
    Metal("tin", "Tin", ("tin", "tin plate")),
    Metal("iron-ore", "Iron ore", ("iron ore",)),
    Metal("iron", "Iron", ()),
    Metal("cu", "Copper", ("Cu", "copper's", "copper")),
]
WORDS = (
    "tin lead copper rare earth earths ree free three REE - _ ' ’ s es 's ’s martin tinder Pt Cu"
    " U3O8 níquel NÍQUEL ferro nickel yellow cake iron ore İ ı ſ K TİN pt. x1 9 ."
    # words of idioms that use a metal word figuratively ("lead the", "tin ear", "won gold.")
    " the out ear earth won gold silver lining standard".split()
)


@pytest.mark.parametrize("watch", [DEFAULT, SIMPLE, ODD], ids=["default", "simple", "odd"])
def test_matcher_agrees_with_plain_search(watch: list[Metal]) -> None:
    per_metal, combined = _reference(watch)
    groups = {f"m{i}": m.id for i, m in enumerate(watch)}
    rnd = random.Random(11)
    texts = _feed_titles("reuters_via_googlenews_direct.rss.xml")[:200]
    for _ in range(3000):
        n = rnd.randint(1, 9)
        texts.append(
            "".join(
                rnd.choice(WORDS) + rnd.choice([" ", "-", "", "_", "'", ", ", "  "])
                for _ in range(n)
            )
        )
    matcher = MetalMatcher(watch)
    firsts = [metal_patterns.needles_of(metal_patterns.metal_aliases(m)) for m in watch]
    # the first words of the aliases, when all are ASCII (else may_name always says "maybe")
    needles = None if None in firsts else {n for ns in firsts for n in ns or ()}
    batch = matcher.tag_many(texts)
    for k, text in enumerate(texts):

        def literal(m: re.Match[str], text: str = text) -> bool:
            return not figurative(text, m.start(), m.end())

        want_tags = tuple(mid for mid, pat in per_metal if any(map(literal, pat.finditer(text))))
        want_spans = sorted(
            (
                (mid, m.start(), m.end())
                for mid, pat in per_metal
                for m in pat.finditer(text)
                if literal(m)
            ),
            key=lambda s: s[1],
        )
        want_first = [
            (groups[m.lastgroup], m.start(), m.end())
            for m in combined.finditer(text)
            if m.lastgroup and literal(m)
        ]
        assert matcher.tag(text) == want_tags, text
        assert batch[k] == want_tags, text  # the batch: each needle looked for in all texts
        # a story of one headline without a summary is tagged as its title and a space
        assert matcher.tag(text + " ") == want_tags, text
        assert matcher.spans(text) == want_spans, text
        assert matcher.first_spans(text) == want_first, text
        assert matcher.may_name(text) or not want_spans, text
        if needles is not None:
            key = fold_for_prefilter(text)
            assert matcher.may_name(text) == any(n in key for n in needles), text


def test_lead_is_tagged_in_its_trade_phrases_not_as_a_verb() -> None:
    """The built-in watch list names lead only in phrases that cannot be the verb."""
    assert "lead" in tag_metals("Zinc and lead demand slows", DEFAULT)
    assert "lead" in tag_metals("Lead output rises at Australian smelter", DEFAULT)
    assert "lead" in tag_metals("Peru lead-zinc mine restarts", DEFAULT)
    assert "lead" not in tag_metals("Gold to lead gains as dollar slips", DEFAULT)
