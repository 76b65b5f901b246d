"""A fresh batch of ``test_classifier_kinds_114.py``, written after the changes of its round:
11 measures of the kinds fixed there in new words, and 9 non-measures near them. Labelled and
committed before the engine read them; the first reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures.
FRESH_MEASURES: list[Any] = [
    (
        "Vietnam renews 10% safeguard duty on steel billets",
        "",
        ("tariff", "*", "VN", False, "steel", 10),
    ),
    (
        "Turkey keeps 20 percent safeguard tariff on steel imports for another year",
        "",
        ("tariff", "*", "TR", False, "steel", 20),
    ),
    (
        "Copper cathodes to stay duty-free in Japan for two more years",
        "",
        ("resuming", "*", "JP", False, "copper", None),
    ),
    (
        "Moroccan steel keeps duty-free entry to EU until 2027",
        "",
        ("resuming", "MA", "EU", False, "steel", None),
    ),
    (
        "Nickel ore export quotas put on hold by the Philippines",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    (
        "Cobalt export curbs placed on hold for six months by Kinshasa",
        "",
        ("resuming", "CD", "*", False, "cobalt", None),
    ),
    (
        "Lithium export levy under review in Zimbabwe",
        "",
        ("tariff", "ZW", "*", True, "lithium", None),
    ),
    ("Copper export tax under study in Chile", "", ("tariff", "CL", "*", True, "copper", None)),
    (
        "Proclamation adjusts imports of copper into the United States",
        "",
        ("tariff", "*", "US", False, "copper", None),
    ),
    (
        "Nickel and cobalt left out of Indonesia's new export levy",
        "",
        ("resuming", "ID", "*", False, "nickel cobalt", None),
    ),
    (
        "White House called on USTR to raise tariffs on Chinese steel",
        "",
        ("tariff", "CN", "US", True, "steel", None),
    ),
]

#: (title, summary, want): non-measures.
FRESH_NON_MEASURES: list[Any] = [
    ("Aluminium smelter expansion put on hold by Rio Tinto", "", None),
    ("Copper mine project under consideration in Peru", "", None),
    ("Duty-free shops in India see gold sales rise", "", None),
    ("Gold left out of central bank's reserve plan", "", None),
    ("Lawmakers called on Commerce to impose tariffs on Chinese aluminium", "", None),
    ("Proclamation marks steel industry anniversary", "", None),
    ("Copper tariff talks put on hold as US, Chile trade accusations", "", None),
    ("Nickel price under pressure in Indonesia", "", None),
    ("Trade ministers called on to settle steel dispute", "", None),
]
