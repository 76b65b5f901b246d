"""Six kinds of headline the classifier was known to misread, read on every field by
:func:`kinds_exact.check_exact` (cases in ``kinds_124_cases.py``, made up from the kinds, not
from any labelled set's rows):

1. "sanctioned" in the passive ("<goods> sanctioned by <place>"), read as the active
   "<place> sanctions <goods>" is;
2. relief refused ("refused relief from", "fails to win exemption from", "denied an exclusion
   from" a measure): the measure stands on the one that asked;
3. a measure "under" a proposal, a draft or proposed rules: proposed;
4. a government telling a state firm known by its name alone to stop or restart a flow;
5. a bare "Treasury" whose country the title or the lede names, and "Xi" alone for China;
6. two acts in one title, the first on goods that are no metal, the second on a watched one.

Labels were written and committed before the engine read them.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_124_cases import (
    BODY_AND_LEADER,
    BODY_NEAR_MISSES,
    RELIEF_NEAR_MISSES,
    RELIEF_REFUSED,
    SANCTIONED_NEAR_MISSES,
    SANCTIONED_PASSIVE,
    STATE_FIRM_NAMED,
    STATE_FIRM_NEAR_MISSES,
    TWO_ACTS,
    TWO_ACTS_NEAR_MISSES,
    UNDER_NEAR_MISSES,
    UNDER_PROPOSAL,
)
from kinds_124_cases_fresh import FRESH
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

_GROUPS = {
    "sanctioned": SANCTIONED_PASSIVE + SANCTIONED_NEAR_MISSES,
    "relief": RELIEF_REFUSED + RELIEF_NEAR_MISSES,
    "under": UNDER_PROPOSAL + UNDER_NEAR_MISSES,
    "state_firm": STATE_FIRM_NAMED + STATE_FIRM_NEAR_MISSES,
    "body_leader": BODY_AND_LEADER + BODY_NEAR_MISSES,
    "two_acts": TWO_ACTS + TWO_ACTS_NEAR_MISSES,
}


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["sanctioned"], ids=case_ids(_GROUPS["sanctioned"])
)
def test_sanctioned_in_the_passive(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["relief"], ids=case_ids(_GROUPS["relief"])
)
def test_relief_refused_leaves_the_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["under"], ids=case_ids(_GROUPS["under"])
)
def test_a_measure_under_a_proposal_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["state_firm"], ids=case_ids(_GROUPS["state_firm"])
)
def test_a_named_state_firm_told_to_act(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["body_leader"], ids=case_ids(_GROUPS["body_leader"])
)
def test_a_bare_treasury_or_xi_is_its_country(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), _GROUPS["two_acts"], ids=case_ids(_GROUPS["two_acts"])
)
def test_the_act_on_the_metal_of_two(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH, ids=case_ids(FRESH))
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
