"""Fields of measures the engine reads as events but gets wrong, by kind, from the studied
sets' misses (``benchmarks/score_real_headlines.py --misses``), in made-up phrasings
(``kinds_126_cases.py``), read on every field by :func:`kinds_exact.check_exact`:

1. a measure a title gives with "to", "will" or "plans" and only a coarse start ("from third
   quarter", "this week", "later this year") whose lede tells it as a plan ("plans to enact",
   "is set to issue"): the studied sets read it as proposed (rhe-150, rhp-166, rhj-114).

The labels were written and committed before the engine read them.

First reading, before any change: (recorded below once read).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_126_cases import COARSE_START_PLANS, COARSE_START_PLANS_NEAR_MISSES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(
    ("title", "summary", "want"), COARSE_START_PLANS, ids=case_ids(COARSE_START_PLANS)
)
def test_a_plan_with_a_coarse_start_is_proposed(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    COARSE_START_PLANS_NEAR_MISSES,
    ids=case_ids(COARSE_START_PLANS_NEAR_MISSES),
)
def test_a_dated_or_decided_measure_stays_decided(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
