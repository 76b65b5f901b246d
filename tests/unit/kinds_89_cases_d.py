"""Cases of ``test_classifier_kinds_89.py`` (METALS_NAMED, STAGES), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: METALS_NAMED, continued.
METALS_NAMED_2: list[Any] = [
    (
        "Russia halts exports of platinum and palladium to US",
        "",
        ("suspended", "RU", "US", False, "platinum palladium", None),
    ),
    (
        "Kazakhstan bans exports of zinc and lead concentrates",
        "",
        ("suspended", "KZ", "*", False, "zinc lead", None),
    ),
    (
        "Ukraine bans exports of ferrous and copper scrap for a year",
        "",
        ("suspended", "UA", "*", False, "copper", None),
    ),
    (
        "Mexico raises tariffs on steel and aluminium products from Asia",
        "MEXICO CITY, Aug 16 - Mexico raised import tariffs on 392 steel, aluminium and copper products to between 5% and 25%.",
        ("tariff", "*", "MX", False, "steel aluminium copper", None),
    ),
]


#: (title, summary, want): kind 4, status and stage.
STAGES: list[Any] = [
    (
        "Philippines sets quota on nickel ore exports",
        "",
        ("quota", "PH", "*", False, "nickel", None),
    ),
    (
        "South Africa introduces tariff-rate quota on steel imports",
        "",
        ("quota", "*", "ZA", False, "steel", None),
    ),
    ("Ukraine sets export quota for steel scrap", "", ("quota", "UA", "*", False, "steel", None)),
    (
        "Mexico cuts steel import quota for Brazilian mills",
        "",
        ("quota", "BR", "MX", False, "steel", None),
    ),
    (
        "Turkey raises quota on duty-free aluminium imports",
        "",
        ("quota", "*", "TR", False, "aluminium", None),
    ),
    ("Indonesia caps nickel ore export volumes", "", ("quota", "ID", "*", False, "nickel", None)),
    (
        "Zimbabwe requires permits for lithium exports",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Ghana makes state firm sole buyer and exporter of small-scale gold",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "Vietnam limits rare earth exports to approved firms",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Bolivia puts lithium exports under state trading",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Thailand requires import licences for steel",
        "",
        ("licensing", "*", "TH", False, "steel", None),
    ),
    (
        "Saudi Arabia requires import permits for steel rebar",
        "",
        ("licensing", "*", "SA", False, "steel", None),
    ),
    (
        "Serbia introduces licences for copper exports",
        "",
        ("licensing", "RS", "*", False, "copper", None),
    ),
    (
        "Korea adds graphite to export licence list",
        "",
        ("licensing", "KR", "*", False, "graphite", None),
    ),
    (
        "Kazakhstan halts aluminium scrap exports",
        "",
        ("suspended", "KZ", "*", False, "aluminium", None),
    ),
    (
        "Guinea suspends bauxite shipments from Boke region",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Ukraine bans exports of copper and aluminium scrap",
        "",
        ("suspended", "UA", "*", False, "copper aluminium", None),
    ),
    ("Taiwan bans steel imports from Russia", "", ("suspended", "RU", "TW", False, "steel", None)),
    (
        "Mongolia suspends copper concentrate shipments to China",
        "",
        ("suspended", "MN", "CN", False, "copper", None),
    ),
    ("Indonesia lifts ban on bauxite exports", "", ("resuming", "ID", "*", False, "bauxite", None)),
    (
        "Zimbabwe resumes lithium concentrate export permits",
        "",
        ("resuming", "ZW", "*", False, "lithium", None),
    ),
    ("Philippines lifts nickel ore export ban", "", ("resuming", "PH", "*", False, "nickel", None)),
    (
        "Guinea allows bauxite exports to resume",
        "",
        ("resuming", "GN", "*", False, "bauxite", None),
    ),
    (
        "Malaysia suspends anti-dumping duty on Chinese steel",
        "",
        ("resuming", "CN", "MY", False, "steel", None),
    ),
    (
        "Argentina scraps import licences for steel",
        "",
        ("resuming", "*", "AR", False, "steel", None),
    ),
    (
        "Chile drops safeguard duties on Chinese steel balls",
        "",
        ("resuming", "CN", "CL", False, "steel", None),
    ),
    (
        "EXCLUSIVE-Indonesia plans export tax on nickel pig iron - sources",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Philippines drafts bill to ban nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    ("Chile set to raise export tax on copper", "", ("tariff", "CL", "*", True, "copper", None)),
    (
        "Peru considering export duty on copper concentrate",
        "",
        ("tariff", "PE", "*", True, "copper", None),
    ),
    (
        "Zimbabwe plans ban on lithium concentrate exports from 2027",
        "",
        ("suspended", "ZW", "*", True, "lithium", None),
    ),
    (
        "Malaysia weighs rare earth export ban",
        "",
        ("suspended", "MY", "*", True, "rare-earths", None),
    ),
    (
        "Kazakhstan to ban copper scrap exports - sources",
        "",
        ("suspended", "KZ", "*", True, "copper", None),
    ),
    (
        "Turkey Said to Weigh Tariffs on Chinese Steel",
        "",
        ("tariff", "CN", "TR", True, "steel", None),
    ),
    (
        "South Africa proposes export tax on scrap steel",
        "",
        ("tariff", "ZA", "*", True, "steel", None),
    ),
    (
        "Korea considers anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Vietnam drafts 20% export tax on rare earth ore",
        "",
        ("tariff", "VN", "*", True, "rare-earths", 20),
    ),
    (
        "Brazil mulls steel import quotas",
        "BRASILIA (Reuters) - Brazil's government is considering quotas on steel imports to shield mills from Chinese supply, two officials said.",
        ("quota", "*", "BR", True, "steel", None),
    ),
    (
        "UPDATE 3-Indonesia's nickel ore export ban takes effect",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines gazettes safeguard duty on steel imports",
        "",
        ("tariff", "*", "PH", False, "steel", None),
    ),
    ("Mexico's steel tariffs come into force", "", ("tariff", "*", "MX", False, "steel", None)),
    ("Saudi Arabia imposes 5% duty on steel imports", "", ("tariff", "*", "SA", False, "steel", 5)),
    (
        "Ghana to ban gold exports by foreigners from April 1",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    (
        "Thailand's anti-dumping duties on Chinese aluminium take effect",
        "",
        ("tariff", "CN", "TH", False, "aluminium", None),
    ),
    (
        "Ukraine enacts export duty on steel scrap",
        "KYIV, Feb 7 - Ukraine's parliament passed and the president signed a law setting a 10% export duty on steel scrap.",
        ("tariff", "UA", "*", False, "steel", 10),
    ),
    (
        "DR Congo gazettes cobalt export quota system",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("Indonesia denies plan to ban nickel exports", "", None),
    ("Guinea bauxite exports resume after strike ends", "", None),
    ("Zimbabwe lithium miner resumes exports after permit delay", "", None),
    ("Philippines nickel ore export ban talk unsettles miners", "", None),
    ("Chile's copper export tax debate heats up in Congress", "", None),
    ("Miners in Peru protest planned export duty", "", None),
    ("Korea opens anti-dumping probe on Chinese steel plates", "", None),
    ("Ghana gold board buys record volumes from small miners", "", None),
    ("Kazakhstan steel mill halts output for maintenance", "", None),
    ("Indonesia's nickel export ban turns five", "", None),
    ("Mongolia copper shipments to China halted by border snow", "", None),
    ("Vietnam says no plan to tax rare earth exports", "", None),
    ("Thailand steel importers rush shipments ahead of duties", "", None),
    ("Saudi steelmaker gets licence to build new mill", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "Indonesia issues regulation on nickel ore export ban",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines Senate passes bill banning raw nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    ("Ghana's cabinet approves gold export levy", "", ("tariff", "GH", "*", False, "gold", None)),
    (
        "DR Congo mines minister signs cobalt export quota decree",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Guinea threatens to halt bauxite exports by firms without refinery plans",
        "",
        ("suspended", "GN", "*", True, "bauxite", None),
    ),
    (
        "Vietnam poised to lift rare earth export ban",
        "",
        ("resuming", "VN", "*", True, "rare-earths", None),
    ),
    (
        "Zimbabwe mulls lifting lithium ore export ban",
        "",
        ("resuming", "ZW", "*", True, "lithium", None),
    ),
    ("EU agrees to tighten steel safeguard quotas", "", ("quota", "*", "EU", False, "steel", None)),
    (
        "Turkey to impose 20% duty on Chinese steel from Oct 1",
        "",
        ("tariff", "CN", "TR", False, "steel", 20),
    ),
    (
        "Korea said to plan duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", True, "steel", None),
    ),
    (
        "Thailand's cabinet extends anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Mongolia to introduce copper concentrate export licences, draft shows",
        "",
        ("licensing", "MN", "*", True, "copper", None),
    ),
    (
        "Malaysia's rare earth export ban comes into force",
        "",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Chile lifts quota on lithium exports for state firms",
        "",
        ("resuming", "CL", "*", False, "lithium", None),
    ),
    ("Explainer: How Zimbabwe's lithium export ban works", "", None),
    ("Factbox: Countries that have restricted exports of critical minerals", "", None),
    ("Analysis: Indonesia's nickel ban pays off as smelters multiply", "", None),
    ("Philippine miners oppose proposed nickel ore export ban", "", None),
    ("South Africa scraps plan for export tax on scrap steel", "", None),
    ("Guinea bauxite miners fear export halt", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "EXCLUSIVE-Guinea plans to cap bauxite exports to push refinery projects - sources",
        "",
        ("quota", "GN", "*", True, "bauxite", None),
    ),
    (
        "Indonesia Is Said to Consider Nickel Ore Export Quota",
        "",
        ("quota", "ID", "*", True, "nickel", None),
    ),
    (
        "Zimbabwe cabinet approves ban on lithium concentrate exports from 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Peru's congress to debate copper export tax bill",
        "",
        ("tariff", "PE", "*", True, "copper", None),
    ),
    (
        "Malaysia to ban raw rare earth exports, minister says",
        "",
        ("suspended", "MY", "*", True, "rare-earths", None),
    ),
    (
        "Philippines gazettes nickel ore export quota rules",
        "",
        ("quota", "PH", "*", False, "nickel", None),
    ),
    (
        "Korea finalises anti-dumping duties on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "Brazil's Gecex approves steel import quota system",
        "",
        ("quota", "*", "BR", False, "steel", None),
    ),
    (
        "Kazakhstan drafts rules to require licences for copper scrap exports",
        "",
        ("licensing", "KZ", "*", True, "copper", None),
    ),
    ("Ghana scraps gold export levy", "", ("resuming", "GH", "*", False, "gold", None)),
]
