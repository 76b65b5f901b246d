"""Paraphrases of studied headline rows the engine reads right, told another way (session 35):
do the rules match the kind or only the row's words?

FIRST_READING_PLACEHOLDER

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_106_cases_a import MEASURES
from kinds_106_cases_b import MORE_MEASURES
from kinds_106_cases_c import NON_MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

ALL_MEASURES = MEASURES + MORE_MEASURES


@pytest.mark.parametrize(("title", "summary", "want"), ALL_MEASURES, ids=case_ids(ALL_MEASURES))
def test_a_measure_told_another_way_reads_as_its_row(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NON_MEASURES, ids=case_ids(NON_MEASURES))
def test_a_non_measure_told_another_way_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
