"""Cases of ``test_classifier_kinds.py`` (CASES), labelled before the engine read them; the kinds,
first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

CASES_1: list[tuple[str, str, Want]] = [
    (
        "Tin soars as Myanmar region halts ore shipments",
        "",
        ("suspended", "MM", "*", False),
    ),  # market framing
    (
        "Cobalt stocks rally after Kinshasa bans exports",
        "",
        ("suspended", "CD", "*", False),
    ),  # market framing
    (
        "Nickel jumps after Indonesia bans ore exports",
        "",
        ("suspended", "ID", "*", False),
    ),  # market framing
    (
        "Antimony prices surge as China restricts exports",
        "",
        ("licensing", "CN", "*", False),
    ),  # market framing
    (
        "Copper climbs after Chile slaps export tax on concentrate",
        "",
        ("tariff", "CL", "*", False),
    ),  # market framing
    ("Gold jumps as Trump threatens tariffs on EU", "", None),  # market framing
    ("Aluminium rises on tariff fears", "", None),  # market framing
    (
        "China extends suspension of the graphite export ban",
        "",
        ("resuming", "CN", "*", False),
    ),  # suspensions and extensions
    (
        "China suspends planned export curbs on gallium",
        "",
        ("resuming", "CN", "*", False),
    ),  # suspensions and extensions
    (
        "Beijing prolongs pause of antimony export restrictions to US",
        "",
        ("resuming", "CN", "US", False),
    ),  # suspensions and extensions
    (
        "Indonesia extends suspension of bauxite export ban",
        "",
        ("resuming", "ID", "*", False),
    ),  # suspensions and extensions
    (
        "US extends pause on copper tariffs for 90 days",
        "",
        ("resuming", "*", "US", False),
    ),  # suspensions and extensions
    ("Indonesia postpones bauxite export restrictions", "", None),  # plans dropped/delayed/shelved
    (
        "Philippines scraps plan to ban nickel ore exports",
        "",
        None,
    ),  # plans dropped/delayed/shelved
    ("Zambia delays copper export duty", "", None),  # plans dropped/delayed/shelved
    ("Malaysia shelves proposed rare earth export ban", "", None),  # plans dropped/delayed/shelved
    ("Guinea puts off bauxite export curbs until 2027", "", None),  # plans dropped/delayed/shelved
    ("Has Jakarta really lifted the nickel ore export ban?", "", None),  # questions and fact checks
    ("Fact check: Did China ban gallium exports to the US?", "", None),  # questions and fact checks
    ("Is Congo about to ban cobalt exports?", "", None),  # questions and fact checks
    ("Will the US scrap its steel tariffs?", "", None),  # questions and fact checks
    (
        "China to draft rules banning rare earth exports",
        "",
        ("suspended", "CN", "*", True),
    ),  # proposed forms
    ("Traders getting ready in case a cobalt export ban comes", "", None),  # proposed forms
    (
        "Indonesia to ban bauxite exports - sources say",
        "",
        ("suspended", "ID", "*", True),
    ),  # proposed forms
    (
        "Indonesia to ban bauxite exports, sources say",
        "",
        ("suspended", "ID", "*", True),
    ),  # proposed forms
    (
        "Draft decree would curb lithium exports from Chile",
        "",
        ("licensing", "CL", "*", True),
    ),  # proposed forms
    (
        "EU sanctions package proposed on Russian aluminium",
        "",
        ("suspended", "RU", "EU", True),
    ),  # proposed forms
    (
        "European Commission proposes sanctions package on Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", True),
    ),  # proposed forms
    (
        "Zimbabwe drafts law to restrict lithium exports",
        "",
        ("licensing", "ZW", "*", True),
    ),  # proposed forms
    ("Mexico readies tariffs on Chinese steel", "", ("tariff", "CN", "MX", True)),  # proposed forms
    (
        "Mexico hits back at U.S. steel duties",
        "Mexico imposed counter-duties on US goods including steel and pork.",
        ("tariff", "US", "MX", False),
    ),  # retaliation direction
    (
        "Canada retaliates against US aluminium tariffs with duties on US steel",
        "",
        ("tariff", "US", "CA", False),
    ),  # retaliation direction
    (
        "China retaliates with tariffs on US aluminium scrap",
        "",
        ("tariff", "US", "CN", False),
    ),  # retaliation direction
    (
        "EU strikes back at US steel tariffs with levies on American steel",
        "",
        ("tariff", "US", "EU", False),
    ),  # retaliation direction
    (
        "New steps to curb Moscow's commodity earnings",
        "The EU banned imports of Russian aluminium from next year.",
        ("suspended", "RU", "EU", False),
    ),  # headline names neither metal nor measure
    (
        "Brussels moves against Kremlin revenues",
        "The European Union agreed to ban imports of Russian nickel.",
        ("suspended", "RU", "EU", False),
    ),  # headline names neither metal nor measure
    (
        "China puts silver exports under state trading",
        "",
        ("licensing", "CN", "*", False),
    ),  # state trading / approved exporters -> licensing
    (
        "China names 44 firms on approved list of silver exporters",
        "",
        ("licensing", "CN", "*", False),
    ),  # state trading / approved exporters -> licensing
    (
        "Beijing publishes whitelist of approved rare earth exporters",
        "",
        ("licensing", "CN", "*", False),
    ),  # state trading / approved exporters -> licensing
    (
        "India moves gold imports to state trading enterprises",
        "",
        ("licensing", "*", "IN", False),
    ),  # state trading / approved exporters -> licensing
    (
        "EU prolongs steel safeguard for two more years",
        "",
        ("quota", "*", "EU", False),
    ),  # prolonged safeguard -> quota
    (
        "UK extends steel safeguard measures to 2026",
        "",
        ("quota", "*", "GB", False),
    ),  # prolonged safeguard -> quota
    (
        "EU extends safeguard on steel imports",
        "",
        ("quota", "*", "EU", False),
    ),  # prolonged safeguard -> quota
    (
        "China halts imports of Peruvian copper concentrate",
        "",
        ("suspended", "PE", "CN", False),
    ),  # origin demonym
    (
        "India bans Chilean copper concentrate imports",
        "",
        ("suspended", "CL", "IN", False),
    ),  # origin demonym
    (
        "Japan curbs Australian nickel ore imports",
        "",
        ("licensing", "AU", "JP", False),
    ),  # origin demonym
    (
        "MOFCOM announces export controls on gallium, informs US and Japan",
        "",
        ("licensing", "CN", "*", False),
    ),  # ministry is its country
    (
        "METI tightens export controls on gallium to China",
        "",
        ("licensing", "JP", "CN", False),
    ),  # ministry is its country
    (
        "USTR raises tariffs on Chinese tungsten",
        "",
        ("tariff", "CN", "US", False),
    ),  # ministry is its country
    (
        "MOFCOM bans antimony exports to US after consulting EU",
        "",
        ("suspended", "CN", "US", False),
    ),  # ministry is its country
    (
        "Lithium shares surge after Zimbabwe bans raw ore exports",
        "",
        ("suspended", "ZW", "*", False),
    ),  # market framing (events)
    (
        "Tungsten prices hit record as China tightens export controls",
        "",
        ("licensing", "CN", "*", False),
    ),  # market framing (events)
    (
        "Bauxite prices climb after Guinea halts exports",
        "",
        ("suspended", "GN", "*", False),
    ),  # market framing (events)
    (
        "Palladium rebounds as Washington bans Russian palladium imports",
        "",
        ("suspended", "RU", "US", False),
    ),  # market framing (events)
    ("Copper slips as traders weigh possible US tariffs", "", None),  # market framing (no events)
    (
        "Aluminium falls as Trump imposes tariffs on Chinese goods",
        "",
        None,
    ),  # market framing (no events)
    ("Gold edges higher as tariff worries linger", "", None),  # market framing (no events)
    (
        "US extends suspension of tariffs on Mexican steel",
        "",
        ("resuming", "MX", "US", False),
    ),  # suspension extensions / suspends planned
    (
        "Beijing extends suspension of gallium and germanium export ban to US",
        "",
        ("resuming", "CN", "US", False),
    ),  # suspension extensions / suspends planned
    (
        "Indonesia suspends planned nickel export tax",
        "",
        ("resuming", "ID", "*", False),
    ),  # suspension extensions / suspends planned
    (
        "China prolongs suspension of rare earth export curbs",
        "",
        ("resuming", "CN", "*", False),
    ),  # suspension extensions / suspends planned
    ("Zimbabwe defers lithium concentrate export ban to 2027", "", None),  # dropped/delayed
    ("India postpones steel import curbs", "", None),  # dropped/delayed
    ("Philippines shelves nickel ore export ban", "", None),  # dropped/delayed
    ("Congo holds off on cobalt export quota", "", None),  # dropped/delayed
    ("Export ban on bauxite delayed by a year, Guinea says", "", None),  # dropped/delayed
    ("Did Indonesia just ban nickel exports?", "", None),  # questions / fact checks
    ("Are US copper tariffs coming back?", "", None),  # questions / fact checks
    (
        "FACT CHECK: No, China has not halted rare earth exports",
        "",
        None,
    ),  # questions / fact checks
    ("Has China eased its gallium export curbs?", "", None),  # questions / fact checks
    ("Chile drafting bill to curb lithium exports", "", ("licensing", "CL", "*", True)),  # proposed
    ("Jakarta prepares ban on bauxite exports", "", ("suspended", "ID", "*", True)),  # proposed
    ("US readies new tariffs on Canadian aluminium", "", ("tariff", "CA", "US", True)),  # proposed
    (
        "Congo to halt cobalt exports, people familiar with the matter say",
        "",
        ("suspended", "CD", "*", True),
    ),  # proposed
    (
        "Vietnam draft decree would ban rare earth exports",
        "",
        ("suspended", "VN", "*", True),
    ),  # proposed
    (
        "China hits back at US tariffs with export ban on gallium",
        "",
        ("suspended", "CN", "US", False),
    ),  # retaliation
    ("India retaliates against US steel tariffs", "", ("tariff", "US", "IN", False)),  # retaliation
    (
        "Canada strikes back with duties on US steel and aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),  # retaliation
    (
        "EU agrees new sanctions on Moscow",
        "The package bans imports of Russian aluminium.",
        ("suspended", "RU", "EU", False),
    ),  # summary carries metal/measure
    (
        "Washington tightens screws on Beijing",
        "The US raised tariffs on Chinese steel to 50%.",
        ("tariff", "CN", "US", False),
    ),  # summary carries metal/measure
    (
        "India places silver imports under state trading enterprises",
        "",
        ("licensing", "*", "IN", False),
    ),  # licensing lists
    (
        "China publishes list of approved tungsten exporters",
        "",
        ("licensing", "CN", "*", False),
    ),  # licensing lists
    (
        "Indonesia limits nickel ore exports to registered exporters",
        "",
        ("licensing", "ID", "*", False),
    ),  # licensing lists
    ("Turkey prolongs safeguard on steel imports", "", ("quota", "*", "TR", False)),  # safeguards
    ("EU renews steel safeguard until 2026", "", ("quota", "*", "EU", False)),  # safeguards
    (
        "India imposes safeguard duty on steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),  # safeguards
    (
        "China suspends imports of Australian copper concentrate",
        "",
        ("suspended", "AU", "CN", False),
    ),  # origin demonym
    (
        "Japan bans Russian aluminium imports",
        "",
        ("suspended", "RU", "JP", False),
    ),  # origin demonym
    (
        "METI adds gallium to export control list, notifies China",
        "",
        ("licensing", "JP", "*", False),
    ),  # ministries
    (
        "MOFCOM suspends antimony export ban to US, US Treasury informed",
        "",
        ("resuming", "CN", "US", False),
    ),  # ministries
    (
        "USTR imposes 25% tariff on Chinese graphite after consulting Japan and EU",
        "",
        ("tariff", "CN", "US", False),
    ),  # ministries
    (
        "MOFCOM: US, EU and Japan informed of new gallium export licensing",
        "",
        ("licensing", "CN", "*", False),
    ),  # more
    (
        "Japan's METI, after talks with US and Netherlands, curbs gallium exports",
        "",
        ("licensing", "JP", "*", False),
    ),  # more
    (
        "USTR, consulting Canada and Mexico, sets 25% tariff on aluminium imports",
        "",
        ("tariff", "*", "US", False),
    ),  # more
    (
        "MOFCOM says Washington, Tokyo were notified before antimony export ban",
        "",
        ("suspended", "CN", "*", False),
    ),  # more
]
