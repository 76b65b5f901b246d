"""Kinds of false event (session 20): a measure named as the backdrop of other news.

The held-out false events of the leave-one-set-out run (``benchmarks/loso_event_gate.py``) on
the studied sets were grouped by kind; these are the kinds taken, each labelled no measure
wherever the studied sets hold it. Every kind is read by ``tui/engine/classifier_backdrops.py``
(run from ``nonmeasure_veto`` in ``tui/engine/classifier_nonmeasures.py``):

1. **A verdict on a measure**: a measure as a heading, then after a colon what someone fears or
   thinks of it ("...'s export ban: bad for miners"), a measure said to be something ("tariffs
   are a tax on ..."), or a study's or a report's finding on it ("Study finds ...", "Research:
   ...", "New report shows ..."). A tail that states the measure's terms or an act on it stays
   an event.
2. **Trade figures under a measure**: a share of trade "subject to" a measure, a flow that moves
   "under", "since" or "despite" it ("exports drop 12% under safeguard quota", "exports zero
   ... as curbs bite"). A government that "subjects" goods to a duty stays an event.
3. **A measure of years ago recalled**: "Two years after ...'s ban, refineries multiply", "profit
   from 2018 tariffs". A new act after the comma, a raise or an extension of the old measure
   stay events.
4. **A measure risked, escaped or hoped for**: "talks stall, risking new tariffs", "may escape
   US tariffs", "might not face US duties", "bid for zero tariff"; also, already read right
   before, a measure denied.
5. **Relief asked for in the past tense**: "asked the US to exclude Japan from steel tariffs",
   "requested Washington exclude ... from quotas" (relief sought is no event, README
   "Trade-policy statuses"; relief granted stays a release).
6. **A market report dated by its year** ("Market Outlook 2027: Export Bans", "Forecast to
   2032").
7. **An investigation that could lead to a measure** ("probe that may result in duties"): an
   investigation opened is no event (README).
8. **A debate, row or backlash over a measure** ("Debate over ...'s export ban heats up").
9. **"Control" that is no trade control**: a share of world supply held ("could control a third
   of the world's lithium", "controls 40 percent of global palladium") or a control of
   something else ("emission control rules", "pollution control agency"). Export controls stay
   events, and so do quality control measures on imports (a real set labels them licensing).
10. **A poll's or a survey's finding** on a measure ("Poll shows ... back copper export tax",
   "... in Ghana survey").

Kinds looked at and found already read right (kept as cases): licences, permits and concessions
for mining or exploration (a domestic regulation, not a flow), relief sought as a noun
("requests exemption from ..."), an analyst's or a bank's forecast of a measure's effects, and
a route, a port or a crossing that reopens on its own.
Left: **a measure on other goods, the metal named only beside it** ("bans imports of seafood;
copper steady", "tariffs on steel-toe boots"): a rule for it lost a labelled measure on a set
never studied (its row not read), so it was dropped and its cases are ``xfail``. Session 27
took the kind by another rule (the measure's own goods items, each read by its last word, from
a list of goods that are no metal: ``tui/engine/classifier_other_goods.py``, cases in
``test_classifier_kinds_67.py``) that loses no labelled row; six of the eight read right now, and
two stay ``xfail`` (a catch quota, "tuna catch", is no goods the list knows; "steel-toe work
boots" names a metal in its goods, which keeps the event). Kinds looked
at and left alone because the studied sets label them both ways: a trade-remedy
body's recommendation, a measure's effect on a market, retaliatory tariffs on other goods
named with the metal tariffs they answer, an inclusions process, product standards (quality
control orders).

Every phrasing was written for its kind (none is a headline of any real set), labels first,
in seven batches as kinds were added. First time, on the engine before the change (main at
7d3bbb6): 111 of the 170 cases read right, the non-measures 72 of 126, the measures 39 of 44
(by list: verdicts 9 of 23, figures 11 of 16, recalled 11 of 15, risked 9 of 14, asked 17 of
20, reports 4 of 7, inquiries 2 of 7, debates 2 of 7, controls 8 of 11, routes 5 of 6, polls 13
of 15, other goods 5 of 14, already right 15 of 15). Now 157 of 170: the eight non-measures of
the kind left are ``xfail``, and so are the five measures misread before and still (a release
"excluded ... from" after a request, a probe that "ends with" tariffs read as a release, "After
investigation, ... imposes" read as proposed, a demonym before "imports" not read as their
origin, a ban on rice deciding over a gold duty in the next clause, read since
``classifier_second_act``, ``test_classifier_kinds_124.py``); no measure's reading changed.

These cases are kept out of ``CASES`` (which the learned event gate trains on): they test the
rules' vetoes.
"""

from __future__ import annotations

from kinds_37_cases_a import (
    ASKED,
    CONTROLS,
    DEBATES,
    FIGURES,
    INQUIRIES,
    OTHER_GOODS,
    POLLS,
    RECALLED,
    REPORTS,
    RISKED,
    ROUTES,
    VERDICTS,
)
from kinds_37_cases_b import ALREADY
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


@headline_cases(VERDICTS)
def test_a_verdict_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FIGURES)
def test_trade_figures_under_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RECALLED)
def test_a_measure_of_years_ago_recalled(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RISKED)
def test_a_measure_risked_escaped_or_hoped_for(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ASKED)
def test_relief_asked_for(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(REPORTS)
def test_a_market_report_dated_by_its_year(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(INQUIRIES)
def test_an_investigation_that_could_lead_to_a_measure(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(DEBATES)
def test_a_debate_over_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CONTROLS)
def test_control_that_is_no_trade_control(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ROUTES)
def test_a_route_reopened_on_its_own(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(POLLS)
def test_a_polls_finding_and_views(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(OTHER_GOODS)
def test_a_measure_on_other_goods_left(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ALREADY)
def test_kinds_already_read_right(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
