"""Measures of ``test_classifier_kinds_108.py``: acts written near the non-measures (the same
countries, metals and words, a market or company frame around an act told in full) that must
stay events. Labelled before the engine read them; the kinds, first-time counts and changes are
in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures near the non-measures.
MEASURES: list[Any] = [
    ("US imposes 50% tariff on copper imports", "", ("tariff", "*", "US", False, "copper", 50)),
    (
        "Aluminium premiums soar after US doubles aluminium tariffs to 50%",
        "",
        ("tariff", "*", "US", False, "aluminium", 50),
    ),
    (
        "Chile imposes 3% export tax on copper concentrate",
        "",
        ("tariff", "CL", "*", False, "copper", 3),
    ),
    (
        "Indonesia bans bauxite exports from June",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "China bans exports of antimony to the US",
        "",
        ("suspended", "CN", "US", False, "antimony", None),
    ),
    (
        "Congo extends cobalt export ban by three months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "EU imposes provisional anti-dumping duties of up to 38% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, "aluminium", 38),
    ),
    ("India raises gold import duty to 15%", "", ("tariff", "*", "IN", False, "gold", 15)),
    ("India cuts import duty on gold to 6%", "", ("resuming", "*", "IN", False, "gold", None)),
    (
        "US grants Australia exemption from steel tariffs",
        "",
        ("resuming", "AU", "US", False, "steel", None),
    ),
    (
        "Commerce excludes Japanese steel from Section 232 tariffs",
        "",
        ("resuming", "JP", "US", False, "steel", None),
    ),
    ("Zambia suspends copper export duty", "", ("resuming", "ZM", "*", False, "copper", None)),
    ("Myanmar bans tin ore exports to China", "", ("suspended", "MM", "CN", False, "tin", None)),
    (
        "Vietnam imposes anti-dumping duty on Chinese galvanized steel",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Brazil sets import quotas on 11 steel products",
        "",
        ("quota", "*", "BR", False, "steel", None),
    ),
    (
        "China requires export licences for gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Export licences revoked for three Chinese graphite exporters",
        "",
        ("suspended", "CN", "*", False, "graphite", None),
    ),
    (
        "Ghana makes state buyer the sole exporter of artisanal gold",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "Trump threatens 25% tariffs on Canadian aluminium",
        "",
        ("tariff", "CA", "US", True, "aluminium", 25),
    ),
    (
        "Indonesia plans export tax on nickel pig iron",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    ("Canada imposes surtax on Chinese steel", "", ("tariff", "CN", "CA", False, "steel", None)),
    ("Peru lifts export ban on copper scrap", "", ("resuming", "PE", "*", False, "copper", None)),
    (
        "Malaysia bans export of raw rare earths",
        "",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Kazakhstan imposes six-month ban on exports of lead scrap",
        "",
        ("suspended", "KZ", "*", False, "lead", None),
    ),
    (
        "Mexico raises tariffs on Chinese steel to 35%",
        "",
        ("tariff", "CN", "MX", False, "steel", 35),
    ),
    (
        "US Commerce issues anti-dumping order on Chinese graphite anode material",
        "",
        ("tariff", "CN", "US", False, "graphite", None),
    ),
    (
        "South Korea imposes 28% anti-dumping duty on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", False, "steel", 28),
    ),
    ("EU extends steel safeguard quotas to 2026", "", ("quota", "*", "EU", False, "steel", None)),
    (
        "Zimbabwe bans export of raw lithium ore",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "China sets 2027 tungsten export quota",
        "",
        ("quota", "CN", "*", False, "tungsten", None),
    ),
    (
        "Chinese steelmakers' shares fall as US raises tariffs on Chinese steel to 50%",
        "",
        ("tariff", "CN", "US", False, "steel", 50),
    ),
    (
        "Copper jumps as Chile imposes export tax on cathodes",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "China's export ban sends gallium prices soaring",
        "",
        ("suspended", "CN", "*", False, "gallium", None),
    ),
    (
        "Congo suspends cobalt exports for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Congo replaces cobalt export ban with quotas",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Ghana revokes gold export licences of 20 traders",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    ("Canada exempts UK steel from its surtax", "", ("resuming", "GB", "CA", False, "steel", None)),
    (
        "US to impose 25% tariff on copper from August 1, Trump says",
        "",
        ("tariff", "*", "US", False, "copper", 25),
    ),
    (
        "Indonesia weighs ban on nickel matte exports",
        "",
        ("suspended", "ID", "*", True, "nickel", None),
    ),
    (
        "Ottawa slaps 25% duty on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", False, "aluminium", 25),
    ),
    (
        "Japan cuts tariff on US aluminium to zero under trade deal",
        "",
        ("resuming", "US", "JP", False, "aluminium", None),
    ),
    ("Tanzania bans export of raw gold", "", ("suspended", "TZ", "*", False, "gold", None)),
    (
        "Vietnam lifts export tax on rare earth ore",
        "",
        ("resuming", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Nickel slides after Philippines bans ore exports",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "US tariff on Canadian aluminium takes effect; premiums jump",
        "",
        ("tariff", "CA", "US", False, "aluminium", None),
    ),
    (
        "US bans imports of Russian aluminium",
        "",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
    (
        "EU bans imports of Russian steel slabs from 2028",
        "",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    (
        "China imposes export controls on tungsten and tellurium",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "Bolivia requires state permits for lithium exports",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Antofagasta shares slip after Chile imposes 5% export tax on copper",
        "Shares in the Chilean miner fell 3% in London after the government announced the levy "
        "on refined copper and concentrate shipments.",
        ("tariff", "CL", "*", False, "copper", 5),
    ),
    (
        "Zinc smelters cheer as Peru halves export tax on zinc concentrate",
        "",
        ("resuming", "PE", "*", False, "zinc", None),
    ),
    (
        "Nickel rises after Indonesia imposes export quota on nickel ore",
        "The government capped shipments at 10 million tonnes a year.",
        ("quota", "ID", "*", False, "nickel", None),
    ),
]
