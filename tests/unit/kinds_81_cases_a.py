"""Cases of ``test_classifier_kinds_81.py`` (SUSPENSIONS, PROPOSED_DECIDED, RATES), labelled before
the engine read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 5, suspensions and bans.
SUSPENSIONS: list[Any] = [
    ("Indonesia halts bauxite exports", "", ("suspended", "ID", "*", False, "bauxite", None)),
    (
        "Zimbabwe freezes lithium concentrate exports",
        "The mines ministry said no new shipments would be cleared until further notice.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "DRC stops issuing new cobalt export permits",
        "",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
    (
        "Guinea suspends bauxite exports for two weeks",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    ("EU imposes embargo on Russian steel", "", ("suspended", "RU", "EU", False, "steel", None)),
    (
        "UK bans imports of Russian aluminium, copper and nickel",
        "The ban applies to metal produced after the order takes effect.",
        ("suspended", "RU", "GB", False, "aluminium copper nickel", None),
    ),
    (
        "Mali halts gold exports by artisanal miners",
        "",
        ("suspended", "ML", "*", False, "gold", None),
    ),
    (
        "China bans exports of gallium and germanium to US",
        "",
        ("suspended", "CN", "US", False, "gallium germanium", None),
    ),
    (
        "Myanmar suspends rare earth exports to China",
        "The junta closed the border crossings used by rare earth traders.",
        ("suspended", "MM", "CN", False, "rare-earths", None),
    ),
    (
        "Kyrgyzstan suspends gold exports for six months",
        "",
        ("suspended", "KG", "*", False, "gold", None),
    ),
    (
        "Beijing halts germanium shipments to US",
        "The commerce ministry said exports of germanium to the United States are prohibited "
        "with immediate effect.",
        ("suspended", "CN", "US", False, "germanium", None),
    ),
    (
        "Philippines bans nickel ore exports from June 2026",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "Niger suspends gold exports",
        "The military government said all gold exports are suspended pending a review of "
        "mining contracts.",
        ("suspended", "NE", "*", False, "gold", None),
    ),
    (
        "Vietnam stops granting tin export licences",
        "",
        ("suspended", "VN", "*", False, "tin", None),
    ),
    # "suspends" of a measure releases it
    (
        "China suspends ban on gallium exports to US",
        "",
        ("resuming", "CN", "US", False, "gallium", None),
    ),
    (
        "US suspends tariffs on Mexican steel for 90 days",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "EU suspends anti-dumping duties on Chinese aluminium foil",
        "The Commission suspended the duties for nine months citing supply shortages.",
        ("resuming", "CN", "EU", False, "aluminium", None),
    ),
    (
        "India suspends export duty on iron ore pellets",
        "",
        ("resuming", "IN", "*", False, "iron-ore", None),
    ),
    (
        "China suspends export controls on antimony to US",
        "",
        ("resuming", "CN", "US", False, "antimony", None),
    ),
    (
        "Zambia suspends copper export quota",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Indonesia lifts freeze on nickel ore exports",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    # second batch (written after the first run, labelled before the engine read them): a
    # freeze or a halt of exports lifted or ended
    (
        "Congo lifts freeze on cobalt exports",
        "",
        ("resuming", "CD", "*", False, "cobalt", None),
    ),
    ("Guinea ends halt on bauxite exports", "", ("resuming", "GN", "*", False, "bauxite", None)),
    ("Mali ends freeze on gold exports", "", ("resuming", "ML", "*", False, "gold", None)),
    (
        "Myanmar lifts halt on rare earth exports to China",
        "",
        ("resuming", "MM", "CN", False, "rare-earths", None),
    ),
    # third batch (written before the engine changed, labelled before it read them)
    ("Kyrgyzstan lifts freeze on gold exports", "", ("resuming", "KG", "*", False, "gold", None)),
    (
        "Ghana ends freeze on small-scale gold exports",
        "",
        ("resuming", "GH", "*", False, "gold", None),
    ),
    (
        "Indonesia imposes freeze on bauxite exports",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    ("Zambia freezes copper exports", "", ("suspended", "ZM", "*", False, "copper", None)),
    ("Nigeria to freeze tin exports", "", ("suspended", "NG", "*", False, "tin", None)),
    ("Bank lifts freeze on copper trader's accounts", "", None),
    # fifth batch, written after the change to check it: a price freeze is no trade measure
    ("Nickel price freeze lifted on Shanghai exchange", "", None),
    # near misses: a firm's own halt, a flow stopped by weather, a company's purchases
    ("Miner halts copper exports from Chilean port after storm", "", None),
    ("Gold refiners freeze purchases of Russian bullion", "", None),
    ("Glencore suspends cobalt shipments from Congo mine", "", None),
]


#: (title, summary, want): kind 6, proposed and decided.
PROPOSED_DECIDED: list[Any] = [
    (
        "Chile weighs export tax on copper concentrate",
        "",
        ("tariff", "CL", "*", True, "copper", None),
    ),
    (
        "Indonesia mulls export duty on nickel pig iron",
        "The energy ministry is studying a levy to encourage further processing.",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "UK launches consultation on steel import quotas",
        "",
        ("quota", "*", "GB", True, "steel", None),
    ),
    (
        "India set to raise gold import duty",
        "Officials said the increase could be announced in the budget.",
        ("tariff", "*", "IN", True, "gold", None),
    ),
    (
        "Philippines plans nickel ore export ban",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
    (
        "Zambia considers banning copper concentrate exports",
        "",
        ("suspended", "ZM", "*", True, "copper", None),
    ),
    (
        "US proposes 25% tariffs on Chinese graphite",
        "",
        ("tariff", "CN", "US", True, "graphite", 25),
    ),
    (
        "Draft decree would require licences for palladium exports",
        "Russia's industry ministry published a draft decree requiring licences for exports of "
        "palladium.",
        ("licensing", "RU", "*", True, "palladium", None),
    ),
    (
        "Kazakhstan eyes quota on tungsten exports",
        "",
        ("quota", "KZ", "*", True, "tungsten", None),
    ),
    (
        "Canada poised to slap surtax on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", True, "aluminium", None),
    ),
    (
        "Trump threatens 50% tariff on copper imports",
        "",
        ("tariff", "*", "US", True, "copper", 50),
    ),
    (
        "South Africa to impose export tax on scrap steel",
        "",
        ("tariff", "ZA", "*", False, "steel", None),
    ),
    (
        "Mexico could raise steel tariffs to 50%",
        "",
        ("tariff", "*", "MX", True, "steel", 50),
    ),
    (
        "Ghana proposes 3% levy on gold exports",
        "The finance ministry's proposal goes to parliament next month.",
        ("tariff", "GH", "*", True, "gold", 3),
    ),
    # second batch (written after the first run, labelled before the engine read them): a
    # plan on scrap
    (
        "Nigeria to impose export levy on copper scrap",
        "",
        ("tariff", "NG", "*", False, "copper", None),
    ),
    (
        "Ukraine to impose export duty on steel scrap",
        "",
        ("tariff", "UA", "*", False, "steel", None),
    ),
    # decided
    (
        "Indonesia's nickel pig iron export duty takes effect",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "Chile's copper export tax gazetted",
        "The tax was published in the Diario Oficial on Friday.",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Trump signs order raising copper tariffs to 50%",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Philippines enacts ban on raw nickel ore exports",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "India notifies 15% import duty on silver",
        "",
        ("tariff", "*", "IN", False, "silver", 15),
    ),
    (
        "Vietnam's anti-dumping duty on Chinese steel comes into force",
        "",
        ("tariff", "CN", "VN", False, "steel", None),
    ),
    (
        "China's export controls on antimony take effect Sept 15",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "South Africa gazettes 10% import duty on steel",
        "",
        ("tariff", "*", "ZA", False, "steel", 10),
    ),
    (
        "Indonesia will ban bauxite exports from June 10, minister says",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Turkey raises steel import duties, effective immediately",
        "",
        ("tariff", "*", "TR", False, "steel", None),
    ),
    (
        "Commerce issues final anti-dumping duties on Mexican steel rod",
        "",
        ("tariff", "MX", "US", False, "steel", None),
    ),
    (
        "US sets preliminary duties of 45% on Vietnamese aluminium foil",
        "",
        ("tariff", "VN", "US", False, "aluminium", 45),
    ),
    (
        "Thailand imposes provisional anti-dumping duty on Chinese copper tubes",
        "The duty applies for six months while the investigation continues.",
        ("tariff", "CN", "TH", False, "copper", None),
    ),
    (
        "EU slaps provisional duties of up to 40.5% on Chinese magnesium",
        "",
        ("tariff", "CN", "EU", False, "magnesium", 40.5),
    ),
]


#: (title, summary, want): kind 7, rates.
RATES_1: list[Any] = [
    (
        "India hikes gold import duty to 12.5% from 7.5%",
        "",
        ("tariff", "*", "IN", False, "gold", 12.5),
    ),
    (
        "China raises tariffs on US aluminium scrap from 10% to 25%",
        "",
        ("tariff", "US", "CN", False, "aluminium", 25),
    ),
    ("US doubles steel tariff to 50%", "", ("tariff", "*", "US", False, "steel", 50)),
    (
        "Canada doubles surtax on Chinese steel",
        "",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "Turkey imposes tariffs of up to 40% on steel imports",
        "",
        ("tariff", "*", "TR", False, "steel", 40),
    ),
    (
        "EU sets anti-dumping duties ranging from 21% to 62% on Chinese aluminium extrusions",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "India imposes anti-dumping duty of $315 per tonne on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False, "aluminium", None),
    ),
    (
        "Brazil raises steel import tariff by 15 percentage points",
        "",
        ("tariff", "*", "BR", False, "steel", 15),
    ),
    (
        "Indonesia raises nickel ore export tax by 2 points to 7%",
        "",
        ("tariff", "ID", "*", False, "nickel", 7),
    ),
    (
        "Russia sets 15% export duty on nickel and copper",
        "",
        ("tariff", "RU", "*", False, "nickel copper", 15),
    ),
    (
        "South Korea imposes 13.31% anti-dumping duty on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", False, "steel", 13.31),
    ),
    (
        "US imposes 21.3 pct countervailing duty on Korean steel",
        "",
        ("tariff", "KR", "US", False, "steel", 21.3),
    ),
    (
        "Mexico applies 25 per cent tariff to Chinese aluminium",
        "",
        ("tariff", "CN", "MX", False, "aluminium", 25),
    ),
    (
        "Thailand imposes duties of 2.5%-34% on Chinese zinc",
        "",
        ("tariff", "CN", "TH", False, "zinc", None),
    ),
]
