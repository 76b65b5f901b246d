"""A fresh batch of ``test_classifier_kinds_119.py``: the six kinds in new words, written after
the changes and labelled and committed before the engine read them (the first reading is in
that module's docstring).

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures of the six kinds.
FRESH_MEASURES: list[Any] = [
    (
        "Colombia increases steel import tariff to 30% amid Chinese glut",
        "",
        ("tariff", "*", "CO", False, "steel", 30),
    ),
    (
        "Thailand slaps duties on Malaysian steel wire over Chinese transshipment",
        "",
        ("tariff", "MY", "TH", False, "steel", None),
    ),
    (
        "EU reassesses aluminium anti-dumping duties on China",
        "The European Commission extended the anti-dumping duties on aluminium foil from China for another five years.",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Britain revisits steel safeguard",
        "The UK cut its steel safeguard quotas by 10% from October, the trade department said.",
        ("quota", "*", "GB", False, "steel", None),
    ),
    (
        "Egypt orders state refinery to halt gold exports",
        "",
        ("suspended", "EG", "*", False, "gold", None),
    ),
    (
        "Mali tells state gold company to stop exports",
        "",
        ("suspended", "ML", "*", False, "gold", None),
    ),
    (
        "Ecuador's Noboa bans gold exports",
        "",
        ("suspended", "EC", "*", False, "gold", None),
    ),
    (
        "Colombia's Petro slaps export tax on coal and gold",
        "",
        ("tariff", "CO", "*", False, "gold", None),
    ),
    (
        "Kenya's Ruto imposes import duty on steel products",
        "",
        ("tariff", "*", "KE", False, "steel", None),
    ),
    (
        "Vale's nickel shipments caught by new Canadian tariffs",
        "",
        ("tariff", "BR", "CA", False, "nickel", None),
    ),
    (  # a strict xfail (the gate vetoed it at 9.95%) until classifier_gate_spared (kinds 123)
        "Trump warns Vietnam's aluminium faces 40% tariffs from next week",
        "",
        ("tariff", "VN", "US", False, "aluminium", 40),
    ),
    (
        "Mongolia puts copper concentrate on export licensing list",
        "",
        ("licensing", "MN", "*", False, "copper", None),
    ),
]

#: (title, summary, want): non-measures near the six kinds.
FRESH_NON_MEASURES: list[Any] = [
    ("Colombian steelmakers seek tariffs over Chinese dumping", "", None),
    (
        "Britain revisits steel safeguard",
        "The Trade Remedies Authority opened a review and will report in the spring.",
        None,
    ),
    ("Egypt's state miner halts gold exports for maintenance", "", None),
    ("Kenya's Ruto praises steel import duty", "", None),
]
