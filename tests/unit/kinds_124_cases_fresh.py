"""A fresh batch of ``test_classifier_kinds_124.py``, written after the fixes of its six kinds
(in new countries, metals and words, with near misses): labelled and committed before the engine
read them; the reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): the six kinds' measures, then their near misses (``None`` or the
#: reading they keep).
FRESH: list[Any] = [
    # 1. "sanctioned" in the passive
    (
        "Chinese gallium sanctioned by Washington over military links",
        "The US added the metal to its list of barred imports.",
        ("suspended", "CN", "US", False, "gallium", None),
    ),
    (
        "Venezuelan gold is sanctioned by Britain",
        "London said the trade funds the government.",
        ("suspended", "VE", "GB", False, "gold", None),
    ),
    (
        "Russian copper cathodes sanctioned by Australia",
        "Canberra widened its measures on Moscow.",
        ("suspended", "RU", "AU", False, "copper", None),
    ),
    (
        "Chinese gallium exporter's chairman sanctioned by US",
        "The executive was barred from travel to the United States.",
        None,
    ),
    (
        "Gold medal winner sanctioned by anti-doping body",
        "The athlete was banned for two years.",
        None,
    ),
    # 2. relief refused
    (
        "Brazil's steel refused exclusion from 50% US tariff",
        "Brasilia said it would keep negotiating.",
        ("tariff", "BR", "US", False, "steel", 50),
    ),
    (
        "South Africa fails to get exemption from US aluminium duties",
        "Pretoria's trade minister said the talks had ended.",
        ("tariff", "ZA", "US", False, "aluminium", None),
    ),
    (
        "Argentina failed to win relief from US steel tariffs",
        "Buenos Aires had sought a quota deal.",
        ("tariff", "AR", "US", False, "steel", None),
    ),
    (
        "Japan secures exemption from US copper tariffs",
        "Tokyo's trade ministry welcomed the deal.",
        ("resuming", "JP", "US", False, "copper", None),
    ),
    (
        "Australia asks for exclusion from US aluminium tariffs",
        "Canberra filed the request on Monday.",
        None,
    ),
    # 3. a measure under a proposal or a draft
    (
        "Imported steel faces 12% safeguard duty under Indian proposal",
        "The trade remedies body will hear objections for 30 days.",
        ("tariff", "*", "IN", True, "steel", 12),
    ),
    (
        "Copper scrap exports capped under Chinese draft rules",
        "The commerce ministry published the draft for comment.",
        ("quota", "CN", "*", True, "copper", None),
    ),
    (
        "Nickel ore export ban under Philippine senate bill",
        "Senators filed the measure on Tuesday.",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Chinese aluminium faces 30% duty under EU regulation adopted Monday",
        "The duty applies from Tuesday.",
        ("tariff", "CN", "EU", False, "aluminium", 30),
    ),
    (
        "Steel imports into EU rise 8% under current safeguard",
        "Shipments from Turkey led the rise.",
        None,
    ),
    # 4. a state firm told by its name
    (
        "Congo orders Gecamines to halt cobalt exports to China",
        "The mines ministry said the halt runs for three months.",
        ("suspended", "CD", "CN", False, "cobalt", None),
    ),
    (
        "Mongolia tells Erdenes to resume copper exports",
        "The government lifted its hold on Friday.",
        ("resuming", "MN", "*", False, "copper", None),
    ),
    (
        "Bolivia asks YLB to stop lithium shipments",
        "The hydrocarbons ministry wants the metal sold at home first.",
        ("suspended", "BO", "*", False, "lithium", None),
    ),
    (
        "Vale asks Brazil to ease iron ore export rules",
        "The miner said the rules slow its shipments.",
        None,
    ),
    (
        "Indonesia asks Japan to buy more nickel",
        "Jakarta's investment minister spoke in Tokyo.",
        None,
    ),
    # 5. a bare "Treasury" and "Xi"
    (
        "Xi bans rare earth exports to Taiwan",
        "The commerce ministry published the notice.",
        ("suspended", "CN", "TW", False, "rare-earths", None),
    ),
    (
        "Xi suspends graphite exports to South Korea",
        "State media gave no end date.",
        ("suspended", "CN", "KR", False, "graphite", None),
    ),
    (
        "Treasury blocks Russian nickel imports as Britain widens sanctions",
        "The ban covers all grades.",
        ("suspended", "RU", "GB", False, "nickel", None),
    ),
    (
        "Xi'an smelter halts output after blast",
        "The aluminium plant said no one was hurt.",
        None,
    ),
    ("Treasury yields slip; silver firms", "Gold was flat.", None),
    # 6. two acts, the second on a watched metal
    (
        "Vietnam raises duty on sugar, bans bauxite exports",
        "The trade ministry said both start in July.",
        ("suspended", "VN", "*", False, "bauxite", None),
    ),
    (
        "Egypt cuts tariffs on cars, imposes duty on steel rebar imports",
        "The finance ministry set the rebar duty at 15%.",
        ("tariff", "*", "EG", False, "steel", 15),
    ),
    (
        "Malaysia lifts ban on chicken exports, halts tin ore shipments",
        "The government gave no reason for the ore halt.",
        ("suspended", "MY", "*", False, "tin", None),
    ),
    (
        "Russia bans fuel exports, says aluminium supply is ample",
        "The energy ministry cited refinery outages.",
        None,
    ),
    (
        "India curbs rice exports, steel output rises",
        "Mills ran at full capacity in March.",
        None,
    ),
]
