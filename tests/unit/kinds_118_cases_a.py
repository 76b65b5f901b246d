"""Measures of ``test_classifier_kinds_118.py`` (the first 30 rows): two paraphrases each of
studied measure rows the engine reads right, told in other outlets' styles. Labelled before the
engine read them; the first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): measures, each want the row's own label.
MEASURES: list[Any] = [
    # rh2-100
    (
        "Lithium concentrate exports to be banned from January 2027, government says",
        "",
        ("suspended", "*", "*", False, "lithium", None),
    ),
    (
        "Total ban on lithium concentrate exports set for 2027 as government pushes local processing",
        "",
        ("suspended", "*", "*", False, "lithium", None),
    ),
    # rhj-105
    (
        "New Delhi tightens curbs on silver jewellery imports from Thailand",
        "",
        ("licensing", "TH", "IN", False, "silver", None),
    ),
    (
        "Import restrictions on Thai silver jewellery tightened by India",
        "",
        ("licensing", "TH", "IN", False, "silver", None),
    ),
    # rh2-110
    (
        "Commerce sets preliminary countervailing duties on aluminum extrusions from China, Indonesia, Mexico, Turkey",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    (
        "Aluminum extrusions from China and Indonesia hit with preliminary U.S. duties",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    # rw-035
    (
        "Washington cuts tariff on Turkish steel by half to 25%",
        "",
        ("resuming", "TR", "US", False, "steel", None),
    ),
    (
        "Turkish steel tariff halved by U.S. to 25 per cent",
        "",
        ("resuming", "TR", "US", False, "steel", None),
    ),
    # rhx-058
    (
        "Biden calls for tripling of tariffs on Chinese steel, aluminium",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
    ),
    (
        "Tariffs on Chinese steel and aluminium could triple under Biden plan",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
    ),
    # rhx-095
    (
        "Washington puts tariffs on 1-kilo and 100-ounce gold bars - FT",
        "Switzerland, the world's largest gold refining hub, shipped about $61.5 billion of gold to the United States in the year to June.",
        ("tariff", "CH", "US", False, "gold", None),
    ),
    (
        "Gold bars of one kilo and 100 ounces now subject to US tariffs, FT reports",
        "The ruling hits Switzerland, which refines most of the world's gold and shipped $61.5 billion of it to the U.S. in the year to June.",
        ("tariff", "CH", "US", False, "gold", None),
    ),
    # rhc-077
    (
        "Manila weighs 10 per cent export tax on nickel ore",
        "",
        ("tariff", "PH", "*", True, "nickel", 10),
    ),
    (
        "A 10% tax on nickel ore exports is being considered by the Philippines",
        "",
        ("tariff", "PH", "*", True, "nickel", 10),
    ),
    # rhe-084
    (
        "MOFCOM and customs announce export controls on medium and heavy rare earths",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "Beijing tightens export management of medium and heavy rare earths with new controls",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    # rh2-064
    (
        "Ottawa finalises list of Chinese steel and aluminum products facing 25 per cent tariff",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    (
        "25% tariff to apply to Chinese-made steel, aluminum products as Canada publishes final list",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    # rhk-010
    (
        "Beijing to increase export duties on some steel products from August 1",
        "",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    (
        "Export tariffs on some Chinese steel products to rise from Aug 1, finance ministry says",
        "",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    # rha-152
    (
        "White House strengthens actions adjusting imports of aluminum, steel and copper",
        "",
        ("tariff", "*", "US", False, "aluminium steel copper", None),
    ),
    (
        "Proclamation strengthens tariffs on aluminum, steel and copper imports into the United States",
        "",
        ("tariff", "*", "US", False, "aluminium steel copper", None),
    ),
    # rhb-097
    (
        "Bangkok proposes extending anti-dumping duties on Vietnamese cold-rolled steel for five years",
        "",
        ("tariff", "VN", "TH", True, "steel", None),
    ),
    (
        "Anti-dumping duties on cold-rolled steel from Vietnam could be extended five years, Thai authority proposes",
        "",
        ("tariff", "VN", "TH", True, "steel", None),
    ),
    # rhf-075
    (
        "Gold export duty could be scrapped from June 1, Russian finance ministry says",
        "",
        ("resuming", "RU", "*", True, "gold", None),
    ),
    (
        "Moscow may cancel gold export duty from June 1",
        "",
        ("resuming", "RU", "*", True, "gold", None),
    ),
    # twe-013
    (
        "Section 232 steel and aluminum tariffs extended to derivative products from February 8",
        "",
        ("tariff", "*", "US", False, "steel aluminium", None),
    ),
    (
        "Trump widens steel, aluminum tariffs to derivatives starting Feb. 8",
        "",
        ("tariff", "*", "US", False, "steel aluminium", None),
    ),
    # rw-041
    (
        "White House: Biden will ask USTR to triple tariffs on Chinese steel, aluminum",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
    ),
    pytest.param(
        "Biden seeks threefold rise in tariffs on Chinese steel and aluminium",
        "",
        ("tariff", "CN", "US", True, "steel aluminium", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'rise in tariffs' after 'seeks' is vetoed as market news (a rise with no policy verb)",
        ),
    ),
    # rw2-130
    (
        "Brussels extends steel import quotas by three years to mid-2024",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Steel safeguard quotas kept for three more years by the EU",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rw3-073
    (
        "Indonesia allows copper concentrate exports until May 2024 for firms building smelters",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    pytest.param(
        "Copper concentrate exports to continue to May 2024 for smelter builders, Jakarta says",
        "",
        ("resuming", "ID", "*", False, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="exports let 'continue to' a date: 'continue' is no trigger word, no event read",
        ),
    ),
    # rhe-116
    (
        "Beijing to restrict antimony exports from September 15",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Antimony export restrictions announced by China's commerce ministry",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    # rh-142
    (
        "200% tariff on Russian aluminum imposed by Biden proclamation",
        "",
        ("tariff", "RU", "US", False, "aluminium", 200),
    ),
    (
        "Washington hits Russian aluminium with 200 per cent tariff",
        "",
        ("tariff", "RU", "US", False, "aluminium", 200),
    ),
    # rhl-181
    (
        "Customs notification rescinds anti-dumping duty on Chinese alloy steel bars and rods",
        "",
        ("resuming", "CN", "*", False, "steel", None),
    ),
    (
        "Anti-dumping duty on alloy-steel bars and rods from China rescinded",
        "",
        ("resuming", "CN", "*", False, "steel", None),
    ),
    # rw3-041
    (
        "Ottawa's 25 per cent surtax on Chinese steel, aluminium takes effect",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    (
        "OTTAWA - Surtax of 25% on steel and aluminium from China comes into force, Finance Department says",
        "",
        ("tariff", "CN", "CA", False, "steel aluminium", 25),
    ),
    # rh-006
    (
        "Beijing puts export controls on gallium and germanium items",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Export controls imposed by China on gallium, germanium-related items",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # rho-108
    (
        "Commerce issues anti-dumping orders on corrosion-resistant steel from Brazil, Mexico and eight others",
        "",
        ("tariff", "BR", "US", False, "steel", None),
    ),
    (
        "U.S. antidumping duty orders issued on corrosion-resistant steel from Brazil and Mexico",
        "",
        ("tariff", "BR", "US", False, "steel", None),
    ),
    # rw3-037
    (
        "Brussels proposes banning Russian gold in new sanctions package",
        "",
        ("suspended", "RU", "EU", True, "gold", None),
    ),
    (
        "Ban on Russian gold proposed by European Commission",
        "",
        ("suspended", "RU", "EU", True, "gold", None),
    ),
    # rh2-105
    (
        "Bishkek temporarily bans gold ore exports",
        "",
        ("suspended", "KG", "*", False, "gold", None),
    ),
    (
        "Export of gold ores from Kyrgyzstan temporarily banned",
        "",
        ("suspended", "KG", "*", False, "gold", None),
    ),
    # rw-011
    (
        "Mexico scraps retaliatory tariffs on U.S. steel and pork",
        "",
        ("resuming", "US", "MX", False, "steel", None),
    ),
    (
        "Retaliatory tariffs on American steel, pork lifted by Mexico City",
        "",
        ("resuming", "US", "MX", False, "steel", None),
    ),
    # rhx-031
    (
        "Mexico reinstates 15 per cent steel tariff for countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    (
        "15% steel tariff on non-FTA countries renewed by Mexico, official gazette shows",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    # rh2-095
    (
        "Finance ministry imposes anti-dumping duty on aluminium foil from China",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    (
        "Chinese aluminium foil imports hit with provisional anti-dumping duty",
        "",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
    # rh-043
    (
        "Brussels' steel safeguard goes live: quotas halved, out-of-quota tariff doubled to 50%",
        "",
        ("quota", "*", "EU", False, "steel", 50),
    ),
    (
        "EU steel quotas take effect, with a 50% duty on shipments above them",
        "",
        ("quota", "*", "EU", False, "steel", 50),
    ),
    # rhe-090
    (
        "OFAC prohibits imports of Russian-origin aluminum, copper and nickel",
        "",
        ("suspended", "RU", "US", False, "aluminium copper nickel", None),
    ),
    (
        "U.S. Treasury bans imports of aluminium, copper, nickel of Russian origin",
        "",
        ("suspended", "RU", "US", False, "aluminium copper nickel", None),
    ),
]
