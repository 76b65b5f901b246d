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

import pytest
from kinds_cases import Want, case_ids, check_kind

CASES: list[Any] = []

#: (title, summary, want): kind 1, relieved of a measure.
RELIEVED: list[Any] = [
    ("Thai zinc relieved of Chinese import levy", "", ("resuming", "TH", "CN", False)),
    (
        "Indonesian nickel relieved of EU anti-dumping duties",
        "",
        ("resuming", "ID", "EU", False),
    ),
    ("Brazilian steel relieved of US tariffs under new deal", "", ("resuming", "BR", "US", False)),
    (
        "Canadian copper relieved from Chinese retaliatory duties",
        "",
        ("resuming", "CA", "CN", False),
    ),
    ("Chilean copper to be relieved of Indian import duty", "", ("resuming", "CL", "IN", False)),
    (
        "South Korea relieved of US aluminium tariffs",
        "WASHINGTON - The United States will no longer charge its 10% tariff on aluminium from "
        "South Korea, the Commerce Department said on Monday.",
        ("resuming", "KR", "US", False),
    ),
    # near misses: a market, a firm or a mood relieved
    ("Smelters relieved as China holds off on gallium export ban", "", None),
    ("Relieved miners cheer delay to Indonesia's nickel ore export ban", "", None),
    ("Zinc traders relieved of supply worries as mine restarts", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Peruvian zinc freed from Brazilian anti-dumping duty", "", ("resuming", "PE", "BR", False)),
]

#: (title, summary, want): kind 2, the spared named only in the lede.
SPARED_IN_LEDE: list[Any] = [
    (
        "Three Asian nations exempted from Australian steel duties",
        "SYDNEY (Reuters) - Australia exempted steel from Japan, South Korea and Taiwan from its"
        " anti-dumping duties on Friday.",
        ("resuming", "JP", "AU", False),
    ),
    (
        "Two allies spared from US aluminium tariffs",
        "WASHINGTON - The United States spared aluminium from Canada and Mexico from its new 25% "
        "tariffs on Tuesday.",
        ("resuming", "CA", "US", False),
    ),
    (
        "Four suppliers exempted from Indian copper import duty",
        "NEW DELHI - India exempted copper from Chile, Peru, Australia and Indonesia from its "
        "import duty, the finance ministry said.",
        ("resuming", "CL", "IN", False),
    ),
    (
        "Gulf producers exempted from EU aluminium duties",
        "BRUSSELS - The European Union exempted aluminium from the United Arab Emirates and "
        "Bahrain from its anti-dumping duties on Wednesday.",
        ("resuming", "AE", "EU", False),
    ),
    (
        "Key suppliers spared from Chinese nickel levy",
        "BEIJING - China spared nickel from Indonesia and the Philippines from its new import "
        "levy on Monday.",
        ("resuming", "ID", "CN", False),
    ),
    # near misses: relief only sought; the spared named in the title
    (
        "Several countries seek exemption from US steel tariffs",
        "Japan, South Korea and Taiwan asked Washington to exempt their steel from the tariffs.",
        None,
    ),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Two neighbours spared from South African steel duties",
        "PRETORIA - South Africa spared steel from Namibia and Botswana from its anti-dumping "
        "duties on Thursday.",
        ("resuming", "NA", "ZA", False),
    ),
    (
        "Japan and Korea exempted from Australian steel duties",
        "Australia exempted steel from Japan and South Korea from its anti-dumping duties.",
        ("resuming", "JP", "AU", False),
    ),
]

#: (title, summary, want): kind 3, a measure that ends after a span in a country.
ENDS_IN: list[Any] = [
    (
        "Export ban on raw nickel ends after five years in Indonesia",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("Bauxite export ban ends after two years in Guinea", "", ("resuming", "GN", "*", False)),
    (
        "Copper concentrate export duty ends after a decade in Zambia",
        "",
        ("resuming", "ZM", "*", False),
    ),
    ("Import tariff on steel ends after three years in Brazil", "", ("resuming", "*", "BR", False)),
    (
        "Lithium export tax expires after four years in Argentina",
        "",
        ("resuming", "AR", "*", False),
    ),
    (
        "Tin ore export ban comes to an end after six months in Myanmar",
        "",
        ("resuming", "MM", "*", False),
    ),
    (
        "Cobalt export suspension ends after four months in Congo",
        "",
        ("resuming", "CD", "*", False),
    ),
    ("Gold import curbs lifted after 18 months in India", "", ("resuming", "*", "IN", False)),
    # near misses: a strike, talks, a rally ending
    ("Copper mine strike ends after five days in Chile", "", None),
    ("Talks on steel tariffs end after two days in Geneva", "", None),
    ("Nickel rally ends after five sessions in London", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Nickel ore export ban lifted after two years in the Philippines",
        "",
        ("resuming", "PH", "*", False),
    ),
    ("Steel import quota ends after a decade in Turkey", "", ("resuming", "*", "TR", False)),
]

#: (title, summary, want): kind 4, seeking to tax a flow.
SEEKS_TO_TAX: list[Any] = [
    ("Bolivia seeks to tax lithium exports", "", ("tariff", "BO", "*", True)),
    ("Philippines seeks to tax nickel ore exports", "", ("tariff", "PH", "*", True)),
    ("Zambia seeks to tax copper concentrate exports", "", ("tariff", "ZM", "*", True)),
    ("Indonesia seeks to tax nickel pig iron exports", "", ("tariff", "ID", "*", True)),
    ("Chile aims to tax lithium exports", "", ("tariff", "CL", "*", True)),
    ("Peru wants to tax copper exports", "", ("tariff", "PE", "*", True)),
    ("India seeks to tax steel exports", "", ("tariff", "IN", "*", True)),
    ("US seeks to tax copper imports", "", ("tariff", "*", "US", True)),
    (
        "Congo seeks to tax cobalt exports",
        "KINSHASA - Congo's mines ministry is seeking to introduce a tax on cobalt exports, a "
        "draft seen by Reuters shows.",
        ("tariff", "CD", "*", True),
    ),
    # near misses: a firm seeking to avoid a tax; a tax on miners' profits
    ("Miners seek to avoid tax on lithium exports", "", None),
    ("Bolivia seeks to attract lithium investors", "", None),
    ("Ghana seeks to tax mining firms' windfall profits from gold", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Mongolia seeks to tax copper concentrate exports", "", ("tariff", "MN", "*", True)),
    ("Kazakhstan wants to tax zinc exports", "", ("tariff", "KZ", "*", True)),
]

#: (title, summary, want): kind 5, a demonym before "export levy".
DEMONYM_EXPORT_LEVY: list[Any] = [
    (
        "Consultation launched on Australian export levy on lithium",
        "",
        ("tariff", "AU", "*", True),
    ),
    (
        "Indonesian export levy on nickel pig iron takes effect",
        "",
        ("tariff", "ID", "*", False),
    ),
    ("Zambian export duty on copper raised to 10%", "", ("tariff", "ZM", "*", False)),
    ("Philippine export tax on nickel ore proposed", "", ("tariff", "PH", "*", True)),
    ("Russian export duty on nickel extended to 2026", "", ("tariff", "RU", "*", False)),
    ("Comments sought on Guinean export levy on bauxite", "", None),
    ("Kazakh export ban on scrap steel extended", "", ("suspended", "KZ", "*", False)),
    # near misses: a demonym before goods under another's import duty names the goods
    ("Australian lithium hit by Chinese import levy", "", ("tariff", "AU", "CN", False)),
    ("Chilean copper faces Indian import duty", "", ("tariff", "CL", "IN", False)),
    # second batch (written after the changes, labelled before the engine read it)
    (
        "Public consultation opens on Zimbabwean export levy on lithium",
        "",
        ("tariff", "ZW", "*", True),
    ),
]

#: (title, summary, want): kind 6, an explainer's label before an act.
EXPLAINER_ACTS: list[Any] = [
    (
        "Explainer: China bans gallium and germanium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Explainer: Indonesia halts bauxite exports", "", ("suspended", "ID", "*", False)),
    ("EXPLAINER: US doubles steel tariffs to 50%", "", ("tariff", "*", "US", False)),
    ("Explainer - Congo extends cobalt export ban", "", ("suspended", "CD", "*", False)),
    (
        "Explainer: Canada imposes 25% tariffs on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    ("Explainer: India scraps gold import duty", "", ("resuming", "*", "IN", False)),
    # near misses: about a measure, not news of one
    ("Explainer: What China's gallium export ban means for chipmakers", "", None),
    ("Explainer: How US steel tariffs work", "", None),
    ("Explainer: Why Indonesia banned nickel ore exports", "", None),
    ("Explainer: Who wins from Trump's copper tariffs?", "", None),
    ("Explainer: China's export controls on rare earths", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Factbox: Chile raises lithium export tax", "", ("tariff", "CL", "*", False)),
    ("Explainer: What Congo's cobalt quota means for prices", "", None),
]

#: (title, summary, want): kind 7, a flow's figures after a measure.
FLOW_AFTER: list[Any] = [
    ("Gold imports into India slump after government raises duty to 15%", "", None),
    ("China's steel exports plunge after Beijing scraps tax rebates", "", None),
    ("US aluminium imports fall 30% after Trump doubles tariffs", "", None),
    ("India's gold imports jump after government cuts import duty", "", None),
    ("Copper exports from Zambia drop after government imposes 10% export duty", "", None),
    ("Vietnam steel imports surge after Hanoi lifts anti-dumping duties", "", None),
    # near misses: the act in the main clause; a price moved by the act
    ("India raises gold import duty to 15% as imports surge", "", ("tariff", "*", "IN", False)),
    ("Gold prices fall after India raises import duty to 15%", "", ("tariff", "*", "IN", False)),
    # second batch (written after the changes, labelled before the engine read it)
    ("Chile's copper exports tumble after China imposes import levy", "", None),
]

#: (title, summary, want): kind 8, export licences revoked.
LICENCES_REVOKED: list[Any] = [
    ("Export licences revoked for Chinese gallium exporters", "", ("suspended", "CN", "*", False)),
    (
        "China revokes export licences for gallium shipments to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Indonesia cancels all nickel ore export permits", "", ("suspended", "ID", "*", False)),
    ("Congo withdraws cobalt export licences", "", ("suspended", "CD", "*", False)),
    ("Myanmar revokes tin ore export permits", "", ("suspended", "MM", "*", False)),
    ("Gallium export licences revoked by MOFCOM", "", ("suspended", "CN", "*", False)),
    ("Philippines to revoke nickel ore export permits", "", ("suspended", "PH", "*", False)),
    # near misses: one miner's permit revoked; licences restored
    ("Indonesia revokes nickel miner's export permit", "", None),
    (
        "China restores export licences for gallium exporters",
        "",
        ("resuming", "CN", "*", False),
    ),
    # second batch (written after the changes, labelled before the engine read it)
    pytest.param(
        "Tin export licences cancelled for Bolivian exporters",
        "",
        ("suspended", "BO", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the corridor: a demonym before 'exporters' after 'for' is not read as the "
            "exporters' country (no origin)",
        ),
    ),
    ("Bauxite export permits withdrawn by Guinea", "", ("suspended", "GN", "*", False)),
]

#: (title, summary, want): kind 9, goods heading for a market.
HEADING_FOR: list[Any] = [
    ("US bans steel heading for Russia", "", ("suspended", "US", "RU", False)),
    ("Japan bans aluminium headed to Russia", "", ("suspended", "JP", "RU", False)),
    ("EU bans copper going to Belarus", "", ("suspended", "EU", "BY", False)),
    ("Canada bans nickel heading to Iran", "", ("suspended", "CA", "IR", False)),
    ("UK halts steel shipments heading for Russia", "", ("suspended", "GB", "RU", False)),
    ("Australia bans bauxite headed for Russia", "", ("suspended", "AU", "RU", False)),
    # near misses: a load seized; a price heading for a gain
    ("Steel heading for Russia seized at Finnish border", "", None),
    ("Copper heading for weekly gain as China demand picks up", "", None),
    ("Nickel heading for biggest monthly drop since 2022", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Canada bans aluminium heading to Russia and Belarus", "", ("suspended", "CA", "RU", False)),
    ("Zinc heading for Asia faces delays at port", "", None),
]

#: (title, summary, want): kind 10, price controls.
PRICE_CONTROLS: list[Any] = [
    ("China lifts price controls on rare earth exports", "", None),
    ("China imposes price controls on rare earth exports", "", None),
    ("India removes price cap on steel exports", "", None),
    ("Vietnam lifts price controls on steel", "", None),
    ("Indonesia ends price caps on nickel ore sales", "", None),
    # near misses: export controls or quotas lifted
    ("China lifts export controls on rare earths", "", ("resuming", "CN", "*", False)),
    ("China lifts curbs on rare earth exports", "", ("resuming", "CN", "*", False)),
    # second batch (written after the changes, labelled before the engine read it)
    ("Vietnam imposes price cap on steel sales", "", None),
    ("China scraps price controls on tungsten exports", "", None),
]

#: (title, summary, want): kind 11, a prolonged steel safeguard.
STEEL_SAFEGUARDS: list[Any] = [
    (
        "Safeguard duty on Vietnamese steel extended by two years: DGTR",
        "",
        ("quota", "VN", "IN", False),
    ),
    ("Moroccan steel safeguard duties extended to 2027", "", ("quota", "*", "MA", False)),
    ("Steel safeguard duty extended by India for three years", "", ("quota", "*", "IN", False)),
    (
        "Extension of safeguard duty on steel imports approved by South Africa",
        "",
        ("quota", "*", "ZA", False),
    ),
    ("Safeguard tariffs on steel prolonged until 2027 in Turkey", "", ("quota", "*", "TR", False)),
    ("Philippines renews safeguard duty on steel angle bars", "", ("quota", "*", "PH", False)),
    ("Ukraine prolongs safeguard duties on Russian steel", "", ("quota", "RU", "UA", False)),
    # near misses: imposed; not steel; let lapse; only sought
    ("India imposes safeguard duty on steel flat products", "", ("tariff", "*", "IN", False)),
    ("Safeguard duty on aluminium foil extended by Indonesia", "", ("tariff", "*", "ID", False)),
    ("India lets steel safeguard duty expire", "", ("resuming", "*", "IN", False)),
    ("Steelmakers seek extension of safeguard duty", "", None),
    # second batch (written after the changes, labelled before the engine read it)
    ("Steel safeguard measures prolonged by Malaysia until 2028", "", ("quota", "*", "MY", False)),
    pytest.param(
        "Renewal of safeguard duties on steel imports approved in Egypt",
        "",
        ("quota", "*", "EG", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the corridor: a place after 'approved in' closing the title is not read as "
            "where the measure was set (no importer)",
        ),
    ),
    ("Safeguard duty on copper tubes extended by India", "", ("tariff", "*", "IN", False)),
]


@pytest.mark.parametrize(("title", "summary", "want"), RELIEVED, ids=case_ids(RELIEVED))
def test_relieved_of_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SPARED_IN_LEDE, ids=case_ids(SPARED_IN_LEDE))
def test_the_spared_named_only_in_the_lede(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ENDS_IN, ids=case_ids(ENDS_IN))
def test_a_measure_ending_after_a_span_in_a_country(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SEEKS_TO_TAX, ids=case_ids(SEEKS_TO_TAX))
def test_seeking_to_tax_a_flow(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), DEMONYM_EXPORT_LEVY, ids=case_ids(DEMONYM_EXPORT_LEVY)
)
def test_a_demonym_before_an_export_levy(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), EXPLAINER_ACTS, ids=case_ids(EXPLAINER_ACTS))
def test_an_explainer_label_before_an_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FLOW_AFTER, ids=case_ids(FLOW_AFTER))
def test_a_flow_figures_after_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), LICENCES_REVOKED, ids=case_ids(LICENCES_REVOKED)
)
def test_export_licences_revoked(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), HEADING_FOR, ids=case_ids(HEADING_FOR))
def test_goods_heading_for_a_market(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PRICE_CONTROLS, ids=case_ids(PRICE_CONTROLS))
def test_price_controls_are_no_trade_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), STEEL_SAFEGUARDS, ids=case_ids(STEEL_SAFEGUARDS)
)
def test_a_prolonged_steel_safeguard_is_a_quota(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
