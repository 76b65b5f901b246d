"""False events: paraphrases of studied headline rows that name a measure word but tell no
measure, of metals news and of general news on other goods, told another way, with measures near
them: do the rules read the kind or only the row's words?

Picked with a fixed seed (``random.Random(37)``) from the studied headline sets only (every set
not scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and
twenty-first blind sets and the third and fourth wires; no gate training set), leaving out every
row ``test_classifier_kinds_113.py`` paraphrased: the rows that read right (the labelled watch
list) were shuffled with that seed, in turn metals news labelled no event whose title or summary
names a measure word (tariff, duty, ban, quota, licence, export control, sanction, curb, levy,
embargo, restriction, anti-dumping, safeguard), general news labelled no event naming one with
no watched metal tagged, and measures; the first 70, 30 and 20 of each are paraphrased here.
Each has two paraphrases in other outlets' styles (another word order, synonyms, the passive, a
question, an attribution, headline-ese with colons and dashes, a market framing, a non-native
wire style): 140 non-measures of metals news (``kinds_117_cases_a.py``, ``_b.py``) and 60 of
general news (``kinds_117_cases_c.py``), each labelled no event as its row, and 40 measures
(``kinds_117_cases_d.py``), each labelled as its row, checked on every field the exact score
counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read
them.

First reading: not yet taken.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_117_cases_a import NON_MEASURES
from kinds_117_cases_b import MORE_NON_MEASURES
from kinds_117_cases_c import GENERAL
from kinds_117_cases_d import MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(("title", "summary", "want"), NON_MEASURES, ids=case_ids(NON_MEASURES))
def test_a_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), MORE_NON_MEASURES, ids=case_ids(MORE_NON_MEASURES)
)
def test_another_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), GENERAL, ids=case_ids(GENERAL))
def test_paraphrased_general_news_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_paraphrased_measure_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
