"""Measures of ``test_classifier_kinds_109.py``: two paraphrases of each of the 18th to 34th of
50 studied wire rows the engine read right, labelled with the row's own label before the engine
read them; the layout is ``kinds_109_cases_a.py``'s.
"""

from __future__ import annotations

from typing import Any

import pytest

SA = "steel aluminium"
_MUST_REGISTER = (
    "an obligation told by a verb ('importers must now register'): the registration nouns are "
    "read, the verb is not"
)
_KEEP_SHIPPING = (
    "firms that 'may keep shipping' until a date: a permission told by 'keep' and a gerund of "
    "a flow verb, no flow or measure noun"
)

#: (title, summary, want): measures, as the rows they paraphrase were labelled.
MORE_MEASURES: list[Any] = [
    # rw2-150
    (
        "Commerce issues final AD/CVD duties on aluminum wire and cable from China",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    (
        "China's aluminium wire, cable exporters face final U.S. duties",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    # rw-041
    (
        "Biden Calls for Tripling Tariffs on Chinese Steel, Aluminum",
        "",
        ("tariff", "CN", "US", True, SA, None),
    ),
    (
        "White House wants USTR to triple duties on China's steel and aluminium",
        "President Joe Biden will ask the trade representative to triple the tariff rate on "
        "Chinese steel and aluminium products.",
        ("tariff", "CN", "US", True, SA, None),
    ),
    # rw-037
    (
        "Trump proclamation keeps 25% tariff rate on UK steel imports",
        "",
        ("tariff", "GB", "US", False, "steel", 25),
    ),
    (
        "U.S. tariff on British steel stays at twenty-five percent under exemption",
        "",
        ("tariff", "GB", "US", False, "steel", 25),
    ),
    # rw-017
    (
        "Indonesia to ban nickel ore exports from Jan 1, 2020, two years early - ministry",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Jakarta moves nickel ore export ban forward two years to January 2020",
        "A senior mining ministry official said exports will be banned from Jan. 1, 2020.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    # rw2-153
    (
        "DGFT mandates prior registration for imports of copper, aluminium products",
        "",
        ("licensing", "*", "IN", False, "copper aluminium", None),
    ),
    pytest.param(
        "Importers of copper and aluminium in India must now register in advance",
        "",
        ("licensing", "*", "IN", False, "copper aluminium", None),
        marks=pytest.mark.xfail(strict=True, reason=_MUST_REGISTER),
    ),
    # rw3-049
    (
        "EU Commission adopts country-specific quotas in steel safeguard review",
        "",
        ("quota", "*", "EU", False, "steel", None),
    ),
    (
        "Brussels will allocate steel safeguard quotas by country after its review",
        "The change tightens the safeguard on imports of steel products, the Commission said.",
        ("quota", "*", "EU", False, "steel", None),
    ),
    # rw3-073
    (
        "Indonesia extends copper concentrate export permits for smelter builders to May 2024",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    pytest.param(
        "Smelter builders may keep shipping copper concentrate until May 2024, Jakarta says",
        "",
        ("resuming", "ID", "*", False, "copper", None),
        marks=pytest.mark.xfail(strict=True, reason=_KEEP_SHIPPING),
    ),
    # rw2-146
    (
        "EU imposes definitive anti-dumping duties on stainless steel cold-rolled flat products "
        "from India - OJ",
        "",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    (
        "Indian stainless steel exporters hit by EU anti-dumping duty",
        "The European Commission has set definitive duties on cold-rolled flat stainless steel "
        "from India.",
        ("tariff", "IN", "EU", False, "steel", None),
    ),
    # rw4-125
    (
        "Household appliances now pay 50% US tariff on steel content",
        "",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    # read since kinds 139 (classifier_place_levies: a place's metal levy told starting)
    (
        "U.S. 50pc steel levy takes effect on washing machines and fridges",
        "The Commerce Department notice applying the tariff to the steel content of household "
        "appliances took effect on Monday.",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    # rw2-027
    (
        "China's export licence requirement for gallium, germanium takes effect - MOFCOM",
        "",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    (
        "Exporters of gallium and germanium in China now need licences",
        "The commerce ministry's export control on the two metals took effect on Tuesday.",
        ("licensing", "CN", "*", False, "gallium germanium", None),
    ),
    # rw2-125
    (
        "UK extends steel safeguard quotas by three years",
        "",
        ("quota", "*", "GB", False, "steel", None),
    ),
    (
        "British government keeps steel import quotas for another three years despite trade body",
        "",
        ("quota", "*", "GB", False, "steel", None),
    ),
    # rw3-059
    (
        "Vietnam allows licensed companies to import gold bars under new decree",
        "",
        ("licensing", "*", "VN", False, "gold", None),
    ),
    (
        "Hanoi ends central bank monopoly, lets licensed firms import gold bullion",
        "",
        ("licensing", "*", "VN", False, "gold", None),
    ),
    # rw2-011
    (
        "Indonesia mulls export levy on nickel pig iron and ferronickel",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    (
        "Jakarta plans to tax exports of nickel pig iron, officials say",
        "",
        ("tariff", "ID", "*", True, "nickel", None),
    ),
    # rw3-019
    (
        "Indonesia to impose 7.5%-15% export duty on gold from next year - finance ministry",
        "",
        ("tariff", "ID", "*", False, "gold", None),
    ),
    (
        "Indonesian finance ministry plans export duties on gold products",
        "The levies of 7.5 per cent to 15 per cent would start next year depending on prices, "
        "an official said.",
        ("tariff", "ID", "*", True, "gold", None),
    ),
    # rw-109
    (
        "Egypt imposes 25% provisional safeguard duty on steel rebar imports",
        "",
        ("tariff", "*", "EG", False, "steel", 25),
    ),
    (
        "Egypt's trade ministry has slapped a 25pc temporary levy on imported rebar steel",
        "",
        ("tariff", "*", "EG", False, "steel", 25),
    ),
    # rw2-063
    (
        "Mexico imposes 15% safeguard tariff on steel imports from countries without trade deals",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    (
        "Mexico's economy ministry sets fifteen percent steel safeguard duty for non-partner "
        "nations",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    # rw3-067
    (
        "U.S. tariffs on steel nails, aluminium wire take effect Saturday",
        "",
        ("tariff", "*", "US", False, SA, None),
    ),
    (
        "Washington's duties on steel and aluminum derivative products start on Saturday",
        "Nails, staples, aluminium wire and cable will pay the 2018 tariffs from Saturday.",
        ("tariff", "*", "US", False, SA, None),
    ),
]
