"""The real misses of the twenty-second blind set's studied (odd) half and two kinds known to be
misread, as made-up cases per kind with near misses that must not change (``kinds_123_cases.py``):
a market's view of a measure's effect ("Additional duties on ... to have little impact on
market"), an industry that raises a duty issue ("... raise import duty anomaly"), buyers who get
round a ban ("find ways around China's gallium export ban"), a leader's warning that gives the
measure's firm start ("Trump warns Japan's steel faces 25% tariffs starting Monday": decided,
docs/STATUSES.md), and a bill, a draft law or a legislature's plan "to ban ... from 2030"
(proposed until passed or signed). Labels were written and committed before the engine read them.

First reading: not yet taken.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_123_cases import (
    BILL_NEAR,
    BILL_PLAN,
    FRESH,
    MARKET_VIEW,
    MARKET_VIEW_NEAR,
    RAISE_ISSUE,
    RAISE_ISSUE_NEAR,
    WARNED_NEAR,
    WARNED_START,
    WAYS_AROUND,
    WAYS_AROUND_NEAR,
)
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

_NO_EVENT = MARKET_VIEW + RAISE_ISSUE + WAYS_AROUND
_NEAR = MARKET_VIEW_NEAR + RAISE_ISSUE_NEAR + WAYS_AROUND_NEAR + WARNED_NEAR + BILL_NEAR


@pytest.mark.parametrize(("title", "summary", "want"), _NO_EVENT, ids=case_ids(_NO_EVENT))
def test_news_about_a_measure_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), WARNED_START, ids=case_ids(WARNED_START))
def test_a_warning_with_a_firm_start_is_decided(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), BILL_PLAN, ids=case_ids(BILL_PLAN))
def test_a_bill_to_ban_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), _NEAR, ids=case_ids(_NEAR))
def test_a_near_miss_keeps_its_reading(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH, ids=case_ids(FRESH))
def test_a_fresh_case_of_the_kinds_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
