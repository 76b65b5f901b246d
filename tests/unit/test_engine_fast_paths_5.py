"""Fast paths of session 26 (the 2 s classify+cluster benchmark): the same answers, fewer
instructions. Each is checked against the plain computation it replaces, on made-up texts (empty, marks only,
spaces, non-ASCII letters that fold to ASCII ones, very long) and the whole engine on every labelled
row, the invariance audit's rewritings and the edge texts, read once with the fast paths and once
with the plain forms put back (``test_engine_fast_paths_all``, with the plain forms of every
fast-path module put back at once).

- ``plain_parts`` (``classifier_words``): a text of ASCII letters and digits in words split by
  single spaces (perhaps ended by a full stop) is cut by ``str.split``; the token pattern's runs
  are possessive.
- ``split_sentences`` (``classifier_spans``): the sentence pattern is tried just after each
  stop, not at every character.
- ``MARKET_RE`` (``classifier_rules_patterns``): "(?=\\w)" after its "\\b", possessive word runs
  before "-", and the lookaheads "(?=trader)", "(?=firm)" before the look-behinds guarding them.
- ``Gazetteer.find``: the case-insensitive names searched case-sensitively in the text's lower
  case (a text with no cased letter outside ASCII).
- ``MetalMatcher.may_name``: one substring test per needle, not one alternation of them.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
import tomllib
from invariance_cases import variants
from real_headlines_set import ALL_SETS, load_items, watch_list

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import lazy, uncased
from tui.core.models import Metal
from tui.engine import classifier_rules as R
from tui.engine import classifier_spans, classifier_words
from tui.engine.classifier import classify, explain
from tui.engine.classifier_spans import SENTENCE_RE, split_sentences
from tui.engine.classifier_words import _TOKEN_SPLIT, Words, plain_parts
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.metal_patterns import fold_for_prefilter
from tui.engine.tagging import matcher_for

#: The token pattern as written before (greedy runs, "%" on its own).
PLAIN_TOKEN = re.compile(r"([A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|%|[;:—–|,])")


def plain_market() -> str:
    """MARKET_RE's pattern with the four speed-ups taken out: its plain form."""
    fast = R.MARKET_RE.pattern
    for part in (r"\b(?=\w)(?:", "(?=trader)", "(?=firm)", r"\w++-"):
        assert part in fast, part  # each speed-up is there to take out
    plain = fast.replace(r"\b(?=\w)(?:", r"\b(?:", 1).replace("(?=trader)", "", 1)
    plain = plain.replace("(?=firm)", "", 1).replace(r"\w++-", r"\w+-")
    assert "++" not in plain and "(?=trader)" not in plain
    return plain


EDGE_TEXTS = [
    "",
    " ",
    "   ",
    ".",
    "...",
    ",,, ;;; :::",
    "?!",
    "%",
    "—",
    "a",
    "A",
    "Copper",
    "copper copper copper",
    "Chile to restrict exports of tungsten to Canada from April",
    "chile TO Restrict EXPORTS of copper to CANADA",
    "Côte d'Ivoire bans cobalt exports",
    "CÔTE D’IVOIRE BANS COBALT EXPORTS",
    "Türkiye raises steel import duty to 25%",
    "İndonesia bans nickel ore exports",  # a dotted capital I: lower() gives two characters
    "US steel tariffs hit record high — prices jump",
    "Aluminium price ſurges as US tariffs bite",  # long s: folds to "s" case-insensitively
    "Nickel \u212aeeps rising as Indonesia halts ore exports",  # Kelvin sign: folds to "k"
    "Gold hits 52-week high as traders weigh tariffs",
    "Gold hits 52-Week High; approved traders exempt from ban",
    "State traders halt copper imports. Prices fall! Why? Because.",
    "U.S. imposes 50% tariff on copper.The move follows a probe. Prices rose.",
    "S. Korea curbs steel imports. St. Louis firm reacts",
    "Zinc\tprices\n\nslip  as  Peru  halts  exports",
    "copper " * 400,
    "Copper tariffs: " + "the US will impose duties on imports of copper, " * 60,
    "日本 bans copper scrap exports 鋼鉄",
    "Chile’s copper exports to China resume after ban lifted",
    "'quoted' \"copper\" ban ‘curly’ “steel” tariff",
    "anti-dumping duties on Chinese steel; safe-haven gold firms",
    "$100 copper: Peru's U.S.-bound exports curbed",
]


def _random_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    bits = [
        "a", "Ab", "US", "us", "EU", "China", "CHINA", "steel", "Copper", "tariff", "ban",
        "exports", "traders", "firms", "firm", "rise", "52-week", "high", "prices", "safe-haven",
        ".", ",", ";", ":", "!", "?", "%", "-", "'", "’", "—", "–", "|", "$5", "U.S.", "St.",
        " ", " ", " ", "  ", "\t", "\n", "é", "É", "ſ", "\u212a", "İ", "日本", "0", "42",
    ]  # fmt: skip
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


def _corpus_texts() -> list[str]:
    texts = list(EDGE_TEXTS) + _random_texts(26, 3000)
    for path in ALL_SETS:
        for item in load_items(path):
            texts += [item["title"], item["summary"]]
    return texts


def test_plain_parts_cut_as_the_pattern_does() -> None:
    # the fast path answers for some texts and leaves the rest to the pattern; both as before
    taken = 0
    for text in _corpus_texts():
        parts = plain_parts(text)
        if parts is not None:
            taken += 1
            assert parts == PLAIN_TOKEN.split(text), text
        assert Words(text).parts == PLAIN_TOKEN.split(text), text
        assert _TOKEN_SPLIT.split(text) == PLAIN_TOKEN.split(text), text
    assert taken > 1000  # most plain titles take it
    for text in ("", " ", ".", ",", "a  b", " a", "a ", "a ,", "a,b", "a.b", "é", "a\tb", "a,,"):
        assert plain_parts(text) is None, text
    assert plain_parts("Chile bans exports.") == ["", "Chile", " ", "bans", " ", "exports", "."]
    assert plain_parts("Peru, Chile") is None  # left to the pattern


def test_sentences_split_as_the_pattern_does() -> None:
    for text in _corpus_texts():
        assert split_sentences(text) == SENTENCE_RE.split(text), text


def test_market_pattern_matches_as_its_plain_form() -> None:
    plain = re.compile(plain_market(), re.IGNORECASE)
    found = 0
    for text in _corpus_texts() + [t.upper() for t in EDGE_TEXTS]:
        fast = R.MARKET_RE.search(text)
        slow = plain.search(text)
        assert (fast and fast.span()) == (slow and slow.span()), text
        found += slow is not None
        spans = [m.span() for m in R.MARKET_RE.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        for at in (1, 5, len(text) // 2):
            fast, slow = R.MARKET_RE.search(text, at), plain.search(text, at)
            assert (fast and fast.span()) == (slow and slow.span()), (text, at)
    assert found > 300  # the corpus holds many market titles


def test_places_found_as_by_the_case_insensitive_pattern() -> None:
    gaz = Gazetteer.default()
    ci, cs, lookup, twin = gaz._compiled
    assert twin is not None  # the shipped names allow the lower-case search
    plain = Gazetteer.default().extend({})  # a second object: its own patterns
    plain._compiled = (ci, cs, lookup, None)
    folded = 0
    for text in _corpus_texts() + [t.upper() for t in EDGE_TEXTS]:
        assert gaz.find(text) == plain.find(text), text
        folded += uncased(text)
    assert folded > 1000


def test_no_twin_when_a_letter_outside_ascii_folds_to_an_ascii_one() -> None:
    # "ſ" matches "s" case-insensitively: lowering the text could not stand in for that
    assert Gazetteer({"Teſt Land": "TL"})._compiled[3] is None
    assert Gazetteer({"Côte d'Ivoire": "CI"})._compiled[3] is not None
    assert Gazetteer({"Côte d'Ivoire": "CI"}).find("CÔTE D'IVOIRE halts") == [
        ("CI", 0, 13, "CÔTE D'IVOIRE")
    ]


def _may_name_plain(matcher: MetalMatcher, text: str) -> bool:
    if not text or not matcher._entries:
        return False
    if matcher._needles is None:
        return True
    needles = sorted(matcher._needles, key=len, reverse=True)
    pat = re.compile("|".join(re.escape(n) for n in needles)) if needles else None
    return pat is not None and pat.search(fold_for_prefilter(text)) is not None


def test_may_name_as_the_alternation_of_needles() -> None:
    lists = [
        watch_list(),
        (Metal("copper", "Copper"),),
        (Metal("ree", "Rare earths", ("rare earths", "REE", "Seltene Erden")),),
        (Metal("x", "Ñandú", ("ñandú",)),),  # a needle outside ASCII: always searched
    ]
    for metals in lists:
        matcher = matcher_for(metals)
        for text in [*_corpus_texts()[:4000], "Seltene Erden", "ÑANDÚ", "refined"]:
            assert matcher.may_name(text) == _may_name_plain(matcher, text), text


def _rows() -> list[tuple[str, str]]:
    rows = [(item["title"], item["summary"]) for path in ALL_SETS for item in load_items(path)]
    for toml in sorted(Path(__file__).parent.joinpath("data").glob("*.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        for group in data.get("group", []):
            rows += [(title, "") for title in group["paraphrases"]]
        rows += [(r["title"], r.get("summary", "")) for r in data.get("row", [])]
    rows += [(title, summary) for _name, _item, title, summary in variants()]
    rows += [(t, "") for t in EDGE_TEXTS] + [("Copper prices", t) for t in EDGE_TEXTS]
    rows += [(t, t) for t in EDGE_TEXTS[-12:]]
    return list(dict.fromkeys(rows))


def _read_all(rows: list[tuple[str, str]], explained: int) -> list[Any]:
    metals, gaz = watch_list(), Gazetteer.default()
    out: list[Any] = [classify(t, s, metals, gazetteer=gaz) for t, s in rows]
    out += [explain(t, s, metals, gazetteer=gaz) for t, s in rows[:explained]]
    return out


def fast_reading() -> tuple[list[tuple[str, str]], int, list[Any]]:
    """The rows, how many of them are labelled, and the engine's reading of them with every fast
    path."""
    rows = _rows()
    labelled = sum(len(load_items(path)) for path in ALL_SETS)
    return rows, labelled, _read_all(rows, labelled)


def assert_read_alike(rows: list[tuple[str, str]], labelled: int, fast: list[Any]) -> None:
    """The engine, with the plain forms put back, reads every row as ``fast`` did."""
    slow = _read_all(rows, labelled)
    changed = [i for i, (a, b) in enumerate(zip(fast, slow, strict=True)) if a != b]
    assert not changed, [(rows[i % len(rows)], fast[i], slow[i]) for i in changed[:5]]


def put_back_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """This module's fast paths replaced by the plain forms they stand for (read by the whole
    engine's check, ``test_engine_fast_paths_all``)."""
    gaz = Gazetteer.default()
    ci, cs, lookup, _twin = gaz._compiled
    monkeypatch.setattr(gaz, "_compiled", (ci, cs, lookup, None))
    monkeypatch.setattr(classifier_words, "plain_parts", lambda text: None)
    monkeypatch.setattr(classifier_words, "_TOKEN_SPLIT", PLAIN_TOKEN)
    monkeypatch.setattr(classifier_spans, "split_sentences", SENTENCE_RE.split)
    monkeypatch.setattr(R, "MARKET_RE", lazy(plain_market(), re.IGNORECASE))
    monkeypatch.setattr(MetalMatcher, "may_name", _may_name_plain)
