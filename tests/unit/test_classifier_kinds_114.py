"""Missed and misread measures: paraphrases of studied measure rows the engine reads right, told
in other outlets' styles, with non-measures near them: do the rules read the kind or only the
row's words?

Picked with a fixed seed (``random.Random(3614)``) from the studied sets only (every set not
scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and twenty-first
blind sets and the third and fourth wires; no gate training set), leaving out every row
paraphrased in ``test_classifier_kinds_106.py``, ``_109.py`` and ``_113.py``: 60 measure rows
read right on every field, on the labelled sets' watch list and on the test's. Each has two
paraphrases in other outlets' styles (another word order, the passive, the measure in the
summary under a vague title, told from the side it hits, an official's attribution, a market
framing, rates in words, a capital or a ministry instead of the country's name): 120 measures
(``kinds_114_cases_a.py``, ``_b.py``), each labelled as its row, checked on every field the
exact score counts (``tests/unit/kinds_exact.py``), and 30 non-measures near them
(``kinds_114_cases_c.py``: talks, a plan dropped or ruled out, a measure on other goods, a
market move, trade figures, a petition, a probe). Labels were written and committed before the
engine read them.

First reading, on the engine before the change (labels committed before the run): measures
104 of 120 right on every field, near misses 30 of 30 no event (134 of 150, 89.3%). No label
was changed after the run.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_114_cases_a import MEASURES
from kinds_114_cases_b import MORE_MEASURES
from kinds_114_cases_c import NEAR_MISSES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MORE_MEASURES, ids=case_ids(MORE_MEASURES))
def test_another_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NEAR_MISSES, ids=case_ids(NEAR_MISSES))
def test_a_near_miss_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
