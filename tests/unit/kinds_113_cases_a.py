"""Non-measures of ``test_classifier_kinds_113.py``, first part: two paraphrases each of 40 studied
rows labelled no event that name a measure word and that the engine read right, in other
outlets' styles. Labelled (the row's own label, no event) before the engine read them; the
kinds, first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it: ``None`` for no event.
The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): paraphrases of the first 40 rows picked.
NON_MEASURES: list[Any] = [
    # rho-008
    ("US tariff list takes in ketchup, handbags and game consoles", "", None),
    (
        "Which imports face the new US tariffs? Handbags, ketchup and consoles top the list",
        "",
        None,
    ),
    # rhn-183
    (
        "Commerce completes expedited sunset reviews of antidumping orders on cold-rolled steel from Brazil, China and India",
        "",
        None,
    ),
    (
        "Sunset reviews: cold-rolled steel flat products from Brazil, China, India, Japan, Korea and the UK",
        "Commerce finds that revoking the antidumping duty orders would likely lead to continued dumping and will notify the ITC of the margins likely to prevail.",
        None,
    ),
    # rhb-107
    ("India prolongs sugar export restrictions by a year", "", None),
    ("Sugar export curbs stay in place in India until October 2023", "", None),
    # rhx-085
    ("Canadian softwood lumber to keep facing US duties after sunset review", "", None),
    ("ITC vote keeps US anti-dumping duties on Canadian lumber in place", "", None),
    # rh4-022
    ("Is the outcome of the EU's 2022 steel safeguard review a foregone conclusion?", "", None),
    ("Analysis: EU steel safeguard review looks settled before it starts", "", None),
    # rha-033
    ("Trump puts off higher tariffs on Chinese goods, citing 'substantial' progress", "", None),
    ("Tariff hike on China postponed as US touts deal progress", "", None),
    # rw2-075
    ("Greenland parliament outlaws uranium mining", "", None),
    ("Uranium mining ban becomes law in Greenland", "", None),
    # rhp-066
    ("Mongolia bill would scrap foreign worker quota", "", None),
    ("Mongolian lawmakers receive bill abolishing quota on foreign labour at mines", "", None),
    # rhb-020
    ("Saudi Arabia opens anti-dumping probe into welded steel pipe imports", "", None),
    ("Steel pipes: Saudi trade authority starts dumping investigation", "", None),
    # rhd-142
    ("China's first 2022 rare earth mining quota set at 100,800 tonnes", "", None),
    ("Beijing issues first batch of 2022 rare earth production quotas", "", None),
    # rhj-146
    ("UK Steel puts numbers on likely quota volumes under US Section 232 deal", "", None),
    (
        "How much UK steel can enter the US under the new TRQs? Industry body estimates volumes",
        "",
        None,
    ),
    # rhy-188
    (
        "Laminate suppliers ration copper-clad laminate with quota system as lead times reach six months",
        "",
        None,
    ),
    ("PCB makers face allocation quotas as laminate shortage deepens", "", None),
    # rhz-167
    ("Markets rattled by Trump's tariff swings: worse to come?", "", None),
    (
        "Will Trump's tariff outbursts keep spooking investors?",
        "In February the US president announced 25% tariffs on all imports of steel and aluminium, effective early next month.",
        None,
    ),
    # rha-004
    ("BAE Systems stock drops on German arms export ban to Saudi Arabia", "", None),
    ("German ban on Saudi arms exports hits BAE Systems shares", "", None),
    # rhm-011
    ("Palladium surges on fears of Russia sanctions", "", None),
    ("Palladium price jumps as traders fear embargo on Russian metal", "", None),
    # rhk-054
    (
        "CBP corrects cash deposit instructions for countervailing duty order on Korean large diameter welded pipe",
        "",
        None,
    ),
    (
        "CSMS bulletin: corrected cash deposit rates for CVD order on welded pipe from Korea (C-580-898)",
        "",
        None,
    ),
    # twe-099
    ("Steel producers call for 25% safeguard tariff on imports", "", None),
    ("Domestic mills petition for safeguard duty of 25% on steel imports", "", None),
    # rho-103
    ("Update: 50% US tariffs on metals now in force", "", None),
    ("Trump's doubled metals tariffs kick in, UK spared", "", None),
    # rhf-031
    ("Saudi Arabia shelves plan to raise steel customs duties", "", None),
    ("Saudi customs puts steel tariff hike on hold indefinitely in surprise reversal", "", None),
    # rha-003
    ("Nucor CEO credits steel tariffs for new billion-dollar mill", "", None),
    ("US steel tariffs paid for our new plant, Nucor chief says", "", None),
    # rhe-078
    ("Argentina voices worry over US tariffs on aluminium", "", None),
    ("Milei to raise US steel and aluminium tariff concerns in Washington", "", None),
    # rhp-044
    ("Trump won't commit on steel, aluminium tariffs for Brazil", "", None),
    ("Will Brazil face US metals tariffs? Trump declines to say", "", None),
    # rhf-109
    ("Cabinet keeps raw mineral export ban, miners face trouble", "", None),
    ("Miners dismayed as Uganda's cabinet upholds ban on exporting unprocessed minerals", "", None),
    # rhc-030
    ("Coca-Cola wary of aluminium price spike on top of US tariffs", "", None),
    ("Aluminium costs from tariffs and Middle East war weigh on Coca-Cola", "", None),
    # rh3-040
    (
        "Pakistan embassy in China pushes back on proposed aluminium, copper ingot export ban",
        "",
        None,
    ),
    ("Diplomats oppose fan makers' call to ban exports of copper and aluminium ingots", "", None),
    # rhd-094
    ("Licensing hurdles and weak output hold back Sri Lanka's graphite", "", None),
    ("Sri Lankan graphite miners battle licensing delays", "", None),
    # rho-156
    ("Canada threatens to hold up USMCA ratification over US steel, aluminium tariffs", "", None),
    ("Ottawa ties new NAFTA ratification to end of metals tariffs", "", None),
    # rho-035
    ("UK adjusts tariff schedule as no-deal Brexit nears", "", None),
    ("No-deal Brexit: Britain revises planned tariffs", "", None),
    # rhm-143
    ("Kazakhstan drafts six-month timber export ban", "", None),
    ("Timber exports from Kazakhstan to be prohibited for six months", "", None),
    # rhx-119
    ("Vietnam launches anti-dumping investigation into Chinese aluminium", "", None),
    ("Chinese aluminium products targeted by Vietnamese dumping probe", "", None),
    # nin-037
    ("Beijing hits British MPs and groups with sanctions over Xinjiang", "", None),
    ("UK lawmakers sanctioned by China in Xinjiang row", "", None),
    # rw2-151
    ("Japan tightens export controls on 23 chip equipment items", "", None),
    ("Chipmaking tools: Tokyo expands export control list by 23 items", "", None),
    # rhz-154
    ("Auto tariffs could start in April, Trump says as he unveils energy council", "", None),
    ("Trump floats April start for car tariffs", "", None),
    # nin-011
    (
        "Commerce: revoking countervailing duty order on Taiwanese electrical steel would likely lead to continued subsidies",
        "",
        None,
    ),
    (
        "Expedited sunset review of CVD order on non-oriented electrical steel from Taiwan: final results",
        "",
        None,
    ),
    # rhy-167
    ("Indian industry cheers thaw in US tariff tensions", "", None),
    ("Exporters see renewed stability as India-US tariff row eases", "", None),
    # rhr-143
    ("Comex copper premium hits record on Trump's tariff moves", "", None),
    ("Record US copper premium follows Trump tariff steps", "", None),
    # rhe-013
    ("Ukraine's scrap sector reels under export ban", "", None),
    ("Scrap dealers in Ukraine hit hard by zero export quota", "", None),
    # rhd-117
    ("Trump: 100% tariffs on patented drugs unless drugmakers build US plants", "", None),
    ("Branded pharmaceuticals face 100% US tariff, Trump says", "", None),
    # rhl-107
    ("China lifts barley tariffs on Australia as ties thaw", "", None),
    ("Australian barley freed from Chinese duties", "", None),
    # rh-080
    ("Tariff risk and tight supply point to a bumpy 2026 for copper", "", None),
    ("Copper outlook 2026: deficits, tariffs to drive volatility", "", None),
]
