"""A government's measure told inside market framing (session 20, issue #16), in made-up
phrasings.

The title is about a market or a company (a price, a premium, stocks or shares moving) and the
measure is the move's cause: "Tin soars as Myanmar region halts ore shipments", "Cobalt stocks
rally after Kinshasa bans exports", or a title naming the cause without the metal or the act
("Steelmakers' shares jump after Trump tariff order", "Nickel jumps on export ban") whose
summary tells the act on the market's own metal ("after Indonesia banned exports of nickel
ore"). Such a headline reports the measure, as the labelled real sets have it (a measure told
in a market story's headline is an event; ``proposed`` when threatened or planned, not when
announced, signed or extended, a later start included). Read by
``tui/engine/classifier_market_ledes.py`` (the lede's cause clause read alone when the title
names the cause; the market clause's modal, metal, places and company subject are not the
measure's), ``tui/engine/classifier_market_acts.py`` (the title's cause clause, tied to the
metal by its own goods or by the lede's act) and ``tui/engine/classifier_causes.py``.

Beside them, no event: a move on a measure only feared, hoped, speculated or bet on, on talks,
an investigation, demand, inventories or the Fed, market news naming "tariffs" with no act, a
measure on another market's goods ("Gold rallies on tariffs" over steel tariffs), a company's
reaction to a measure in force ("Alcoa to pass on tariff costs": its pricing is the news), and
a market title that names no cause at all ("Steelmakers' shares jump" over a lede telling the
act, ``CAUSELESS``): first written as events, these read as market news in the labelled real
sets (rht-067, rht-094, rht-125 of the gate's fourth set, found when the first fix lost
rht-125), so they were relabelled no event and the fix asks the title to name the cause.

First time, on the engine before the change (main at 7d3bbb6): the first batch, written
before any run, read 27 of 43 right (title acts 12/14, the summary acts as first labelled 0/12,
contrasts 14/14, metals 1/3). Written after it, each labelled before running: summary acts
naming the cause 3/12 (two carried over from the first batch), noun causes 4/10, lede states
3/7, companies 4/10; the ten relabelled causeless titles read 10/10 as no event on main. Now 78
of 80 (two strict xfails: share moves on a weighed measure the learned gate vetoes).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of market framing.
"""

from __future__ import annotations

import pytest
from kinds_36_cases_a import CAUSELESS, LEDE_STATES, NOUN_CAUSES, SUMMARY_ACTS, TITLE_ACTS
from kinds_36_cases_b import COMPANIES, CONTRASTS, METALS_OF
from kinds_cases import Want, case_ids, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.classifier import classify

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


@headline_cases(TITLE_ACTS)
def test_a_market_move_on_a_governments_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SUMMARY_ACTS)
def test_a_market_title_whose_summary_tells_the_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NOUN_CAUSES)
def test_a_market_title_naming_a_measure_noun(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LEDE_STATES)
def test_a_market_ledes_act_decided_or_proposed(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMPANIES)
def test_a_companys_market_on_a_governments_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CAUSELESS)
def test_a_market_title_naming_no_cause_is_the_move(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(CONTRASTS)
def test_market_news_with_no_act_stays_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "metals"), METALS_OF, ids=case_ids(METALS_OF))
def test_the_measures_goods_not_the_moved_market(
    title: str, summary: str, metals: set[str]
) -> None:
    event = classify(title, summary, METALS)
    assert event is not None
    assert set(event.metals) == metals
