"""Cases of ``test_classifier_kinds_83.py`` (PRODUCTS, DERIVATIVES), labelled before the engine
read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_83_cases_a import NONE, _m
from kinds_goods import GoodsCase

#: kind 5, metals through products and forms.
PRODUCTS: list[GoodsCase] = [
    (
        "Indonesia bans exports of nickel pig iron to China",
        "",
        ("suspended", "ID", "CN", False),
        _m("nickel"),
    ),
    (
        "Indonesia weighs export tax on NPI, ferronickel",
        "JAKARTA, Feb 1 (Reuters) - Indonesia is considering a tax on exports of nickel pig iron"
        " and ferronickel, a senior official said on Thursday.",
        ("tariff", "ID", "*", True),
        _m("nickel"),
    ),
    (
        "Indonesia plans levy on MHP exports",
        "JAKARTA (Reuters) - Indonesia plans a levy on exports of mixed hydroxide precipitate, a"
        " nickel intermediate used in battery materials, an official said.",
        ("tariff", "ID", "*", True),
        _m("nickel"),
    ),
    (
        "Turkey raises import duty on steel billets and slab",
        "",
        ("tariff", "*", "TR", False),
        _m("steel"),
    ),
    (
        "EU slaps duties on hot-rolled coils from Vietnam, Japan",
        "BRUSSELS (Reuters) - The EU imposed provisional anti-dumping duties on hot-rolled flat"
        " steel from Vietnam and Japan on Friday.",
        ("tariff", "VN", "EU", False),
        _m("steel"),
    ),
    (
        "China requires licences for rare earth magnet exports",
        "",
        ("licensing", "CN", "*", False),
        _m("rare-earths"),
    ),
    (
        "US imposes 50% tariff on semi-finished copper products",
        "",
        ("tariff", "*", "US", False),
        _m("copper"),
    ),
    (
        "US exempts copper cathode and concentrate from 50% tariff",
        "",
        ("resuming", "*", "US", False),
        _m("copper"),
    ),
    (
        "Peru slaps export levy on copper concentrate",
        "",
        ("tariff", "PE", "*", False),
        _m("copper"),
    ),
    ("Congo bans cobalt ore exports", "", ("suspended", "CD", "*", False), _m("cobalt")),
    (
        "China requires export licences for battery-grade graphite",
        "",
        ("licensing", "CN", "*", False),
        _m("graphite"),
    ),
    (
        "India halves import duty on aluminium scrap",
        "",
        ("resuming", "*", "IN", False),
        _m("aluminium"),
    ),
    (
        "Vietnam imposes duties on Chinese aluminium ingots",
        "",
        ("tariff", "CN", "VN", False),
        _m("aluminium"),
    ),
    (
        "Russia sets export duty on nickel cathodes and copper wire",
        "",
        ("tariff", "RU", "*", False),
        _m("nickel", "copper"),
    ),
    (
        "China imposes export controls on lithium battery cathode materials",
        "",
        ("licensing", "CN", "*", False),
        _m("lithium"),
    ),
    (
        "US imposes tariffs on Chinese battery materials including graphite anodes",
        "",
        ("tariff", "CN", "US", False),
        _m("graphite"),
    ),
    (
        "Zimbabwe bans exports of lithium-bearing ores",
        "",
        ("suspended", "ZW", "*", False),
        _m("lithium"),
    ),
    (
        "Tanzania bans exports of raw minerals including tin and gold",
        "",
        ("suspended", "TZ", "*", False),
        _m("tin", "gold"),
    ),
    (
        "China adds antimony ingots and oxides to export licence list",
        "",
        ("licensing", "CN", "*", False),
        _m("antimony"),
    ),
    (
        "US bans imports of Russian aluminium billets",
        "",
        ("suspended", "RU", "US", False),
        _m("aluminium"),
    ),
    (
        "Critical minerals: China restricts graphite, antimony exports",
        "",
        ("licensing", "CN", "*", False),
        _m("graphite", "antimony"),
    ),
    (
        "China restricts exports of silver and tungsten products",
        "",
        ("licensing", "CN", "*", False),
        _m("silver", "tungsten"),
    ),
    (
        "India cuts import duty on copper concentrate to zero",
        "",
        ("resuming", "*", "IN", False),
        _m("copper"),
    ),
    (
        "US 50% tariff applies to aluminum sheet, plate and foil",
        "",
        ("tariff", "*", "US", False),
        _m("aluminium"),
    ),
    (
        "South Korea imposes anti-dumping duty on Chinese zinc ingots",
        "",
        ("tariff", "CN", "KR", False),
        _m("zinc"),
    ),
    (
        "Japan imposes duties on Chinese rare earth permanent magnets",
        "",
        ("tariff", "CN", "JP", False),
        _m("rare-earths"),
    ),
    (
        "India imposes duty on tin concentrate exports",
        "",
        ("tariff", "IN", "*", False),
        _m("tin"),
    ),
    # the metal only in the lede
    (
        "Battery metals export permits tightened",
        "SANTIAGO (Reuters) - Chile will require permits for exports of lithium carbonate and"
        " lithium hydroxide from July 1, the economy ministry said.",
        ("licensing", "CL", "*", False),
        _m("lithium"),
    ),
    (
        "Critical minerals export ban widened",
        "HARARE (Reuters) - Zimbabwe widened its ban on raw mineral exports to include"
        " unprocessed lithium and chrome ore, the mines ministry said on Monday.",
        ("suspended", "ZW", "*", False),
        _m("lithium"),
    ),
    (
        "Rare earth oxide exports halted",
        "YANGON (Reuters) - Myanmar's military government halted exports of rare earth oxides to"
        " China on Wednesday, two officials said.",
        ("suspended", "MM", "CN", False),
        _m("rare-earths"),
    ),
    (
        "Export duty on cathode scrapped",
        "KINSHASA (Reuters) - Congo scrapped its 10% export duty on copper cathode on Monday, a"
        " mines ministry decree showed.",
        ("resuming", "CD", "*", False),
        _m("copper"),
    ),
    # near misses: goods that name no watched metal, a list, mining, weather
    ("India imposes anti-dumping duty on Chinese ferrochrome", "", None, NONE),
    ("Egypt raises rebar import duty", "", None, NONE),
    ("EU slaps duties on Chinese wire rod", "", None, NONE),
    ("US adds copper, silver to critical minerals list", "", None, NONE),
    ("Malaysia extends ban on bauxite mining", "", None, NONE),
    ("Nickel ore prices jump as Philippine rains delay shipments", "", None, NONE),
]


#: kind 6, measures on derivative goods.
DERIVATIVES: list[GoodsCase] = [
    (
        "US widens steel tariffs to 407 derivative products",
        "",
        ("tariff", "*", "US", False),
        _m("steel"),
    ),
    (
        "Commerce adds steel-containing products to 50% tariff list",
        "",
        ("tariff", "*", "US", False),
        _m("steel"),
    ),
    (
        "EU imposes duties on downstream aluminium products from China",
        "",
        ("tariff", "CN", "EU", False),
        _m("aluminium"),
    ),
    (
        "Canada applies 25% surtax to steel derivative goods from China",
        "",
        ("tariff", "CN", "CA", False),
        _m("steel"),
    ),
    (
        "US expands copper tariffs to cables, connectors and other derivatives",
        "",
        ("tariff", "*", "US", False),
        _m("copper"),
    ),
    (
        "India imposes quality control order on steel derivative products",
        "",
        ("licensing", "*", "IN", False),
        _m("steel"),
    ),
    (
        "Derivative steel products from Vietnam face US duties",
        "",
        ("tariff", "VN", "US", False),
        _m("steel"),
    ),
    (
        "US exempts UK aluminium derivative goods from tariffs",
        "",
        ("resuming", "GB", "US", False),
        _m("aluminium"),
    ),
    (
        "Mexico raises tariffs on steel-made goods from Asia",
        "",
        ("tariff", "*", "MX", False),
        _m("steel"),
    ),
    (
        "Aluminium-containing goods added to US tariff list",
        "WASHINGTON (Reuters) - The U.S. Commerce Department added 130 aluminium-containing"
        " products to its 50% tariff list on Monday.",
        ("tariff", "*", "US", False),
        _m("aluminium"),
    ),
    # near misses: relief sought, an effect foretold
    ("Steel derivative importers seek tariff exclusions", "", None, NONE),
    ("Aluminum derivative tariffs to raise can prices, brewers say", "", None, NONE),
]
