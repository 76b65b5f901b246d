"""A third batch of ``test_classifier_kinds_106.py``: fresh phrasings of the kinds fixed after
the first reading, with near misses that must stay as they are, written after the fixes and
labelled before the engine read them (the first-time count is in that module's docstring).
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): the fixed kinds in other words, and their near misses.
FRESH: list[Any] = [
    # the sellers a measure hits, the importers it names
    (
        "Korean steel exporters hit with new Canadian anti-dumping duties",
        "",
        ("tariff", "KR", "CA", False, "steel", None),
    ),
    (
        "Thai aluminium makers struck by Indian countervailing duties",
        "",
        ("tariff", "TH", "IN", False, "aluminium", None),
    ),
    (
        "Russian aluminium smelters face higher US tariffs",
        "",
        ("tariff", "RU", "US", False, "aluminium", None),
    ),
    (
        "Copper importers in Japan face new 5% tariff",
        "",
        ("tariff", "*", "JP", False, "copper", 5),
    ),
    (
        "Indian steel importers to pay safeguard duty from next month",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    ("Chinese steel exporters shift to Vietnam as US tariffs bite", "", None),
    ("Indian steel importers seek relief from safeguard duty", "", None),
    # a vague title, the lede telling a government's act on a trade remedy
    (
        "Tariff board publishes its decision",
        "South Africa has extended anti-dumping duties on aluminium foil from China for five "
        "years.",
        ("tariff", "CN", "ZA", False, "aluminium", None),
    ),
    (
        "Ministry update on steel imports",
        "Indonesia has renewed its safeguard duty on imported steel coil.",
        # a steel safeguard renewed is its tariff-rate quota (docs/STATUSES.md)
        ("quota", "*", "ID", False, "steel", None),
    ),
    (
        "Notice of orders",
        "The US Commerce Department has issued antidumping duty orders on aluminum wire and "
        "cable from China.",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    (
        "Steel outlook for the quarter",
        "Analysts said the anti-dumping duties India extended last year have supported domestic "
        "steel prices.",
        None,
    ),
    # who decided the measure, after a comma
    (
        "Stainless steel imports to carry 18% anti-dumping duty, Malaysian trade ministry rules",
        "",
        ("tariff", "*", "MY", False, "steel", 18),
    ),
    ("Steel tariffs, jobs and the midterms, analyst says", "", None),
    # a lede's list of goods that reaches a metal
    (
        "Britain eases Myanmar restrictions",
        "The UK has lifted sanctions on Myanmar's timber, gems and gold trade.",
        ("resuming", "MM", "GB", False, "gold", None),
    ),
    (
        "Ottawa widens its measures",
        "Canada has imposed sanctions on Russia's oil, gas and fertiliser exports.",
        None,
    ),
    # the earlier measures a new one replaces
    (
        "Ankara publishes new steel quota volumes",
        "Turkey has set new quotas for hot-rolled steel imports that replace those that expired "
        "in June.",
        ("quota", "*", "TR", False, "steel", None),
    ),
    # an investigation concluded, its lede telling the duties
    (
        "EU concludes anti-dumping probe into Chinese aluminium extrusions",
        "The European Commission has imposed definitive duties of up to 32% on aluminium "
        "extrusions from China.",
        ("tariff", "CN", "EU", False, "aluminium", 32),
    ),
    (
        "India concludes hearing in anti-dumping probe on Chinese steel",
        "The directorate will issue its final findings within three months.",
        None,
    ),
    (
        "Brazil launches anti-dumping probe into Chinese steel",
        "Duties could be imposed if dumping is found.",
        None,
    ),
    # assets offered to trade on a measure
    ("Copper stocks that could gain from Trump's planned tariffs", "", None),
]
