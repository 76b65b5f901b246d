"""Paraphrases of studied wire rows the engine reads right: do the rules match the kind or only
the row's words?

(First-time counts to be written after the first run.)

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_109_cases_a import MEASURES
from kinds_109_cases_b import MORE_MEASURES
from kinds_109_cases_c import LAST_MEASURES
from kinds_109_cases_d import NON_MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

ALL_MEASURES = MEASURES + MORE_MEASURES + LAST_MEASURES


@pytest.mark.parametrize(("title", "summary", "want"), ALL_MEASURES, ids=case_ids(ALL_MEASURES))
def test_a_paraphrased_wire_measure_reads_as_its_row(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NON_MEASURES, ids=case_ids(NON_MEASURES))
def test_a_paraphrased_wire_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
