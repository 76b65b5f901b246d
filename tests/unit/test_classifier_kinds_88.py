"""News close to a trade measure that is no measure, in market, company and data framing
(session 30), in made-up phrasings labelled before the engine read them.

1. **A price or market report where a measure is only feared, expected, awaited, priced in
   or long past** ("Copper edges lower as traders await US ruling on metal levies", "Kitco:
   Gold's tariff premium in New York fades"): no event (README "Trade-policy statuses": a market
   moved by tariff bets or hopes, a measure named as the backdrop of other news). Near misses,
   a measure taken now inside market framing ("Nickel surges as Indonesia bans ore exports"),
   stay events.
2. **A company's own act, or a stoppage by strike, weather or logistics** (force majeure, a
   mine or smelter halting or curtailing output or shipments, a firm's own prices and
   premiums, port strikes, floods, rail outages): no event; near misses, a government halting
   a flow ("DR Congo halts cobalt exports for four months"), stay events.
3. **Trade data and statistics** ("China's antimony exports collapse 97% under export
   controls", "exports to China resume growth"): trade figures, the measure named in passing
   their backdrop; near misses, a government acting beside the figures, stay events.
4. **Commentary** (explainers, analysis, opinion, interviews, podcasts, fact checks,
   anniversaries, "Five years on, ...", "Lessons from ..."): no event; near misses, an act told
   after an explainer's or an analysis label.
5. **Legal action and enforcement against firms** (seizures, busts, fines for evading duties,
   suits and rulings between companies, customs officers stopping one shipment): no event;
   near misses, a government's measure against smuggling, stay events.

First time, on the engine before the change (labels written before it ran; none corrected
after): 172 of the 185 first cases right, 9 false events on 150 headlines that are no measure
(about one in 17). Kind 1, 44 of 45 (1 false event on 32: "tariff premium", a measure's noun
naming a market's price); kind 2, 40 of 41 (1 false event on 33: a mine named after a
country's possessive halting shipments "as protesters block road"); kind 3, 33 of 37 (4 false
events on 31: exports that "collapse" under controls, imports that "dry up" after duties,
imports that "set record ... before quota reset", exports that "resume growth"); kind 4, 26 of
32 (2 false events on 28: "Five years on, ...'s ban has paid off", "Lessons from ...'s ban";
the 4 near misses after an explainer's, a Q&A's or an analysis label missed, below); kind 5, 29
of 30 (1 false event on 26: "customs officers stop silver shipment"). The 35 measures of kinds
1, 2, 3 and 5 were all read right. A second batch of 38 over the five kinds (30 no measure),
written after the first change and labelled before any engine read it: 33 of 38 right on the
engine before the change (5 false events on 30), 38 of 38 on the change.

After the change (``tui/engine/classifier_near_news.py``: a measure's price premium or spread,
a flow's trend resumed, a span gone by opening the title, a commentary's lead, a named mine or
firm stopping its flow for a disruption told after the verb; a flow that collapses, dries up,
crashes, dwindles or halves, and a move "before" or "ahead of" a measure, in
``classifier_backdrops.py``; one "shipment" stopped by officers in
``classifier_near_measures.py``): all right but the 4 near misses after an explainer's or an
analysis label, kept as ``xfail`` (that label vetoes whatever follows it, as
``test_classifier_kinds_57.py`` had it). The two after "Explainer:" read right once an act
told after an explainer's or a factbox's label was read as news
(``tui/engine/classifier_explainer_act.py``); those after "Q&A:" and "ANALYSIS-" stay ``xfail``.

A third batch of 40 over the five kinds (32 no measure), written after that change and
labelled before any engine read it: one label was put right after the first run ("China
curbs steel exports", first labelled a halt: "curbs" is a licensing word in the house's
tables, as in "BIS curbs germanium exports to India"); with it, 37 of 40 right on the engine
before the change (2 false events on 32: "Three lessons from ...", "Interview with Congo mines
minister on cobalt quota results"), 38 of 40 on the change (the interview). An interview's, a Q&A's, a
podcast's or a conversation's lead ("Interview with ...") was then added to the commentary
leads: 39 of 40, the near miss under an "Analysis of the week:" heading kept as an ``xfail``.
Event gate retrained after each change: threshold 0.116 unmoved, ``row_changes.py main`` 0
rows lost, 0 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_88_cases_a import COMMENTARY, COMPANY_ACTS, MARKET_REPORTS, TRADE_DATA
from kinds_88_cases_b import ENFORCEMENT, SECOND_BATCH, THIRD_BATCH
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []


@headline_cases(MARKET_REPORTS)
def test_a_market_report_on_a_measure_feared_or_past(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMPANY_ACTS)
def test_a_companys_own_act_or_a_stoppage(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(TRADE_DATA)
def test_trade_data_with_a_measure_in_passing(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(COMMENTARY)
def test_commentary_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ENFORCEMENT)
def test_legal_action_and_enforcement_against_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SECOND_BATCH)
def test_a_second_batch_of_the_five_kinds(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(THIRD_BATCH)
def test_a_third_batch_of_the_five_kinds(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
