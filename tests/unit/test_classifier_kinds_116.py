"""False events by genre: metals news that names a measure word (tariff, duty, ban, quota,
licence, export control, sanction, curb, levy, embargo, anti-dumping, safeguard) and tells no
measure, in genres ``test_classifier_kinds_113.py`` did not cover, with true measures near them.

Made up (not copied from any labelled set) in many outlets' styles, a title and most with a
one-sentence summary: 120 non-measures (``kinds_116_cases_a.py``: analyst notes and price
forecasts citing a measure as a cause or a risk, company results, guidance, capex and plant
news blaming or crediting one, courts, appeals, WTO panel reports and hearings that decide
nothing, trade bodies' lobbying, petitions and comment periods, elections and campaigns;
``kinds_116_cases_b.py``: explainers, questions and answers, "what a ban would mean", history
and anniversaries, opinion columns, shipping, freight, insurance and LME stock news, customs
statistics, measures on goods that are no watched metal told in metals outlets), each labelled
no event, and 30 measures in the same genres (``kinds_116_cases_c.py``: a court ordering a
measure halted, read ``resuming`` as the labelled "Egypt court suspends steel safeguard
measures"; a quota opened or set; a licence regime in force; a sitting leader's pledge,
``proposed`` as README's "pledged"; a market's, an analyst's or an explainer's title telling a
government's act; a list of goods naming a watched metal), each checked on every field the
exact score counts (``tests/unit/kinds_exact.py``). Where README is silent, labelled as a metals
desk would: an exchange's rule on Russian metal (the LME's) is no government's measure, as the
labelled "LME bars new Russian aluminium, copper, nickel from its system" reads; a court that
hears, remands or dismisses decides no measure; a candidate's debate or a poll is no pledge.
Labels were written and committed before the engine read them.

First reading: (to be recorded).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_116_cases_a import ANALYSTS, COMPANIES, COURTS, ELECTIONS, LOBBYING
from kinds_116_cases_b import EXPLAINERS, OPINION, OTHER_GOODS, SHIPPING, STATISTICS
from kinds_116_cases_c import MEASURES
from kinds_116_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

NEWS_NEAR_A_MEASURE: list[Any] = [*ANALYSTS, *COMPANIES, *COURTS, *LOBBYING, *ELECTIONS]
TALK_ABOUT_A_MEASURE: list[Any] = [*EXPLAINERS, *OPINION, *SHIPPING, *STATISTICS, *OTHER_GOODS]


@pytest.mark.parametrize(
    ("title", "summary", "want"), NEWS_NEAR_A_MEASURE, ids=case_ids(NEWS_NEAR_A_MEASURE)
)
def test_news_that_names_a_measure_word_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), TALK_ABOUT_A_MEASURE, ids=case_ids(TALK_ABOUT_A_MEASURE)
)
def test_talk_about_a_measure_or_other_goods_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_measure_in_the_same_genres_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), FRESH_NON_MEASURES, ids=case_ids(FRESH_NON_MEASURES)
)
def test_a_fresh_non_measure_of_the_genres_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH_MEASURES, ids=case_ids(FRESH_MEASURES))
def test_a_fresh_measure_near_them_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
