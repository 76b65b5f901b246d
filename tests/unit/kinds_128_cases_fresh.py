"""A fresh batch of ``test_classifier_kinds_128.py``'s three kinds, written after the engine's
changes for them: other countries, metals and verbs, and near misses the changes could take
wrongly (a market "hits" a high "with" countermeasures talked of, a stop verb on goods told by
where they were smelted, a charge only talked of or a company's). Labelled and committed before
the engine read them; the first reading is in that module's docstring. Labels follow the tests'
watch list (``test_classifier.METALS``) and docs/STATUSES.md (a raise is a ``tariff`` at its
new rate, a levy scrapped ``resuming``, a measure weighed proposed).

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): countermeasures, goods told by their making, charges, near misses.
FRESH: list[Any] = [
    # kind 1: countermeasures with a rate, or struck "with"
    (
        "South Korea hits U.S. aluminium with 15% countermeasures",
        "",
        ("tariff", "US", "KR", False, "aluminium", 15),
    ),
    (
        "Norway strikes EU steel with countermeasures",
        "",
        ("tariff", "EU", "NO", False, "steel", None),
    ),
    (
        "U.K. weighs 10% countermeasures on U.S. steel",
        "",
        ("tariff", "US", "GB", True, "steel", 10),
    ),
    ("Copper hits two-week high with countermeasures talk fading", "", None),
    ("Hit by U.S. tariffs, Vietnam steel mills seek countermeasures", "", None),
    # kind 2: a ban's goods told by their making
    (
        "Norway bans aluminium produced from Russian alumina in other countries",
        "",
        ("suspended", "RU", "NO", False, "aluminium", None),
    ),
    (
        "New Zealand bars copper smelted from Russian ore",
        "",
        ("suspended", "RU", "NZ", False, "copper", None),
    ),
    (
        "Canada bans steel manufactured with Belarusian iron",
        "",
        ("suspended", "BY", "CA", False, "steel", None),
    ),
    ("Outage halts zinc produced at Peruvian smelter", "", None),
    ("Fire halts copper smelted in Zambia", "", None),
    # kind 3: a levy called a charge
    (
        "Mexico's customs charge on steel imports starts",
        "",
        ("tariff", "*", "MX", False, "steel", None),
    ),
    (
        "Brazil doubles import charge on Chinese aluminium to 20%",
        "",
        ("tariff", "CN", "BR", False, "aluminium", 20),
    ),
    (
        "Philippines scraps export charge on nickel ore",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    ("Alcoa books $300 million charge on Spanish smelter", "", None),
    ("Miners say export charge on copper would hurt investment", "", None),
]
