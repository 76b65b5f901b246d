"""Kinds 4 and 5 of ``test_classifier_kinds_107.py``: headline-ese ellipsis (no verb, a passive
without its agent, noun stacks, numbers or dates first) and lists and counts, labelled before
the engine read them; the kinds, first-time counts and fixes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)`` or ``None`` for no event.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 4, headline-ese ellipsis.
ELLIPSIS: list[Any] = [
    # no verb
    (
        "Indonesia nickel ore export ban from Jan 1",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "New US tariffs on Canadian aluminium: 10%",
        "",
        ("tariff", "CA", "US", False, "aluminium", 10),
    ),
    (
        "Philippine nickel ore export tax: 10% from July",
        "",
        ("tariff", "PH", "*", False, "nickel", 10),
    ),
    (
        "Chinese aluminium foil: 48% anti-dumping duty, says Brussels",
        "",
        ("tariff", "CN", "EU", False, "aluminium", 48),
    ),
    (
        "Antimony exports: licence now needed, Beijing says",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "US tariff on copper wire - 50% from August 1",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Japanese steel: 15% EU duty confirmed",
        "",
        ("tariff", "JP", "EU", False, "steel", 15),
    ),
    (
        "Aluminium tariff exemption for Australia",
        "",
        ("resuming", "AU", "*", False, "aluminium", None),
    ),
    # a passive without its agent
    (
        "Steel imports from Vietnam hit with 25% duties",
        "",
        ("tariff", "VN", "*", False, "steel", 25),
    ),
    (
        "Cobalt exports from Congo suspended for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Canadian steel exempted from US 50% tariff",
        "",
        ("resuming", "CA", "US", False, "steel", None),
    ),
    (
        "Gallium, germanium export ban to US lifted",
        "",
        ("resuming", "*", "US", False, "gallium germanium", None),
    ),
    # noun stacks
    ("EU steel safeguard quota extension", "", ("quota", "*", "EU", False, "steel", None)),
    ("India gold import duty cut to 6%", "", ("resuming", "*", "IN", False, "gold", None)),
    ("Mexico steel tariff hike to 35%", "", ("tariff", "*", "MX", False, "steel", 35)),
    (
        "Thai steel import quota of 1 million tonnes set for 2026",
        "",
        ("quota", "*", "TH", False, "steel", None),
    ),
    # numbers or dates first
    (
        "25% tariff on Chinese tungsten takes effect",
        "",
        ("tariff", "CN", "*", False, "tungsten", 25),
    ),
    (
        "From June 1, Guinea bauxite exports need licence",
        "",
        ("licensing", "GN", "*", False, "bauxite", None),
    ),
    (
        "From June 1, Zambia to ban copper concentrate exports",
        "",
        ("suspended", "ZM", "*", False, "copper", None),
    ),
    # near misses
    ("Nickel ore export ban anniversary: smelters thrive", "", None),
    ("EU steel safeguard quota exhaustion", "", None),
    ("Steel imports from Vietnam hit record", "", None),
    ("25% drop in copper exports after Chile tax", "", None),
    ("From June 1, smelter to halt zinc output", "", None),
    ("US tariffs on Canadian aluminium: 10 things to know", "", None),
    ("New tariffs, old problems: steel's long decline", "", None),
    ("Nickel ore export ban: winners and losers", "", None),
    ("2026 copper outlook: tariffs, China demand", "", None),
]

#: (title, summary, want): kind 5, lists and counts with the list in the lede.
COUNTS: list[Any] = [
    (
        "Five metals hit by China's new export controls",
        "China's commerce ministry added tungsten, tellurium, bismuth, molybdenum and indium to "
        "its export control list.",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "Three metals on Indonesia's new export ban list",
        "Indonesia will ban exports of bauxite, copper concentrate and nickel ore from June.",
        ("suspended", "ID", "*", False, "bauxite copper nickel", None),
    ),
    (
        "Two metals spared from new US tariffs",
        "Copper and gold were excluded from the reciprocal tariffs announced on Wednesday.",
        ("resuming", "*", "US", False, "copper gold", None),
    ),
    (
        "Four countries hit with US duties on steel pipe",
        "The Commerce Department imposed anti-dumping duties on steel pipe from China, Vietnam, "
        "Korea and India.",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    (
        "Six critical minerals now need Chinese export licences",
        "Beijing's new rules cover gallium, germanium, antimony, graphite, tungsten and magnesium.",
        (
            "licensing",
            "CN",
            "*",
            False,
            "gallium germanium antimony graphite tungsten magnesium",
            None,
        ),
    ),
    (
        "Three metals hit by Canada's new surtax",
        "Canada imposed a 25% surtax on US steel, aluminium and copper products.",
        ("tariff", "US", "CA", False, "steel aluminium copper", 25),
    ),
    (
        "Both metals under new Chinese controls",
        "China imposed export licensing on gallium and germanium from August 1.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # near misses: counts that are features, lists of countries, metals to watch
    ("Five things to know about China's gallium export controls", "", None),
    ("Five metals to watch as tariffs bite", "", None),
    ("Three charts on Indonesia's nickel ban", "", None),
    ("Ten countries that restrict rare earth exports", "", None),
    ("Two metals China may target next", "", None),
    ("Top 5 metals stories of the week", "", None),
]
