"""Fresh phrasings of the kinds ``test_classifier_kinds_107.py`` fixed, with near misses,
written and labelled after the fixes and before the engine read them; the first-time count is
in that module's docstring. ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): the fixed kinds in other words, and near misses.
FRESH: list[Any] = [
    # a digest's market lines
    (
        "Aluminium firm | Vietnam hikes steel import duty to 20% | gold down",
        "",
        ("tariff", "*", "VN", False, "steel", 20),
    ),
    (
        "Nickel dips; Zimbabwe bans raw lithium exports; silver flat",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Silver rallies, Kazakhstan sets zinc export quota",
        "",
        ("quota", "KZ", "*", False, "zinc", None),
    ),
    (
        "Gold quiet | India cuts silver import duty to 6%",
        "",
        ("resuming", "*", "IN", False, "silver", None),
    ),
    ("Copper slips; tariffs loom; gold steady", "", None),
    # a question asking why, or with no verb, and its lede
    (
        "Why did Canada slap tariffs on Chinese steel?",
        "Canada imposed a 25% surtax on steel imports from China on Tuesday.",
        ("tariff", "CN", "CA", False, "steel", 25),
    ),
    (
        "Export ban on tin ore next?",
        "Indonesia banned exports of tin ore from Monday, the trade ministry said.",
        ("suspended", "ID", "*", False, "tin", None),
    ),
    (
        "Higher export tax on Peruvian copper?",
        "Peru raised its copper export tax to 8% on Friday.",
        ("tariff", "PE", "*", False, "copper", 8),
    ),
    (
        "Why did China ban gallium exports?",
        "China restricted gallium exports in 2023 to retaliate against US chip curbs.",
        None,
    ),
    (
        "What do Canada's steel tariffs mean for US mills?",
        "Canada imposed a 25% surtax on US steel on Tuesday.",
        None,
    ),
    # a verbless title's sides
    (
        "Vietnamese aluminium extrusions: 35% duty imposed, says Canberra",
        "",
        ("tariff", "VN", "AU", False, "aluminium", 35),
    ),
    # read right since as a plain case (``test_classifier_kinds_112.py``: "ban" after a place
    # with nothing or a participle after it is the measure's noun)
    ("Russian steel: EU ban confirmed", "", ("suspended", "RU", "EU", False, "steel", None)),
    (
        "Korean steel exempted from Canadian 25% surtax",
        "",
        ("resuming", "KR", "CA", False, "steel", None),
    ),
    (
        "Mexico spared from US 50% steel tariff",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    # near misses: a heading's count, a list, a flow's move before its flow
    ("Indonesia nickel export ban: what you need to know", "", None),
    ("China's rare earth controls: five charts", "", None),
    ("Nations that have banned bauxite exports", "", None),
    ("30% slump in nickel ore exports after Philippine ban", "", None),
    # a leader before a colon telling "will"; a capital's dated word decides
    (
        "Indonesia's President Prabowo: 'We will ban bauxite exports'",
        "",
        ("suspended", "ID", "*", True, "bauxite", None),
    ),
    (
        "Trump: we will put 100% tariffs on Brazilian copper",
        "",
        ("tariff", "BR", "US", True, "copper", 100),
    ),
    (
        "Jakarta: 'We will ban tin ore exports from January'",
        "",
        ("suspended", "ID", "*", False, "tin", None),
    ),
    ("Trump: tariffs on Chinese steel 'working'", "", None),
]
