"""Government and policy news that touches metals but is no trade measure on a metal's flow
(session 30), beside true measures told in the same framings.

Made-up headlines, labelled before the engine read them (README, "Trade-policy statuses" and
the paragraphs after it; the labelling rules of the blind sets' PROVENANCE.md). Kinds:

1. **Domestic mining policy**: royalties, mining codes, windfall and extraction taxes on miners,
   mining (not export) licences revoked or granted, nationalisation, state stakes, ambitions to
   process at home told without a measure: no event. Beside them, export measures told in the
   same framings (a mining law that bans ore exports, local processing ordered before export).
2. **Money and stocks**: subsidies, tax credits and their sourcing rules, strategic stockpiles
   bought or released, price caps on domestic sales, state funds for smelters: no event. Beside
   them, duties raised or cut for the same industries.
3. **Diplomacy and deals**: critical-minerals partnerships, memoranda, offtake deals, G7 and
   G20 statements, summits, talks held or set, frameworks told in general words: no event.
   Beside them, a measure made or lifted after talks or under a deal.
4. **Process without a measure**: a WTO dispute filed or ruled on, an anti-dumping petition or
   inquiry opened, a review started, a hearing, a call for comments, a suit against a tariff:
   no event. Beside them, duties imposed after an inquiry and a consultation launched on a
   measure (``proposed``, as ``test_classifier_kinds_60.py`` and ``_87.py`` read it).
5. **Sanctions and screening aimed at people or investment**: a tycoon or officials
   sanctioned, an acquisition blocked or a divestment ordered, technology firms listed: no
   event. Beside them, bans on a country's metal and export licences.

First time, on the engine before the change (labels written first; four batches, each
labelled before the engine read it). First batch (178: 142 non-measures, 36 measures), 168 right:
kind 1 31 of 38, kind 2 35 of 36, kind 3 39 of 39, kind 4 37 of 38, kind 5 26 of 27; 4 false
events (a licence "at" a gold mine revoked, miners required to sell ore "at benchmark price",
a body that "receives request for anti-dumping duties", "visa bans" on officials) and 6 measures
read wrong (two bans whose subject was "new mining law" or "mining code amendment", read as a
company's; local processing ordered of "bauxite miners"; a raise beside a levy that "ends" in an
"as" clause, read as the levy's end; a lede's duty under a title whose "Smelter subsidies" read
as a company's view; and one label). Second batch (53), on the same engine: 48 right (kind 1 14
of 16, kind 2 10 of 11, kind 3 10 of 10, kind 4 9 of 10, kind 5 5 of 6): "permits of 2,000
informal gold miners", "Court of International Trade upholds ... tariffs" and a "Kremlin-linked
nickel billionaire" sanctioned read as measures; "Under new mining decree, Congo halts ..." read
as a company's halt; "Japan and US agree to remove tariffs on Japanese aluminium" read with
Japan as the importer. Third batch (55), after the first changes: 51 right (kind 1 12 of 13,
kind 4 9 of 10, kind 5 7 of 9; the others all): a "cobalt miner's operating licence"
suspended, a "refiner's CEO" added to a sanctions list and an investor barred "from buying
stake" read as measures, and a trade-remedy body's recommendation (left out, below). Fourth
batch (17, true measures above all): 16 right, the one wrong "over nickel ore export permit
fraud" read as a licence. Over the 302 cases (232 non-measures, 70 measures) the engine before
the change reads 283 right: 11 false events, 6 measures missed and 2 read with a wrong field.

One label was put right after the first run, as the house reads it: "Congo to ban cobalt
concentrate exports under new mining code" was labelled ``proposed``; a government's own "X to
ban" is decided (``test_classifier_kinds_59.py``: "SMM: Indonesia to ban bauxite exports"; the
wire's labelling rules: "the government's own announcement that it will act"). Left out, the
sets disagreeing and the README silent: a trade-remedy body's recommendation of a duty ("India's
DGTR recommends anti-dumping duty on ..."; ``proposed`` in the older sets, no event in the later
ones, ``test_classifier_kinds_70.py``), a firm added to an entity or sanctions list (the
README's "a firm ... added" is the ban, the sixteenth set's rules read sanctions on a company as
no event), and a consultation next to a call for comments (a consultation launched on a measure
is ``proposed``, kept here as ``_60.py`` reads it; comments invited on one are no event).

Fixed, by kind (``tui/engine/classifier_policy_news.py`` unless named): a request, petition,
application or complaint "for" a measure that a body receives (not one it grants); a visa,
travel or entry ban, on people; a rule on the price of sales at home ("sell ... at benchmark
price") with no word of goods crossing a border; an investor barred from buying a stake; a
crime over a measure's papers ("permit fraud", "quota graft"); a mining permit named by "at" or
"on" a mine, by a holder after a number, or with the miner's possessive before it
(``classifier_nontrade.py``); a billionaire, magnate, CEO or chairman sanctioned or listed, and
a court named "Court of ..." that rules (``classifier_nonmeasures.py``); a mining law, code or
decree as the subject is the state's act, not a company's (``classifier_vetoes.py``); firms
ordered to process goods before exporting them, licensing (``classifier_trade_terms.py``); a
lapse in an "as" clause after an act of the main clause is its backdrop
(``classifier_read.py``); two governments that "agree" to end tariffs on one's goods, the
other's tariffs (``classifier_direction.py``). After: 301 of 302 right, no false event. Still
wrong (``xfail``, strict): the "Smelter subsidies" title. Event gate retrained after each
change: threshold 0.116 unmoved; ``row_changes.py main`` 0 rows lost, 0 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_91_cases_a import DIPLOMACY_1, MINING_POLICY, MONEY_STOCKS
from kinds_91_cases_b import DIPLOMACY_2, PROCESS, SCREENING
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []


DIPLOMACY: list[Any] = [*DIPLOMACY_1, *DIPLOMACY_2]


@headline_cases(MINING_POLICY)
def test_domestic_mining_policy_is_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MONEY_STOCKS)
def test_money_and_stocks_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DIPLOMACY)
def test_diplomacy_and_deals_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PROCESS)
def test_process_without_a_measure_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SCREENING)
def test_sanctions_on_people_or_investment_are_no_trade_measure(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
