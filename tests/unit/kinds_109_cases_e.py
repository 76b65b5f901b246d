"""Fresh phrasings of the kinds ``test_classifier_kinds_109.py`` fixed, with near misses,
written after the fixes and labelled before the engine read them (first-time count in that
module's docstring). The layout is ``kinds_109_cases_a.py``'s; these are no paraphrases of rows.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): the fixed kinds in new words, and near misses.
FRESH: list[Any] = [
    # a rate in words or "pc"
    (
        "Vietnam slaps ten percent safeguard duty on imported steel billets",
        "",
        ("tariff", "*", "VN", False, "steel", 10),
    ),
    (
        "Turkey raises import tariff on copper wire to thirty percent",
        "",
        ("tariff", "*", "TR", False, "copper", 30),
    ),
    (
        "Kenya imposes 25pc levy on imported steel rods",
        "",
        ("tariff", "*", "KE", False, "steel", 25),
    ),
    (
        "South Africa proposes twenty percent export duty on copper scrap",
        "",
        ("tariff", "ZA", "*", True, "copper", 20),
    ),
    ("Copper price jumps ten percent as Chile mine strike drags on", "", None),
    ("Nickel output rises fifteen per cent in Indonesia", "", None),
    # a place's exporters facing another's duties
    (
        "Vietnamese aluminium extrusion exporters face provisional US duties",
        "",
        ("tariff", "VN", "US", False, "aluminium", None),
    ),
    (
        "Korean steel pipe exporters hit by Canadian anti-dumping duties",
        "",
        ("tariff", "KR", "CA", False, "steel", None),
    ),
    ("Chinese steel exporters cheer end of EU probe", "", None),
    # a measure wanted
    (
        "Mexico's economy ministry wants 25% tariff on Asian steel",
        "",
        ("tariff", "*", "MX", True, "steel", 25),
    ),
    ("Steelmakers want tariffs on Chinese imports", "", None),
    # a quota's share reallocated
    (
        "UK reallocates Russia's steel safeguard quota volumes",
        "",
        ("quota", "*", "GB", False, "steel", None),
    ),
    # "scrap" after an ordinal or a year
    (
        "China issues second 2021 scrap import quotas for copper",
        "",
        ("quota", "*", "CN", False, "copper", None),
    ),
    (
        "India to scrap import duty on copper scrap",
        "",
        ("resuming", "*", "IN", False, "copper", None),
    ),
    # a package's name with a stoppage word; a real stoppage
    (
        "EU adopts 'maintenance' sanctions package banning Russian aluminium imports",
        "",
        ("suspended", "RU", "EU", False, "aluminium", None),
    ),
    ("Guinea bauxite exports halted by port maintenance", "", None),
    # a flow with its own verb before a grant verb
    (
        "Russian aluminium imports banned as UK approves new sanctions",
        "",
        ("suspended", "RU", "GB", False, "aluminium", None),
    ),
    # registration and listed firms
    (
        "Indonesia requires prior registration for nickel ore exports",
        "",
        ("licensing", "ID", "*", False, "nickel", None),
    ),
    (
        "Myanmar limits rare earth exports to firms on an approved list",
        "",
        ("licensing", "MM", "*", False, "rare-earths", None),
    ),
    (
        "China publishes list of companies qualified to export antimony under state trading",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    # permits held by the site's builders
    (
        "Indonesia extends bauxite export permits for smelter developers to 2025",
        "",
        ("resuming", "ID", "*", False, "bauxite", None),
    ),
    # a time span after the place
    (
        "Copper ore export ban takes effect in Zambia three weeks early",
        "",
        ("suspended", "ZM", "*", False, "copper", None),
    ),
    # a review as the act's occasion; a measure under review
    (
        "UK adopts new steel safeguard quotas in its annual review",
        "",
        ("quota", "*", "GB", False, "steel", None),
    ),
    ("UK steel safeguard quotas under review", "", ("quota", "*", "GB", True, "steel", None)),
]
