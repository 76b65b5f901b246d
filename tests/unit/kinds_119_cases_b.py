"""Measures of ``test_classifier_kinds_119.py`` (kinds 4 to 6): a government telling its own
state firm to act, a leader named by a name the gazetteer does not know after a country's
possessive, and two kinds the learned event gate vetoed (a firm's goods caught by a measure, a
leader's warning of a measure decided). Labelled before the engine read them; the first-time
counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): a government orders or asks its own state firm to stop or restart
#: a flow: the government's measure.
STATE_FIRM_TOLD: list[Any] = [
    (
        "Zambia orders state miner to halt cobalt exports",
        "",
        ("suspended", "ZM", "*", False, "cobalt", None),
    ),
    (
        "Congo asks state miner Gecamines to stop copper shipments to China",
        "",
        ("suspended", "CD", "CN", False, "copper", None),
    ),
    (
        "Indonesia tells state smelter to suspend nickel exports",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Kazakhstan orders state tungsten producer to stop exports to US",
        "",
        ("suspended", "KZ", "US", False, "tungsten", None),
    ),
    (
        "Bolivia instructs state lithium firm YLB to halt lithium exports",
        "",
        ("suspended", "BO", "*", False, "lithium", None),
    ),
    (
        "Russia orders state-owned producer to stop platinum exports to the EU",
        "",
        ("suspended", "RU", "EU", False, "platinum", None),
    ),
    (
        "Mongolia orders state miner Erdenes to halt copper exports",
        "",
        ("suspended", "MN", "*", False, "copper", None),
    ),
    (
        "Peru asks state refiner to resume zinc exports",
        "",
        ("resuming", "PE", "*", False, "zinc", None),
    ),
]

#: (title, summary, want): "<Country>'s <Name>" acting: the country's measure.
LEADER_BY_NAME: list[Any] = [
    (
        "Mexico's Lopez Obrador imposes tariffs on Chinese steel",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Brazil's Lula raises aluminium import tariff to 25%",
        "",
        ("tariff", "*", "BR", False, "aluminium", 25),
    ),
    (
        "Indonesia's Prabowo bans bauxite exports",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Chile's Boric slaps export tax on copper concentrate",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "South Africa's Ramaphosa imposes export duty on scrap steel",
        "",
        ("tariff", "ZA", "*", False, "steel", None),
    ),
    (
        "Zimbabwe's Mnangagwa bans raw lithium exports",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Argentina's Milei scraps export duties on copper",
        "",
        ("resuming", "AR", "*", False, "copper", None),
    ),
    (
        "Philippines' Marcos bans nickel ore exports",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
]

#: (title, summary, want): the two kinds the learned gate vetoed: a firm's goods caught by or
#: facing a measure, and a leader's warning of a measure in force or decided.
GATE_VETOED: list[Any] = [
    (
        "Glencore's copper cargoes caught by China's new import tariff",
        "",
        ("tariff", "*", "CN", False, "copper", None),
    ),
    (
        "South32's aluminium shipments to US hit by 50% tariffs",
        "",
        ("tariff", "*", "US", False, "aluminium", 50),
    ),
    (
        "Hindalco's aluminium exports caught by new EU duties",
        "",
        ("tariff", "IN", "EU", False, "aluminium", None),
    ),
    (
        "Anglo American's platinum shipments caught in US tariff net",
        "",
        ("tariff", "*", "US", False, "platinum", None),
    ),
    (
        "Trump warns Canada's aluminium will face 25% tariffs from Monday",
        "",
        ("tariff", "CA", "US", False, "aluminium", 25),
    ),
    (
        "Trump warns EU steel now faces 50% tariffs",
        "",
        ("tariff", "EU", "US", False, "steel", 50),
    ),
    (  # a strict xfail (the gate vetoed it at 9.0%) until classifier_gate_spared (kinds 123)
        "Trump warns Mexico's steel faces 25% tariffs starting today",
        "",
        ("tariff", "MX", "US", False, "steel", 25),
    ),
    (
        "Xi warns US that gallium exports are now banned",
        "",
        ("suspended", "CN", "US", False, "gallium", None),
    ),
]
