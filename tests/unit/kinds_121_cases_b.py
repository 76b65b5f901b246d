"""Measures of ``test_classifier_kinds_121.py``, second group: the corridor (an export measure
aimed at one country or several, an importer's duty on goods from several countries, a bloc's
sanctions and measures, shipments "to" a region). Labelled before the engine read them; the
first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
Conventions (README, docs/STATUSES.md): the country an export measure is aimed at is its
destination; several countries listed: the first named; "Europe" and the EU are ``EU``; a bloc
with no code of its own (the Eurasian Economic Union) is ``*``.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures whose origin or destination is told in one of many ways.
CORRIDORS: list[Any] = [
    (
        "China bans germanium exports to the United States",
        "",
        ("suspended", "CN", "US", False, "germanium", None),
    ),
    (
        "China tightens antimony export controls on shipments to Japan and South Korea",
        "",
        ("licensing", "CN", "JP", False, "antimony", None),
    ),
    (
        "India imposes anti-dumping duty on copper tubes from China and Vietnam",
        "",
        ("tariff", "CN", "IN", False, "copper", None),
    ),
    (
        "EU bans imports of Russian aluminium in new sanctions package",
        "",
        ("suspended", "RU", "EU", False, "aluminium", None),
    ),
    (
        "China curbs graphite shipments to Europe",
        "Exporters will need a licence for every cargo bound for the bloc, the commerce ministry said.",
        ("licensing", "CN", "EU", False, "graphite", None),
    ),
    (
        "Eurasian Economic Union extends anti-dumping duty on Chinese stainless steel pipes",
        "",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    (
        "Russia bans platinum exports to unfriendly countries",
        "",
        ("suspended", "RU", "*", False, "platinum", None),
    ),
    (
        "Kazakhstan bans tungsten exports to China",
        "",
        ("suspended", "KZ", "CN", False, "tungsten", None),
    ),
    (
        "EU imposes anti-dumping duties on Chinese and Indonesian stainless steel",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "US bans imports of Russian palladium",
        "",
        ("suspended", "RU", "US", False, "palladium", None),
    ),
    (
        "UK bans imports of Russian copper, aluminium and nickel",
        "",
        ("suspended", "RU", "GB", False, "copper aluminium nickel", None),
    ),
    (
        "Canada imposes 25% tariffs on steel from China, India and Brazil",
        "",
        ("tariff", "CN", "CA", False, "steel", 25),
    ),
    (
        "DR Congo suspends cobalt exports to China for four months",
        "",
        ("suspended", "CD", "CN", False, "cobalt", None),
    ),
    (
        "China restricts rare earth exports to Japan",
        "Exporters now need a licence for each shipment bound for Japan, the commerce ministry said.",
        ("licensing", "CN", "JP", False, "rare-earths", None),
    ),
    (
        "South Africa imposes safeguard duty on steel imports from China",
        "",
        ("tariff", "CN", "ZA", False, "steel", None),
    ),
    (
        "Brazil raises tariffs on steel imports from China and India",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Turkey imposes additional duty on US aluminium in retaliation",
        "",
        ("tariff", "US", "TR", False, "aluminium", None),
    ),
    (
        "South Korea bans exports of nickel to Russia",
        "",
        ("suspended", "KR", "RU", False, "nickel", None),
    ),
    (
        "Australia bans alumina and bauxite exports to Russia",
        "",
        ("suspended", "AU", "RU", False, "bauxite", None),
    ),
    (
        "EU sanctions on Russian steel widen with a ban on semi-finished slabs",
        "",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    (
        "India caps gold imports from the UAE under free trade pact",
        "",
        ("quota", "AE", "IN", False, "gold", None),
    ),
    (
        "Beijing imposes 10% tariff on Chilean copper",
        "",
        ("tariff", "CL", "CN", False, "copper", 10),
    ),
    (
        "Philippines bans nickel ore exports to China",
        "",
        ("suspended", "PH", "CN", False, "nickel", None),
    ),
    (
        "Zambia bans copper concentrate exports to the DRC",
        "",
        ("suspended", "ZM", "CD", False, "copper", None),
    ),
    (
        "Myanmar halts rare earth shipments to China",
        "",
        ("suspended", "MM", "CN", False, "rare-earths", None),
    ),
    (
        "EU extends safeguard quotas on steel imports",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "US imposes countervailing duties on aluminium sheet from Bahrain, Brazil and India",
        "",
        ("tariff", "BH", "US", False, "aluminium", None),
    ),
    (
        "China slaps export controls on silver shipments to the United States and Japan",
        "",
        ("licensing", "CN", "US", False, "silver", None),
    ),
    (
        "Zimbabwe halts lithium ore exports to China",
        "",
        ("suspended", "ZW", "CN", False, "lithium", None),
    ),
    (
        "Indonesia curbs tin shipments to Singapore",
        "Smelters will need an export permit for each cargo, the trade ministry said.",
        ("licensing", "ID", "SG", False, "tin", None),
    ),
]
