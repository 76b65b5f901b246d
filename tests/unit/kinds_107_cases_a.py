"""Kind 1 of ``test_classifier_kinds_107.py``: quotes as titles, colon-led attributions and
outlets' labels ("Exclusive:", "Breaking:", "Factbox:", "Explainer:", "Analysis:", "Opinion:"),
labelled before the engine read them; the kinds, first-time counts and fixes are in that
module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)`` or ``None`` for no event.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 1, quotes, attributions and labels.
QUOTED: list[Any] = [
    # a quote as the title, its speaker after it
    (
        "'We will halt nickel ore exports from January', says minister",
        "Indonesia's energy and mining minister said the halt would protect domestic smelters.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "'We will halt nickel ore exports from January,' Philippine minister says",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "'We are lifting the ban on copper concentrate exports', Zambian minister says",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Trump: 'We will put a 200% tariff on Chinese antimony'",
        "",
        ("tariff", "CN", "US", True, "antimony", 200),
    ),
    # a colon-led attribution: a capital, a ministry or an agency
    (
        "Beijing: gallium export licences now required",
        "",
        ("licensing", "CN", "*", False, "gallium", None),
    ),
    (
        "Jakarta: bauxite export ban takes effect Saturday",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "MOFCOM: export controls on antimony to take effect Sept 15",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "USTR: 25% tariffs on Chinese tungsten to start Jan 1",
        "",
        ("tariff", "CN", "US", False, "tungsten", 25),
    ),
    (
        "Ottawa: 25% surtax on US steel in force from Friday",
        "",
        ("tariff", "US", "CA", False, "steel", 25),
    ),
    (
        "Kinshasa: cobalt export quota set at 96,600 tonnes for 2026",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Bolivia's minister: 'From March, lithium exports need a state licence'",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    # a news label before the act
    (
        "Exclusive: Congo suspends cobalt exports for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Breaking: US doubles steel tariffs to 50%",
        "",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "EXCLUSIVE-Zimbabwe bans lithium ore exports",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Exclusive: India set to impose 12% safeguard duty on steel imports, sources say",
        "",
        ("tariff", "*", "IN", True, "steel", 12),
    ),
    (
        "Exclusive: EU weighs tariffs on Russian aluminium, sources say",
        "",
        ("tariff", "RU", "EU", True, "aluminium", None),
    ),
    # an explainer's or a factbox's label before an act: the act stands
    (
        "Factbox: China bans gallium, germanium exports to the US",
        "",
        ("suspended", "CN", "US", False, "gallium germanium", None),
    ),
    (
        "Explainer: Malaysia bans rare earth exports",
        "The ban covers unprocessed rare earths and takes effect immediately.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    # near misses: an explainer or a factbox about a measure named by its noun, an analysis or
    # an opinion whatever its tail, a quote that is a view, a firm's act, market news, talks
    ("Explainer: What China's gallium export controls mean for chipmakers", "", None),
    ("Factbox: Countries that have banned nickel ore exports", "", None),
    ("Factbox: How Beijing's rare earth licensing works", "", None),
    ("Explainer: Who pays the 50% US copper tariff?", "", None),
    ("Analysis: Indonesia's nickel ore ban has reshaped the market", "", None),
    ("Analysis: Why Washington doubled aluminium tariffs", "", None),
    ("Analysis: Congo extends cobalt export ban - and prices may not care", "", None),
    ("Opinion: US steel tariffs are a tax on American manufacturers", "", None),
    ("Opinion: Chile should impose a copper export tax", "", None),
    ("'Tariffs are a tax on consumers', says steel CEO", "", None),
    ("Minister: 'No plans to ban nickel exports'", "", None),
    ("Jakarta: smelter output to rise 10% this year", "", None),
    ("USTR: talks with Japan on steel tariffs to resume next week", "", None),
    ("Exclusive: Glencore weighs halting cobalt exports from Congo mine", "", None),
    ("Exclusive: Rio Tinto to halt bauxite shipments from Guinea mine", "", None),
    ("Breaking: Copper hits record high", "", None),
    ("MOFCOM: China opposes US tariffs on steel", "", None),
    # a measure kept unchanged is a measure held (``tests/unit/data/paraphrases.toml``: "No
    # change to Indonesian nickel ore export ban - ministry"): labelled no event before the
    # first run, put right after it; no ministry's country is named
    ("Ministry: no change to nickel export tax", "", ("tariff", "*", "*", False, "nickel", None)),
]
