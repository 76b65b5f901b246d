"""The status, proposed flag and rate of real measures as outlets word them (session 29), part 1.

Made-up headlines in the styles of wires, trade-press and official notices, labelled on every
field the exact score counts (status, origin, destination, metals, proposed, rate; README
"Trade-policy statuses") before the engine read them. Four sub-kinds here, three in
``test_classifier_kinds_81.py``:

1. **Extensions, renewals, reviews concluded, expiries and lapses**: a measure extended,
   renewed or continued after its review is that measure in force; one that lapses, expires or
   is let expire is released (``resuming``); an exemption let expire is the measure on the goods
   it spared; a measure reinstated is in force again; a review only opened is no event.
2. **Partial easing and full lifting**: exemptions, waivers, relaxing and easing, a licence
   requirement dropped, all ``resuming``; a quota raised is still a ``quota``; relief only
   sought is no event.
3. **Licensing forms**: licences or permits required, approved exporters, a state body's sole
   right, end-user certificates, export control and dual-use lists, a restricted category,
   local processing before export: ``licensing``.
4. **Quota forms**: tariff-rate quotas, import caps, export quotas set, cut or raised (a
   quota's change is no rate; a tariff-rate quota's rate is its out-of-quota tariff's); a
   quota used up and a mining quota are no event.

Left out as the README does not settle them: a trade-remedy body's recommendation of a duty
(the older and later labelled sets disagree, ``test_classifier_kinds_14.py``), several rates
by company in one headline, the rate of a priced duty suspended, a surtax "on top of existing
duty on Chinese aluminium" (the README gives a clause about another measure neither the main
measure's places nor its metals, so no label follows from it) and a steel safeguard duty
prolonged (read as the tariff-rate quota it usually is by ``test_classifier_kinds_42.py``, as a
duty by ``test_classifier_kinds_66.py``); two cases of the first batch and one of the second
were taken out for these reasons after the first run.

First time, on the engine before the change, labels as first written: the first batch (168
cases over both files) 152 right: extensions 28 of 31, easing 24 of 26, licensing 13 of 20,
quotas 16 of 16, suspensions 23 of 24, proposed and decided 27 of 28, rates 21 of 23. A second
batch for the sub-kinds read wrong (35 cases, labelled before the engine read them): 17 right
(extensions 2 of 7, easing 3 of 5, licensing 8 of 14, suspensions 2 of 4, proposed 0 of 2,
rates 2 of 3). A third batch of wider phrasings, written before the engine changed (23): 7
right (a measure let lapse or lapsing "in" a place 1 of 5, "spares ... from" 0 of 3, licensing
2 of 9, a freeze lifted 4 of 6). A fourth, written with the last two changes (5): 3 right. A
fifth, near misses written after the change to check it (7), which its first form read as
measures (a route or a place after "through", a market's "near monopoly", a rally that
"spares" gold, a price freeze): 6 right before the change, all after its narrowing.
Labels put right after the first run: five "X to impose / to require" cases labelled proposed
are decided, as the labelled sets read "to ban" ("an announced decision, not proposed") and the
README names as proposed only plans, threats, pledges, measures "to be" acted on or still to be
unveiled. On the final labels the engine before the change reads 190 of 235 (here: extensions
31 of 41, easing 30 of 38, licensing 29 of 47, quotas 16 of 16), after it 234.

Fixed: a state's monopoly on a flow, a "sole" right to export, a flow ordered "to go through"
or channelled "through" a body (a bank, an agency, a refinery, a trader; not a route or a
place), end-user (end-use) certificates and a dual-use list are written in the rules' licensing
terms, a monopoly only where a state grants or holds it (``tui/engine/classifier_trade_terms.py``);
"spares <goods> from <measure>" releases the goods as "spared from" does, only after a
government (``classifier_spares.py``, where the active "spares" now lives); a measure let
"lapse" or "expire" after "allows ... to" is no purpose clause (``classifier_read.py``) and
one that lapses or expires "in <place>" names that place (``classifier_roles.py``); a freeze
on exports is a measure noun that a release lifts (``classifier_rules_words.py``); a lede on
"the rate" of a tariff its title names gives the rate (``classifier_event_rate.py``); an
exchange's position limits and a price freeze are no trade measure
(``classifier_near_measures.py``). A miner winning an export permit, left a strict ``xfail``
(read as a licensing measure), is read right since ``test_classifier_kinds_84.py`` kind 2 (a
firm's own permit, ``classifier_firm_permit.py``).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []

#: (title, summary, want): kind 1, extensions, renewals, reviews concluded, expiries, lapses.
EXTENSIONS: list[Any] = [
    (
        "EU extends anti-dumping duty on Chinese aluminium foil for five years",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "India extends anti-dumping duty on Chinese stainless steel flat products by five years",
        "The finance ministry notification keeps the duty in force until 2030.",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    (
        "Brazil renews anti-dumping duties on Chinese aluminium sheet",
        "Gecex renewed the duties for another five years at its monthly meeting.",
        ("tariff", "CN", "BR", False, "aluminium", None),
    ),
    (
        "Canada continues duties on Chinese copper pipe fittings after expiry review",
        "The Canadian International Trade Tribunal found that the expiry of the order would "
        "likely result in injury to domestic producers.",
        ("tariff", "CN", "CA", False, "copper", None),
    ),
    (
        "US keeps anti-dumping order on Thai steel wire after sunset review",
        "",
        ("tariff", "TH", "US", False, "steel", None),
    ),
    (
        "Australia extends dumping measures on Chinese galvanised steel",
        "The Anti-Dumping Commission said the measures will continue for five more years.",
        ("tariff", "CN", "AU", False, "steel", None),
    ),
    (
        "Vietnam's anti-dumping duty on Chinese aluminium extrusions extended to 2029",
        "",
        ("tariff", "CN", "VN", False, "aluminium", None),
    ),
    (
        "Morocco extends anti-dumping duties on Turkish steel rebar",
        "",
        ("tariff", "TR", "MA", False, "steel", None),
    ),
    (
        "Russia extends export duty on aluminium and copper until 2027",
        "",
        ("tariff", "RU", "*", False, "aluminium copper", None),
    ),
    (
        "Mexico renews 25% tariff on steel imports from countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    (
        "Commerce continues antidumping duty order on Mexican steel wire rod",
        "The department's five-year review found that revocation would likely lead to "
        "continued dumping.",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    (
        "Congo extends cobalt export ban by three months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Zimbabwe extends ban on raw lithium ore exports to 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "UK prolongs steel safeguard quotas for another two years",
        "The Trade Remedies Authority's quotas on 15 steel product categories will run to June 2026.",
        ("quota", "*", "GB", False, "steel", None),
    ),
    (
        "Kazakhstan extends ban on copper scrap exports for six months",
        "",
        ("suspended", "KZ", "*", False, "copper", None),
    ),
    # a measure that lapses, expires or is let expire is released
    (
        "Safeguard duty on steel imports lapses in the Philippines",
        "",
        ("resuming", "*", "PH", False, "steel", None),
    ),
    (
        "Malaysia lets safeguard duty on steel wire rod expire",
        "The duty ended on Sunday after the trade ministry decided against an extension.",
        ("resuming", "*", "MY", False, "steel", None),
    ),
    (
        "Turkey's additional duty on US aluminium expires",
        "",
        ("resuming", "US", "TR", False, "aluminium", None),
    ),
    (
        "South Africa allows aluminium safeguard duty to lapse",
        "",
        ("resuming", "*", "ZA", False, "aluminium", None),
    ),
    (
        "Pakistan lets regulatory duty on copper scrap imports lapse",
        "",
        ("resuming", "*", "PK", False, "copper", None),
    ),
    (
        "Indonesia's tin export permit rule expires",
        "Exporters no longer need the trade ministry's approval, the ministry said.",
        ("resuming", "ID", "*", False, "tin", None),
    ),
    # an exemption let expire is the measure on the goods it spared
    (
        "US lets Brazil's steel tariff exemption expire",
        "",
        ("tariff", "BR", "US", False, "steel", None),
    ),
    (
        "Canada's aluminium exemption from US tariffs runs out",
        "",
        ("tariff", "CA", "US", False, "aluminium", None),
    ),
    # a measure reinstated or reimposed is in force again
    (
        "US reinstates 10% tariff on Canadian aluminium",
        "",
        ("tariff", "CA", "US", False, "aluminium", 10),
    ),
    (
        "Indonesia reinstates bauxite export ban",
        "The ban returns after a three-year relaxation, the energy ministry said.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "India reimposes 30% export duty on iron ore",
        "",
        ("tariff", "IN", "*", False, "iron-ore", 30),
    ),
    (
        "Washington restores tariffs on Argentine steel",
        "",
        ("tariff", "AR", "US", False, "steel", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): a
    # safeguard duty extended, a measure let lapse, a place after "in"
    (
        "Indonesia extends safeguard duty on aluminium foil",
        "",
        ("tariff", "*", "ID", False, "aluminium", None),
    ),
    (
        "India allows anti-dumping duty on Chinese aluminium foil to lapse",
        "",
        ("resuming", "CN", "IN", False, "aluminium", None),
    ),
    ("Egypt lets steel safeguard duty lapse", "", ("resuming", "*", "EG", False, "steel", None)),
    (
        "Thailand allows copper tube safeguard to expire",
        "",
        ("resuming", "*", "TH", False, "copper", None),
    ),
    (
        "Anti-dumping duty on Chinese zinc expires in Vietnam",
        "",
        ("resuming", "CN", "VN", False, "zinc", None),
    ),
    (
        "Import duty on gold lapses in Pakistan",
        "",
        ("resuming", "*", "PK", False, "gold", None),
    ),
    # third batch (written before the engine changed, labelled before it read them): wider
    # phrasings of a measure let lapse and of a place after "in"
    (
        "Canada allows surtax on Chinese steel to expire",
        "",
        ("resuming", "CN", "CA", False, "steel", None),
    ),
    (
        "Brazil allowed its aluminium import quota to lapse",
        "",
        ("resuming", "*", "BR", False, "aluminium", None),
    ),
    (
        "Japan lets anti-dumping duty on Korean steel expire",
        "",
        ("resuming", "KR", "JP", False, "steel", None),
    ),
    (
        "Export ban on raw nickel ore expires in the Philippines",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    (
        "Anti-dumping duties on Chinese steel lapse in Australia",
        "",
        ("resuming", "CN", "AU", False, "steel", None),
    ),
    # near misses: a review opened or a deadline extended is no measure
    (
        "EU starts expiry review of anti-dumping duties on Chinese aluminium foil",
        "",
        None,
    ),
    ("Australia launches sunset review of copper tube duties", "", None),
    (
        "Thailand extends deadline for final ruling in steel anti-dumping case",
        "",
        None,
    ),
]

#: (title, summary, want): kind 2, partial easing and full lifting.
EASING: list[Any] = [
    (
        "US exempts Australian aluminium from Section 232 tariffs",
        "",
        ("resuming", "AU", "US", False, "aluminium", None),
    ),
    (
        "EU grants Ukraine steel exemption from safeguard quotas",
        "Ukrainian producers will not count against the safeguard's tariff-free volumes.",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    (
        "India waives import duty on copper concentrate",
        "",
        ("resuming", "*", "IN", False, "copper", None),
    ),
    (
        "Indonesia relaxes nickel ore export ban for low-grade ore",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "China eases graphite export licensing for battery makers",
        "The commerce ministry will approve general licences valid for one year.",
        ("resuming", "CN", "*", False, "graphite", None),
    ),
    (
        "Congo eases cobalt export quota rules for small miners",
        "",
        ("resuming", "CD", "*", False, "cobalt", None),
    ),
    (
        "Philippines drops export licence requirement for nickel ore",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    (
        "Myanmar scraps licence requirement for tin exports",
        "Exporters will no longer need a permit from the commerce ministry.",
        ("resuming", "MM", "*", False, "tin", None),
    ),
    (
        "Canada lifts all tariffs on US aluminium",
        "",
        ("resuming", "US", "CA", False, "aluminium", None),
    ),
    (
        "India scraps anti-dumping duty on Chinese aluminium foil",
        "The finance ministry did not accept the recommendation to extend the duty.",
        ("resuming", "CN", "IN", False, "aluminium", None),
    ),
    (
        "Zambia removes export duty on copper concentrate",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    ("Turkey halves tariff on US steel", "", ("resuming", "US", "TR", False, "steel", None)),
    (
        "US spares UK steel from tariff increase",
        "British steel will stay at 25% while other countries face 50%.",
        ("resuming", "GB", "US", False, "steel", None),
    ),
    (
        "Japan exempted from US aluminium tariff hike",
        "",
        ("resuming", "JP", "US", False, "aluminium", None),
    ),
    (
        "Ghana lifts ban on small-scale gold exports",
        "",
        ("resuming", "GH", "*", False, "gold", None),
    ),
    (
        "Vietnam loosens curbs on copper scrap imports",
        "",
        ("resuming", "*", "VN", False, "copper", None),
    ),
    (
        "China waives tariffs on US copper scrap for a year",
        "The State Council Tariff Commission said the exclusion runs from March 1.",
        ("resuming", "US", "CN", False, "copper", None),
    ),
    (
        "EU exempts Norway, Iceland from aluminium safeguard",
        "",
        ("resuming", "NO", "EU", False, "aluminium", None),
    ),
    (
        "US grants exclusions for some Chinese aluminium products from tariffs",
        "",
        ("resuming", "CN", "US", False, "aluminium", None),
    ),
    (
        "Bolivia allows lithium carbonate exports again",
        "",
        ("resuming", "BO", "*", False, "lithium", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): spared
    # from a rise, a freeze or halt lifted
    (
        "US spares Mexican steel from tariff hike",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "EU spares Norwegian aluminium from duty increase",
        "",
        ("resuming", "NO", "EU", False, "aluminium", None),
    ),
    (
        "Canada exempts US aluminium from surtax increase",
        "",
        ("resuming", "US", "CA", False, "aluminium", None),
    ),
    # third batch (written before the engine changed, labelled before it read them)
    (
        "Washington spares Canadian aluminium from new tariffs",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
    (
        "EU spares Swiss steel from safeguard quotas",
        "",
        ("resuming", "CH", "EU", False, "steel", None),
    ),
    (
        "China spares US copper from retaliatory tariffs",
        "",
        ("resuming", "US", "CN", False, "copper", None),
    ),
    # a quota raised is still a quota, its change no rate
    (
        "Kazakhstan raises copper scrap export quota",
        "",
        ("quota", "KZ", "*", False, "copper", None),
    ),
    (
        "Vietnam raises steel import quota for 2025",
        "",
        ("quota", "*", "VN", False, "steel", None),
    ),
    (
        "EU increases steel safeguard quotas by 3%",
        "The Commission raised the tariff-free volumes from July 1.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): an
    # exchange's rules are no trade measure
    ("CME raises margins on copper futures", "", None),
    ("Shanghai Futures Exchange relaxes trading limits on nickel", "", None),
    # fifth batch, written after the change to check it: a market's rally spares no goods; a
    # leader's government does
    ("Rally spares gold from tariff rout", "", None),
    (
        "Trump spares Canadian aluminium from tariffs",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
    # near misses: relief sought, an exchange's rule
    # fourth batch (written with the change for an exchange's position limits, labelled before
    # the changed engine read them)
    ("LME raises position limits for cobalt contracts", "", None),
    ("Comex tightens position limits on silver futures", "", None),
    ("Miners ask Jakarta to relax nickel ore export ban", "", None),
    ("Canada seeks exemption from new US aluminium tariffs", "", None),
    ("LME eases position limits on nickel contracts", "", None),
]

#: (title, summary, want): kind 3, licensing forms.
LICENSING: list[Any] = [
    (
        "China requires export licences for gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Zimbabwe makes lithium exports subject to permits",
        "The mines ministry said each shipment needs a written permit.",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Myanmar restricts rare earth exports to approved exporters",
        "",
        ("licensing", "MM", "*", False, "rare-earths", None),
    ),
    (
        "Congo introduces whitelist of approved cobalt exporters",
        "Only companies on the regulator's list may ship cobalt hydroxide abroad.",
        ("licensing", "CD", "*", False, "cobalt", None),
    ),
    (
        "Ghana gives state buyer sole right to export small-scale gold",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "China demands end-user certificates for graphite exports",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Japan adds antimony to dual-use export control list",
        "",
        ("licensing", "JP", "*", False, "antimony", None),
    ),
    (
        "EU puts germanium on its dual-use export list",
        "",
        ("licensing", "EU", "*", False, "germanium", None),
    ),
    (
        "India moves gold imports to restricted category",
        "Importers will need a licence from the DGFT for each consignment.",
        ("licensing", "*", "IN", False, "gold", None),
    ),
    (
        "Vietnam requires import licences for steel billets",
        "",
        ("licensing", "*", "VN", False, "steel", None),
    ),
    (
        "Russia introduces licensing of palladium exports",
        "The government decree takes effect on March 1.",
        ("licensing", "RU", "*", False, "palladium", None),
    ),
    (
        "Kazakhstan bars tungsten exports without a licence",
        "",
        ("licensing", "KZ", "*", False, "tungsten", None),
    ),
    (
        "China tightens export licensing for rare earth magnets",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Philippines orders local processing of nickel ore before export",
        "",
        ("licensing", "PH", "*", False, "nickel", None),
    ),
    (
        "Bolivia hands state firm monopoly on lithium exports",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "China announces new curbs on antimony exports",
        "The commerce ministry said exporters of antimony ores and metal must apply for "
        "licences from September 15.",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Indonesia to require export permits for tin ingots",
        "",
        ("licensing", "ID", "*", False, "tin", None),
    ),
    (
        "Tanzania orders all gold exports to go through central bank",
        "",
        ("licensing", "TZ", "*", False, "gold", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): sole
    # exporters, exports through a state body, end-use papers, control lists, permits planned
    (
        "Mongolia grants state company monopoly over copper concentrate exports",
        "",
        ("licensing", "MN", "*", False, "copper", None),
    ),
    (
        "Zimbabwe names state agency sole exporter of lithium",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Sierra Leone channels all gold exports through central bank",
        "",
        ("licensing", "SL", "*", False, "gold", None),
    ),
    (
        "Kenya requires gold exports to go through state refinery",
        "",
        ("licensing", "KE", "*", False, "gold", None),
    ),
    (
        "Congo requires cobalt exporters to sell through state trader",
        "Entreprise Generale du Cobalt becomes the only buyer of artisanal output.",
        ("licensing", "CD", "*", False, "cobalt", None),
    ),
    (
        "Vietnam demands end-user certificates for rare earth exports",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "China requires end-use declarations for tungsten exports",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "US adds gallium to dual-use export list",
        "",
        ("licensing", "US", "*", False, "gallium", None),
    ),
    (
        "UK puts tungsten on dual-use control list",
        "",
        ("licensing", "GB", "*", False, "tungsten", None),
    ),
    (
        "Zimbabwe to require permits for lithium exports",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Chile plans export licences for lithium",
        "",
        ("licensing", "CL", "*", True, "lithium", None),
    ),
    # third batch (written before the engine changed, labelled before it read them)
    (
        "Guinea grants state miner sole export rights for bauxite",
        "",
        ("licensing", "GN", "*", False, "bauxite", None),
    ),
    (
        "Madagascar gives state company sole right to export graphite",
        "",
        ("licensing", "MG", "*", False, "graphite", None),
    ),
    (
        "Laos grants state firm export monopoly for tin",
        "",
        ("licensing", "LA", "*", False, "tin", None),
    ),
    (
        "Zambia orders all copper exports to pass through state trader",
        "",
        ("licensing", "ZM", "*", False, "copper", None),
    ),
    (
        "Uganda channels gold exports through central bank",
        "",
        ("licensing", "UG", "*", False, "gold", None),
    ),
    (
        "China to require end-user certificates for gallium exports",
        "",
        ("licensing", "CN", "*", False, "gallium", None),
    ),
    (
        "Kazakhstan demands end-use statements for tungsten exports",
        "",
        ("licensing", "KZ", "*", False, "tungsten", None),
    ),
    (
        "Japan adds gallium, germanium to dual-use export control list",
        "",
        ("licensing", "JP", "*", False, "gallium germanium", None),
    ),
    (
        "South Korea puts graphite on dual-use export list",
        "",
        ("licensing", "KR", "*", False, "graphite", None),
    ),
    # fifth batch, near misses written after the change to check it (the first form of the
    # change read each of them as a licensing measure): a route or a place is no body, a
    # market's dominance no state's grant
    ("Smugglers channel gold exports through Dubai", "", None),
    ("Zambia's copper exports to go through Lobito corridor", "", None),
    ("Congo copper exports to pass through Tanzanian port after border closure", "", None),
    ("China's near monopoly on gallium exports worries buyers", "", None),
    ("Copper miner secures export permit extension", "", None),
    ("Trader wins licence to export gold from Ghana", "", None),
    ("Refiner granted import licence for cobalt", "", None),
    # near misses: a mining licence revoked, a firm's own permit
    ("Zambia revokes mining licence of copper miner", "", None),
    ("Miner wins export permit for copper concentrate", "", None),
]

#: (title, summary, want): kind 4, quota forms.
QUOTAS: list[Any] = [
    (
        "EU sets tariff-rate quota for Ukrainian steel",
        "",
        ("quota", "UA", "EU", False, "steel", None),
    ),
    (
        "US imposes tariff-rate quota on Brazilian semi-finished steel",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    (
        "Mexico sets import cap on Chinese aluminium",
        "The economy ministry will allow no more than 30,000 tonnes a year.",
        ("quota", "CN", "MX", False, "aluminium", None),
    ),
    (
        "China cuts rare earth export quota for 2026",
        "",
        ("quota", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Congo sets cobalt export quota at 96,600 tonnes for 2026",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia introduces nickel ore export quota",
        "Exporters must obtain an annual allocation from the trade ministry.",
        ("quota", "ID", "*", False, "nickel", None),
    ),
    (
        "Vietnam limits steel imports with annual quota",
        "",
        ("quota", "*", "VN", False, "steel", None),
    ),
    (
        "South Africa imposes quota on copper scrap exports",
        "",
        ("quota", "ZA", "*", False, "copper", None),
    ),
    (
        "Indonesia lowers 2026 bauxite export quota",
        "",
        ("quota", "ID", "*", False, "bauxite", None),
    ),
    (
        "UK halves steel safeguard quotas, 50% tariff above them",
        "",
        ("quota", "*", "GB", False, "steel", 50),
    ),
    (
        "EU to cut steel import quotas by half",
        "The Commission's proposal would also double the out-of-quota duty.",
        ("quota", "*", "EU", True, "steel", None),
    ),
    (
        "Canada caps steel imports from non-FTA partners with tariff-rate quotas",
        "Volumes above the quota will face a 25% surtax.",
        ("quota", "*", "CA", False, "steel", 25),
    ),
    (
        "Turkey sets import quota for Russian aluminium",
        "",
        ("quota", "RU", "TR", False, "aluminium", None),
    ),
    # near misses: a quota used up, a mining quota
    (
        "EU steel safeguard quota for Chinese coils exhausted in first week",
        "",
        None,
    ),
    ("Turkish steel quota into EU used up within days", "", None),
    ("China sets 2026 tungsten mining quota", "", None),
]


@pytest.mark.parametrize(("title", "summary", "want"), EXTENSIONS, ids=case_ids(EXTENSIONS))
def test_extensions_renewals_expiries_and_lapses(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), EASING, ids=case_ids(EASING))
def test_partial_easing_and_full_lifting(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), LICENSING, ids=case_ids(LICENSING))
def test_licensing_forms(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), QUOTAS, ids=case_ids(QUOTAS))
def test_quota_forms(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
