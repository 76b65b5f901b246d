"""Measures of ``test_classifier_kinds_115.py`` (the first 30): metals trade measures made up in
the styles of outlets outside the big Anglo-American wires (Chinese state media in English, the
Indian, South-East Asian and African press) and official notice titles. Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures in Chinese, Indian, South-East Asian and African styles.
MEASURES: list[Any] = [
    # Chinese state media in English
    (
        "China's MOFCOM announces export control on antimony items",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Relevant items subject to export control as of Dec 1",
        "BEIJING, Nov. 9 (Xinhua) -- China's Ministry of Commerce said Sunday that relevant graphite anode materials will be subject to export control as of Dec. 1.",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "China lifts ban on export of gallium, germanium to US",
        "",
        ("resuming", "CN", "US", False, "gallium germanium", None),
    ),
    (
        "China imposes anti-dumping duties on stainless steel imports from EU, Japan",
        "",
        ("tariff", "EU", "CN", False, "steel", None),
    ),
    (
        "MOFCOM: tungsten, bismuth items to be placed under export control",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "China suspends implementation of rare earth export control measures for one year",
        "",
        ("resuming", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Chinese commerce ministry bans dual-use items exports to US, including gallium",
        "",
        ("suspended", "CN", "US", False, "gallium", None),
    ),
    (
        "China to levy 6% tariff on copper concentrate imports, GT learns",
        "",
        ("tariff", "*", "CN", False, "copper", 6),
    ),
    # Indian press
    (
        "Govt imposes anti-dumping duty on aluminium foil from China for 5 yrs",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Centre hikes import duty on gold to 15 pc",
        "",
        ("tariff", "*", "*", False, "gold", 15),
    ),
    (
        "India slaps 12% safeguard duty on certain steel products for 200 days",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    (
        "Finance ministry imposes countervailing duty on copper tubes from Vietnam",
        "NEW DELHI (PTI) - The finance ministry has imposed a countervailing duty on copper tubes and pipes imported from Vietnam for five years, according to a notification.",
        ("tariff", "VN", "IN", False, "copper", None),
    ),
    (
        "Govt cuts customs duty on silver to 6 pc",
        "",
        ("resuming", "*", "*", False, "silver", None),
    ),
    (
        "India restricts import of gold jewellery from Indonesia",
        "",
        ("licensing", "ID", "IN", False, "gold", None),
    ),
    (
        "India extends anti-dumping duty on Chinese zinc oxide by one more year",
        "",
        ("tariff", "CN", "IN", False, "zinc", None),
    ),
    (
        "DGFT puts import of platinum alloy under 'restricted' category",
        "",
        ("licensing", "*", "IN", False, "platinum", None),
    ),
    # Indonesian, Philippine and Malaysian press
    (
        "Govt to stop raw bauxite exports from June",
        "JAKARTA (Antara) - The Indonesian government will stop exports of raw bauxite ore from June this year to push downstream processing.",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Jokowi announces ban on bauxite ore exports",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Indonesia mulls export tax on nickel pig iron",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Philippine senate bill seeks ban on raw nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Indonesia allows Freeport to export copper concentrate until December",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    (
        "Malaysia bans export of rare earth raw materials",
        "",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Indonesia plans to ban tin ingot exports",
        "",
        ("suspended", "ID", "*", True, "tin", None),
    ),
    # African press
    (
        "Govt bans export of raw lithium ore",
        "HARARE - Zimbabwe has banned the export of raw lithium ore with immediate effect, Mines minister said on Wednesday.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "DRC suspends cobalt exports for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Congo replaces cobalt export ban with quotas",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "South Africa to impose export tax on copper and aluminium scrap",
        "",
        ("tariff", "ZA", "*", False, "copper aluminium", None),
    ),
    (
        "Zimbabwe to ban lithium concentrate exports from 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Ghana restricts gold exports to state-owned GoldBod",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "Zambia imposes 10% export duty on manganese ore and copper concentrates",
        "",
        ("tariff", "ZM", "*", False, "copper", 10),
    ),
]
