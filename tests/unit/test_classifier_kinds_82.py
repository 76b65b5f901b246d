"""Who trades with whom, as wires and trade press write it (session 29), part 1.

Three kinds, in made-up phrasings labelled before the engine read them, each case with the
metals the measure names (a second test checks them):

1. **Places named other than by the country's name**: a demonym before the goods ("Emirati
   gold bars", "Kazakh zinc", "Congolese cobalt"), a capital or a city ("Astana", "Lusaka",
   "Ulaanbaatar"), a ministry or an agency (MOFCOM, DGFT, CBSA, KTC, the Trade Remedies
   Authority, the Commerce Department, the European Commission), or the place only in a
   wire's dateline lede under a title naming none ("KINSHASA, March 3 (Reuters) - ...").
2. **Several countries in one headline**: several origins or importers, exemptions for
   several, a list in the lede ("from four countries" + the lede's list): the first named is
   the headline's own reading (README, "the headline's own reading keeps the first named").
3. **Retaliation and counter-measures**: the counter-duty's importer is the one who hits back,
   its origin the side answered ("China hits back with tariffs on US copper scrap": US -> CN),
   told by "hits back", "counters", "retaliatory", "in response to", a kicker, or in the lede.

Near misses of each kind (an investigation, a company's own act, talks, a denial, a list that
is no measure) must stay no event.

First time, on the engine before the change (labels written first). The first batch (101
cases): places 54 of 55, several 22 of 24, retaliation 19 of 22; metals 86 of 88. Four labels
were put right after that run, each to a reading the project already documents: an export
ban or curb told as the answer to a country's measure is aimed at that country ("Beijing
answers Washington's chip curbs with gallium export ban": CN -> US, not ``*``; README, "the
country an export measure is aimed at ... as its destination", as ``test_classifier_kinds_16.py``
reads "hits back at Dutch curbs"), twice; and metals the lede lists together with the title's
are the measure's ("Gold import duty cut to 6%" whose lede cuts the duty on gold and silver:
CHANGELOG, "metals listed together in the lede"), twice. A second batch (17 cases, labelled
before the engine read it, still on the unchanged engine) for the phrasings the first read
wrong: places 4 of 6 (the imposer's demonym before "import tax", "dumping duties"), several
3 of 5 (spared from a "hike" or an "increase"), retaliation 4 of 6 (a kicker naming a measure,
"Counter-measures:"); metals 16 of 17. A third batch (10 cases, labelled before the engine
read it, still on the unchanged engine) of more such phrasings and of guards around them
(readings that must not move): places 3 of 5, several 0 of 2 (an active "spares ... from"),
retaliation 2 of 3 (one a near miss); metals 8 of 9. In all, before the change: 113 of the
128 readings, 112 of the 114 metals.

Fixed, by kind: the demonym of the measure's country after "exempted from", "spared from",
"relief from", before goods, flow or remedy words and the measure ("Chilean copper exempted
from Chinese import tax", "Japan exempted from Australian steel duties") imposes it, the party
named before is the spared one (``spared_from_its`` in ``tui/engine/classifier_importers.py``,
read by ``classifier_owners.py``); the first of a list before goods ("exempts UAE, Singapore
gold") is the goods' origin too (``listed_before_goods``); an active "spares ... from" a
measure releases as "exempts" does, and only before "from" and a measure noun ("Trump Spares
Copper Market From Worst With 50% Duty" stays the duty: ``tui/engine/classifier_spares.py``);
a retaliation kicker ("Countermeasures:", "Counter-measures:", "Tit-for-tat tariffs:",
"Reprisals:") is set aside as a topic kicker (``_TOPIC_WORDS`` in
``tui/engine/classifier_lead_in.py``). A fourth batch (7 cases, written after the change,
labelled before the changed engine read it): 7 of 7. After: 133 of 135 readings, metals 121 of
121; two strict ``xfail`` ("relieved of"; spared countries only in the lede's "exempted steel
from ..."). Both read right since session 30: "relieved of" is read as "spared from"
(``tui/engine/classifier_spared_words.py``, ``test_classifier_kinds_90.py`` kind 1), and a
demonym after "exempted from" names the imposer also when the title names no spared place, so
the lede's "from Japan" gives the origin (``classifier_importers.py``, kind 2 there).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of corridors and metals.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind
from kinds_goods import GoodsCase, check_metals, metals_params, reading_params, unknown_xfails

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []


def _m(*ids: str) -> frozenset[str]:
    return frozenset(ids)


NONE: frozenset[str] = frozenset()

#: kind 1, places named by a demonym, a capital or city, an agency, or only in the lede.
PLACES: list[GoodsCase] = [
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
RETALIATION: list[GoodsCase] = [
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
    (
        "Tit-for-tat tariffs: Ottawa hits US aluminium with 25% surtax",
        "",
        ("tariff", "US", "CA", False),
        _m("aluminium"),
    ),
    # third batch (labelled before the engine read it, still on the unchanged engine)
    (
        "Reprisals: Japan raises duties on Chinese aluminium",
        "",
        ("tariff", "CN", "JP", False),
        _m("aluminium"),
    ),
    (
        "Countermeasures: EU lists US steel, aluminium for possible duties",
        "",
        ("tariff", "US", "EU", True),
        _m("steel", "aluminium"),
    ),
    # fourth batch (written after the change, labelled before the changed engine read it)
    (
        "Tit-for-tat: Beijing bans antimony exports to US",
        "",
        ("suspended", "CN", "US", False),
        _m("antimony"),
    ),
    (
        "Retaliatory tariffs: Canada hits US steel with 25% surtax",
        "",
        ("tariff", "US", "CA", False),
        _m("steel"),
    ),
    # near misses: retaliation denied or ruled out
    ("EU says it will not retaliate against US steel tariffs", "", None, NONE),
    ("Retaliation: a timeline of China's rare earth export curbs", "", None, NONE),
    ("Australia rules out retaliation against US aluminium tariffs", "", None, NONE),
]

#: Cases still read wrong, by title: the reading's and the metals' reasons.
READING_XFAIL: dict[str, str] = {}
METALS_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(PLACES, READING_XFAIL))
def test_places_named_other_than_by_the_country(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(SEVERAL, READING_XFAIL))
def test_several_countries_in_one_headline(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), reading_params(RETALIATION, READING_XFAIL))
def test_retaliation_and_counter_measures(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "metals"), metals_params(PLACES + SEVERAL + RETALIATION, METALS_XFAIL)
)
def test_the_metals_of_these_measures(title: str, summary: str, metals: frozenset[str]) -> None:
    check_metals(title, summary, metals)


def test_every_xfail_names_a_case() -> None:
    every = PLACES + SEVERAL + RETALIATION
    assert not unknown_xfails(every, READING_XFAIL)
    assert not unknown_xfails([c for c in every if c[2] is not None], METALS_XFAIL)
