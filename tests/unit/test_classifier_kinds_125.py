"""Fields of measures the engine reads as events but gets wrong, by kind, from the studied
sets' misses (``benchmarks/score_real_headlines.py --misses``), in made-up phrasings
(``kinds_125_cases.py``), read on every field by :func:`kinds_exact.check_exact`:

1. a rate only a later sentence of the lede states (a market, currency or company story that
   tells a measure as its cause, "... weakened on Wednesday. Seoul imposed duties of 28% ..."):
   the labelling rules count a rate only when the title or the lede's first sentence states it;
2. a title naming some metals and then an open class ("tin and other metals", "other critical
   minerals") whose lede lists the goods: the lede's watched metals are the measure's too.

The labels were written and committed before the engine read them.

First reading, before any change: 8 of 16 right. Later-sentence rates 0 of 6 (three read the
later sentence's rate: 30, 20, 35; three read no event at all: a currency story the learned gate
puts under its threshold, a share-price title's bare "metal levy", a duty on "rebar" read as on
no metal), their near misses 4 of 4; open lists 2 of 4 (the glued lists "tin, zinc and tungsten"
and "lithium and platinum" already read; "silver, cobalt, antimony and magnesium from the
levies" kept only the title's two, "cobalt hydroxide as well as copper and tin concentrates"
only cobalt), their near misses 2 of 2.

Fixed by kind: a rate counts only when the title or the lede's first sentence states its
figure, the first sentence taken past a dateline, byline or kicker of a few words and past a
restated headline (``tui/engine/classifier_first_rate.py``); a title's list left open ("and
other minerals", "other critical commodities") takes the metals of the lede's sentence that
names the title's (``tui/engine/classifier_open_list.py``). After: 13 of 16; the three missed
events stay strict ``xfail`` (they are detection, not fields: reasons given).

A fresh batch of seven written after the fixes, its labels committed before the engine read
them: 5 of 7 right, rate and metals right on all seven; the two wrong on ``proposed`` only (a
market title's "traders eye" read as a plan; "flags tariffs" whose lede says "planned" read as
decided), kinds not fixed here, left strict ``xfail``.
"""

from __future__ import annotations

from typing import Any

from kinds_125_cases import (
    FRESH_BATCH,
    LATER_SENTENCE_RATES,
    LATER_SENTENCE_RATES_NEAR_MISSES,
    OPEN_LIST_METALS,
    OPEN_LIST_METALS_NEAR_MISSES,
)
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(LATER_SENTENCE_RATES)
def test_a_rate_past_the_first_sentence_is_not_the_events(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LATER_SENTENCE_RATES_NEAR_MISSES)
def test_a_rate_in_the_title_or_first_sentence_stays(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OPEN_LIST_METALS)
def test_an_open_list_takes_the_ledes_metals(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(OPEN_LIST_METALS_NEAR_MISSES)
def test_a_closed_title_list_keeps_its_metals(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_BATCH)
def test_a_fresh_batch_of_both_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
