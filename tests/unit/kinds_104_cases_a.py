"""Measures of ``test_classifier_kinds_104.py``: two paraphrases of each of the first 23 of 50
studied rows the engine read right, labelled with the row's own label before the engine read them; the kinds,
first-time counts and fixes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``(status, origin, destination, proposed, metals, rate)``. The comment above a pair names the
row it paraphrases; the first of a pair is headline-only in another outlet's style, the second
changes the verb, the word order, names a country by capital, ministry or adjective or a metal
by a product form, with a short summary.
"""

from __future__ import annotations

from typing import Any

import pytest

SA = "steel aluminium"
_MARKET = (
    "market news whose cause is a measure, labelled the measure as its row is; the README reads "
    "a measure named only as the backdrop of market news as no event: not widened, the unseen "
    "sets being mostly such news"
)

#: (title, summary, want): measures, as the rows they paraphrase were labelled.
MEASURES: list[Any] = [
    # rha-133
    pytest.param(
        "German bond yields hold near five-week low as Trump vows 25% steel, aluminium tariffs",
        "",
        ("tariff", "*", "US", True, SA, 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    (
        "Bunds steady near one-month lows on Washington's tariff threat",
        "Yields on German government debt slipped on Monday after the US president said he "
        "would impose 25% duties on all imported steel and aluminium.",
        ("tariff", "*", "US", True, SA, 25),
    ),
    # rha-136
    (
        "NALCO shares gain on Q3 beat but US aluminium tariff hike limits rally",
        "",
        ("tariff", "*", "US", False, "aluminium", None),
    ),
    pytest.param(
        "Aluminium maker NALCO climbs after quarterly profit tops forecasts",
        "Shares of National Aluminium Co rose 1.2%; gains were capped by Washington's higher "
        "tariff on aluminium imports.",
        ("tariff", "*", "US", False, "aluminium", None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-058
    (
        "Commerce revokes AD/CVD orders on Chinese high-pressure steel cylinders after sunset "
        "review",
        "",
        ("resuming", "CN", "US", False, "steel", None),
    ),
    (
        "US ends anti-dumping and countervailing duties on steel gas cylinders from China",
        "The Commerce Department revoked the orders after the second sunset reviews drew no "
        "domestic interest in keeping them.",
        ("resuming", "CN", "US", False, "steel", None),
    ),
    # rho-061
    (
        "US keeps anti-dumping duties on stainless steel butt-weld pipe fittings from Italy, "
        "Malaysia, Philippines",
        "",
        ("tariff", "IT", "US", False, "steel", None),
    ),
    (
        "Anti-dumping orders on Italian, Malaysian and Philippine stainless steel pipe fittings "
        "continued",
        "Commerce and the ITC found that revoking the orders would likely lead to renewed "
        "dumping and injury, so the duties stay in place.",
        ("tariff", "IT", "US", False, "steel", None),
    ),
    # rho-065
    (
        "US extends anti-dumping duties on carbon steel wire rod from Belarus, Italy, Korea and "
        "seven others",
        "",
        ("tariff", "BY", "US", False, "steel", None),
    ),
    (
        "Washington keeps duties on steel wire rod from Belarus, Italy, South Korea, Russia and "
        "six more countries",
        "The orders continue after Commerce and the ITC found revocation would likely lead to "
        "renewed dumping.",
        ("tariff", "BY", "US", False, "steel", None),
    ),
    # rho-079
    pytest.param(
        "Loonie slips as investors brace for US steel, aluminum tariffs",
        "",
        ("tariff", "*", "US", True, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "Canada's currency dips ahead of Washington's expected metals levies",
        "The loonie weakened 0.1% against the greenback as investors weighed the threat of U.S. "
        "tariffs on steel and aluminum.",
        ("tariff", "*", "US", True, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-082
    pytest.param(
        "Aussie dollar shrugs off Trump's new steel and aluminium tariffs",
        "",
        ("tariff", "*", "US", False, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "Australian dollar holds firm despite US metals tariffs",
        "The Aussie was flat at $0.6272 as investors took President Trump's new tariffs on steel "
        "and aluminium in their stride.",
        ("tariff", "*", "US", False, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rho-126
    ("Guinea bans exports of raw gold - decree", "", ("suspended", "GN", "*", False, "gold", None)),
    (
        "Conakry halts unrefined gold exports",
        "Guinea's military leader Mamadi Doumbouya has banned the export of raw gold, a decree "
        "read on state television said.",
        ("suspended", "GN", "*", False, "gold", None),
    ),
    # rhr-051
    (
        "Trump slaps 25% tariffs on all steel and aluminium imports",
        "",
        ("tariff", "*", "US", False, SA, 25),
    ),
    (
        "25% duties on all foreign steel and aluminum ordered by White House",
        "President Trump signed proclamations imposing a 25% tariff on steel and aluminum "
        "imports from every country.",
        ("tariff", "*", "US", False, SA, 25),
    ),
    # rhz-068
    (
        "European shares edge up despite Trump's plan for 25% steel, aluminium tariffs",
        "",
        ("tariff", "*", "US", True, SA, 25),
    ),
    pytest.param(
        "Europe stocks shrug off US metals tariff threat",
        "European stocks traded higher on Monday even as President Trump said he plans to "
        "impose 25% tariffs on all steel and aluminum imports.",
        ("tariff", "*", "US", True, SA, 25),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rhz-090
    pytest.param(
        "US stock futures fall, dollar firms as Trump warns of steel, aluminium tariffs",
        "",
        ("tariff", "*", "US", True, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    pytest.param(
        "Dollar gains as Trump repeats tariff warnings",
        "Wall Street futures slipped after President Donald Trump again warned of imminent "
        "tariffs, including on steel and aluminium.",
        ("tariff", "*", "US", True, SA, None),
        marks=pytest.mark.xfail(strict=True, reason=_MARKET),
    ),
    # rhz-170
    (
        "Washington readies 200% tariff on Russian aluminium - sources",
        "",
        ("tariff", "RU", "US", True, "aluminium", 200),
    ),
    (
        "Russian aluminum faces 200% US duty as soon as this week",
        "The Biden administration is preparing to impose the tariff on Russian-made aluminum, "
        "according to people familiar with the matter.",
        ("tariff", "RU", "US", True, "aluminium", 200),
    ),
    # rhz-171
    (
        "Britain bans Belarusian gold imports in new sanctions over Ukraine war",
        "",
        ("suspended", "BY", "GB", False, "gold", None),
    ),
    (
        "London hits Minsk with sanctions, bars imports of its gold",
        "The UK government banned imports of Belarusian gold, cement, wood and rubber and "
        "restricted Belarus's access to British financial markets.",
        ("suspended", "BY", "GB", False, "gold", None),
    ),
    # rw-011
    (
        "Mexico scraps retaliatory duties on US steel, pork",
        "",
        ("resuming", "US", "MX", False, "steel", None),
    ),
    (
        "Mexican government removes tariffs it imposed on American steel products",
        "Mexico's economy ministry said the retaliatory tariffs on U.S. pork and steel products "
        "were lifted on Monday.",
        ("resuming", "US", "MX", False, "steel", None),
    ),
    # rw-063
    (
        "DR Congo caps cobalt exports at 96,600 t for 2026",
        "",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    (
        "Kinshasa fixes cobalt hydroxide export quota for next two years",
        "Congo's strategic minerals regulator ARECOMS will allow 96,600 tonnes of cobalt to be "
        "exported in each of 2026 and 2027.",
        ("quota", "CD", "*", False, "cobalt", None),
    ),
    # rw-075
    (
        "EU Commission proposes cutting steel import quotas by half, 50% duty beyond",
        "",
        ("quota", "*", "EU", True, "steel", 50),
    ),
    (
        "European Commission plans to halve tariff-free steel quotas",
        "Brussels proposed on Tuesday to cut duty-free import quotas for steel by almost half "
        "and to levy 50% on volumes above them.",
        ("quota", "*", "EU", True, "steel", 50),
    ),
    # rw-077
    (
        "EU's fourth sanctions package bans Russian iron and steel imports",
        "",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    (
        "Brussels bars imports of Russian steel products under new sanctions",
        "The European Union adopted a fourth package of sanctions on Moscow that bans imports "
        "of iron and steel from Russia.",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    # rw-081
    (
        "China to allow imports of recycled steel raw materials from Jan. 1",
        "",
        ("resuming", "*", "CN", False, "steel", None),
    ),
    (
        "Beijing ends ban on imports of recycled steel scrap from January",
        "China will allow imports of recycled steel raw materials that meet national standards "
        "from Jan. 1, the commerce ministry said.",
        ("resuming", "*", "CN", False, "steel", None),
    ),
    # rw-095
    (
        "Canada sets tariff-rate quotas on non-FTA steel, 50% surtax over limit",
        "",
        ("quota", "*", "CA", False, "steel", 50),
    ),
    (
        "Ottawa introduces steel import quotas for countries without trade deals",
        "Canada will apply tariff-rate quotas to steel imports from non-free-trade partners and "
        "charge a 50% surtax on shipments above them.",
        ("quota", "*", "CA", False, "steel", 50),
    ),
    # rw-111
    (
        "Brazil renews steel import quota scheme for 12 more months",
        "",
        ("quota", "*", "BR", False, "steel", None),
    ),
    (
        "Brasilia prolongs quota system on steel imports by a year",
        "Brazil's foreign trade chamber Gecex extended the tariff-rate quotas on some steel "
        "products for another 12 months.",
        ("quota", "*", "BR", False, "steel", None),
    ),
    # rw-113
    (
        "Trump sets 50% tariff on semi-finished copper products from Aug. 1, cathodes exempt",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Copper pipes and wire to face 50% US duty from August 1",
        "A proclamation signed by President Trump imposes a 50% tariff on semi-finished copper "
        "products such as pipes and wiring, while refined copper cathode is exempt.",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    # rw-131
    (
        "US expands 50% steel and aluminum tariffs to 407 more product categories",
        "",
        ("tariff", "*", "US", False, SA, 50),
    ),
    (
        "Commerce widens metals tariffs to wind turbines, furniture",
        "The Commerce Department added 407 product categories to the list of steel and aluminum "
        "derivatives subject to 50% tariffs.",
        ("tariff", "*", "US", False, SA, 50),
    ),
    # rw-139
    (
        "Namibia prohibits exports of unprocessed lithium ore",
        "",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
    (
        "Windhoek bars raw lithium exports to capture more value at home",
        "Namibia's government has banned exports of unprocessed lithium and other critical "
        "minerals.",
        ("suspended", "NA", "*", False, "lithium", None),
    ),
]
