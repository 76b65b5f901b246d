"""A fresh batch of ``test_classifier_kinds_121.py``, written after the first round's changes
in the same three groups and harder forms (a rate as "pct", spelled out, a range, "as much
as", in the summary in points; goods aimed at a market by a demonym, "bound for", a passive,
a bloc's commission; products by an abbreviation or a form, "NPI", "dore", "wafers",
"bullion", "carbide"), with near misses in their words. Labelled and committed before the
engine read them; the first reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): measures, then near misses (``None``).
FRESH: list[Any] = [
    (
        "Vietnam slaps 21.3 pct anti-dumping duty on Chinese galvanized steel",
        "",
        ("tariff", "CN", "VN", False, "steel", 21.3),
    ),
    (
        "India hikes import duty on silver to 15%",
        "The duty was raised from 10%, the finance ministry said in a notification.",
        ("tariff", "*", "IN", False, "silver", 15),
    ),
    (
        "Turkey sets additional duty on aluminium imports",
        "An extra 10 percentage points will apply to aluminium from countries outside the customs union, the trade ministry said.",
        ("tariff", "*", "TR", False, "aluminium", 10),
    ),
    (
        "Mongolia raises copper concentrate export tax to fifteen percent",
        "",
        ("tariff", "MN", "*", False, "copper", 15),
    ),
    (
        "EU sets definitive anti-dumping duties on Chinese aluminium foil",
        "The duties range from 15.6% to 48.5%, the Official Journal showed.",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Mexico raises tariffs on steel from non-FTA countries to as much as 50%",
        "",
        ("tariff", "*", "MX", False, "steel", 50),
    ),
    (
        "Thailand imposes anti-dumping duties of 4.5% to 30.9% on Chinese tinplate steel",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Ottawa hikes surtax on US aluminium from 10% to 25%",
        "",
        ("tariff", "US", "CA", False, "aluminium", 25),
    ),
    (
        "Philippines halves nickel ore export tax to 5%",
        "",
        ("resuming", "PH", "*", False, "nickel", None),
    ),
    (
        "Kazakhstan introduces export duty of $50 per tonne on copper cathodes",
        "",
        ("tariff", "KZ", "*", False, "copper", None),
    ),
    (
        "Beijing halts rare earth magnet exports to American defence firms",
        "",
        ("suspended", "CN", "US", False, "rare-earths", None),
    ),
    (
        "Congo suspends cobalt shipments bound for China",
        "",
        ("suspended", "CD", "CN", False, "cobalt", None),
    ),
    (
        "Brussels imposes anti-dumping duties on Turkish and Russian steel",
        "",
        ("tariff", "TR", "EU", False, "steel", None),
    ),
    (
        "Eurasian Economic Commission imposes anti-dumping duty on Ukrainian steel pipes",
        "",
        ("tariff", "UA", "*", False, "steel", None),
    ),
    (
        "Japan bans aluminium exports to Russia",
        "",
        ("suspended", "JP", "RU", False, "aluminium", None),
    ),
    (
        "Washington bars imports of Russian-origin aluminium",
        "",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
    (
        "India requires licences for gold jewellery exports to the UAE",
        "",
        ("licensing", "IN", "AE", False, "gold", None),
    ),
    (
        "US puts 50% tariff on copper imports from Chile and Peru",
        "",
        ("tariff", "CL", "US", False, "copper", 50),
    ),
    (
        "Duties on Chinese steel wire raised by Canada",
        "",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "Moscow bans exports of nickel and palladium to the US and UK",
        "",
        ("suspended", "RU", "US", False, "nickel palladium", None),
    ),
    (
        "Indonesia bans exports of NPI",
        "The ban covers nickel pig iron with less than 10% nickel content, the ministry said.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "China curbs exports of germanium wafers",
        "Exporters will need a licence from the commerce ministry for every shipment.",
        ("licensing", "CN", "*", False, "germanium", None),
    ),
    (
        "Peru bans exports of gold dore from informal miners",
        "",
        ("suspended", "PE", "*", False, "gold", None),
    ),
    (
        "Russia raises export duty on silver bullion",
        "",
        ("tariff", "RU", "*", False, "silver", None),
    ),
    (
        "EU imposes anti-dumping duties on Chinese stainless steel cold-rolled flat products",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "Bolivia bans zinc ingot exports",
        "",
        ("suspended", "BO", "*", False, "zinc", None),
    ),
    (
        "India raises import duty on lead bullion to 10%",
        "",
        ("tariff", "*", "IN", False, "lead", 10),
    ),
    (
        "Canada slaps 25% levy on US steel, a move analysts say could lead to higher prices",
        "",
        ("tariff", "US", "CA", False, "steel", 25),
    ),
    (
        "Australia bans copper scrap exports to China",
        "",
        ("suspended", "AU", "CN", False, "copper", None),
    ),
    (
        "China adds tungsten carbide to export control list",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    ("China's rare earth magnet exports to US jump 20% in May", "", None),
    ("Iron out: steel tariff talks between US and Mexico resume", "", None),
    ("Tin can makers brace for higher steel costs", "", None),
    ("Copper cathode premiums in China hit 2-year high", "", None),
    ("Zinc concentrate imports into China rise 12% as smelters restock", "", None),
]
