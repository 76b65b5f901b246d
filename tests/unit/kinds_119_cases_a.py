"""Measures of ``test_classifier_kinds_119.py`` (kinds 1 to 3): an import measure naming a third
country only as its cause, a vague title whose lede tells the change to a measure, and
licensing written as a list change. Labelled before the engine read them; the first-time
counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): an import measure whose cause is a third country's dumping; the
#: origin is the country whose goods are charged (``*`` for imports in general, as the labelled
#: rhy-102 "Brazil hikes steel tariffs to curb Chinese imports" and rhs-192 read them).
THIRD_COUNTRY_CAUSE: list[Any] = [
    (
        "Mexico raises steel import tariffs over Chinese dumping",
        "Mexico's economy ministry raised tariffs on steel imports from countries without a trade agreement, citing a flood of cheap Chinese steel.",
        ("tariff", "*", "MX", False, "steel", None),
    ),
    (
        "Vietnam slaps safeguard duty on steel imports amid Chinese oversupply",
        "The Ministry of Industry and Trade set a provisional safeguard duty on imported hot-rolled coil as Chinese mills push surplus output abroad.",
        ("tariff", "*", "VN", False, "steel", None),
    ),
    (
        "Turkey hikes aluminium import duty to 15% to stem Chinese flood",
        "",
        ("tariff", "*", "TR", False, "aluminium", 15),
    ),
    (
        "South Africa raises import duty on flat steel to 10% over Chinese dumping",
        "",
        ("tariff", "*", "ZA", False, "steel", 10),
    ),
    (
        "US hits Vietnamese aluminium with duties over Chinese transshipment",
        "The Commerce Department said aluminium extrusions made in Vietnam from Chinese metal would pay the duties.",
        ("tariff", "VN", "US", False, "aluminium", None),
    ),
    (
        "India imposes anti-dumping duty on Indonesian stainless steel as Chinese mills shift output",
        "",
        ("tariff", "ID", "IN", False, "steel", None),
    ),
    (
        "Brazil raises tariff on imported copper products to 18% citing Chinese dumping",
        "",
        ("tariff", "*", "BR", False, "copper", 18),
    ),
    (
        "Indonesia sets safeguard duty on steel coil imports, blaming Chinese oversupply",
        "",
        ("tariff", "*", "ID", False, "steel", None),
    ),
]

#: (title, summary, want): a title naming a review of a measure whose lede says the measure
#: was changed: the change is the news.
LEDE_CHANGES_MEASURE: list[Any] = [
    (
        "EU revisits its steel safeguard",
        "The European Commission cut the steel safeguard's tariff-rate quotas by 15% from July 1, it said on Friday.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "UK reviews steel safeguard",
        "Britain extended the steel safeguard quotas for another year from July, the Department for Business and Trade said.",
        ("quota", "*", "GB", False, "steel", None),
    ),
    (
        "India re-examines anti-dumping duty on Chinese aluminium foil",
        "The finance ministry raised the anti-dumping duty on aluminium foil imported from China to $873 a tonne, a notification said.",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "South Africa reconsiders steel safeguard",
        "South Africa raised the safeguard duty on hot-rolled steel imports to 12%, effective immediately, the trade ministry said.",
        ("tariff", "*", "ZA", False, "steel", 12),
    ),
    (
        "Turkey reassesses aluminium safeguard measures",
        "Turkey's trade ministry cut the additional duty on aluminium imports under the safeguard to 5% from 10%.",
        ("resuming", "*", "TR", False, "aluminium", None),
    ),
    (
        "Commission reviews steel safeguard",
        "The European Commission on Monday reduced the quotas under its steel safeguard by 5% and tightened the cap on any single country's share.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Canada revisits steel tariff-rate quotas",
        "Canada lowered the tariff-rate quota on steel imports from non-free-trade partners to half of 2024 levels, the finance department said.",
        ("quota", "*", "CA", False, "steel", None),
    ),
    (
        "Vietnam reviews anti-dumping duties on Chinese steel",
        "Vietnam's trade ministry extended the anti-dumping duties on galvanized steel from China for five more years.",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
]

#: (title, summary, want): licensing told as a move between lists or as a licence required.
LIST_LICENSING: list[Any] = [
    (
        "India moves import of gold bars from 'free' to 'restricted'",
        "The Directorate General of Foreign Trade said imports of gold bars will now need a licence.",
        ("licensing", "*", "IN", False, "gold", None),
    ),
    (
        "Indonesia puts nickel ore on restricted export list",
        "",
        ("licensing", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines requires import licences for steel products",
        "",
        ("licensing", "*", "PH", False, "steel", None),
    ),
    (
        "Zimbabwe says only approved exporters may ship lithium concentrate",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "DGFT shifts silver jewellery imports to restricted category",
        "",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    (
        "Kazakhstan adds tungsten to list of goods needing export licence",
        "",
        ("licensing", "KZ", "*", False, "tungsten", None),
    ),
    (
        "Vietnam places rare earth exports under licensing regime",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Malaysia makes aluminium scrap imports subject to permits",
        "",
        ("licensing", "*", "MY", False, "aluminium", None),
    ),
]
