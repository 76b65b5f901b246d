"""Kinds read wrong before (session 30), each in many made-up phrasings labelled before the
engine read them (README, "Trade-policy statuses").

1. **Relieved of a measure**: goods or a country "relieved of" another's measure ("Thai zinc
   relieved of Chinese import levy") are spared from it, a release on their exports to the
   measure's country (``resuming``); a market or a firm relieved by news is no event.
2. **The spared named only in the lede**: a title naming the spared only as "three Asian
   nations" or "two allies" and a lede naming them after "exempted steel from" or "spared
   aluminium from": the first of them is the release's origin.
3. **A measure that ends "after <span> in <country>"**: the place after the span is the
   measure's country (the exporter of an export measure, the importer of an import one); a
   strike, talks or a rally ending so is no event.
4. **Seeking to tax**: "seeks to tax", "aims to tax", "wants to tax" a flow is the
   government's plan (``proposed``); a firm seeking to avoid a tax, a windfall tax on miners,
   no event.
5. **A demonym before "export levy"**: "Australian export levy", "Zambian export duty" name
   the exporter that levies it; a demonym before goods under another's import duty still
   names the goods.
6. **An explainer's label before an act**: "Explainer: China bans gallium exports to US" is
   the act; an explainer about a measure named by its noun or asked about ("What ... means",
   "How ... work") stays no event.
7. **A flow's figures after a measure**: "Gold imports into India slump after government
   raises duty to 15%": trade figures, no event (README: trade figures under a measure,
   "exports drop 20% under new tariff"; a flow's figures are counted over the weeks after the
   act, which is older news than they are); a price's move after the same act stays the act.
8. **Export licences revoked**: a government revoking, cancelling or withdrawing the export
   licences of a country's exporters stops the flow: ``suspended`` (README: a halt; the
   vocabulary's ``licensing`` is a regime that lets goods go with leave, while a revocation
   takes the leave away); one miner's permit revoked is no event (README: "the permit of a
   mine or a miner revoked"); licences restored are a release.
9. **Goods "heading for" a market**: "US bans steel heading for Russia" is a ban on the
   exporter's goods to that market, as "bound for" is; a load seized, a price heading for a
   gain, no event.
10. **Price controls**: a price control or cap on a metal's sales, lifted or imposed, is no
    trade measure on the flow (README: a rule on an activity that is no trade; the vocabulary
    has no status for a price, and a price freeze is no measure since
    ``test_classifier_kinds_80.py``): no event; export controls or quotas lifted beside it
    stay a release.
11. **A prolonged steel safeguard**: a safeguard on steel extended, prolonged or renewed is a
    tariff-rate ``quota`` (the product owner's issue #16 states it outright), also when told
    in the passive or by the noun "extension"; a safeguard on steel imposed stays a duty, one
    on other metals a ``tariff``.

First time, on the engine before the change (labels written before it ran): 50 of the first
103 right; by kind, relieved of 3 of 9, spared in the lede 5 of 7, ends after a span 2 of 11,
seeking to tax 5 of 12 (five vetoed by the learned gate, "aims to" read as done), a demonym
before an export levy 7 of 9, an explainer's label 5 of 11, a flow's figures 6 of 8, licences
revoked 4 of 9, heading for 4 of 9, price controls 3 of 7, prolonged steel safeguards 6 of 11.
Three labels were corrected after that run, by the house's readings, not the engine's: "Chilean
copper to be relieved of Indian import duty" was labelled ``proposed``, but "<goods> to be
spared" is headlinese for the act (the rules' reading beside ``PROPOSED_RE``; the README's "to
be" plan is a measure still to be acted on); "Philippines to revoke nickel ore export permits"
was labelled ``proposed``, but the studied sets read "<country> to <act>" as decided; "Comments
sought on Guinean export levy on bauxite" was labelled a proposed tariff, but a call for
comments on a change is a consultation's step, no event (as the labelled "Customs Duty Increase
on Iron/Steel Bars and Rods – Comment due" reads). With them, 52 of 103 first time.

A second batch of 19 (the rows after "second batch" in each list), written after the changes
and labelled before any engine read it: 4 of 19 right on the engine before the change, 17 of 19
after. The two left are strict ``xfail``, both corridors: a demonym before "exporters" after
"for" names no origin, and a place after "approved in" names no importer.

After the change: all 103 of the first batch, 120 of 122 in all. What changed, by kind (each a
small module of ``tui/engine/``): "relieved of" and "freed from" are written "spared from"
(``classifier_spared_words.py``); the spared unnamed in the title leave the demonym after
"exempted from" the imposer, so the lede's "exempted steel from Japan" gives the origin
(``classifier_importers.py``); a bare duration ("after five years") is no background clause and
the place after it closes the clause (``classifier_span_place.py``), and talks on a measure that
end release nothing (``classifier_head_before.py``); "tax" as a verb is read with its object
(``classifier_tax_verb.py``) and "aims to tax" is a plan; a demonym before a flow and a measure
noun is the measure's author (``classifier_roles.py``); an act after "Explainer:" or "Factbox:"
is news (``classifier_explainer_act.py``); a flow that opens the title and moves after an act
is trade data (``classifier_flow_figures.py``); licences revoked in the passive stop the flow,
restored ones let it go on, a miner's own permit revoked is no event
(``classifier_firm_permit.py``); goods "heading for" a market are the ban's object
(``classifier_phrases.py``); a control or cap on a price is no trade measure
(``classifier_price_rules.py``); a steel safeguard prolonged in the passive or by "extension" is
a quota (``classifier_safeguard_prolonged.py``), and "approved" after "duty on steel imports"
approves the measure, not the flow.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_90_cases import (
    DEMONYM_EXPORT_LEVY,
    ENDS_IN,
    EXPLAINER_ACTS,
    FLOW_AFTER,
    HEADING_FOR,
    LICENCES_REVOKED,
    PRICE_CONTROLS,
    RELIEVED,
    SEEKS_TO_TAX,
    SPARED_IN_LEDE,
    STEEL_SAFEGUARDS,
)
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []


@headline_cases(RELIEVED)
def test_relieved_of_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SPARED_IN_LEDE)
def test_the_spared_named_only_in_the_lede(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ENDS_IN)
def test_a_measure_ending_after_a_span_in_a_country(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SEEKS_TO_TAX)
def test_seeking_to_tax_a_flow(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DEMONYM_EXPORT_LEVY)
def test_a_demonym_before_an_export_levy(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(EXPLAINER_ACTS)
def test_an_explainer_label_before_an_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(FLOW_AFTER)
def test_a_flow_figures_after_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(LICENCES_REVOKED)
def test_export_licences_revoked(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(HEADING_FOR)
def test_goods_heading_for_a_market(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PRICE_CONTROLS)
def test_price_controls_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STEEL_SAFEGUARDS)
def test_a_prolonged_steel_safeguard_is_a_quota(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
