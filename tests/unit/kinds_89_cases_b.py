"""Cases of ``test_classifier_kinds_89.py`` (CORRIDORS, RATES), labelled before the engine read
them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: CORRIDORS, continued.
CORRIDORS_2: list[Any] = [
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    (
        "UPDATE 2-Turkey slaps anti-dumping duties on steel from China, India and Russia to shield mills",
        "",
        ("tariff", "CN", "TR", False, "steel", None),
    ),
    (
        "Vietnam hits Chinese and Indian steel with anti-dumping duties in latest trade defence move",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Malaysia bans raw rare earth exports to protect domestic processing, PM says",
        "KUALA LUMPUR, Aug 23 (Reuters) - Malaysia will ban the export of raw rare earth materials to prevent loss of the resources, Prime Minister Anwar Ibrahim said on Tuesday.",
        ("suspended", "MY", "*", False, "rare-earths", None),
    ),
    (
        "Guinea junta revokes licences of bauxite exporters, halts shipments",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Chile's Codelco copper shipments to China face new Chinese import tariff",
        "",
        ("tariff", "CL", "CN", False, "copper", None),
    ),
    (
        "South Africa imposes provisional safeguard duty on steel from all origins",
        "PRETORIA, March 14 - South Africa's ITAC imposed a provisional safeguard duty on hot-rolled steel imports from all countries.",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    (
        "Serbia halts steel imports from Ukraine and Russia",
        "",
        ("suspended", "UA", "RS", False, "steel", None),
    ),
    (
        "Taiwan slaps duties on Chinese aluminium via anti-dumping ruling",
        "",
        ("tariff", "CN", "TW", False, "aluminium", None),
    ),
    (
        "Argentina removes export duties on copper, lithium for mining projects",
        "BUENOS AIRES (AP) - Argentina scrapped export duties on copper and lithium concentrates on Thursday.",
        ("resuming", "AR", "*", False, "copper lithium", None),
    ),
    (
        "Peru lifts ban on gold exports by small miners",
        "",
        ("resuming", "PE", "*", False, "gold", None),
    ),
    (
        "Philippines requires nickel ore exporters to get central bank clearance",
        "",
        ("licensing", "PH", "*", False, "nickel", None),
    ),
    (
        "Bloomberg: Saudi Arabia Imposes Duties on Chinese Steel Pipes",
        "",
        ("tariff", "CN", "SA", False, "steel", None),
    ),
]


#: (title, summary, want): kind 2, rates.
RATES_1: list[Any] = [
    (
        "UPDATE 1-Indonesia raises export duty on copper concentrate to 10% from 5%",
        "",
        ("tariff", "ID", "*", False, "copper", 10),
    ),
    (
        "Zimbabwe raises lithium export tax to 7% from 5%",
        "",
        ("tariff", "ZW", "*", False, "lithium", 7),
    ),
    (
        "Vietnam hikes export tax on iron ore to 40% from 30%",
        "",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    (
        "Kazakhstan lifts export duty on copper cathodes to 15% from 10%",
        "",
        ("tariff", "KZ", "*", False, "copper", 15),
    ),
    ("Ghana raises gold export levy to 5 percent", "", ("tariff", "GH", "*", False, "gold", 5)),
    (
        "Malaysia raises export duty on bauxite to 15%",
        "",
        ("tariff", "MY", "*", False, "bauxite", 15),
    ),
    (
        "Turkey raises additional duty on Chinese steel by 10 points to 25%",
        "",
        ("tariff", "CN", "TR", False, "steel", 25),
    ),
    (
        "Philippines adds 5 percentage points to tariffs on steel imports",
        "",
        ("tariff", "*", "PH", False, "steel", 5),
    ),
    (
        "Brazil increases 25% tariff on Chinese steel to 35%",
        "",
        ("tariff", "CN", "BR", False, "steel", 35),
    ),
    (
        "Mexico raises tariffs on Chinese steel to 50% from 35%",
        "",
        ("tariff", "CN", "MX", False, "steel", 50),
    ),
    (
        "India cuts import duty on gold to 6% from 15%",
        "",
        ("resuming", "*", "IN", False, "gold", None),
    ),
    (
        "Indonesia cuts nickel ore export tax by 5 points to 10%",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "Argentina lowers export duties on lithium to 3%",
        "",
        ("resuming", "AR", "*", False, "lithium", None),
    ),
    (
        "Thailand slashes import duty on aluminium ingots to zero",
        "",
        ("resuming", "*", "TH", False, "aluminium", None),
    ),
    (
        "Korea halves tariff on Chilean copper cathodes",
        "",
        ("resuming", "CL", "KR", False, "copper", None),
    ),
    (
        "South Africa imposes 15%-25% duties on Chinese steel",
        "",
        ("tariff", "CN", "ZA", False, "steel", None),
    ),
    (
        "EU sets anti-dumping duties of 9.5% to 36.1% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Vietnam imposes duties ranging from 4% to 27% on Korean steel",
        "",
        ("tariff", "KR", "VN", False, "steel", None),
    ),
    (
        "Australia sets dumping duties between 5.2% and 19.8% on Thai aluminium",
        "",
        ("tariff", "TH", "AU", False, "aluminium", None),
    ),
    (
        "India imposes anti-dumping duty of up to 30% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "aluminium", 30),
    ),
    (
        "Turkey slaps duties of up to 40% on steel imports",
        "",
        ("tariff", "*", "TR", False, "steel", 40),
    ),
    (
        "Canada imposes surtax of up to 25% on Chinese steel",
        "",
        ("tariff", "CN", "CA", False, "steel", 25),
    ),
    (
        "India imposes anti-dumping duty of $200 per tonne on Chinese steel wheels",
        "",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    (
        "Malaysia sets duty of 200 ringgit a tonne on iron ore exports",
        "",
        ("tariff", "MY", "*", False, "iron-ore", None),
    ),
    (
        "Ukraine imposes export duty of 180 hryvnias per tonne on scrap steel",
        "",
        ("tariff", "UA", "*", False, "steel", None),
    ),
    (
        "Kazakhstan sets export duty of $50 a tonne on copper scrap",
        "",
        ("tariff", "KZ", "*", False, "copper", None),
    ),
    (
        "Chile imposes 10% surcharge on Chinese steel balls",
        "",
        ("tariff", "CN", "CL", False, "steel", 10),
    ),
    (
        "Peru slaps 15% import surcharge on aluminium products",
        "",
        ("tariff", "*", "PE", False, "aluminium", 15),
    ),
    (
        "Saudi Arabia raises customs surcharge on steel bars to 20%",
        "",
        ("tariff", "*", "SA", False, "steel", 20),
    ),
    (
        "Vietnam imposes anti-dumping duties on Chinese galvanised steel",
        "HANOI, July 2 (Reuters) - Vietnam will impose anti-dumping duties of 19.25% on galvanised steel from China from July 5, the trade ministry said.",
        ("tariff", "CN", "VN", False, "steel", 19.25),
    ),
    (
        "Thailand raises import tariff on steel",
        "BANGKOK, May 3 - Thailand raised its import tariff on hot-rolled steel to 12% from 5%, the finance ministry said.",
        ("tariff", "*", "TH", False, "steel", 12),
    ),
    (
        "Ghana introduces gold export levy",
        "ACCRA, April 2 (Reuters) - Ghana will charge a 1.5% levy on gold exports from next month, the finance ministry said on Tuesday.",
        ("tariff", "GH", "*", False, "gold", 1.5),
    ),
    (
        "Mongolia raises copper concentrate export duty",
        "ULAANBAATAR, Feb 1 (Reuters) - Mongolia raised the export duty on copper concentrate to 8% from 5%, the mining ministry said.",
        ("tariff", "MN", "*", False, "copper", 8),
    ),
    (
        "Philippines imposes safeguard duty on steel imports",
        "MANILA (AP) - The Philippines imposed a provisional safeguard duty of 10% on imported steel angle bars on Monday.",
        ("tariff", "*", "PH", False, "steel", 10),
    ),
    (
        "Serbia sets tariff on Chinese steel",
        "BELGRADE, Oct 2 - Serbia will impose a 25% tariff on steel from China, the trade ministry said.",
        ("tariff", "CN", "RS", False, "steel", 25),
    ),
    (
        "Indonesia cuts export tax on copper concentrate",
        "JAKARTA, Nov 9 (Reuters) - Indonesia lowered the export tax on copper concentrate to 5% from 7.5%, a finance ministry regulation showed.",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    (
        "Indonesia Raises Nickel Export Tax to 15% as Smelters Expand",
        "",
        ("tariff", "ID", "*", False, "nickel", 15),
    ),
    (
        "China Imposes 25% Tariffs on US Copper Scrap",
        "",
        ("tariff", "US", "CN", False, "copper", 25),
    ),
    (
        "S. Korea imposes 13.8% anti-dumping duty on Chinese steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", 13.8),
    ),
    (
        "Turkey raises export tax on copper scrap to 30 percent",
        "",
        ("tariff", "TR", "*", False, "copper", 30),
    ),
    (
        "Ukraine introduces 23% export duty on steel scrap",
        "",
        ("tariff", "UA", "*", False, "steel", 23),
    ),
    (
        "Brazil sets 25% import tariff on steel above quota",
        "",
        ("quota", "*", "BR", False, "steel", 25),
    ),
    # near misses: no measure, or none of these fields may move
    ("Copper rises 2% as Chile weighs tax on miners", "", None),
    ("Steel imports into Turkey fall 25% in March", "", None),
    ("Nickel jumps 5% on Indonesian supply worries", "", None),
    ("Vietnam's steel exports rise 30% despite duties", "", None),
    ("Aluminium premiums climb 10% in Japan", "", None),
    ("Gold smuggling up 40% since India raised import duty", "", None),
    ("Ghana gold royalty rises to 5% under new mining law", "", None),
    ("Indonesia's nickel output to grow 15% this year", "", None),
    ("South Africa's steel output falls 12% on weak demand", "", None),
    ("Chile's copper exports to China up 8% in June", "", None),
    ("Korea Zinc shares jump 20% on takeover battle", "", None),
    # second batch (labelled before the unchanged engine read it)
    (
        "Indonesia to raise nickel ore export tax to 10%-15%",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "India hikes basic customs duty on gold to 12.5% from 7.5%",
        "",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    (
        "Vietnam raises iron ore export duty by 10 percentage points to 40%",
        "",
        ("tariff", "VN", "*", False, "iron-ore", 40),
    ),
    ("Indonesia sets nickel ore export tax at 10%", "", ("tariff", "ID", "*", False, "nickel", 10)),
    (
        "Zimbabwe's 5% lithium export tax takes effect",
        "",
        ("tariff", "ZW", "*", False, "lithium", 5),
    ),
    (
        "Kazakhstan doubles export duty on copper to 10%",
        "",
        ("tariff", "KZ", "*", False, "copper", 10),
    ),
    (
        "Thailand imposes 30.91% anti-dumping duty on Chinese steel coils",
        "",
        ("tariff", "CN", "TH", False, "steel", 30.91),
    ),
    ("Ghana raises gold export levy to 3% from 1.5%", "", ("tariff", "GH", "*", False, "gold", 3)),
    (
        "India imposes $873 per tonne anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "IN", False, "steel", None),
    ),
    (
        "Vietnam sets duty on Chinese steel at 2.5 million dong per tonne",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "Canada imposes 25 percent surtax on steel from non-FTA countries",
        "",
        ("tariff", "*", "CA", False, "steel", 25),
    ),
    (
        "Indonesia's export tax on copper concentrate rises to 7.5% from 5% under new rule",
        "",
        ("tariff", "ID", "*", False, "copper", 7.5),
    ),
    (
        "China scraps export tax rebates for aluminium and copper products",
        "",
        ("tariff", "CN", "*", False, "aluminium copper", None),
    ),
    (
        "Russia sets 10% export duty on nickel, copper above threshold price",
        "",
        ("tariff", "RU", "*", False, "nickel copper", 10),
    ),
    (
        "Turkey imposes additional 20% tariff on Chinese steel on top of existing 15% duty",
        "",
        ("tariff", "CN", "TR", False, "steel", 20),
    ),
    (
        "UPDATE 1-India slaps 12% safeguard duty on steel imports for 200 days",
        "",
        ("tariff", "*", "IN", False, "steel", 12),
    ),
    (
        "Malaysia imposes 2.5%-20.9% anti-dumping duties on Chinese steel",
        "",
        ("tariff", "CN", "MY", False, "steel", None),
    ),
]
