"""News close to a measure that is no new measure, part 1 (session 29), in made-up phrasings
labelled before the engine read them.

1. **A measure in force named as the cause or backdrop** of a market move, a company's result
   or a flow ("Aluminium premiums in US hit record as Section 232 tariffs bite", "nickel pig
   iron output climbs three years into ore export ban", "profit falls on import duty costs"):
   no event (README "Trade-policy statuses": a measure named as the backdrop of other news, a
   firm's act with the measure only as its cause). Near misses a government's act now moves
   the market ("Tin soars as Myanmar's Wa region halts ore shipments") stay events.
2. **Trade statistics and customs data** ("China's gallium exports slump after controls",
   "India steel imports from Vietnam jump 40%"): trade figures under a measure, no event; a
   government acting on the figures stays an event.
3. **Companies, exchanges, traders and banks acting** (a miner halting shipments in a strike,
   an exchange suspending a contract or raising margins, a bank's tariff forecast, a trader
   dropping a supplier, a distributor's tariff surcharge): a firm's own act, no event; a
   government's ban beside them stays an event.

First time, on the engine before the change (labels written before it ran; none corrected
after): kind 1, 22 of the 30 first cases right (7 false events on 24 headlines that are no
measure: a measure after "despite", "under existing ...", "two years into ...", "a year into
the ... crackdown", "last year's duty cut", "as ... controls stay in place", "as ... licences
trickle in"; and one of the 6 near misses missed, below); kind 2, 26 of 28 right (2 false
events on 25: "imports triple ... as duty cut spurs buying", "pre-control levels"); kind 3, 27
of 31 right (4 false events on 28: a company named after a place or a metal, "Korea Zinc",
"Jiangxi Copper", "China Minmetals", stopping its own sales, and "imposes surcharge to cover 50%
tariff"). A second batch of 20, written after the first change and labelled before any engine
read it: 13 of 20 right on the engine before the change (6 false events on 13), 19 of 20 on the
first change (the near miss "Despite protests, Zimbabwe bans ..." missed on both: the fronted
concession's "protests" read as a disruption in the subject, put right then).

After the change (``tui/engine/classifier_in_force.py``, a flow's move by "doubles" or
"triples" in ``classifier_backdrops.py``, a fronted concession in ``classifier_caused.py``):
all right but one near miss, kept as an ``xfail``: "Gold imports into India slump after
government raises duty to 15%", labelled a tariff. Relabelled no event in session 30: a flow
that opens the title and moves after an act is trade data counted after it
(``tui/engine/classifier_flow_figures.py``; the engine read no event before, by another check).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_78_cases_a import FIRMS_ACTING, IN_FORCE_CAUSES, SECOND_BATCH_1, TRADE_FIGURES
from kinds_78_cases_b import SECOND_BATCH_2
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []


SECOND_BATCH: list[Any] = [*SECOND_BATCH_1, *SECOND_BATCH_2]


@headline_cases(IN_FORCE_CAUSES)
def test_a_measure_in_force_as_cause_or_backdrop(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TRADE_FIGURES)
def test_trade_statistics_and_customs_data(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FIRMS_ACTING)
def test_companies_exchanges_traders_and_banks_acting(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SECOND_BATCH)
def test_a_second_batch_of_kinds_1_to_3(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
