"""Six kinds of headline the classifier misread, each made up in about eight cases with near
misses beside them.

The kinds (``kinds_119_cases_a.py``, ``_b.py``): (1) an import measure naming a third country
only as its cause ("Mexico raises steel import tariffs over Chinese dumping": the origin is
the country whose goods are charged, ``*`` for imports in general, as the labelled rhy-102
and rhs-192 read it); (2) a vague title naming a review of a measure ("EU revisits its steel
safeguard") whose lede says the measure was changed; (3) licensing written as a list change
("from 'free' to 'restricted'", "on restricted export list", "requires import licences",
"only approved exporters may ship"); (4) a government telling its own state firm to stop or
restart a flow ("orders state miner to halt cobalt exports"); (5) a leader named by a name the
gazetteer does not know after a country's possessive ("Indonesia's Prabowo bans ..."); (6)
two kinds the learned event gate vetoed while the rules read them right: a firm's goods caught
by or hit by a measure, and a leader's warning of a measure in force or decided. Near misses of
each (``kinds_119_cases_c.py``): an industry's call, a probe, trade figures under a measure, a
review with no change, a firm winning a licence, a state firm's own act, a leader's view, a
firm's news under a measure. Labels were written and committed before the engine read them.

First reading: (recorded after the run).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_119_cases_a import LEDE_CHANGES_MEASURE, LIST_LICENSING, THIRD_COUNTRY_CAUSE
from kinds_119_cases_b import GATE_VETOED, LEADER_BY_NAME, STATE_FIRM_TOLD
from kinds_119_cases_c import NEAR_MISSES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(
    ("title", "summary", "want"), THIRD_COUNTRY_CAUSE, ids=case_ids(THIRD_COUNTRY_CAUSE)
)
def test_a_third_country_named_as_the_cause_is_not_the_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), LEDE_CHANGES_MEASURE, ids=case_ids(LEDE_CHANGES_MEASURE)
)
def test_a_review_whose_lede_changes_the_measure_is_the_change(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), LIST_LICENSING, ids=case_ids(LIST_LICENSING))
def test_licensing_told_as_a_list_change_is_licensing(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), STATE_FIRM_TOLD, ids=case_ids(STATE_FIRM_TOLD)
)
def test_a_government_telling_its_state_firm_is_its_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), LEADER_BY_NAME, ids=case_ids(LEADER_BY_NAME))
def test_a_leader_after_a_country_possessive_is_the_country(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), GATE_VETOED, ids=case_ids(GATE_VETOED))
def test_a_kind_the_gate_vetoed_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NEAR_MISSES, ids=case_ids(NEAR_MISSES))
def test_a_near_miss_of_the_kinds_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
