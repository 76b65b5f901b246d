"""Cases of ``test_classifier_kinds_82.py`` (PLACES), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_goods import GoodsCase


def _m(*ids: str) -> frozenset[str]:
    return frozenset(ids)


NONE: frozenset[str] = frozenset()


#: kind 1, places named by a demonym, a capital or city, an agency, or only in the lede.
PLACES_1: list[GoodsCase] = [
    # demonyms before the goods
    (
        "Emirati gold bars hit with higher Indian import duty",
        "",
        ("tariff", "AE", "IN", False),
        _m("gold"),
    ),
    ("Kazakh zinc faces new Russian import quota", "", ("quota", "KZ", "RU", False), _m("zinc")),
    (
        "Congolese cobalt exports suspended for three more months",
        "",
        ("suspended", "CD", "*", False),
        _m("cobalt"),
    ),
    (
        "Korea extends duty-free access for Chilean copper cathode",
        "",
        ("resuming", "CL", "KR", False),
        _m("copper"),
    ),
    (
        "Taiwanese stainless steel hit with Indian countervailing duties",
        "",
        ("tariff", "TW", "IN", False),
        _m("steel"),
    ),
    ("Thai tin ingots face Indian anti-dumping duty", "", ("tariff", "TH", "IN", False), _m("tin")),
    (
        "Malaysian aluminium extrusions exempted from Australian dumping duties",
        "",
        ("resuming", "MY", "AU", False),
        _m("aluminium"),
    ),
    (
        "Saudi aluminium wins exemption from US tariffs",
        "",
        ("resuming", "SA", "US", False),
        _m("aluminium"),
    ),
    (
        "Guinean bauxite shipments to China halted by junta",
        "",
        ("suspended", "GN", "CN", False),
        _m("bauxite"),
    ),
    (
        "Argentine lithium exports face new 4.5% export duty",
        "",
        ("tariff", "AR", "*", False),
        _m("lithium"),
    ),
    (
        "Mongolian copper concentrate hit by Chinese import tariff",
        "",
        ("tariff", "MN", "CN", False),
        _m("copper"),
    ),
    (
        "Egyptian steel billets face Turkish safeguard duty",
        "",
        ("tariff", "EG", "TR", False),
        _m("steel"),
    ),
    # capitals and cities
    (
        "Astana bans exports of scrap aluminium for six months",
        "",
        ("suspended", "KZ", "*", False),
        _m("aluminium"),
    ),
    (
        "Kinshasa replaces cobalt export ban with quotas",
        "",
        ("quota", "CD", "*", False),
        _m("cobalt"),
    ),
    (
        "Canberra lifts dumping duties on Korean zinc-coated steel",
        "",
        ("resuming", "KR", "AU", False),
        _m("steel"),
    ),
    (
        "Pretoria slaps export duty on chrome ore and scrap steel",
        "",
        ("tariff", "ZA", "*", False),
        _m("steel"),
    ),
    (
        "Ottawa adds steel wire and nails from China to surtax list",
        "",
        ("tariff", "CN", "CA", False),
        _m("steel"),
    ),
    (
        "Lusaka imposes 10% export duty on copper concentrate",
        "",
        ("tariff", "ZM", "*", False),
        _m("copper"),
    ),
    ("Harare bans raw lithium ore exports", "", ("suspended", "ZW", "*", False), _m("lithium")),
    ("Manila imposes export tax on nickel ore", "", ("tariff", "PH", "*", False), _m("nickel")),
    (
        "Riyadh raises import tariff on steel rebar to 20%",
        "",
        ("tariff", "*", "SA", False),
        _m("steel"),
    ),
    (
        "Ulaanbaatar halts copper concentrate exports to China",
        "",
        ("suspended", "MN", "CN", False),
        _m("copper"),
    ),
    (
        "Taipei imposes anti-dumping duties on Chinese stainless steel",
        "",
        ("tariff", "CN", "TW", False),
        _m("steel"),
    ),
    (
        "Kyiv bans exports of steel scrap and copper scrap",
        "",
        ("suspended", "UA", "*", False),
        _m("steel", "copper"),
    ),
    (
        "Bangkok extends anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "TH", False),
        _m("aluminium"),
    ),
    # ministries and agencies
    (
        "India imposes anti-dumping duty on Chinese aluminium foil on DGTR advice",
        "",
        ("tariff", "CN", "IN", False),
        _m("aluminium"),
    ),
    (
        "CBSA sets provisional duties on cold-rolled steel from Vietnam",
        "",
        ("tariff", "VN", "CA", False),
        _m("steel"),
    ),
    (
        "KTC sets preliminary anti-dumping duties on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "KR", False),
        _m("steel"),
    ),
    (
        "Commerce Department sets final duties on aluminum wire from China",
        "",
        ("tariff", "CN", "US", False),
        _m("aluminium"),
    ),
    (
        "USTR lifts Section 301 tariffs on Vietnamese steel",
        "",
        ("resuming", "VN", "US", False),
        _m("steel"),
    ),
    (
        "European Commission imposes definitive duties on Egyptian steel",
        "",
        ("tariff", "EG", "EU", False),
        _m("steel"),
    ),
    (
        "MOFCOM adds tungsten, tellurium to export control list",
        "",
        ("licensing", "CN", "*", False),
        _m("tungsten"),
    ),
    (
        "Trade Remedies Authority extends duties on Chinese steel",
        "",
        ("tariff", "CN", "GB", False),
        _m("steel"),
    ),
    (
        "DGFT moves gold jewellery imports to restricted category",
        "",
        ("licensing", "*", "IN", False),
        _m("gold"),
    ),
    (
        "Mexico's economy ministry raises tariffs on Korean steel pipe",
        "",
        ("tariff", "KR", "MX", False),
        _m("steel"),
    ),
    (
        "Indonesia's energy ministry bans bauxite exports to China",
        "",
        ("suspended", "ID", "CN", False),
        _m("bauxite"),
    ),
    # the place only in a wire's dateline lede
    (
        "Cobalt export ban extended by three months",
        "KINSHASA, March 3 (Reuters) - Democratic Republic of Congo extended its suspension of"
        " cobalt exports by three months on Saturday, the strategic minerals regulator said.",
        ("suspended", "CD", "*", False),
        _m("cobalt"),
    ),
    (
        "Nickel ore export tax raised to 10%",
        "MANILA, June 2 (Reuters) - The Philippines raised its export tax on nickel ore to 10%"
        " from 5%, the finance department said on Monday.",
        ("tariff", "PH", "*", False),
        _m("nickel"),
    ),
    (
        "Government bans raw bauxite shipments",
        "CONAKRY, Jan 9 (Reuters) - Guinea's government banned exports of raw bauxite from March"
        " 1, a decree seen by Reuters showed.",
        ("suspended", "GN", "*", False),
        _m("bauxite"),
    ),
    (
        "Anti-dumping duties imposed on aluminium foil",
        "NEW DELHI, Sept 12 (Reuters) - India imposed anti-dumping duties on aluminium foil"
        " imported from China for five years, a finance ministry notification said.",
        ("tariff", "CN", "IN", False),
        _m("aluminium"),
    ),
    (
        "Steel safeguard quotas cut by 15%",
        "BRUSSELS, Oct 7 (Reuters) - The European Commission cut its steel import quotas by 15%"
        " on Tuesday, tightening the safeguard on imports.",
        ("quota", "*", "EU", False),
        _m("steel"),
    ),
    (
        "Copper concentrate exports halted",
        "LUSAKA, May 5 (Reuters) - Zambia halted exports of copper concentrate to China on"
        " Monday, the mines ministry said.",
        ("suspended", "ZM", "CN", False),
        _m("copper"),
    ),
    (
        "Tungsten export licences tightened",
        "BEIJING, Feb 4 (Reuters) - China's commerce ministry said on Tuesday it would require"
        " licences for exports of tungsten and tellurium products with immediate effect.",
        ("licensing", "CN", "*", False),
        _m("tungsten"),
    ),
    (
        "Duties on Chinese steel extended for five years",
        "OTTAWA, Aug 1 (Reuters) - Canada extended anti-dumping duties on steel plate from China"
        " for five more years, the Canada Border Services Agency said.",
        ("tariff", "CN", "CA", False),
        _m("steel"),
    ),
    (
        "Gold import duty cut to 6%",
        "NEW DELHI, July 23 (Reuters) - India cut the import duty on gold and silver to 6% from"
        " 15% in its annual budget on Tuesday.",
        ("resuming", "*", "IN", False),
        _m("gold", "silver"),
    ),
    (
        "Ban on Russian aluminium imports takes effect",
        "LONDON, April 13 (Reuters) - Britain's ban on imports of Russian aluminium, copper and"
        " nickel took effect on Saturday.",
        ("suspended", "RU", "GB", False),
        _m("aluminium", "copper", "nickel"),
    ),
    (
        "Export levy on copper and cobalt doubled",
        "KINSHASA (Reuters) - Congo doubled its export levy on copper and cobalt concentrates to"
        " 10%, a mines ministry decree showed.",
        ("tariff", "CD", "*", False),
        _m("copper", "cobalt"),
    ),
    # second batch (labelled before the engine read it, still on the unchanged engine): the
    # imposer's demonym before the measure a country's goods are spared from
    (
        "Brazilian steel exempted from Mexican tariffs",
        "",
        ("resuming", "BR", "MX", False),
        _m("steel"),
    ),
    (
        "Korean zinc spared from Indian anti-dumping duties",
        "",
        ("resuming", "KR", "IN", False),
        _m("zinc"),
    ),
    (
        "Canadian aluminium excluded from American tariff hike",
        "",
        ("resuming", "CA", "US", False),
        _m("aluminium"),
    ),
    (
        "Chilean copper exempted from Chinese import tax",
        "",
        ("resuming", "CL", "CN", False),
        _m("copper"),
    ),
    (
        "Vietnamese steel wins relief from Australian dumping duties",
        "",
        ("resuming", "VN", "AU", False),
        _m("steel"),
    ),
    (
        "Indonesian stainless steel spared from European safeguard duties",
        "",
        ("resuming", "ID", "EU", False),
        _m("steel"),
    ),
    # third batch (labelled before the engine read it, still on the unchanged engine): more
    # measures spared from, and guards of the readings around them
    (
        "Japan exempted from Australian steel duties",
        "",
        ("resuming", "JP", "AU", False),
        _m("steel"),
    ),
    (
        "Australia exempts Japanese steel from anti-dumping duties",
        "",
        ("resuming", "JP", "AU", False),
        _m("steel"),
    ),
    (
        "US raises Chinese steel import tariffs to 50%",
        "",
        ("tariff", "CN", "US", False),
        _m("steel"),
    ),
    (
        "US lifts duties on steel imported from Korean mills",
        "",
        ("resuming", "KR", "US", False),
        _m("steel"),
    ),
    (
        "Thai zinc relieved of Chinese import levy",
        "",
        ("resuming", "TH", "CN", False),
        _m("zinc"),
    ),
    # fourth batch (written after the change, labelled before the changed engine read it)
    (
        "South African steel exempted from British safeguard duties",
        "",
        ("resuming", "ZA", "GB", False),
        _m("steel"),
    ),
]
