"""Cases of ``test_classifier_kinds_89.py`` (RATES, METALS_NAMED), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: RATES, continued.
RATES_2: list[Any] = [
    (
        "Mexico raises steel tariffs",
        "MEXICO CITY (AP) - Mexico raised tariffs on imported steel products to 25% from 15% on Tuesday to curb Asian supply.",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    (
        "Zambia cuts copper export duty",
        "LUSAKA, Feb 1 (Reuters) - Zambia reduced the export duty on copper concentrate to 5% from 10%, the finance minister said.",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "Indonesia raises nickel ore export tax to 15% from 10% - finance ministry regulation",
        "",
        ("tariff", "ID", "*", False, "nickel", 15),
    ),
    (
        "Zimbabwe slaps 10% export tax on lithium concentrate from Jan 1",
        "",
        ("tariff", "ZW", "*", False, "lithium", 10),
    ),
    (
        "Ghana's 3% gold export levy takes effect despite miners' protests",
        "",
        ("tariff", "GH", "*", False, "gold", 3),
    ),
    (
        "India hikes import duty on silver to 15% in budget",
        "",
        ("tariff", "*", "IN", False, "silver", 15),
    ),
    (
        "Turkey imposes 40% additional duty on US copper, aluminium",
        "",
        ("tariff", "US", "TR", False, "copper aluminium", 40),
    ),
    (
        "Korea raises anti-dumping duty on Chinese steel plates to 38%",
        "",
        ("tariff", "CN", "KR", False, "steel", 38),
    ),
    (
        "Vietnam imposes duties of 4.99% to 27.83% on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Brazil raises steel import tariff by 15 percentage points",
        "",
        ("tariff", "*", "BR", False, "steel", 15),
    ),
    (
        "Thailand cuts import duty on copper cathodes by half",
        "",
        ("resuming", "*", "TH", False, "copper", None),
    ),
    (
        "Mexico imposes duty of $350 per tonne on Chinese steel rebar",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Chile sets lithium export tax at 5%-10% depending on price",
        "",
        ("tariff", "CL", "*", False, "lithium", None),
    ),
    (
        "Saudi Arabia imposes 12% duty on imported steel",
        "RIYADH (Reuters) - Saudi Arabia raised customs duties on steel products to 12% from 5%, the customs authority said, effective in 30 days.",
        ("tariff", "*", "SA", False, "steel", 12),
    ),
]


#: (title, summary, want): kind 3, the metals a measure names.
METALS_NAMED_1: list[Any] = [
    (
        "DR Congo bans cobalt hydroxide exports for four months",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Zambia suspends export duty on copper cathodes",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Indonesia bans exports of zinc concentrate and lead concentrate from June",
        "",
        ("suspended", "ID", "*", False, "zinc lead", None),
    ),
    (
        "Philippines imposes export tax on nickel ore",
        "",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "India bans exports of iron ore fines with low grade",
        "",
        ("suspended", "IN", "*", False, "iron-ore", None),
    ),
    (
        "Malaysia bans aluminium scrap exports",
        "",
        ("suspended", "MY", "*", False, "aluminium", None),
    ),
    (
        "Russia sets export duty on unwrought aluminium",
        "",
        ("tariff", "RU", "*", False, "aluminium", None),
    ),
    (
        "EU imposes duties on flat-rolled aluminium from China",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Mexico imposes anti-dumping duties on Chinese steel wire rod",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "US imposes tariffs on battery-grade lithium hydroxide from China",
        "",
        ("tariff", "CN", "US", False, "lithium", None),
    ),
    (
        "China restricts exports of rare earth magnets technology and neodymium",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Japan requires licences for germanium wafers exports",
        "",
        ("licensing", "JP", "*", False, "germanium", None),
    ),
    (
        "Taiwan adds gallium wafers to export control list",
        "",
        ("licensing", "TW", "*", False, "gallium", None),
    ),
    (
        "Vietnam bans exports of rare earth ore",
        "",
        ("suspended", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Bolivia restricts exports of lithium carbonate to state firm",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "Chile imposes export duty on copper anodes and blister",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Kazakhstan bans exports of tin and tungsten scrap",
        "",
        ("suspended", "KZ", "*", False, "tin tungsten", None),
    ),
    (
        "South Africa imposes export duty on platinum group metals",
        "",
        ("tariff", "ZA", "*", False, "platinum", None),
    ),
    (
        "Peru suspends silver concentrate export permits",
        "",
        ("suspended", "PE", "*", False, "silver", None),
    ),
    (
        "China curbs exports of antimony ingots and oxides",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "China tightens export licensing for graphite anodes",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Ghana bans exports of unrefined gold dore by small miners",
        "",
        ("suspended", "GH", "*", False, "gold", None),
    ),
    (
        "Russia extends export duties on nickel, copper and aluminium",
        "",
        ("tariff", "RU", "*", False, "nickel copper aluminium", None),
    ),
    (
        "US raises tariffs on Chinese steel, aluminium and copper",
        "",
        ("tariff", "CN", "US", False, "steel aluminium copper", None),
    ),
    (
        "Indonesia bans exports of bauxite and nickel ore",
        "",
        ("suspended", "ID", "*", False, "bauxite nickel", None),
    ),
    (
        "China imposes export controls on gallium, germanium and antimony",
        "",
        ("licensing", "CN", "*", False, "gallium germanium antimony", None),
    ),
    (
        "DR Congo imposes export quotas on cobalt and copper",
        "",
        ("quota", "CD", "*", False, "cobalt copper", None),
    ),
    (
        "India raises import duty on gold and silver to 15%",
        "",
        ("tariff", "*", "IN", False, "gold silver", 15),
    ),
    (
        "Turkey slaps duties on Chinese zinc and lead ingots",
        "",
        ("tariff", "CN", "TR", False, "zinc lead", None),
    ),
    (
        "Argentina scraps export duties on lithium, copper and silver",
        "",
        ("resuming", "AR", "*", False, "lithium copper silver", None),
    ),
    (
        "Zimbabwe bans exports of raw ores",
        "HARARE, Dec 20 (Reuters) - Zimbabwe has banned exports of unprocessed lithium ore, the information minister said on Tuesday.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Guinea halts mineral exports by 46 firms",
        "CONAKRY, Sept 10 - Guinea's mines ministry ordered 46 companies to stop exporting bauxite until they submit refinery plans.",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Malaysia imposes export ban on critical minerals",
        "KUALA LUMPUR, Sept 12 (Reuters) - Malaysia will ban exports of unprocessed rare earths from January to protect domestic processing, the government said.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Kazakhstan restricts scrap metal exports",
        "ASTANA, March 5 - Kazakhstan banned exports of copper and aluminium scrap by road for six months, the trade ministry said.",
        ("suspended", "KZ", "*", False, "copper aluminium", None),
    ),
    (
        "Vietnam raises export tax on minerals",
        "HANOI, Jan 3 (Reuters) - Vietnam raised the export tax on iron ore to 40% from 30% from Jan. 1, the finance ministry said.",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    (
        "Brazil imposes import quotas on metal products",
        "BRASILIA, April 23 (Reuters) - Brazil's Gecex set import quotas on 11 steel products, with a 25% tariff on volumes above them.",
        ("quota", "*", "BR", False, "steel", 25),
    ),
    (
        "Namibia bans export of critical minerals",
        "WINDHOEK (AP) - Namibia has banned the export of unprocessed lithium, cobalt and rare earths to encourage local processing.",
        ("suspended", "NA", "*", False, "lithium cobalt rare-earths", None),
    ),
    (
        "Bolivia nationalises exports of strategic metals",
        "LA PAZ, May 4 - Bolivia's government said only the state lithium company may export lithium carbonate from now on.",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    # near misses: no measure, or none of these fields may move
    ("Tinplate makers welcome EU duties decision", "", None),
    ("Leading miners warn over Zimbabwe export rules", "", None),
    ("Ironclad deal: Vietnam and Korea agree on trade pact", "", None),
    ("Copper Mountain Mining halts exports from Canadian mine", "", None),
    ("Silver Lake Resources shares slide after Australian tax change", "", None),
    ("Gold Fields says Ghana levy to hit profits", "", None),
    ("Korea Zinc halts germanium shipments to US", "", None),
    ("Aluminium Bahrain raises output as US tariffs bite", "", None),
    ("Steel Authority of India raises prices after import duty cut", "", None),
    ("Nickel Industries wins Indonesian export permit", "", None),
    ("Lithium Americas gets US loan as China curbs exports", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "China curbs exports of graphite, key to EV batteries",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Korea imposes anti-dumping duty on Chinese graphite electrodes",
        "",
        ("tariff", "CN", "KR", False, "graphite", None),
    ),
    (
        "Congo bans cobalt exports; copper unaffected",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia bans nickel ore exports, keeps copper concentrate shipments open",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "India imposes anti-dumping duty on Chinese zinc oxide, aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "zinc aluminium", None),
    ),
    (
        "Vietnam halts exports of tungsten and tin ores",
        "",
        ("suspended", "VN", "*", False, "tungsten tin", None),
    ),
    (
        "Philippines weighs ban on raw ore exports",
        "MANILA, March 2 (Reuters) - The Philippines is considering a ban on exports of nickel ore to spur domestic processing, a senator said.",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "China adds tungsten, tellurium, bismuth to export control list",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "Mexico imposes tariffs on Chinese steel, textiles and cars",
        "",
        ("tariff", "CN", "MX", False, "steel", None),
    ),
    (
        "Serbia bans scrap exports of copper, brass and aluminium",
        "",
        ("suspended", "RS", "*", False, "copper aluminium", None),
    ),
    (
        "US extends steel tariffs to aluminium cans and copper wire",
        "",
        ("tariff", "*", "US", False, "steel aluminium copper", None),
    ),
    (
        "Guinea suspends exports",
        "CONAKRY, Oct 3 (Reuters) - Guinea's junta suspended bauxite and gold exports by three companies on Friday, the mines ministry said.",
        ("suspended", "GN", "*", False, "bauxite gold", None),
    ),
    ("Ghana customs seize gold bars at Accra airport", "", None),
    ("Korea's POSCO cuts steel exports to US after tariffs", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "DR Congo extends cobalt export ban, copper exports continue",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia bans bauxite exports but allows nickel pig iron shipments",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "China curbs exports of graphite anodes and rare earth magnets",
        "",
        ("licensing", "CN", "*", False, "graphite rare-earths", None),
    ),
    (
        "Vietnam imposes export tax on tin, tungsten and antimony ores",
        "",
        ("tariff", "VN", "*", False, "tin tungsten antimony", None),
    ),
]
