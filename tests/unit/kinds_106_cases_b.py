"""Measures of ``test_classifier_kinds_106.py``: two paraphrases of each of the last 25 of 50
studied rows the engine read right, written as ``kinds_106_cases_a.py`` describes.
"""

from __future__ import annotations

from typing import Any

import pytest

_EXPLAINER = "an explainer's title (\"What ... means for\") naming the metal: the lede's measure is its topic"
_MARKET = "market news whose lede or title names the measure only as the cause of a price or market move (most here under a title naming neither); the README reads a measure named only as the backdrop of market news as no event: not widened"
_MAY_FACE = 'goods that "may face" another\'s duties read as a forecast; its lede-led form takes the origin from "American steel" beside the plan'

#: (title, summary, want): measures, as the rows they paraphrase were labelled.
MORE_MEASURES: list[Any] = [
    # twf-123
    (
        "Japanese and Chinese aluminum printing plates now subject to US antidumping duty orders",
        "",
        ("tariff", "JP", "US", False, "aluminium", None),
    ),
    (
        "Commerce issues printing plate orders",
        "Commerce has issued antidumping duty orders on aluminum lithographic printing plates from Japan and China, and a countervailing duty order on plates from China.",
        ("tariff", "JP", "US", False, "aluminium", None),
    ),
    # rhz-089
    (
        "Stock futures edge up despite Trump's planned steel and aluminum tariffs",
        "",
        ("tariff", "*", "US", True, "aluminium steel", None),
    ),
    pytest.param(
        "US futures higher on Sunday evening as inflation data looms",
        "US stock index futures rose on dip buying after President Donald Trump said he plans to impose more tariffs on steel and aluminum imports.",
        ("tariff", "*", "US", True, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # nin-093
    (
        "Japanese and Korean hot rolled steel sections face adjusted Australian anti-dumping duties",
        "",
        ("tariff", "JP", "AU", False, "steel", None),
    ),
    (
        "Australia's Anti-Dumping Commission completes sections inquiry",
        "Australia has adjusted its anti-dumping duties on hot rolled structural steel sections from Japan, South Korea, Taiwan and Thailand to protect local industry.",
        ("tariff", "JP", "AU", False, "steel", None),
    ),
    # rhz-079
    (
        "Norsk Hydro slips as Trump plans 25% tariffs on aluminum and steel imports",
        "",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    pytest.param(
        "Norsk Hydro down 0.9% in Europe",
        "Norsk Hydro fell in European trading on Monday after President Trump said he plans 25% tariffs on steel and aluminum imports from all countries.",
        ("tariff", "*", "US", True, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rha-157
    (
        "Chinese and Malaysian stainless steel pipe makers to pay Eurasian anti-dumping duty until 2029",
        "",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    (
        "Eurasian Economic Commission keeps its guard up",
        "The Eurasian Economic Commission has extended the anti-dumping duty on cold-deformed seamless stainless steel pipes from China and Malaysia until January 22, 2029.",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    # rho-056
    (
        "Chinese and Korean cold-rolled steel to stay under US countervailing duty orders",
        "",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    (
        "Cold-rolled flat products: sunset reviews end",
        "The Commerce Department is continuing the countervailing duty orders on cold-rolled steel flat products from China and South Korea after finding that revocation would likely lead to renewed subsidies and injury.",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    # rha-130
    (
        "Treasury yields hold steady despite Trump's planned 25% steel and aluminum tariffs",
        "",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    pytest.param(
        "Treasury yields in a tight range on Monday",
        "Yields on US government debt held steady even though President Donald Trump plans to impose 25% tariffs on imports of steel and aluminum.",
        ("tariff", "*", "US", True, "aluminium steel", 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rha-149
    (
        "Finished steel importers in Brazil get new quota volumes",
        "",
        ("quota", "*", "BR", False, "steel", None),
    ),
    (
        "Siscomex publishes new volumes",
        "Brazil has set the volumes of the import quotas for finished steel that replace those which ended on May 31, 2025.",
        ("quota", "*", "BR", False, "steel", None),
    ),
    # rhz-073
    (
        "Indian metal stocks lead losses on Trump's planned steel and aluminum tariffs",
        "",
        ("tariff", "*", "US", True, "aluminium steel", None),
    ),
    pytest.param(
        "Nifty, Sensex lower on Monday",
        "Indian shares fell, led by metal stocks, after President Donald Trump said he would impose new tariffs on all steel and aluminum imports into the US.",
        ("tariff", "*", "US", True, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rhr-111
    (
        "Steel coils from three countries face proposed provisional EU anti-dumping duties",
        "",
        ("tariff", "*", "EU", True, "steel", None),
    ),
    (
        "Brussels moves on steel coil imports",
        "The European Union has proposed provisional anti-dumping duties on steel coils from three countries.",
        ("tariff", "*", "EU", True, "steel", None),
    ),
    # twf-053
    (
        "Indian and Indonesian stainless steel exporters hit with EU countervailing duties",
        "",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    (
        "EU finds unfair subsidies in stainless imports",
        "The European Union has imposed countervailing duties on cold-rolled flat stainless steel from India and Indonesia, on top of its existing anti-dumping duties.",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    # rha-031
    (
        "Chinese and Mexican structural steel now subject to US anti-dumping duties",
        "",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    (
        "Commerce acts on structural steel dumping",
        "The US Commerce Department said on Wednesday it has imposed duties on structural steel from China and Mexico after finding it was dumped below fair value.",
        ("tariff", "CN", "US", False, "steel", None),
    ),
    # rho-076
    pytest.param(
        "Futures slip as investors weigh Trump's new steel and aluminum levies",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "What's moving markets: futures lower, earnings ahead",
        "US stock futures edged down on Tuesday as investors assessed the new broad-based levies the Trump administration has imposed on steel and aluminum imports.",
        ("tariff", "*", "US", False, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # twf-161
    (
        "Importers of Galvalume steel to pay 40.47% anti-dumping duty, Pakistan's NTC rules",
        "",
        ("tariff", "*", "PK", False, "steel", 40.47),
    ),
    (
        "NTC decision protects domestic industry",
        "The National Tariff Commission has imposed a 40.47% anti-dumping duty on Galvalume steel.",
        ("tariff", "*", "PK", False, "steel", 40.47),
    ),
    # rhr-113
    (
        "Flat steel importers in India face proposed 12% safeguard duty",
        "",
        ("tariff", "*", "IN", True, "steel", 12),
    ),
    pytest.param(
        "What India's import plan means for the domestic steel market",
        "India's government has proposed a 12% safeguard duty on imports of flat steel.",
        ("tariff", "*", "IN", True, "steel", 12),
        marks=pytest.mark.xfail(strict=True, reason=_EXPLAINER),
    ),
    # rho-047
    (
        "Indian and Chinese steel threaded rod now subject to US countervailing duty orders",
        "",
        ("tariff", "IN", "US", False, "steel", None),
    ),
    (
        "Commerce issues threaded rod orders",
        "Following affirmative final determinations by Commerce and the ITC, countervailing duty orders have been issued on carbon and alloy steel threaded rod from India and China.",
        ("tariff", "IN", "US", False, "steel", None),
    ),
    # twf-153
    (
        "China's ban on silver exports to take effect Jan 1, 2026",
        "",
        ("suspended", "CN", "*", False, "silver", None),
    ),
    (
        "Silver market braces for a supply shock",
        "China will begin banning exports of silver from January 1, 2026, removing about 13% of global supply.",
        ("suspended", "CN", "*", False, "silver", None),
    ),
    # rhr-091
    pytest.param(
        "Chinese steel may face Indian safeguard duties as New Delhi weighs US imports",
        "",
        ("tariff", "CN", "IN", True, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MAY_FACE),
    ),
    pytest.param(
        "India looks at buying American steel to counter Trump tariffs",
        "India is considering safeguard duties on steel from China while it explores imports of US steel.",
        ("tariff", "CN", "IN", True, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MAY_FACE),
    ),
    # rha-139
    (
        "Live updates: Trump readies 25% steel and aluminum tariffs; Gabbard vote",
        "",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    (
        "Live updates: Senate returns as Gabbard faces vote",
        "President Trump said he will announce 25 percent tariffs on steel and aluminum on Monday and reciprocal tariffs in the following days.",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    # rho-070
    (
        "Trump set to unveil 25% tariffs on all steel and aluminum imports; economist warns of damage",
        "",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    (
        "Economist: Trump is 'making US manufacturing globally uncompetitive'",
        "President Donald Trump announced plans to impose a 25% tariff on all steel and aluminum imports, recalling his 2018 metal tariffs.",
        ("tariff", "*", "US", True, "aluminium steel", 25),
    ),
    # rhr-167
    (
        "China's tighter curbs on rare-earth magnet exports vindicate GM's bet",
        "",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    (
        "GM's bet on its own magnet supply pays off",
        "China has tightened exports of rare-earth magnets, leaving carmakers without other sources scrambling.",
        ("licensing", "CN", "*", False, "rare-earths", None),
    ),
    # twe-013
    (
        "Section 232 steel and aluminum tariffs extended to derivative products from February 8th",
        "",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    (
        "Derivative products join the Section 232 list",
        "President Trump will expand the Section 232 tariffs on steel and aluminum to cover derivative products as well as the raw metals, starting February 8.",
        ("tariff", "*", "US", False, "aluminium steel", None),
    ),
    # rhz-173
    (
        "Venezuela's gold, oil and gas sectors get temporary relief from US sanctions after election deal",
        "",
        ("resuming", "VE", "US", False, "gold", None),
    ),
    (
        "US responds to Venezuela electoral agreement",
        "Washington has temporarily lifted the economic sanctions on Venezuela's oil, gas and gold sectors after the government and the opposition reached an electoral agreement.",
        ("resuming", "VE", "US", False, "gold", None),
    ),
    # twf-065
    (
        "Korean and Chinese galvanised steel freed from Vietnam's anti-dumping duties",
        "",
        ("resuming", "KR", "VN", False, "steel", None),
    ),
    (
        "Vietnam's trade ministry ends a measure",
        "The Ministry of Industry and Trade has terminated the anti-dumping duties on several galvanised steel products from South Korea and China.",
        ("resuming", "KR", "VN", False, "steel", None),
    ),
    # rho-075
    (
        "Sensex falls 548 points on Trump's planned steel and aluminium tariffs",
        "",
        ("tariff", "*", "US", True, "aluminium steel", None),
    ),
    pytest.param(
        "Indian equities slide on Monday",
        "The BSE Sensex lost 548 points after US President Donald Trump said he plans to impose tariffs on steel and aluminium imports and reciprocal tariffs on countries that tax US goods.",
        ("tariff", "*", "US", True, "aluminium steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
]
