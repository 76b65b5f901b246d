"""Cases of ``test_classifier_kinds_80.py`` (EASING, LICENSING, QUOTAS), labelled before the engine
read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: EASING, continued.
EASING_2: list[Any] = [
    (
        "Trump spares Canadian aluminium from tariffs",
        "",
        ("resuming", "CA", "US", False, "aluminium", None),
    ),
    # near misses: relief sought, an exchange's rule
    # fourth batch (written with the change for an exchange's position limits, labelled before
    # the changed engine read them)
    ("LME raises position limits for cobalt contracts", "", None),
    ("Comex tightens position limits on silver futures", "", None),
    ("Miners ask Jakarta to relax nickel ore export ban", "", None),
    ("Canada seeks exemption from new US aluminium tariffs", "", None),
    ("LME eases position limits on nickel contracts", "", None),
]


#: (title, summary, want): kind 3, licensing forms.
LICENSING: list[Any] = [
    (
        "China requires export licences for gallium and germanium",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Zimbabwe makes lithium exports subject to permits",
        "The mines ministry said each shipment needs a written permit.",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Myanmar restricts rare earth exports to approved exporters",
        "",
        ("licensing", "MM", "*", False, "rare-earths", None),
    ),
    (
        "Congo introduces whitelist of approved cobalt exporters",
        "Only companies on the regulator's list may ship cobalt hydroxide abroad.",
        ("licensing", "CD", "*", False, "cobalt", None),
    ),
    (
        "Ghana gives state buyer sole right to export small-scale gold",
        "",
        ("licensing", "GH", "*", False, "gold", None),
    ),
    (
        "China demands end-user certificates for graphite exports",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    (
        "Japan adds antimony to dual-use export control list",
        "",
        ("licensing", "JP", "*", False, "antimony", None),
    ),
    (
        "EU puts germanium on its dual-use export list",
        "",
        ("licensing", "EU", "*", False, "germanium", None),
    ),
    (
        "India moves gold imports to restricted category",
        "Importers will need a licence from the DGFT for each consignment.",
        ("licensing", "*", "IN", False, "gold", None),
    ),
    (
        "Vietnam requires import licences for steel billets",
        "",
        ("licensing", "*", "VN", False, "steel", None),
    ),
    (
        "Russia introduces licensing of palladium exports",
        "The government decree takes effect on March 1.",
        ("licensing", "RU", "*", False, "palladium", None),
    ),
    (
        "Kazakhstan bars tungsten exports without a licence",
        "",
        ("licensing", "KZ", "*", False, "tungsten", None),
    ),
    (
        "China tightens export licensing for rare earth magnets",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Philippines orders local processing of nickel ore before export",
        "",
        ("licensing", "PH", "*", False, "nickel", None),
    ),
    (
        "Bolivia hands state firm monopoly on lithium exports",
        "",
        ("licensing", "BO", "*", False, "lithium", None),
    ),
    (
        "China announces new curbs on antimony exports",
        "The commerce ministry said exporters of antimony ores and metal must apply for "
        "licences from September 15.",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Indonesia to require export permits for tin ingots",
        "",
        ("licensing", "ID", "*", False, "tin", None),
    ),
    (
        "Tanzania orders all gold exports to go through central bank",
        "",
        ("licensing", "TZ", "*", False, "gold", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): sole
    # exporters, exports through a state body, end-use papers, control lists, permits planned
    (
        "Mongolia grants state company monopoly over copper concentrate exports",
        "",
        ("licensing", "MN", "*", False, "copper", None),
    ),
    (
        "Zimbabwe names state agency sole exporter of lithium",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Sierra Leone channels all gold exports through central bank",
        "",
        ("licensing", "SL", "*", False, "gold", None),
    ),
    (
        "Kenya requires gold exports to go through state refinery",
        "",
        ("licensing", "KE", "*", False, "gold", None),
    ),
    (
        "Congo requires cobalt exporters to sell through state trader",
        "Entreprise Generale du Cobalt becomes the only buyer of artisanal output.",
        ("licensing", "CD", "*", False, "cobalt", None),
    ),
    (
        "Vietnam demands end-user certificates for rare earth exports",
        "",
        ("licensing", "VN", "*", False, "rare-earths", None),
    ),
    (
        "China requires end-use declarations for tungsten exports",
        "",
        ("licensing", "CN", "*", False, "tungsten", None),
    ),
    (
        "US adds gallium to dual-use export list",
        "",
        ("licensing", "US", "*", False, "gallium", None),
    ),
    (
        "UK puts tungsten on dual-use control list",
        "",
        ("licensing", "GB", "*", False, "tungsten", None),
    ),
    (
        "Zimbabwe to require permits for lithium exports",
        "",
        ("licensing", "ZW", "*", False, "lithium", None),
    ),
    (
        "Chile plans export licences for lithium",
        "",
        ("licensing", "CL", "*", True, "lithium", None),
    ),
    # third batch (written before the engine changed, labelled before it read them)
    (
        "Guinea grants state miner sole export rights for bauxite",
        "",
        ("licensing", "GN", "*", False, "bauxite", None),
    ),
    (
        "Madagascar gives state company sole right to export graphite",
        "",
        ("licensing", "MG", "*", False, "graphite", None),
    ),
    (
        "Laos grants state firm export monopoly for tin",
        "",
        ("licensing", "LA", "*", False, "tin", None),
    ),
    (
        "Zambia orders all copper exports to pass through state trader",
        "",
        ("licensing", "ZM", "*", False, "copper", None),
    ),
    (
        "Uganda channels gold exports through central bank",
        "",
        ("licensing", "UG", "*", False, "gold", None),
    ),
    (
        "China to require end-user certificates for gallium exports",
        "",
        ("licensing", "CN", "*", False, "gallium", None),
    ),
    (
        "Kazakhstan demands end-use statements for tungsten exports",
        "",
        ("licensing", "KZ", "*", False, "tungsten", None),
    ),
    (
        "Japan adds gallium, germanium to dual-use export control list",
        "",
        ("licensing", "JP", "*", False, "gallium germanium", None),
    ),
    (
        "South Korea puts graphite on dual-use export list",
        "",
        ("licensing", "KR", "*", False, "graphite", None),
    ),
    # fifth batch, near misses written after the change to check it (the first form of the
    # change read each of them as a licensing measure): a route or a place is no body, a
    # market's dominance no state's grant
    ("Smugglers channel gold exports through Dubai", "", None),
    ("Zambia's copper exports to go through Lobito corridor", "", None),
    ("Congo copper exports to pass through Tanzanian port after border closure", "", None),
    ("China's near monopoly on gallium exports worries buyers", "", None),
    ("Copper miner secures export permit extension", "", None),
    ("Trader wins licence to export gold from Ghana", "", None),
    ("Refiner granted import licence for cobalt", "", None),
    # near misses: a mining licence revoked, a firm's own permit
    ("Zambia revokes mining licence of copper miner", "", None),
    ("Miner wins export permit for copper concentrate", "", None),
]


#: (title, summary, want): kind 4, quota forms.
QUOTAS: list[Any] = [
    (
        "EU sets tariff-rate quota for Ukrainian steel",
        "",
        ("quota", "UA", "EU", False, "steel", None),
    ),
    (
        "US imposes tariff-rate quota on Brazilian semi-finished steel",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    (
        "Mexico sets import cap on Chinese aluminium",
        "The economy ministry will allow no more than 30,000 tonnes a year.",
        ("quota", "CN", "MX", False, "aluminium", None),
    ),
    (
        "China cuts rare earth export quota for 2026",
        "",
        ("quota", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Congo sets cobalt export quota at 96,600 tonnes for 2026",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Indonesia introduces nickel ore export quota",
        "Exporters must obtain an annual allocation from the trade ministry.",
        ("quota", "ID", "*", False, "nickel", None),
    ),
    (
        "Vietnam limits steel imports with annual quota",
        "",
        ("quota", "*", "VN", False, "steel", None),
    ),
    (
        "South Africa imposes quota on copper scrap exports",
        "",
        ("quota", "ZA", "*", False, "copper", None),
    ),
    (
        "Indonesia lowers 2026 bauxite export quota",
        "",
        ("quota", "ID", "*", False, "bauxite", None),
    ),
    (
        "UK halves steel safeguard quotas, 50% tariff above them",
        "",
        ("quota", "*", "GB", False, "steel", 50),
    ),
    (
        "EU to cut steel import quotas by half",
        "The Commission's proposal would also double the out-of-quota duty.",
        ("quota", "*", "EU", True, "steel", None),
    ),
    (
        "Canada caps steel imports from non-FTA partners with tariff-rate quotas",
        "Volumes above the quota will face a 25% surtax.",
        ("quota", "*", "CA", False, "steel", 25),
    ),
    (
        "Turkey sets import quota for Russian aluminium",
        "",
        ("quota", "RU", "TR", False, "aluminium", None),
    ),
    # near misses: a quota used up, a mining quota
    (
        "EU steel safeguard quota for Chinese coils exhausted in first week",
        "",
        None,
    ),
    ("Turkish steel quota into EU used up within days", "", None),
    ("China sets 2026 tungsten mining quota", "", None),
]
