"""Import-side measures of kinds the studied sets hold few of (session 27, helper read27), in
made-up phrasings in outlets' styles (wires, trade press, the EU's Official Journal, the
Federal Register, DGTR, KTC, CBSA and the Anti-Dumping Commission).

Written and labelled with the README's vocabulary before the engine read them, with the
export-side cases of ``test_classifier_kinds_69.py`` (whose docstring gives every kind's first
reading: 127 of 155 in both files, 129 with the three labels changed there).

The kinds fixed here (the modules that read them):

1. A trade-remedy duty extended to a third country's goods ("EU extends anti-dumping duties on
   Chinese aluminium foil to imports from Thailand", "... to Vietnamese imports", "... to cover
   shipments routed via Malaysia", "extending ... to imports consigned from Malaysia") has that
   country as its origin, not the first goods' (``tui/engine/classifier_extended_to.py``, read
   in ``classifier_corridor.py``); "extends duties to 2030" names no place and changes nothing.
2. "Dumping measures", "anti-subsidy measures": a trade remedy's modifier that is no measure
   word makes its generic measures duties on imports (``REMEDY_KINDS``, read in
   ``classifier_text.py`` and ``classifier_nouns.py``); they read as ``licensing`` on the
   exporter before, or no event.
3. The Official Journal's "Commission Implementing Regulation ... imposing ..." is the European
   Commission's act (``tui/engine/classifier_bodies.py``): the EU imports.
4. A quality-control order is on imports whatever words follow it ("QCO on copper tubes" read
   India as the exporter), and is read spelled out ("quality control order"); goods put "under"
   or "in" a restricted or prohibited category or list are moved "to" it
   (``FLOW_OF_MEASURE`` in ``classifier_rules_clauses.py``; ``classifier_trade_terms.py``).
5. A government that "answers" another's measure with its own retaliates
   (``RETALIATION_VERBS``): "Ottawa answers US steel tariffs with 25% surtax on American
   aluminium" read the surtax as Canada's goods' into the US.

6. A trade-remedy case closed is no measure: the EU's "proceeding" is a case like a probe or an
   investigation (``NON_MEASURE_HEADS``, ``INVESTIGATION_WORDS``), and a measure noun after
   "without" or "no" ("closes probe without duties", "no duties imposed", "imposes no duties")
   is none laid (``ABSENT_WORDS``, read in ``classifier_text.py``). Found while reading the
   Official Journal's titles: 12 phrasings written after the first reading, 6 right on main
   (the plain "investigation" and the measures ended beside them), 12 after.

Phrasings written after the first reading, for the kinds fixed (the rows under "written
after", the closed cases apart): 8 of 19 right on main (checked on this branch's engine while
it was being built), 19 of 19 after. Of the first batch here, 52 of 68 on main (labels as first written; 53 with the
rebar label changed), 62 after; the cases still wrong are marked ``xfail`` (strict) with their
reason.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind

_REPLACED_BY = pytest.mark.xfail(
    strict=True,
    reason="a measure that expires and is 'replaced by new tariff quota system' reads the tariff, not the tariff-rate quota",
)
_NOTICE_ALONE = pytest.mark.xfail(
    strict=True,
    reason="a Federal Register duty order's title with no summary names no importer (the product's notices carry their summary)",
)
_RECOMMENDATION = pytest.mark.xfail(
    strict=True,
    reason="a trade-remedy body's recommendation of a duty is read as a proposed measure by the older sets' labels (gate2's rhh-138, heldout's rhx-036, unseen's rhu-040), no event by the later ones (test_classifier_kinds_14.py)",
)
_COUNTED_GOODS = pytest.mark.xfail(
    strict=True,
    reason="a weak measure noun ('certification') with a count before the goods ('145 steel imports') finds no flow; 'for steel imports' reads",
)
_OTHER_CLAUSE = pytest.mark.xfail(
    strict=True,
    reason="the metal named only in the clause about the other's measure ('over steel tariffs') is given to the retaliation on 'US goods'",
)

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): import quotas and safeguards
IMPORT_QUOTAS: list[tuple[str, str, Want] | object] = [
    ("EU extends steel safeguard quotas until June 2026", "", ("quota", "*", "EU", False)),
    ("UK extends steel safeguard for two more years", "", ("quota", "*", "GB", False)),
    (
        "Turkey imposes safeguard duties on hot-rolled steel imports",
        "",
        ("tariff", "*", "TR", False),
    ),
    (
        "India imposes 12% provisional safeguard duty on flat steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Canada introduces tariff rate quotas on steel from non-FTA partners",
        "",
        ("quota", "*", "CA", False),
    ),
    (
        "EU cuts steel import quotas by 47%, doubles out-of-quota tariff to 50%",
        "",
        ("quota", "*", "EU", False),
    ),
    (
        "South Africa imposes safeguard duty on aluminium flat-rolled imports",
        "",
        ("tariff", "*", "ZA", False),
    ),
    ("Indonesia caps steel imports with new quota regime", "", ("quota", "*", "ID", False)),
    (
        "Mexico sets quotas on aluminium imports from non-treaty countries",
        "",
        ("quota", "*", "MX", False),
    ),
    (
        "Vietnam imposes safeguard duty on imported aluminium profiles",
        "",
        ("tariff", "*", "VN", False),
    ),
    pytest.param(
        "EU's steel safeguard expires, replaced by new tariff quota system",
        "",
        ("quota", "*", "EU", False),
        marks=_REPLACED_BY,
    ),
    ("Steelmakers ask Brussels to tighten safeguard quotas", "", None),
]

#: (title, summary, want): anti-dumping and countervailing duties, provisional and final, and their steps
REMEDIES: list[tuple[str, str, Want] | object] = [
    (
        "EU imposes provisional anti-dumping duties of up to 46% on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "India slaps five-year anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "US sets final countervailing duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Korea imposes provisional anti-dumping duties of up to 38% on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False),
    ),
    (
        "Australia imposes dumping duties on Malaysian, Thai steel rebar",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "Brazil applies anti-dumping duty on Chinese steel pre-painted sheets",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Mexico sets definitive antidumping duties on Korean, Taiwanese galvanized steel",
        "",
        ("tariff", "KR", "MX", False),
    ),
    (
        "Canada imposes provisional duties on Chinese aluminium extrusions after preliminary finding",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Turkey levies anti-dumping duty on aluminium foil from Russia, China",
        "",
        ("tariff", "RU", "TR", False),
    ),
    (
        "Vietnam's trade ministry imposes anti-dumping duty of up to 27.83% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Commission Implementing Regulation (EU) 2025/211 imposing a definitive anti-dumping duty on imports of aluminium foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation imposing a provisional anti-dumping duty on imports of hot-rolled flat products of iron, non-alloy or other alloy steel originating in Egypt, India, Japan and Vietnam",
        "",
        ("tariff", "EG", "EU", False),
    ),
    pytest.param(
        "Certain Aluminum Foil From the Republic of Korea: Antidumping Duty Order",
        "",
        ("tariff", "KR", "US", False),
        marks=_NOTICE_ALONE,
    ),
    ("Indonesia slaps anti-dumping duties on Chinese, Korean tinplate", "", None),
    (
        "Thailand extends anti-dumping duties on Chinese stainless steel for five more years",
        "",
        ("tariff", "CN", "TH", False),
    ),
    (
        "Malaysia's MITI imposes AD duties on cold-rolled steel from China, Korea, Vietnam",
        "",
        ("tariff", "CN", "MY", False),
    ),
    ("Egypt imposes anti-dumping duties on Chinese and Turkish rebar for 5 years", "", None),
    (
        "India revokes anti-dumping duty on copper tubes from Vietnam",
        "",
        ("resuming", "VN", "IN", False),
    ),
    (
        "EU lets anti-dumping duties on Russian aluminium foil expire",
        "",
        ("resuming", "RU", "EU", False),
    ),
    pytest.param(
        "DGTR recommends anti-dumping duty on aluminium frames from China",
        "",
        None,
        marks=_RECOMMENDATION,
    ),
    (
        "Final Findings: Anti-dumping investigation concerning imports of Aluminium Foil originating in or exported from China PR",
        "",
        None,
    ),
    pytest.param(
        "KTC recommends 27.9% preliminary anti-dumping duty on Chinese steel plates",
        "",
        None,
        marks=_RECOMMENDATION,
    ),
    (
        "Steel Concrete Reinforcing Bar From Algeria, Bulgaria, Egypt, and Vietnam: Final Affirmative Determinations of Sales at Less Than Fair Value",
        "",
        None,
    ),
    ("CBSA initiates investigation into dumping of steel wire from China", "", None),
]

#: (title, summary, want): a duty extended to a third country's goods; dumping measures
CIRCUMVENTION: list[tuple[str, str, Want] | object] = [
    (
        "EU extends anti-dumping duties on Chinese aluminium foil to imports from Thailand",
        "",
        ("tariff", "TH", "EU", False),
    ),
    (
        "US extends duties on Chinese steel to imports from Vietnam after circumvention finding",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "India widens anti-dumping duty on Chinese aluminium to cover shipments routed via Malaysia",
        "",
        ("tariff", "MY", "IN", False),
    ),
    (
        "Commission Implementing Regulation extending the definitive anti-dumping duty on steel wire from China to imports consigned from Malaysia",
        "",
        ("tariff", "MY", "EU", False),
    ),
    (
        "Turkey applies anti-dumping duties on Chinese aluminium to Vietnamese imports over circumvention",
        "",
        ("tariff", "VN", "TR", False),
    ),
    (
        "Australia extends steel dumping measures to Malaysian exporters to stop circumvention",
        "",
        ("tariff", "MY", "AU", False),
    ),
    ("EU opens anti-circumvention probe into aluminium foil from Thailand", "", None),
    # written after the first reading, for the kind fixed
    (
        "Brazil extends anti-dumping duty on Chinese steel to imports from Vietnam",
        "",
        ("tariff", "VN", "BR", False),
    ),
    (
        "US applies countervailing duties on Chinese aluminium to Cambodian shipments",
        "",
        ("tariff", "KH", "US", False),
    ),
    (
        "Canada widens dumping duties on Chinese steel rebar to cover imports shipped via Turkey",
        "",
        ("tariff", "TR", "CA", False),
    ),
    (
        "EU expands anti-subsidy measures on Chinese steel to Indonesian exporters",
        "",
        ("tariff", "ID", "EU", False),
    ),
    ("US extends anti-dumping duties on Korean steel to 2030", "", ("tariff", "KR", "US", False)),
    (
        "Brazil extends anti-dumping duties on Chinese steel to five more years",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "Australia imposes steel dumping measures on Malaysian exporters",
        "",
        ("tariff", "MY", "AU", False),
    ),
    (
        "South Africa extends dumping measures on Chinese aluminium",
        "",
        ("tariff", "CN", "ZA", False),
    ),
]

#: (title, summary, want): the EU Official Journal's implementing regulations (written after)
OFFICIAL_TITLES: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    (
        "Commission Implementing Regulation imposing a definitive anti-dumping duty on imports of aluminium converter foil originating in the People's Republic of China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation (EU) 2024/1234 extending the definitive countervailing duty on imports of aluminium foil originating in China",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Commission Implementing Regulation re-imposing a definitive anti-dumping duty on imports of steel ropes originating in Russia",
        "",
        ("tariff", "RU", "EU", False),
    ),
]

#: (title, summary, want): Section 232 inclusions, derivatives and exclusions
SECTION_232: list[tuple[str, str, Want] | object] = [
    (
        "US adds 407 steel and aluminum derivative products to 50% tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Commerce expands Section 232 steel tariffs to include washing machines, other derivatives",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "US ends Section 232 exclusions for steel and aluminum imports",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Commerce grants 1,200 exclusions from Section 232 steel tariffs",
        "",
        ("resuming", "*", "US", False),
    ),
    (
        "Adjusting Imports of Aluminum Into the United States",
        "The Proclamation raises the tariff on aluminum articles to 50 percent.",
        ("tariff", "*", "US", False),
    ),
    ("Trump raises copper tariff to 50% under Section 232", "", ("tariff", "*", "US", False)),
    (
        "US to impose 50% tariff on semi-finished copper products from Aug 1",
        "",
        ("tariff", "*", "US", False),
    ),
    ("US opens window for new steel derivative inclusion requests", "", None),
    ("Section 232: what the derivative list means for importers", "", None),
]

#: (title, summary, want): quality-control orders and restricted categories
IMPORT_LICENSING: list[tuple[str, str, Want] | object] = [
    (
        "India extends quality control order to aluminium products",
        "",
        ("licensing", "*", "IN", False),
    ),
    (
        "India notifies QCO on copper tubes, effective March 2026",
        "",
        ("licensing", "*", "IN", False),
    ),
    pytest.param(
        "Steel ministry makes BIS certification mandatory for 145 steel imports",
        "",
        ("licensing", "*", "IN", False),
        marks=_COUNTED_GOODS,
    ),
    ("India defers quality control order on nickel products by six months", "", None),
    (
        "India withdraws QCO on certain steel grades used by MSMEs",
        "",
        ("resuming", "*", "IN", False),
    ),
    ("DGFT amends import policy of gold bars to 'restricted'", "", ("licensing", "*", "IN", False)),
    ("DGFT: Import of platinum alloys now requires licence", "", ("licensing", "*", "IN", False)),
    (
        "India puts silver jewellery imports under restricted category",
        "",
        ("licensing", "*", "IN", False),
    ),
    # written after the first reading, for the kind fixed
    (
        "India issues quality-control order for copper wire imports",
        "",
        ("licensing", "*", "IN", False),
    ),
    ("India brings copper tubes under QCO", "", ("licensing", "*", "IN", False)),
    (
        "Quality control order on aluminium foil to take effect in April",
        "",
        ("licensing", "*", "*", False),
    ),
    ("India places platinum imports in 'restricted' category", "", ("licensing", "*", "IN", False)),
    ("Indonesia puts nickel ore exports on prohibited list", "", ("suspended", "ID", "*", False)),
]

#: (title, summary, want): retaliation, its direction
RETALIATION: list[tuple[str, str, Want] | object] = [
    (
        "Canada hits US steel and aluminium with 25% counter-tariffs",
        "",
        ("tariff", "US", "CA", False),
    ),
    ("EU to impose retaliatory duties on US steel from April 1", "", ("tariff", "US", "EU", False)),
    pytest.param(
        "India proposes retaliatory duties on US goods over steel tariffs at WTO",
        "",
        None,
        marks=_OTHER_CLAUSE,
    ),
    ("China retaliates with 25% tariffs on US aluminium scrap", "", ("tariff", "US", "CN", False)),
    ("Mexico slaps tariffs on US steel in retaliation", "", ("tariff", "US", "MX", False)),
    (
        "Beijing answers Washington's chip curbs with ban on gallium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "In response to US tariffs, Ottawa levies surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "EU suspends countermeasures against US steel tariffs for 90 days",
        "",
        ("resuming", "US", "EU", False),
    ),
    # written after the first reading, for the kind fixed
    (
        "Ottawa answers US steel tariffs with 25% surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "China answers EU duties with curbs on rare earth exports to Europe",
        "",
        ("licensing", "CN", "EU", False),
    ),
    (
        "Beijing counters US chip curbs with gallium export ban",
        "",
        ("suspended", "CN", "US", False),
    ),
]

#: (title, summary, want): a trade-remedy case closed, with no duty (written after)
CLOSED_CASES: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    (
        "Commission Implementing Decision terminating the anti-dumping proceeding concerning imports of steel wire originating in Turkey",
        "",
        None,
    ),
    (
        "EU terminates anti-dumping proceeding on Chinese aluminium extrusions without measures",
        "",
        None,
    ),
    ("India terminates anti-dumping investigation on copper tubes from Vietnam", "", None),
    (
        "Commission Implementing Regulation terminating the anti-subsidy proceeding concerning imports of aluminium foil originating in China",
        "",
        None,
    ),
    ("Brazil closes countervailing probe into Chinese steel without duties", "", None),
    ("Korea ends anti-dumping probe into Japanese stainless steel, no duties imposed", "", None),
    (
        "EU terminates anti-dumping duties on Russian aluminium foil",
        "",
        ("resuming", "RU", "EU", False),
    ),
    ("US revokes anti-dumping order on Korean steel", "", ("resuming", "KR", "US", False)),
    ("EU closes anti-dumping proceeding into Indonesian steel without duties", "", None),
    (
        "Mexico concludes anti-dumping investigation on Chinese aluminium, imposes no duties",
        "",
        None,
    ),
    ("Turkey ends safeguard investigation on aluminium without measures", "", None),
    (
        "EU concludes anti-dumping proceeding, imposes duties on Chinese aluminium",
        "",
        ("tariff", "CN", "EU", False),
    ),
]

ALL = (
    IMPORT_QUOTAS
    + REMEDIES
    + CIRCUMVENTION
    + OFFICIAL_TITLES
    + SECTION_232
    + IMPORT_LICENSING
    + RETALIATION
    + CLOSED_CASES
)


@pytest.mark.parametrize(("title", "summary", "want"), ALL, ids=case_ids(ALL))
def test_kind(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
