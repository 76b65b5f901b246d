"""Measures of ``test_classifier_kinds_121.py``, third group: metals named through products
("steel pipes", "aluminium foil", "copper cathodes", "ferronickel", "nickel pig iron",
"rare-earth magnets", "lithium hydroxide", "tinplate steel", "zinc concentrate", scrap), beside
words that are no metal ("silver lining", "golden", "iron out", "Tin Can Island", "lead to",
"lead times"). Labelled before the engine read them; the first-time counts and changes are in
that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
A product names its metal (ferronickel and nickel pig iron: nickel; tinplate steel: steel).
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures whose metal is named through a product, or beside a word
#: that is no metal.
PRODUCTS: list[Any] = [
    (
        "US raises duties on Mexican steel pipes to 35%",
        "",
        ("tariff", "MX", "US", False, "steel", 35),
    ),
    (
        "India imposes anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "China scraps import duties on copper cathodes from Zambia",
        "",
        ("resuming", "ZM", "CN", False, "copper", None),
    ),
    (
        "Indonesia bans exports of nickel pig iron",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Philippines imposes export tax on ferronickel",
        "",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "China restricts exports of rare-earth magnets",
        "Shipments will need export licences from the commerce ministry, it said on Thursday.",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "US raises tariffs on Chinese lithium hydroxide to 25%",
        "",
        ("tariff", "CN", "US", False, "lithium", 25),
    ),
    (
        "Canada imposes provisional duties on tinplate steel from China",
        "",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "Peru raises export tax on zinc concentrate",
        "",
        ("tariff", "PE", "*", False, "zinc", None),
    ),
    (
        "Vietnam bans steel scrap exports",
        "",
        ("suspended", "VN", "*", False, "steel", None),
    ),
    (
        "Malaysia bans exports of copper scrap",
        "",
        ("suspended", "MY", "*", False, "copper", None),
    ),
    (
        "Korea imposes anti-dumping duties on Japanese stainless steel bars",
        "",
        ("tariff", "JP", "KR", False, "steel", None),
    ),
    (
        "Silver lining for exporters as Peru scraps copper export tax",
        "",
        ("resuming", "PE", "*", False, "copper", None),
    ),
    (
        "Guinea bans bauxite exports in 'golden' bid to build refineries",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Brazil raises copper wire tariffs as officials iron out trade rules",
        "",
        ("tariff", "*", "BR", False, "copper", None),
    ),
    (
        "Nigeria bans aluminium ingot exports through Tin Can Island port",
        "",
        ("suspended", "NG", "*", False, "aluminium", None),
    ),
    (
        "Colombia raises steel import tariffs, a move that could lead to higher prices",
        "",
        ("tariff", "*", "CO", False, "steel", None),
    ),
    (
        "Chile requires export licences for lithium carbonate, lengthening lead times",
        "",
        ("licensing", "CL", "*", False, "lithium", None),
    ),
    (
        "Thailand imposes AD duties on cold-rolled stainless steel coils from China, Taiwan",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Bolivia bans tin concentrate exports",
        "",
        ("suspended", "BO", "*", False, "tin", None),
    ),
    (
        "Kazakhstan bans exports of lead and zinc concentrates",
        "",
        ("suspended", "KZ", "*", False, "lead zinc", None),
    ),
    (
        "Congo suspends cobalt hydroxide exports",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Australia imposes dumping duties on Chinese aluminium road wheels",
        "",
        ("tariff", "CN", "AU", False, "aluminium", None),
    ),
    (
        "Pakistan raises regulatory duty on copper cathodes and wire",
        "",
        ("tariff", "*", "PK", False, "copper", None),
    ),
    (
        "Indonesia bans exports of tin ingots below 99.9% purity",
        "",
        ("suspended", "ID", "*", False, "tin", None),
    ),
    (
        "China places export controls on graphite anode material",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Zimbabwe bans platinum group metal concentrate exports",
        "",
        ("suspended", "ZW", "*", False, "platinum", None),
    ),
    (
        "Russia sets quota on exports of aluminium scrap",
        "",
        ("quota", "RU", "*", False, "aluminium", None),
    ),
    (
        "Ukraine raises export duty on copper and aluminium scrap",
        "",
        ("tariff", "UA", "*", False, "copper aluminium", None),
    ),
    (
        "Silver producers unfazed as Mexico raises tariffs on Chinese steel",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
]
