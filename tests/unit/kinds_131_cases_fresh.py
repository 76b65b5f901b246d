"""A fresh batch of ``test_classifier_kinds_131.py``'s two kinds, written after the engine's
changes for them: other countries, metals and verbs, and near misses the changes could take
wrongly (goods named by their country before a purpose clause, a ban with a purpose of its own,
a lede naming the goods' countries in a list). Labelled and committed before the engine read
them; the first reading is in that module's docstring. Labels follow the tests' watch list
(``test_classifier.METALS``) and docs/STATUSES.md (a country named only as an import measure's
cause takes no side; a raise is a ``tariff`` at its new rate).

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): ledes of cause, near misses.
FRESH: list[Any] = [
    # near misses of a purpose clause: the goods named by their country (the purpose clause's
    # own kind withdrawn as a label dispute: see test_classifier_kinds_131.py)
    (
        "Vietnam raises tariffs on Chinese steel to curb transshipment",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Japan bans Russian aluminium imports to curb Moscow's war funding",
        "",
        ("suspended", "RU", "JP", False, "aluminium", None),
    ),
    (
        "Mexico imposes tariffs on steel from China to curb imports",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    # kind 2: a lede telling only the cause, its countries listed
    (
        "Ecuador raises steel import tariffs",
        "The government acted to shield local producers from a wave of cheap steel from China, "
        "Vietnam and India.",
        ("tariff", "*", "EC", False, "steel", None),
    ),
    # kind 2's near miss: the lede names the goods' countries
    (
        "Morocco hikes aluminium import duty",
        "The duty now applies to aluminium imports from China and Turkey.",
        ("tariff", "CN", "MA", False, "aluminium", None),
    ),
]

#: A second fresh batch, of kind 3 (a title naming no side nor flow whose lede gives the
#: corridor), written after that kind's change; labelled and committed before the engine read
#: them.
FRESH_LEDE_FLOW: list[Any] = [
    (
        "New ban announced on palladium",
        "Britain on Thursday banned imports of Russian palladium.",
        ("suspended", "RU", "GB", False, "palladium", None),
    ),
    (
        "Ban imposed on tin",
        "India has banned imports of Myanmar tin with immediate effect.",
        ("suspended", "MM", "IN", False, "tin", None),
    ),
    (
        "Fresh bans on steel",
        "Switzerland banned imports of Russian steel products on Wednesday.",
        ("suspended", "RU", "CH", False, "steel", None),
    ),
    (
        "Ban issued on copper and aluminium",
        "The UK issued a ban aimed at cutting Russia's earnings from its exports of copper and "
        "aluminium.",
        ("suspended", "RU", "GB", False, "aluminium copper", None),
    ),
    # near misses: the lede tells an export measure
    (
        "New ban on lithium",
        "Zimbabwe banned exports of raw lithium ore.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Ban issued on gold",
        "Ghana banned exports of unrefined gold by small-scale miners.",
        ("suspended", "GH", "*", False, "gold", None),
    ),
]
