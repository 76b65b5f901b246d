"""False events: headlines of the kinds outlets publish every day that name a measure word, a
country and a watched metal but tell no measure, and measures written near them, in made-up
phrasings labelled before the engine read them.

FIRST_READING

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_108_cases_a import COMPANY, MARKET, PROCESS
from kinds_108_cases_b import ELSEWHERE, WORDS
from kinds_108_cases_c import MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(("title", "summary", "want"), MARKET, ids=case_ids(MARKET))
def test_a_market_report_on_a_measure_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COMPANY, ids=case_ids(COMPANY))
def test_company_news_beside_a_measure_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PROCESS, ids=case_ids(PROCESS))
def test_a_process_step_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ELSEWHERE, ids=case_ids(ELSEWHERE))
def test_a_measure_elsewhere_or_told_hypothetically_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), WORDS, ids=case_ids(WORDS))
def test_a_measure_word_in_a_non_trade_sense_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_measure_near_them_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
