"""Fast paths of session 27 (the classify stage of ``bench_cluster.py``): the same answers,
fewer instructions. Each is checked against the plain form it replaces, on made-up texts (the
edge texts and fuzzed ones of ``test_engine_fast_paths_5``) and every labelled title and
summary, and, at the end, the whole engine on every labelled row, paraphrase, invariance
rewriting and edge text, read once with the fast paths and once with the plain forms put back.

- ``Text.word`` (``classifier_text``): a token's lower form by position is a dict's own
  ``__getitem__`` (made once per text, on the first ask; "" for an index with no token), not a
  Python method with its range test: rules ask some twenty times a text.
- ``framed_title`` (``classifier_market_acts``): the lede's first sentence is cut into a
  ``Text`` only when ``part_apart`` reads it (a title vetoed as market, company or
  speculation), not for every title with a summary.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from real_headlines_set import watch_list
from test_engine_fast_paths_5 import EDGE_TEXTS, _corpus_texts, assert_read_alike, fast_reading

from tui.core.gazetteer import Gazetteer
from tui.engine import classifier, classifier_market_acts, classifier_text
from tui.engine.classifier_market_acts import framed, lede_act, market_act, part_apart
from tui.engine.classifier_market_ledes import names_its_cause
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


def test_engine_reads_every_row_as_with_the_plain_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every labelled row, paraphrase, invariance rewriting and edge text: the events (every
    field) and, for the labelled rows, the steps ``explain`` gives, with the fast paths and
    with the plain forms they replace put back."""
    rows, labelled, fast = fast_reading()
    assert len(rows) > 20000
    monkeypatch.setattr(classifier_text.Text, "word", _plain_word)
    monkeypatch.setattr(classifier, "framed_title", _plain_framed_title)
    assert_read_alike(rows, labelled, fast)
