"""Cases of ``test_classifier_kinds_71.py`` (SEVERAL, ACTORS, RATES), labelled before the engine
read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

from kinds_cases import Want

#: (title, summary, want): kind 1, several countries in one headline.
SEVERAL: list[tuple[str, str, Want]] = [
    (
        "EU and UK impose anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("US exempts Australia and Canada from steel tariffs", "", ("resuming", "AU", "US", False)),
    (
        "Canada imposes surtax on steel from China, Vietnam and South Korea",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "India extends anti-dumping duty on zinc oxide from China, Malaysia and Vietnam",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Washington imposes tariff on steel from all countries except Australia",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Turkey raises duties on aluminium from all countries except EU members",
        "",
        ("tariff", "*", "TR", False),
    ),
    ("Mexico and Canada hit US steel with retaliatory tariffs", "", ("tariff", "US", "MX", False)),
    (
        "Japan, South Korea spared from new US aluminium tariffs",
        "",
        ("resuming", "JP", "US", False),
    ),
    (
        "EU widens steel safeguard to cover imports from India and Turkey",
        "",
        ("quota", "IN", "EU", False),
    ),
    (
        "Australia imposes dumping duties on Chinese and Malaysian aluminium extrusions",
        "",
        ("tariff", "CN", "AU", False),
    ),
    ("US lifts tariffs on Canadian and Mexican steel", "", ("resuming", "CA", "US", False)),
    (
        "South Africa slaps duties on steel from China and Thailand",
        "",
        ("tariff", "CN", "ZA", False),
    ),
    (
        "Indonesia bans nickel ore exports; EU files WTO complaint",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Philippines, Indonesia weigh joint nickel ore export ban",
        "",
        ("suspended", "PH", "*", True),
    ),
    (
        "EU imposes duties on Chinese steel, exempts Norway and Iceland",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Thailand imposes anti-dumping duties on steel from China, exempting Japanese mills",
        "",
        ("tariff", "CN", "TH", False),
    ),
    (
        "US grants tariff exclusions for Japanese and Korean steel",
        "",
        ("resuming", "JP", "US", False),
    ),
    ("Malaysia and Thailand ban tin ore exports", "", ("suspended", "MY", "*", False)),
    ("Kazakhstan halts tungsten exports to China and Russia", "", ("suspended", "KZ", "CN", False)),
    (
        "China bans gallium exports to the United States after consulting Russia",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "Brazil imposes anti-dumping duties on steel from China, India and Russia",
        "",
        ("tariff", "CN", "BR", False),
    ),
    (
        "UK and Canada ban imports of Russian aluminium",
        "",
        ("suspended", "RU", "GB", False),
    ),
    # second batch (written after the first run, labelled before the engine read it): a
    # measure on all countries but some
    (
        "US imposes 25% tariff on aluminium from all countries except Canada",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Mexico raises steel tariffs for all origins except the United States",
        "",
        ("tariff", "*", "MX", False),
    ),
    (
        "India imposes safeguard duty on steel imports from all countries other than Japan",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "EU extends steel quotas to all countries except Norway, Iceland and Liechtenstein",
        "",
        ("quota", "*", "EU", False),
    ),
    (
        "Canada slaps surtax on steel from all trading partners except the US and Mexico",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "South Africa imposes duty on copper imports from everywhere but Zambia",
        "",
        ("tariff", "*", "ZA", False),
    ),
    (
        "Turkey bans scrap copper exports to all countries except Germany",
        "",
        ("suspended", "TR", "*", False),
    ),
    (
        "US tariffs on steel apply to all countries with the exception of Australia",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "US imposes steel tariffs on all countries including Canada",
        "",
        ("tariff", "*", "US", False),
    ),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    ("US informs Japan, Korea of new steel tariffs", "", ("tariff", "*", "US", False)),
    (
        "EU consults Norway before imposing ferro-nickel safeguard quotas",
        "",
        ("quota", "*", "EU", True),
    ),
    ("US slaps duties on Vietnamese and Thai steel pipe", "", ("tariff", "VN", "US", False)),
    (
        "EU imposes duties on aluminium from China; Norway, Iceland exempt",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "China imposes duties on Japanese, Korean and EU stainless steel",
        "",
        ("tariff", "JP", "CN", False),
    ),
    ("UK bans imports of Russian and Belarusian steel", "", ("suspended", "RU", "GB", False)),
]


#: (title, summary, want): kind 2, a ministry, an agency or a capital as the actor; goods
#: named by their origin.
ACTORS: list[tuple[str, str, Want]] = [
    (
        "MOFCOM imposes anti-dumping duties on Japanese stainless steel",
        "",
        ("tariff", "JP", "CN", False),
    ),
    ("METI tightens export controls on gallium", "", ("licensing", "JP", "*", False)),
    (
        "CBSA imposes provisional duties on Chinese steel wire rod",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Commission imposes provisional duties on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False),
    ),
    ("Ottawa slaps surtax on Chinese steel", "", ("tariff", "CN", "CA", False)),
    ("Kinshasa suspends cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    ("Jakarta bans bauxite exports from June", "", ("suspended", "ID", "*", False)),
    ("Beijing imposes export licences on antimony", "", ("licensing", "CN", "*", False)),
    (
        "Canberra imposes anti-dumping duties on Chinese steel rebar",
        "",
        ("tariff", "CN", "AU", False),
    ),
    ("Pretoria imposes export tax on scrap copper", "", ("tariff", "ZA", "*", False)),
    (
        "Indonesian nickel pig iron hit with EU anti-dumping duties",
        "",
        ("tariff", "ID", "EU", False),
    ),
    (
        "Peruvian copper concentrate faces new Chinese import tariff",
        "",
        ("tariff", "PE", "CN", False),
    ),
    ("Russian aluminium banned by UK", "", ("suspended", "RU", "GB", False)),
    ("Chilean lithium exports hit by Chinese duty", "", ("tariff", "CL", "CN", False)),
    (
        "Korea's trade ministry imposes duties on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", False),
    ),
    ("Brussels slaps duties on Chinese tinplate steel", "", ("tariff", "CN", "EU", False)),
    ("New Delhi raises import duty on gold to 15%", "", ("tariff", "*", "IN", False)),
    ("Tokyo bans Russian palladium imports", "", ("suspended", "RU", "JP", False)),
    (
        "Hanoi imposes anti-dumping duty on Chinese galvanised steel",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Santiago imposes provisional tariff on Chinese steel grinding balls",
        "",
        ("tariff", "CN", "CL", False),
    ),
    (
        "Mexico's economy ministry sets tariffs on Chinese aluminium",
        "",
        ("tariff", "CN", "MX", False),
    ),
    ("Ankara imposes additional duty on US aluminium", "", ("tariff", "US", "TR", False)),
    ("Brazilian steel faces 50% US tariff", "", ("tariff", "BR", "US", False)),
    ("Zimbabwe's mines ministry bans lithium ore exports", "", ("suspended", "ZW", "*", False)),
    # third batch (written after the engine change, labelled before the engine read it):
    # wider phrasings of the kind
    (
        "Moscow bans exports of palladium to unfriendly countries",
        "",
        ("suspended", "RU", "*", False),
    ),
    ("Seoul imposes anti-dumping duties on Chinese steel plate", "", ("tariff", "CN", "KR", False)),
    ("Brasilia raises import tariff on steel to 25%", "", ("tariff", "*", "BR", False)),
    ("USTR raises Section 301 tariffs on Chinese graphite", "", ("tariff", "CN", "US", False)),
    (
        "Commerce Department imposes duties on Canadian aluminium extrusions",
        "",
        ("tariff", "CA", "US", False),
    ),
    ("Congolese government suspends cobalt exports", "", ("suspended", "CD", "*", False)),
    ("DGFT requires licences for gold bar imports from UAE", "", ("licensing", "AE", "IN", False)),
    ("Philippine nickel ore faces Chinese import ban", "", ("suspended", "PH", "CN", False)),
]


#: (title, summary, want, rate): kind 3, rates as wires state them.
RATES_1: list[Any] = [
    ("US raises steel tariffs to 50% from 25%", "", ("tariff", "*", "US", False), 50.0),
    ("India raises import duty on gold to 15% from 10%", "", ("tariff", "*", "IN", False), 15.0),
    (
        "Canada lifts surtax on Chinese steel to 35% from 25%",
        "",
        ("tariff", "CN", "CA", False),
        35.0,
    ),
    (
        "Indonesia raises nickel ore export tax to 10%, from 5%",
        "",
        ("tariff", "ID", "*", False),
        10.0,
    ),
    (
        "EU imposes anti-dumping duties of 19.3% to 46.7% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False),
        None,
    ),
    (
        "China slaps 20%-40% duties on Japanese stainless steel",
        "",
        ("tariff", "JP", "CN", False),
        None,
    ),
    (
        "US imposes $1,500 per tonne duty on Chinese aluminium",
        "",
        ("tariff", "CN", "US", False),
        None,
    ),
    ("India sets export duty of $200 a tonne on iron ore", "", ("tariff", "IN", "*", False), None),
    (
        "US sets combined anti-dumping and countervailing duties of 93.5% on Chinese graphite",
        "",
        ("tariff", "CN", "US", False),
        93.5,
    ),
    (
        "China raises tariff on US aluminium by an additional 10 percentage points",
        "",
        ("tariff", "US", "CN", False),
        10.0,
    ),
    (
        "Trump adds 10 percentage points to tariffs on Canadian aluminium",
        "",
        ("tariff", "CA", "US", False),
        10.0,
    ),
    (
        "Brazil raises steel import tariff to 25%",
        "The increase, from 10.8%, applies to 11 steel products.",
        ("tariff", "*", "BR", False),
        25.0,
    ),
    (
        "Philippines imposes safeguard duty on steel imports",
        "The duty of 12% applies to imported steel bars from Friday.",
        ("tariff", "*", "PH", False),
        12.0,
    ),
    ("Turkey doubles tariff on US aluminium to 40%", "", ("tariff", "US", "TR", False), 40.0),
    (
        "South Africa hikes steel import duty to 10% from zero",
        "",
        ("tariff", "*", "ZA", False),
        10.0,
    ),
    (
        "China cuts tariff on US copper scrap to 5% from 25%",
        "",
        ("resuming", "US", "CN", False),
        None,
    ),
    ("India slashes import duty on silver to 6%", "", ("resuming", "*", "IN", False), None),
    (
        "Vietnam imposes 27.8% anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "VN", False),
        27.8,
    ),
    ("Canada imposes 25 per cent surtax on Chinese steel", "", ("tariff", "CN", "CA", False), 25.0),
    (
        "Indonesia sets 7.5 percent export duty on copper concentrate",
        "",
        ("tariff", "ID", "*", False),
        7.5,
    ),
    ("EU raises duty on Russian aluminium to 15% from 9%", "", ("tariff", "RU", "EU", False), 15.0),
    (
        "US raises tariff on Chinese tungsten to 25 percent from 7.5 percent",
        "",
        ("tariff", "CN", "US", False),
        25.0,
    ),
    # second batch (written after the first run, labelled before the engine read it): a rise
    # told in percentage points, added or raised by
    (
        "China adds 15 percentage points to duties on US steel",
        "",
        ("tariff", "US", "CN", False),
        15.0,
    ),
    (
        "EU raises tariff on Russian aluminium by 5 percentage points",
        "",
        ("tariff", "RU", "EU", False),
        5.0,
    ),
]
