"""Fresh phrasings of the kinds ``test_classifier_kinds_104.py`` fixed, with near misses,
written and labelled after the fixes and before the engine read them; the first-time counts
are in that module's docstring. ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

_FM = (
    "'FM' for a finance minister: the demonym before it read as the goods' origin; 'fm' also "
    "abbreviates 'from' in titles ('... fm Chinese Imports'), so it is not read as a minister"
)

#: (title, summary, want): the fixed kinds in other words, and near misses.
FRESH: list[Any] = [
    # the two US trade-remedy bodies named bare together
    (
        "ITC and Commerce keep duties on Korean steel pipe",
        "",
        ("tariff", "KR", "US", False, "steel", None),
    ),
    # a measure as the subject of an exempting verb
    (
        "New US tariffs exempt refined copper cathode",
        "",
        ("resuming", "*", "US", False, "copper", None),
    ),
    # a measure's reach denied over a metal
    (
        "Export duty will not apply to nickel matte, Jakarta says",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "Section 232 tariffs won't cover gold bars, CBP says",
        "",
        ("resuming", "*", "US", False, "gold", None),
    ),
    # near misses: the reach denied to places, no metal; a government denying a plan
    ("Tariffs will not apply to Canada and Mexico, Trump says", "", None),
    ("US will not apply tariffs to copper, official says", "", None),
    # an act as a modal's subject
    ("Scrapping India's steel import duty would flood market, mills warn", "", None),
    ("Imposing export ban on nickel would cut Indonesia's revenue, study says", "", None),
    # near miss: the act done, its effect told after
    (
        "Indonesia lifts nickel ore export ban; move would boost supply",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    # a case's step scheduled
    ("Sunset reviews scheduled for anti-dumping duties on Chinese aluminium foil", "", None),
    (
        "Commerce sets anti-dumping duties on Chinese aluminium foil after review",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    # a government pressed for something on a measure
    ("Miners press Jakarta for relaxation of nickel ore export ban", "", None),
    ("Steelmakers urge Ottawa for quicker steel import quotas", "", None),
    (
        "Canada presses ahead with steel import quotas",
        "",
        ("quota", "*", "CA", False, "steel", None),
    ),
    # the rate named as a rate in the summary
    (
        "Mexico confirms tariff increase on Chinese steel",
        "The economy ministry set a 35% rate on steel imports from China.",
        ("tariff", "CN", "MX", False, "steel", 35),
    ),
    # a party relieved of its own sanctions
    ("Nickel tycoon wins sanctions relief from EU court", "", None),
    # the metals of the measure answered, in the summary
    (
        "China raises tariffs on US soybeans, pork",
        "Beijing raised duties on U.S. farm goods in response to Washington's tariffs on Chinese "
        "steel and aluminium.",
        None,
    ),
    # a quota's deal; near miss: talks on one
    pytest.param(
        "UK, US extend steel tariff-rate quota deal",
        "",
        ("quota", "GB", "US", False, "steel", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="two governments as the subject: which one imports is the world's knowledge, "
            "not the words' (the US and the EU pair is read right by the place order)",
        ),
    ),
    ("Steel quota deal talks between EU and US stall", "", None),
    # goods kept duty-free for a new term
    (
        "Aluminium scrap imports to remain duty-free for another year, Vietnam says",
        "",
        ("resuming", "*", "VN", False, "aluminium", None),
    ),
    # a measure enforced, told as a gerund
    (
        "Zimbabwe starts enforcing lithium ore export ban, warns smugglers",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    # a minister by the title's abbreviation
    pytest.param(
        "Copper concentrate import duty cut to 2.5%, Indian FM says in budget",
        "",
        ("resuming", "*", "IN", False, "copper", None),
        marks=pytest.mark.xfail(strict=True, reason=_FM),
    ),
]
