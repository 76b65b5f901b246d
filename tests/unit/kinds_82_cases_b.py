"""Cases of ``test_classifier_kinds_82.py`` (PLACES, SEVERAL, RETALIATION), labelled before the
engine read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_82_cases_a import NONE, _m
from kinds_goods import GoodsCase

#: PLACES, continued.
PLACES_2: list[GoodsCase] = [
    (
        "Canada wins relief from Chinese import levy on copper",
        "",
        ("resuming", "CA", "CN", False),
        _m("copper"),
    ),
    ("EU raises Chinese steel import duties", "", ("tariff", "CN", "EU", False), _m("steel")),
    # near misses: an investigation, a company's own act, talks, a denial, a determination
    ("Emirati refiner halts gold exports to India", "", None, NONE),
    ("Kazakh miner cuts copper exports to China", "", None, NONE),
    ("Ottawa, Washington discuss steel tariff relief", "", None, NONE),
    ("MOFCOM says no plans to restrict rare earth exports", "", None, NONE),
    ("DGTR initiates anti-dumping probe into copper tubes from Vietnam", "", None, NONE),
    ("ITC finds imports of Korean steel pipe injure US industry", "", None, NONE),
    ("Kyiv bans exports of scrap metal", "", None, NONE),
    ("EU imposes safeguard quotas on ferro-alloys", "", None, NONE),
]


#: kind 2, several countries in one headline (the first named is the reading).
SEVERAL: list[GoodsCase] = [
    (
        "Mexico slaps duties on steel from China, Vietnam and India",
        "",
        ("tariff", "CN", "MX", False),
        _m("steel"),
    ),
    ("EU and UK extend steel safeguard quotas", "", ("quota", "*", "EU", False), _m("steel")),
    (
        "US, Canada ban imports of Russian aluminium and copper",
        "",
        ("suspended", "RU", "US", False),
        _m("aluminium", "copper"),
    ),
    (
        "Australia, Canada and UK ban Russian gold imports",
        "",
        ("suspended", "RU", "AU", False),
        _m("gold"),
    ),
    (
        "India imposes anti-dumping duties on aluminium foil from China, Thailand",
        "",
        ("tariff", "CN", "IN", False),
        _m("aluminium"),
    ),
    (
        "Turkey raises duties on hot-rolled steel from Russia, India and Japan",
        "",
        ("tariff", "RU", "TR", False),
        _m("steel"),
    ),
    (
        "China bans gallium, germanium exports to US, Japan and Netherlands",
        "",
        ("suspended", "CN", "US", False),
        _m("gallium", "germanium"),
    ),
    (
        "Brazil and Argentina impose duties on Chinese steel",
        "",
        ("tariff", "CN", "BR", False),
        _m("steel"),
    ),
    (
        "Vietnamese, Thai and Malaysian steel hit with Indian safeguard duty",
        "",
        ("tariff", "VN", "IN", False),
        _m("steel"),
    ),
    (
        "Duties on Korean, Japanese stainless steel extended by China",
        "",
        ("tariff", "KR", "CN", False),
        _m("steel"),
    ),
    (
        "Canada adds aluminium from Brazil, India and UAE to surtax",
        "",
        ("tariff", "BR", "CA", False),
        _m("aluminium"),
    ),
    (
        "Japan, South Korea win exemption from US aluminium tariffs",
        "",
        ("resuming", "JP", "US", False),
        _m("aluminium"),
    ),
    (
        "US exempts Mexico, Canada from copper tariffs",
        "",
        ("resuming", "MX", "US", False),
        _m("copper"),
    ),
    (
        "Trump spares Australia and UK from steel tariff hike",
        "",
        ("resuming", "AU", "US", False),
        _m("steel"),
    ),
    (
        "EU imposes duties on Chinese and Indonesian stainless steel; Taiwan spared",
        "",
        ("tariff", "CN", "EU", False),
        _m("steel"),
    ),
    (
        "Kazakhstan, Uzbekistan ban scrap copper exports",
        "",
        ("suspended", "KZ", "*", False),
        _m("copper"),
    ),
    (
        "Korea and Japan impose duties on Chinese graphite electrodes",
        "",
        ("tariff", "CN", "KR", False),
        _m("graphite"),
    ),
    (
        "Indonesia halts nickel ore shipments to China and Japan",
        "",
        ("suspended", "ID", "CN", False),
        _m("nickel"),
    ),
    # the list only in the lede
    (
        "EU imposes anti-dumping duties on steel from four countries",
        "BRUSSELS, May 7 (Reuters) - The European Commission imposed anti-dumping duties on"
        " hot-rolled steel from Egypt, India, Japan and Vietnam on Tuesday.",
        ("tariff", "EG", "EU", False),
        _m("steel"),
    ),
    (
        "US sets duties on aluminum extrusions from 14 countries",
        "WASHINGTON, Oct 1 (Reuters) - The U.S. Commerce Department set preliminary duties on"
        " aluminum extrusions from China, Mexico, Vietnam and 11 other countries.",
        ("tariff", "CN", "US", False),
        _m("aluminium"),
    ),
    (
        "Three Asian nations exempted from Australian steel duties",
        "SYDNEY (Reuters) - Australia exempted steel from Japan, South Korea and Taiwan from its"
        " anti-dumping duties on Friday.",
        ("resuming", "JP", "AU", False),
        _m("steel"),
    ),
    # second batch (labelled before the engine read it, still on the unchanged engine): several
    # spared from a measure's rise or extension
    (
        "US spares Canada and Mexico from aluminium tariff increase",
        "",
        ("resuming", "CA", "US", False),
        _m("aluminium"),
    ),
    (
        "EU exempts Norway, Iceland from steel safeguard extension",
        "",
        ("resuming", "NO", "EU", False),
        _m("steel"),
    ),
    (
        "Trump exempts Britain from steel tariff rise",
        "",
        ("resuming", "GB", "US", False),
        _m("steel"),
    ),
    (
        "India exempts UAE, Singapore gold from import duty hike",
        "",
        ("resuming", "AE", "IN", False),
        _m("gold"),
    ),
    (
        "Two nations spared from US copper tariff",
        "WASHINGTON (Reuters) - The United States exempted copper from Chile and Peru from its 50%"
        " tariff on Thursday.",
        ("resuming", "CL", "US", False),
        _m("copper"),
    ),
    # third batch (labelled before the engine read it, still on the unchanged engine)
    (
        "US spares Australian aluminium from 50% tariffs",
        "",
        ("resuming", "AU", "US", False),
        _m("aluminium"),
    ),
    (
        "EU spares Norway and Iceland from steel safeguard quotas",
        "",
        ("resuming", "NO", "EU", False),
        _m("steel"),
    ),
    # fourth batch (written after the change, labelled before the changed engine read it)
    (
        "Britain spares EU steel from new safeguard tariffs",
        "",
        ("resuming", "EU", "GB", False),
        _m("steel"),
    ),
    (
        "Japan exempts Australia, Chile copper from import duty",
        "",
        ("resuming", "AU", "JP", False),
        _m("copper"),
    ),
    # near misses
    ("China, US discuss rare earth export curbs", "", None, NONE),
    ("US, Japan sign critical minerals pact", "", None, NONE),
    ("Norway and Iceland exempted from EU ferro-silicon safeguard", "", None, NONE),
]


#: kind 3, retaliation and counter-measures: the one hitting back imports, the answered side
#: sends.
RETALIATION_1: list[GoodsCase] = [
    (
        "China hits back with 15% tariffs on US copper scrap",
        "",
        ("tariff", "US", "CN", False),
        _m("copper"),
    ),
    (
        "EU retaliates with duties on US steel and aluminium after tariff hike",
        "",
        ("tariff", "US", "EU", False),
        _m("steel", "aluminium"),
    ),
    (
        "Canada counters US tariffs with 25% surtax on American aluminum products",
        "",
        ("tariff", "US", "CA", False),
        _m("aluminium"),
    ),
    (
        "Beijing answers Washington's chip curbs with gallium export ban",
        "",
        ("suspended", "CN", "US", False),
        _m("gallium"),
    ),
    (
        "In response to EU steel quotas, Turkey raises tariffs on European steel",
        "",
        ("tariff", "EU", "TR", False),
        _m("steel"),
    ),
    (
        "Mexico imposes counter-duties on US steel in retaliation for Section 232",
        "",
        ("tariff", "US", "MX", False),
        _m("steel"),
    ),
    (
        "Retaliatory EU tariffs on US steel take effect",
        "",
        ("tariff", "US", "EU", False),
        _m("steel"),
    ),
    (
        "China imposes retaliatory duties on Australian copper",
        "",
        ("tariff", "AU", "CN", False),
        _m("copper"),
    ),
    (
        "Tit-for-tat: China slaps anti-dumping duty on Japanese stainless steel",
        "",
        ("tariff", "JP", "CN", False),
        _m("steel"),
    ),
    (
        "Ottawa hits back with dollar-for-dollar tariffs on US steel",
        "",
        ("tariff", "US", "CA", False),
        _m("steel"),
    ),
    ("US steel faces Indian counter-tariffs", "", ("tariff", "US", "IN", False), _m("steel")),
    (
        "Counter-measures: EU targets US aluminium with 25% duties",
        "",
        ("tariff", "US", "EU", False),
        _m("aluminium"),
    ),
    (
        "Turkey doubles tariffs on US steel in response to Washington's duties",
        "",
        ("tariff", "US", "TR", False),
        _m("steel"),
    ),
    (
        "In retaliation, Canada puts 25% tariffs on US steel",
        "",
        ("tariff", "US", "CA", False),
        _m("steel"),
    ),
    (
        "India answers EU carbon levy with duties on European steel",
        "",
        ("tariff", "EU", "IN", False),
        _m("steel"),
    ),
    (
        "Russia bans nickel exports to unfriendly countries in response to sanctions",
        "",
        ("suspended", "RU", "*", False),
        _m("nickel"),
    ),
    (
        "China retaliates against Dutch chip curbs by restricting gallium exports",
        "",
        ("licensing", "CN", "NL", False),
        _m("gallium"),
    ),
    (
        "Brussels strikes back at US metal tariffs with duties on American zinc",
        "",
        ("tariff", "US", "EU", False),
        _m("zinc"),
    ),
    # the counter-measure told in the lede
    (
        "EU hits back at US metal tariffs",
        "BRUSSELS, March 12 (Reuters) - The European Union will impose counter-tariffs on 26"
        " billion euros of U.S. goods, including steel and aluminium, from April 1, the European"
        " Commission said on Wednesday.",
        ("tariff", "US", "EU", False),
        _m("steel", "aluminium"),
    ),
    (
        "China retaliates against new US duties",
        "BEIJING, Feb 4 (Reuters) - China imposed tariffs of 15% on U.S. copper and aluminium"
        " scrap on Tuesday in response to fresh U.S. duties on Chinese goods.",
        ("tariff", "US", "CN", False),
        _m("copper", "aluminium"),
    ),
    # second batch (labelled before the engine read it, still on the unchanged engine): a
    # government that "targets" the other side's goods, a retaliation kicker
    ("EU targets US steel with counter-tariffs", "", ("tariff", "US", "EU", False), _m("steel")),
    (
        "China targets Australian copper with anti-dumping duties",
        "",
        ("tariff", "AU", "CN", False),
        _m("copper"),
    ),
    (
        "Mexico targets US zinc and steel with retaliatory levies",
        "",
        ("tariff", "US", "MX", False),
        _m("zinc", "steel"),
    ),
    (
        "Countermeasures: India slaps duties on US steel",
        "",
        ("tariff", "US", "IN", False),
        _m("steel"),
    ),
    (
        "Retaliation: Beijing imposes tariffs on American copper",
        "",
        ("tariff", "US", "CN", False),
        _m("copper"),
    ),
]
