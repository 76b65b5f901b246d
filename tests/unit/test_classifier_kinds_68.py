"""News that uses trade-policy words without reporting a measure on a metal (session 27, part 2
of 2; kinds 1 and 2 are in ``test_classifier_kinds_67.py``), in made-up phrasings, and a sweep
of sixteen genres of such news.

3. Sanctions on a state's people ("US sanctions Venezuelan officials tied to illegal gold
   mining", "Zimbabwe ministers", "Congolese lawmakers") or on a bank ("Treasury sanctions
   Iranian bank over metals trade financing", "Chinese banks financing Russian aluminium
   trade"): sanctions on persons and private firms are no measure on a metal's trade, but
   "officials", "ministers" and "trade" were read as the state's words, and "bank" as a
   state's. A state's people are persons unless a flow is named; a bank is the state's only as
   a "central", "national" or "state" bank; "trade" is a state's body only before one ("trade
   ministry") (``sanctions_parties`` in ``tui/engine/classifier_sanctioned_parties.py``). Sanctions on
   a sector or on a country's metal stay measures.
4. A measure denied by "no" and a time ("Philippines' trade chief: no nickel ore export ban
   this year", "no lithium export ban in 2026", "no copper export tax next year", "No new steel
   tariffs before election"): ``DENIAL_RE`` (``tui/engine/classifier_rules_context.py``) read "no"
   with at most one word before the measure and "on", "for", "yet" after it; now up to three
   words (not "as", "and", "from", "to", an exemption or relief) and a time after it too.
5. A market moved by bets, wagers, hopes or optimism on a measure ("Copper spread widens on
   tariff bets"): moods, as "tariff fears" already were (``MOOD_NOUNS`` in
   ``tui/engine/classifier_rules_patterns.py``).

How the cases were written: see ``test_classifier_kinds_67.py`` (batch 1: 206 headlines
labelled before the engine ran; batch 2: new phrasings per kind; batch 3: 66 headlines
written after the first fixes). One batch-3 headline is left out: "Tin slides as Indonesian
export licences resume flowing" was labelled no event, but the vocabulary reads a government's
act given as a market move's cause as the act, and licences resumed may be such an act.

First time, batch 1 by genre, on main (read with no event out of written; every label is no
event): company results and guidance 14/14; price moves and analyst notes 15/16; court cases
and appeals about past duties 9/12; lobbying, petitions, hearings, comment periods and
investigations opened 14/14; diplomacy 14/14; history, explainers and opinion 14/14; data
releases 14/14; mining operations 16/16; shipping and logistics 12/12; ESG 10/10; M&A 12/12; a
measure on goods that are no metal 1/12; sanctions on people and banks 8/10; tariffs in
general news 12/12; questions and fact checks 12/12; denials 11/12. In all 188/206: 18 false
events, 11 of them on goods that are no metal. After: 206/206.

Batch 3 by genre, on main, then on the branch when it was written, then after: results 4/4,
4/4, 4/4; markets 4/5, 4/5, 4/5 (the tin row above); courts 4/5, 4/5, 4/5; lobbying 4/4;
diplomacy 4/4; history 4/4; data 4/4; operations 5/5; shipping 3/3; ESG 3/3; M&A 3/3; goods
that are no metal 0/8, 5/8, 8/8; sanctions on people 1/4, 3/4, 4/4; general news 3/3;
questions 3/3; denials 1/4, 3/4, 3/4. In all 50/66 on main, 59/66 on the branch as written,
63/66 after.

Batch 4 (written after all the fixes; see ``_67.py``), on main, then on the branch as it then
stood: sanctions on people 2/4, 4/4 (one near miss kept as an event); denials 2/3, 3/3; markets
3/3, 3/3; other genres 8/8, 8/8; goods that are no metal and suits in ``_67.py``. In all 18 of
32 on main, 27 of 32 on the branch as it stood, 31 of 31 after (one garbled row dropped).

Kinds 3-5, first time on main over the three batches: kind 3 12 of 23, after 23 of 23; kind 4
13 of 22, after 21 of 22 ("no cobalt export ban extension planned" is ``xfail``); kind 5 23 of
25 (the tin row left out), after 25 of 25. The sweep (the other eleven genres, batches 1 and 3)
read right first time, 184 of 184, and stays so.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' vetoes.
"""

from __future__ import annotations

from kinds_68_cases_a import MOODS, NO_MEASURE, SANCTIONED, SWEEP_1
from kinds_68_cases_b import SWEEP_2
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []


SWEEP: list[tuple[str, str, Want]] = [*SWEEP_1, *SWEEP_2]


@headline_cases(SANCTIONED)
def test_sanctions_on_a_states_people_or_a_bank(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NO_MEASURE)
def test_a_measure_denied_by_no_and_a_time(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MOODS)
def test_a_market_moved_by_bets_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SWEEP)
def test_other_genres_that_name_no_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
