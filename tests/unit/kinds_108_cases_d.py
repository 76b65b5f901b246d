"""A fresh batch of ``test_classifier_kinds_108.py``, written after the changes and labelled
before the engine read them: non-measures of the kinds the changes read (a quota's use, a
request received or filed, a firm asking for its own permit, buyers acting ahead of a measure,
measures on other goods and their parts, a retrospective's heading, a ban on a pastime, rights
to dig sold) and measures near them.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``, or ``None`` for no event.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): non-measures of the fixed kinds.
FRESH_NON_MEASURES: list[Any] = [
    ("Korea's steel quota uptake slows to 40% in third quarter", "", None),
    ("UK publishes steel safeguard quota usage data for third quarter", "", None),
    ("Congo: 75% of cobalt export allotment used by October", "", None),
    ("EU releases steel quota take-up figures for Vietnamese exporters", "", None),
    ("Brazilian steelmakers file petition to raise import tariffs on Chinese steel", "", None),
    ("Commerce receives request to extend copper tariff to wire and cable", "", None),
    (
        "Canadian tribunal accepts complaint to impose duties on Chinese aluminium extrusions",
        "",
        None,
    ),
    ("Indonesian smelter applies for nickel matte export permit", "", None),
    ("Lithium start-up seeks Chilean export licence for its first shipment", "", None),
    ("German refiner applied for licence to import Russian palladium, filings show", "", None),
    ("Traders stockpile tin ahead of Indonesian export ban", "", None),
    ("European buyers hoard tungsten ahead of Chinese export curbs", "", None),
    ("US fabricators rush to import aluminium ahead of tariff hike", "", None),
    ("Indian jewellers stock up on gold ahead of expected duty increase", "", None),
    ("China curbs exports of drone components; rare earth stocks rally", "", None),
    ("US bans exports of firearms to Cambodia; gold steady", "", None),
    ("EU tariffs on Chinese bicycle parts take effect; aluminium unaffected", "", None),
    ("Japan restricts exports of weapons parts weeks after copper price spike", "", None),
    ("Anniversary: five years of Indonesia's nickel ore export ban", "", None),
    ("Retrospective: the US steel tariffs of 2002", "", None),
    ("Zambia bans fishing on Lake Kariba; copper mines unaffected", "", None),
    ("Peru's Arequipa extends smoking ban to copper mine sites", "", None),
    ("Ghana opens gold mining licence tender for 20 blocks", "", None),
    ("Argentina's Salta launches lithium permit auction", "", None),
    ("Congo cobalt permit bidding round draws Chinese interest", "", None),
    ("Queensland opens copper exploration licence round", "", None),
]

#: (title, summary, want): measures near them.
FRESH_MEASURES: list[Any] = [
    ("EU cuts steel safeguard quotas by 15%", "", ("quota", "*", "EU", False, "steel", None)),
    (
        "Congo sets cobalt export quota at 96,600 tonnes for 2026",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Commerce grants petition, imposes duties on Vietnamese aluminium foil",
        "",
        ("tariff", "VN", "US", False, "aluminium", None),
    ),
    (
        "China requires exporters to apply for licences to ship graphite",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Myanmar bans tin exports ahead of election",
        "",
        ("suspended", "MM", "*", False, "tin", None),
    ),
    (
        "China bans exports of drone parts and rare earth magnets",
        "",
        ("suspended", "CN", "*", False, "rare-earths", None),
    ),
    (
        "US raises tariffs on steel parts and components to 50%",
        "",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "Anniversary: Indonesia extends nickel ore export ban",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Ghana bans gold exports by small-scale miners",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    (
        "India raises import duty on gold and silver to 15%",
        "",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
]
