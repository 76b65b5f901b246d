"""Fast paths of session 27 (the classify stage of ``bench_cluster.py``): the same answers, fewer
instructions. Each is checked against the plain form it replaces, on made-up texts (the edge texts
and fuzzed ones of ``test_engine_fast_paths_5``) and every labelled title and summary, and the whole
engine on every labelled row, paraphrase, invariance rewriting and edge text, read once with the
fast paths and once with the plain forms put back (``test_engine_fast_paths_all``, with the plain
forms of every fast-path module put back at once).

- ``Text.word`` (``classifier_text``): a token's lower form by position is a dict's own
  ``__getitem__`` (made once per text, on the first ask; "" for an index with no token), not a
  Python method with its range test: rules ask some twenty times a text.
- ``framed_title`` (``classifier_market_acts``): the lede's first sentence is cut into a
  ``Text`` only when ``part_apart`` reads it (a title vetoed as market, company or
  speculation), not for every title with a summary.
- ``_background_mask`` (``classifier_context``): the readers of a clause opened at a token
  (``premise_at``, ``countered_end``, ``context_at``) are asked only at a word they can open
  one at (``PREMISE_OPENERS``, "to", ``_FIRST``), not at every token.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from real_headlines_set import watch_list
from test_engine_fast_paths_5 import EDGE_TEXTS, _corpus_texts

from tui.core.gazetteer import Gazetteer
from tui.engine import classifier, classifier_context, classifier_market_acts, classifier_text
from tui.engine import classifier_rules as R
from tui.engine.classifier_after_date import date_at
from tui.engine.classifier_caused import countered_end, fronted_clause_end
from tui.engine.classifier_context import context_at, context_end
from tui.engine.classifier_market_acts import framed, lede_act, market_act, part_apart
from tui.engine.classifier_market_ledes import names_its_cause
from tui.engine.classifier_outlooks import PREMISE_OPENERS, premise_at
from tui.engine.classifier_span_place import duration_at
from tui.engine.classifier_text import Reading, Text
from tui.engine.tagging import matcher_for


def _plain_word(self: Text, i: int) -> str:
    """``Text.word`` as written before."""
    return self.lows[i] if 0 <= i < len(self.lows) else ""


def _plain_framed_title(
    t: Text,
    reading: Reading,
    sents: list[str],
    trace: list[str],
    text_of: Callable[[str], Text] | None = None,
) -> Reading:
    """``framed_title`` as written before: the lede's first sentence cut for every title."""
    read = text_of or (lambda x: Text(x, t.matcher, t.gaz))
    if reading.vetoed == "market":
        reading = market_act(t, reading, [read(x) for x in sents[:2]], trace)
    reading = part_apart(t, reading, [read(x) for x in sents[:1]], trace)
    reading = framed(t, reading, sents[0] if sents else "", trace)
    if (
        reading.vetoed in ("market", "speculation")
        and sents
        and names_its_cause(t)
        and lede_act(t, read(sents[0]))
    ):
        trace.append("market news on a measure its lede tells as a government's act: the lede")
        return Reading()
    return reading


def _plain_background_mask(t: Text) -> list[bool]:
    """``_background_mask`` as written before: every reader asked at every token."""
    toks = t.toks
    n = len(toks)
    mask = [False] * n
    if fronted := fronted_clause_end(t):
        mask[: fronted + 1] = [True] * (fronted + 1)
    for i, tok in enumerate(toks):
        if i <= fronted and fronted:
            continue
        response = tok.low in ("in", "as") and t.word(i + 1) in R.RESPONSE_WORDS
        if i == 0 and (tok.low in R.BACKGROUND_MARKERS or response or context_at(t, 0)):
            end = next((j for j in range(1, n) if toks[j].low == ","), 0)
            if end:
                mask[: end + 1] = [True] * (end + 1)
                continue
        if i and (end := premise_at(t, i) or countered_end(t, i)):
            mask[i:end] = [True] * (end - i)
            continue
        if duration_at(t, i):
            continue  # "ends after five years in Indonesia": a bare duration, no clause
        if i and date_at(t, i):
            continue  # "... not be allowed after June 1, Guinea says": a bare date, no clause
        if (tok.low in R.BACKGROUND_MARKERS and i > 0) or response or context_at(t, i):
            end = next((j for j in range(i, n) if toks[j].low in (";", "|")), n)
            end = context_end(t, i) if i and context_at(t, i) else end
            mask[i:end] = [True] * (end - i)
    return mask


def _fuzzed(seed: int, n: int) -> list[str]:
    """Texts of joined verbs, marks, apostrophes and non-ASCII letters, in any order."""
    rnd = random.Random(seed)
    bits = [
        "cut", "off", "roll", "back", "China's", "china’s", "US", "copper", "Copper", "steel",
        "ban", "bans", "export", "exports", "anti-dumping", "tariff-rate", "quota", "on", "to",
        "İ", "É", "ſ", "\u212a", "日本", "%", ";", ":", ",", "—", "|", ".", "'", "’", "-",
        " ", " ", " ", "  ", "\n",
    ]  # fmt: skip
    return ["".join(rnd.choice(bits) for _ in range(rnd.randint(0, 18))) for _ in range(n)]


def test_word_by_position_as_the_plain_method() -> None:
    matcher, gaz = matcher_for(watch_list()), Gazetteer.default()
    asked = 0
    for text in [*_corpus_texts(), *_fuzzed(27, 4000), *(x.upper() for x in EDGE_TEXTS)]:
        t = Text(text, matcher, gaz)
        n = len(t.lows)
        for i in (*range(-4, n + 4), -len(text) - 1, n + 1000):
            assert t.word(i) == _plain_word(t, i), (text, i)
            asked += 1
        assert dict(enumerate(t.lows)) == {i: t.word(i) for i in range(n)}  # asked, not grown
        assert t.word(-1) == "" and t.word(n) == ""
    assert asked > 200_000


def test_lede_cut_only_where_part_apart_reads_it() -> None:
    """``part_apart`` reads the lede's Text only for the vetoes the fast path cuts it for."""
    matcher, gaz = matcher_for(watch_list()), Gazetteer.default()
    t = Text("Freeport shares jump. Trump sets Aug. 1 start for 50% copper tariff.", matcher, gaz)
    for vetoed in (None, "market", "company", "speculation", "denial", "operations"):
        reading = Reading(vetoed=vetoed)
        ledes: list[Text] = []
        got = part_apart(t, reading, ledes, [])
        if vetoed not in classifier_market_acts._APART_VETOES:
            assert got is reading  # left as it was, the lede unread
    cut: list[str] = []

    def text_of(x: str) -> Text:
        cut.append(x)
        return Text(x, matcher, gaz)

    plain = Text("Copper output rises at Chilean mine", matcher, gaz)
    sents = ["Chile restricts copper exports to China.", "Prices rose."]
    classifier_market_acts.framed_title(plain, Reading(), sents, [], text_of)
    assert cut == []  # no veto: no Text of the lede
    classifier_market_acts.framed_title(t, Reading(vetoed="company"), sents, [], text_of)
    assert cut[:1] == sents[:1]


def test_clause_readers_answer_nothing_at_other_words() -> None:
    """What the fast mask relies on: at a word outside its openers each reader answers 0 or
    False; and the mask is the plain one on every text."""
    matcher, gaz = matcher_for(watch_list()), Gazetteer.default()
    masked = opened = 0
    for text in [*_corpus_texts(), *_fuzzed(271, 3000)]:
        t = Text(text, matcher, gaz)
        for i, low in enumerate(t.lows):
            if low not in PREMISE_OPENERS:
                assert premise_at(t, i) == 0, (text, i)
            if low != "to":
                assert countered_end(t, i) == 0, (text, i)
            if low not in classifier_context._FIRST:
                assert not context_at(t, i), (text, i)
            opened += bool(i and (premise_at(t, i) or countered_end(t, i) or context_at(t, i)))
        mask = classifier_context._background_mask(t)
        assert mask == _plain_background_mask(t), text
        masked += any(mask)
    assert opened > 100 and masked > 300


def put_back_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """This module's fast paths replaced by the plain forms they stand for (read by the whole
    engine's check, ``test_engine_fast_paths_all``)."""
    monkeypatch.setattr(classifier_text.Text, "word", _plain_word)
    monkeypatch.setattr(classifier, "framed_title", _plain_framed_title)
    monkeypatch.setattr(classifier_context, "_background_mask", _plain_background_mask)
