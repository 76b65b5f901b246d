"""Cases of ``test_classifier_kinds_69.py`` (SANCTIONS), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: (title, summary, want): sanctions on a country's metal
SANCTIONS: list[tuple[str, str, Want] | object] = [
    (
        "LME bans new Russian aluminium, copper and nickel from its warehouses",
        "",
        ("suspended", "RU", "*", False),
    ),
    (
        "UK bans imports of Russian aluminium, copper and nickel",
        "",
        ("suspended", "RU", "GB", False),
    ),
    (
        "EU adopts sanctions package banning imports of Russian primary aluminium",
        "",
        ("suspended", "RU", "EU", False),
    ),
    ("US bans imports of Russian aluminum, copper, nickel", "", ("suspended", "RU", "US", False)),
    ("Japan bans imports of Russian gold", "", ("suspended", "RU", "JP", False)),
    (
        "Canada prohibits imports of Russian aluminum and steel products",
        "",
        ("suspended", "RU", "CA", False),
    ),
    ("CME halts deliveries of Russian-origin metal", "", None),
    (
        "EU phases in ban on Russian aluminium imports over 12 months",
        "",
        ("suspended", "RU", "EU", False),
    ),
    ("Switzerland adopts EU ban on Russian steel imports", "", ("suspended", "RU", "CH", False)),
    ("US sanctions Venezuela's state gold miner", "", ("suspended", "VE", "US", False)),
    ("EU bans imports of Belarusian steel and potash", "", ("suspended", "BY", "EU", False)),
]
