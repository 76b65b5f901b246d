"""Fast paths of session 26's second speed round: the same answers, fewer instructions. Each is
checked against the plain form it replaces on made-up texts (the edge texts and fuzzed ones of
``test_engine_fast_paths_5``, with the patterns' own words, apostrophes and non-ASCII letters
that fold to ASCII ones) and every labelled title and summary, and the whole engine
on every labelled row, paraphrase, invariance rewriting and edge text, read once with the fast
paths and once with the plain forms put back (``test_engine_fast_paths_all``,
with the plain forms of every fast-path module put back at once).

- ``PROPOSED_RE`` (``classifier_rules_proposed``): ``(?=[\\w'’])`` after its ``\\b`` (every
  alternative starts with a word character, or the apostrophe of "'s going to"): the branches
  are no longer tried at each word's end.
- ``STRONG_PROPOSED_RE``: ``(?=\\w)`` after its ``\\b`` (every alternative starts with a word
  character, after its look-behinds).
- ``_CURRENCY_MOVE_RE`` (``classifier_market_ledes``): ``fold=True`` (``lazy_re``: the lower-cased
  text searched case-sensitively when it has no cased letter outside ASCII).
- ``_names_an_asset`` (``classifier_guides``): one substring test per stem, not their alternation.
"""

from __future__ import annotations

import random
import re

import pytest
from test_engine_fast_paths_5 import EDGE_TEXTS, _corpus_texts

from tui.core.lazy_re import lazy
from tui.engine import classifier_guides, classifier_market_ledes
from tui.engine import classifier_rules as R

#: Each fast form's speed-up, as written in its pattern, and what it replaces.
_TAKEN_OUT = {
    "PROPOSED_RE": (r"\b(?=[\w'’])(?:", r"\b(?:"),
    "STRONG_PROPOSED_RE": (r"\b(?=\w)(?:", r"\b(?:"),
}


_BOUNDARY = re.compile(r"\b")


def plain(name: str) -> str:
    """The named pattern of ``classifier_rules`` with its speed-up taken out."""
    fast = getattr(R, name).pattern
    part, was = _TAKEN_OUT[name]
    assert fast.startswith(part), name  # the speed-up is there to take out
    return was + fast[len(part) :]


def _plain_asset(low: str) -> bool:
    return re.search("|".join(classifier_guides._ASSET_STEMS), low) is not None


def _fuzzed(seed: int, n: int) -> list[str]:
    """Texts of the patterns' own words, their neighbours and stray marks, in any order."""
    rnd = random.Random(seed)
    bits = [
        "he", "he's", "they’re", "'s", "’s", "'re", " 're", "is", "are", "going", "to", "going to",
        "plans", "Plan", "weighs", "on", "in", "pledges", "vows", "no", "not", "more", "tariffs",
        "duties", "ban", "as", "than", "previously", "expected", "Expected", "sources", "Sources",
        "insiders", "says", "bill", "draft", "under", "review", "looms", "-", "–", ":", ",",
        "weakened", "Strengthens", "appreciates", "depreciated", "the rand", "rupee",
        "stocks", "ETF", "shares", "FUND", "equities", "Pick", "ſtocks", "\u212aeeps", "weaken",
        "ſhare", "É", "é", "İ", "日本", " ", " ", " ", "  ", "\n", ".", "!", "'", "’", "_", "0", "5%",
    ]  # fmt: skip
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _texts() -> list[str]:
    texts = _corpus_texts() + _fuzzed(262, 4000)
    return texts + [t.upper() for t in EDGE_TEXTS] + [t.lower() for t in texts[:2000]]


def _same(fast: re.Match[str] | None, slow: re.Match[str] | None) -> bool:
    return (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))


@pytest.mark.parametrize("name", sorted(_TAKEN_OUT))
def test_pattern_matches_as_its_plain_form(name: str) -> None:
    fast_re, slow_re = getattr(R, name), re.compile(plain(name), re.IGNORECASE)
    found = 0
    corpus = set(_corpus_texts())
    corpus.update(t.lower() for t in list(corpus))
    for text in _texts():
        slow = slow_re.search(text)
        assert _same(fast_re.search(text), slow), text
        found += slow is not None
        fast_all = [(m.span(), m.groups()) for m in fast_re.finditer(text)]
        assert fast_all == [(m.span(), m.groups()) for m in slow_re.finditer(text)], text
        # both forms begin with ``\b``: away from a word boundary neither matches, so a match
        # is tried at every boundary (every position of a short text, in the plain form's terms)
        starts = [m.start() for m in _BOUNDARY.finditer(text)]
        for at in starts if len(text) < 200 else (1, 5, len(text) // 2, *starts[:8]):
            assert _same(fast_re.match(text, at), slow_re.match(text, at)), (text, at)
        # a search cut short at every end: each is a search of the text before it, so every end
        # of the made-up texts (the fuzzed and edge ones, where the marks and letters next to
        # the pattern's words are), and of a labelled text or a long one every eighth end and
        # the ends next to a match of the pattern (where a cut falls inside or just after the
        # pattern's words)
        whole = len(text) < 80 and text not in corpus
        ends = set(range(len(text) + 1) if whole else range(0, len(text) + 1, 8))
        if not whole:
            for m in slow_re.finditer(text):
                ends.update(range(max(m.start() - 2, 0), min(m.end() + 3, len(text) + 1)))
        for at in sorted(ends):
            assert _same(fast_re.search(text, 0, at), slow_re.search(text, 0, at)), (text, at)
    assert found > 400  # the corpus holds many of each pattern's words


def test_currency_moves_found_as_without_the_fold() -> None:
    fast_re = classifier_market_ledes._CURRENCY_MOVE_RE
    slow_re = re.compile(fast_re.pattern, re.IGNORECASE)
    found = 0
    for text in _texts():
        spans = [(m.span(), m.group()) for m in fast_re.finditer(text)]
        assert spans == [(m.span(), m.group()) for m in slow_re.finditer(text)], text
        found += bool(spans)
    assert found > 150


def test_asset_stems_found_as_by_their_alternation() -> None:
    said = 0
    for text in _texts():
        low = text.lower()
        assert classifier_guides._names_an_asset(low) == _plain_asset(low), text
        said += _plain_asset(low)
    assert said > 300
    for stem in classifier_guides._ASSET_STEMS:  # each stem alone, in and out of a word
        assert classifier_guides._names_an_asset(stem)
        assert classifier_guides._names_an_asset(f"x{stem}y")
        assert not classifier_guides._names_an_asset(stem[:-1] + " " + stem[-1])


def put_back_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """This module's fast paths replaced by the plain forms they stand for (read by the whole
    engine's check, ``test_engine_fast_paths_all``)."""
    for name in _TAKEN_OUT:
        monkeypatch.setattr(R, name, lazy(plain(name), re.IGNORECASE, fold=True))
    currency = classifier_market_ledes._CURRENCY_MOVE_RE.pattern
    monkeypatch.setattr(classifier_market_ledes, "_CURRENCY_MOVE_RE", lazy(currency, re.I))
    monkeypatch.setattr(classifier_guides, "_names_an_asset", _plain_asset)
