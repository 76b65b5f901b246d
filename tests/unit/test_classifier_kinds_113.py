"""False events: paraphrases of studied headline rows that name a measure word but tell no
measure, told another way, with measures near them: do the rules read the kind or only the
row's words?

Picked with a fixed seed (``random.Random(36)``) from the studied headline sets only (every set
not scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and
twenty-first blind sets and the third and fourth wires; no gate training set): 80 rows labelled
no event whose title names a measure word (tariff, duty, ban, quota, licence, export control,
sanction, curb, levy, embargo, restriction, anti-dumping, safeguard) and that the engine read
right, and 20 measure rows it read right on every field. Each has two paraphrases in other
outlets' styles (another word order, synonyms, the passive, a question, an attribution, a
market or analyst's framing): 160 non-measures (``kinds_113_cases_a.py``, ``_b.py``), each
labelled no event as its row, and 40 measures (``kinds_113_cases_c.py``), each labelled as its
row, checked on every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were
written and committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): 10 false
events of 160 non-measures (6.3%); measures 34 of 40 right on every field. No label was changed
after the run.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_113_cases_a import NON_MEASURES
from kinds_113_cases_b import MORE_NON_MEASURES
from kinds_113_cases_c import MEASURES
from kinds_113_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
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


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_paraphrased_measure_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), FRESH_NON_MEASURES, ids=case_ids(FRESH_NON_MEASURES)
)
def test_a_fixed_kind_in_fresh_words_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH_MEASURES, ids=case_ids(FRESH_MEASURES))
def test_a_measure_near_a_fixed_kind_stays_an_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
