"""Cases of ``test_classifier_kinds_70.py`` (IMPORT_LICENSING, RETALIATION, CLOSED_CASES), labelled
before the engine read them; the kinds, first-time counts and fixes are in that module's
docstring."""

from __future__ import annotations

import pytest
from kinds_70_cases_a import (
    _COUNTED_GOODS,
    _OTHER_CLAUSE,
)
from kinds_cases import Want

#: (title, summary, want): quality-control orders and restricted categories
IMPORT_LICENSING: list[tuple[str, str, Want] | object] = [
    (
        "India extends quality control order to aluminium products",
        "",
        ("licensing", "*", "IN", False),
    ),
    (
        "India notifies QCO on copper tubes, effective March 2026",
        "",
        ("licensing", "*", "IN", False),
    ),
    pytest.param(
        "Steel ministry makes BIS certification mandatory for 145 steel imports",
        "",
        ("licensing", "*", "IN", False),
        marks=_COUNTED_GOODS,
    ),
    ("India defers quality control order on nickel products by six months", "", None),
    (
        "India withdraws QCO on certain steel grades used by MSMEs",
        "",
        ("resuming", "*", "IN", False),
    ),
    ("DGFT amends import policy of gold bars to 'restricted'", "", ("licensing", "*", "IN", False)),
    ("DGFT: Import of platinum alloys now requires licence", "", ("licensing", "*", "IN", False)),
    (
        "India puts silver jewellery imports under restricted category",
        "",
        ("licensing", "*", "IN", False),
    ),
    # written after the first reading, for the kind fixed
    (
        "India issues quality-control order for copper wire imports",
        "",
        ("licensing", "*", "IN", False),
    ),
    ("India brings copper tubes under QCO", "", ("licensing", "*", "IN", False)),
    (
        "Quality control order on aluminium foil to take effect in April",
        "",
        ("licensing", "*", "*", False),
    ),
    ("India places platinum imports in 'restricted' category", "", ("licensing", "*", "IN", False)),
    ("Indonesia puts nickel ore exports on prohibited list", "", ("suspended", "ID", "*", False)),
]


#: (title, summary, want): retaliation, its direction
RETALIATION: list[tuple[str, str, Want] | object] = [
    (
        "Canada hits US steel and aluminium with 25% counter-tariffs",
        "",
        ("tariff", "US", "CA", False),
    ),
    ("EU to impose retaliatory duties on US steel from April 1", "", ("tariff", "US", "EU", False)),
    pytest.param(
        "India proposes retaliatory duties on US goods over steel tariffs at WTO",
        "",
        None,
        marks=_OTHER_CLAUSE,
    ),
    ("China retaliates with 25% tariffs on US aluminium scrap", "", ("tariff", "US", "CN", False)),
    ("Mexico slaps tariffs on US steel in retaliation", "", ("tariff", "US", "MX", False)),
    (
        "Beijing answers Washington's chip curbs with ban on gallium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "In response to US tariffs, Ottawa levies surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "EU suspends countermeasures against US steel tariffs for 90 days",
        "",
        ("resuming", "US", "EU", False),
    ),
    # written after the first reading, for the kind fixed
    (
        "Ottawa answers US steel tariffs with 25% surtax on American aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "China answers EU duties with curbs on rare earth exports to Europe",
        "",
        ("licensing", "CN", "EU", False),
    ),
    (
        "Beijing counters US chip curbs with gallium export ban",
        "",
        ("suspended", "CN", "US", False),
    ),
]


#: (title, summary, want): a trade-remedy case closed, with no duty (written after)
CLOSED_CASES: list[tuple[str, str, Want] | object] = [
    # written after the first reading, for the kind fixed
    (
        "Commission Implementing Decision terminating the anti-dumping proceeding concerning imports of steel wire originating in Turkey",
        "",
        None,
    ),
    (
        "EU terminates anti-dumping proceeding on Chinese aluminium extrusions without measures",
        "",
        None,
    ),
    ("India terminates anti-dumping investigation on copper tubes from Vietnam", "", None),
    (
        "Commission Implementing Regulation terminating the anti-subsidy proceeding concerning imports of aluminium foil originating in China",
        "",
        None,
    ),
    ("Brazil closes countervailing probe into Chinese steel without duties", "", None),
    ("Korea ends anti-dumping probe into Japanese stainless steel, no duties imposed", "", None),
    (
        "EU terminates anti-dumping duties on Russian aluminium foil",
        "",
        ("resuming", "RU", "EU", False),
    ),
    ("US revokes anti-dumping order on Korean steel", "", ("resuming", "KR", "US", False)),
    ("EU closes anti-dumping proceeding into Indonesian steel without duties", "", None),
    (
        "Mexico concludes anti-dumping investigation on Chinese aluminium, imposes no duties",
        "",
        None,
    ),
    ("Turkey ends safeguard investigation on aluminium without measures", "", None),
    (
        "EU concludes anti-dumping proceeding, imposes duties on Chinese aluminium",
        "",
        ("tariff", "CN", "EU", False),
    ),
]
