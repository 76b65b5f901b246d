"""Cases of ``test_classifier_kinds.py`` (CASES), labelled before the engine read them; the kinds,
first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: CASES, continued.
CASES_3: list[tuple[str, str, Want]] = [
    (
        "Vietnam bans rare earth exports",
        "",
        ("suspended", "VN", "*", False),
    ),  # wire phrasing of a real event
    ("Gabon to ban manganese ore exports from 2029", "", None),  # wire phrasing of a real event
    (
        "China's commerce ministry announces antimony export controls",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing of a real event
    (
        "China grants first export licences for gallium under new rules",
        "",
        ("resuming", "CN", "*", False),
    ),  # wire phrasing of a real event
    ("Myanmar's Wa State halts tin mining", "", None),  # wire phrasing of a real event
    (
        "Copper price hits record after US tariff announcement",
        "",
        None,
    ),  # wire phrasing of a real event
    (
        "Russia sets export duty on nickel, copper, aluminium",
        "",
        ("tariff", "RU", "*", False),
    ),  # wire phrasing of a real event
    (
        "China cuts export tax rebates for aluminium products",
        "",
        ("tariff", "CN", "*", False),
    ),  # wire phrasing of a real event
    ("South Africa proposes export tax on scrap metal", "", None),  # wire phrasing of a real event
    (
        "Chile's Codelco halts copper exports from port after storm",
        "",
        None,
    ),  # wire phrasing of a real event
    (
        "US to impose 93.5% anti-dumping duty on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
    ),  # wire phrasing of a real event
    (
        "Bolivia restricts lithium exports to state firm",
        "",
        ("licensing", "BO", "*", False),
    ),  # wire phrasing of a real event
    (
        "China puts silver exports under licensing from 2026",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing of a real event
    (
        "EU proposes to halve steel import quotas, double tariff",
        "",
        ("quota", "*", "EU", True),
    ),  # wire phrasing of a real event
    (
        "New steps to curb Moscow's commodity earnings",
        "The measures include a ban on imports of Russian aluminium into the EU.",
        ("suspended", "RU", "EU", False),
    ),  # the summary names metal and measure
    (
        "Brussels tightens the screws on the Kremlin",
        "The package includes an import ban on Russian nickel.",
        ("suspended", "RU", "EU", False),
    ),  # the summary names metal and measure
    ("Gold prices rise", "Tariffs on imports of copper remain in place.", None),  # market title
    (
        "Congo miners talk cobalt logistics",
        "The miners said export quotas on cobalt were slowing shipments.",
        None,
    ),  # the title names the metal: its summary is background
    (
        "China restricts exports of tungsten, tellurium, bismuth, molybdenum and indium",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing
    (
        "China's new export rules for rare earth technologies take effect",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing
    (
        "US slaps 25% tariff on all steel, aluminum imports with no exceptions",
        "",
        ("tariff", "*", "US", False),
    ),  # wire phrasing
    (
        "Trump orders probe into copper imports, eyes tariffs",
        "",
        ("tariff", "*", "US", True),
    ),  # wire phrasing
    (
        "US launches Section 232 probe on critical minerals, including copper",
        "",
        None,
    ),  # wire phrasing; an investigation naming no measure is no measure (README vocabulary,
    # since session 4: "Section 232" names the law, the probe is a case opened)
    (
        "Indonesia's nickel ore export ban to stay, minister says",
        "",
        ("suspended", "ID", "*", False),
    ),  # wire phrasing
    (
        "Indonesia considers export tax on nickel pig iron",
        "",
        ("tariff", "ID", "*", True),
    ),  # wire phrasing
    (
        "Congo lifts cobalt export suspension, introduces quotas",
        "",
        ("quota", "CD", "*", False),
    ),  # wire phrasing
    (
        "DR Congo extends ban on cobalt exports for three more months",
        "",
        ("suspended", "CD", "*", False),
    ),  # wire phrasing
    (
        "Guinea suspends bauxite exports from some mines over permits",
        "",
        ("suspended", "GN", "*", False),
    ),  # wire phrasing
    (
        "Namibia bans export of unprocessed lithium",
        "",
        ("suspended", "NA", "*", False),
    ),  # wire phrasing
    (
        "Zambia mulls copper export duty to boost local smelting",
        "",
        ("tariff", "ZM", "*", True),
    ),  # wire phrasing
    (
        "China halts rare earth magnet exports amid trade war",
        "",
        ("suspended", "CN", "*", False),
    ),  # wire phrasing
    (
        "Chinese rare earth magnet exports to US resume after deal",
        "",
        ("resuming", "CN", "US", False),
    ),  # wire phrasing
    (
        "Beijing approves more export licences for rare earth magnets",
        "",
        ("resuming", "CN", "*", False),
    ),  # wire phrasing
    (
        "EU to cut steel import quotas by almost half, double out-of-quota tariff to 50%",
        "",
        ("quota", "*", "EU", False),
    ),  # wire phrasing
    (
        "Mexico imposes tariffs of up to 50% on steel from China",
        "",
        ("tariff", "CN", "MX", False),
    ),  # wire phrasing
    (
        "Vietnam imposes anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
    ),  # wire phrasing
    (
        "Canada imposes 25% surtax on Chinese steel and aluminum",
        "",
        ("tariff", "CN", "CA", False),
    ),  # wire phrasing
    ("Aluminium hits three-year high on US tariff hike", "", None),  # wire phrasing
    ("Rio Tinto says US aluminium tariffs cost it $321 million", "", None),  # wire phrasing
    ("Chile's Codelco expects no impact from US copper tariffs", "", None),  # wire phrasing
    ("Indonesia says it has no plan to halt nickel exports", "", None),  # wire phrasing
    ("Philippines not planning nickel ore export ban, minister says", "", None),  # wire phrasing
    ("Why a Congo cobalt export ban could backfire", "", None),  # wire phrasing
    ("Analysis: China's gallium curbs bite as prices soar", "", None),  # wire phrasing
    (
        "Gold smuggling surges as India raises import duty",
        "",
        ("tariff", "*", "IN", False),
    ),  # wire phrasing
    ("Japan, US sign critical minerals deal", "", None),  # wire phrasing
    (
        "UK to keep steel safeguard tariffs for another year",
        "",
        ("quota", "*", "GB", False),
    ),  # prolonged steel safeguard
    (
        "EU extends steel safeguard duties until 2026",
        "",
        ("quota", "*", "EU", False),
    ),  # prolonged steel safeguard
    (
        "Turkey renews safeguard tariffs on steel imports",
        "",
        ("quota", "*", "TR", False),
    ),  # prolonged steel safeguard
]
