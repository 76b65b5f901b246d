"""Cases of ``test_classifier_kinds_80.py`` (EXTENSIONS, EASING), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

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
EASING_1: list[Any] = [
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
]
