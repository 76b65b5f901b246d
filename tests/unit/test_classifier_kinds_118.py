"""Missed measures and wrong fields: paraphrases of studied measure rows the engine reads right
on every field, told in other outlets' styles, with non-measures in their words: do the rules
read the kind (status, origin, destination, proposed, metals, rate) or only the row's words?

Picked with a fixed seed (``random.Random(3718)``, the first 60 of ``rng.sample(pool, 80)``)
from the studied headline sets only (every set not scored only, and the odd rows of the wire,
thirteenth, nineteenth, twentieth and twenty-first blind sets and the third and fourth wires; no
gate training set, no scored-only row), leaving out every row paraphrased in
``test_classifier_kinds_113.py`` and ``_114.py``: 60 measure rows of a pool of 915 read right on
every field, on the labelled sets' watch list and on the test's. Each has two paraphrases in
other outlets' styles (another word order, the passive, a ministry, agency or proclamation as
the actor, an outlet's shorthand for a government, "Beijing", "Ottawa", "Manila", "Canberra",
"New Delhi", "Kinshasa", "Bishkek", "Astana", "Hanoi", a rate written "25 per cent", a
date-line, the measure after a market clause): 120 measures (``kinds_118_cases_a.py``,
``_b.py``), each labelled as its row, checked on every field the exact score counts
(``tests/unit/kinds_exact.py``), and 30 non-measures in their words (``kinds_118_cases_c.py``:
a plan dropped, shelved, denied or ruled out, a question, a threat or a measure told as
commentary, an industry's request, talks). Labels were written and committed before the engine
read them.

First reading: not yet taken.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_118_cases_a import MEASURES
from kinds_118_cases_b import MORE_MEASURES
from kinds_118_cases_c import NEAR_MISSES
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
