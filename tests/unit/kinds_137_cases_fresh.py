"""A fresh batch of ``test_classifier_kinds_137.py``'s kinds, written after the engine's changes
and committed before the engine read them (its first reading is in that module's docstring)."""

from __future__ import annotations

from typing import Any

FRESH: list[Any] = [
    (
        "U.S. to let 250,000 tonnes of Canadian aluminium in duty-free from August 1",
        "",
        ("quota", "CA", "US", False, "aluminium", None),
    ),
    (
        "EU to let 1.5 million tonnes of Ukrainian steel in duty free",
        "",
        ("quota", "UA", "EU", False, "steel", None),
    ),
    (
        "Japan to let 100,000 tons of Indian steel in tariff free",
        "",
        ("quota", "IN", "JP", False, "steel", None),
    ),
    (
        "U.S., Mexico agree to ease Section 232 steel tariffs under quota deal",
        "",
        ("quota", "MX", "US", False, "steel", None),
    ),
    (
        "Mongolia phases out raw copper concentrate exports",
        "",
        ("suspended", "MN", "*", False, "copper", None),
    ),
    (
        "Indonesian parliament approves bill phasing out tin ore exports",
        "",
        ("suspended", "ID", "*", True, "tin", None),
    ),
    (
        "Zimbabwe to phase out lithium ore export ban",
        "",
        ("resuming", "ZW", "*", False, "lithium", None),
    ),
    (
        "Vietnam orders provisional levies of 21% on aluminium from China",
        "",
        ("tariff", "CN", "VN", False, "aluminium", 21),
    ),
    (
        "Indonesia imposes fees of 10% on Chinese steel",
        "",
        ("tariff", "CN", "ID", False, "steel", 10),
    ),
    ("Steelmakers pay levies of 2% on profits to fund training", "", None),
]
