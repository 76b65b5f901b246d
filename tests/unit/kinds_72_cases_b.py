"""Cases of ``test_classifier_kinds_72.py`` (GOODS, SHIPPED_GOODS), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: GOODS, continued.
GOODS_2: list[tuple[str, str, Want, frozenset[str]]] = [
    (
        "Vietnam imposes duties on zinc-aluminium coated steel from Korea",
        "",
        ("tariff", "KR", "VN", False),
        frozenset({"steel"}),
    ),
    (
        "Canada imposes duties on tin mill steel from Germany and China",
        "",
        ("tariff", "DE", "CA", False),
        frozenset({"steel"}),
    ),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    (
        "China imposes export licences on lithium carbonate",
        "",
        ("licensing", "CN", "*", False),
        frozenset({"lithium"}),
    ),
    (
        "Congo suspends exports of cobalt hydroxide",
        "",
        ("suspended", "CD", "*", False),
        frozenset({"cobalt"}),
    ),
    (
        "EU imposes export licences on aluminium scrap",
        "",
        ("licensing", "EU", "*", False),
        frozenset({"aluminium"}),
    ),
    (
        "Indonesia bans exports of zinc concentrate",
        "",
        ("suspended", "ID", "*", False),
        frozenset({"zinc"}),
    ),
    (
        "Peru imposes export tax on gold dore",
        "",
        ("tariff", "PE", "*", False),
        frozenset({"gold"}),
    ),
    (
        "India imposes duty on ferro-nickel imports from Indonesia",
        "",
        ("tariff", "ID", "IN", False),
        frozenset({"nickel"}),
    ),
    (
        "US imposes tariffs on Chinese graphite anode material",
        "",
        ("tariff", "CN", "US", False),
        frozenset({"graphite"}),
    ),
]


#: (title, summary, want, metals): kind 6 read with the shipped config's metals, whose aliases
#: name a product only a trade name tells ("NdFeB" magnets are rare earths): the engine reads
#: metals by their names and aliases, never by a table of its own, so the first case (the
#: tests' watch list has no such alias) read no event until the shipped aliases named it.
SHIPPED_GOODS: list[tuple[str, str, Want, frozenset[str]]] = [
    (
        "US bans imports of Chinese NdFeB magnets",
        "",
        ("suspended", "CN", "US", False),
        frozenset({"rare-earths"}),
    ),
    (
        "Japan imposes anti-dumping duties on Chinese NdFeB permanent magnets",
        "",
        ("tariff", "CN", "JP", False),
        frozenset({"rare-earths"}),
    ),
]
