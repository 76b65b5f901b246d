"""Cases of ``test_classifier_kinds_35.py`` (RATED, KEPT), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

#: RATED, continued.
RATED_2: list[tuple[str, str, Want, float | None]] = [
    (
        "Mexico slaps tariff on Chinese steel after imports surge 50%",
        "",
        ("tariff", "CN", "MX", False),
        None,
    ),
    (
        "Thailand imposes anti-dumping duty on Chinese steel covering 60% of imports",
        "",
        ("tariff", "CN", "TH", False),
        None,
    ),
    (
        "Indonesia sets nickel ore export quota at 70% of 2024 output",
        "",
        ("quota", "ID", "*", False),
        None,
    ),
    ("EU steel quota cut means 25% tariff on extra volumes", "", ("quota", "*", "EU", False), 25.0),
]


#: (title, summary, want): readings of the status and proposed distinctions already right, kept.
KEPT: list[tuple[str, str, Want]] = [
    ("EU prolongs steel safeguard for two more years", "", ("quota", "*", "EU", False)),
    ("UK extends steel safeguard quotas by two years", "", ("quota", "*", "GB", False)),
    (
        "South Africa introduces tariff-rate quota on aluminium imports",
        "",
        ("quota", "*", "ZA", False),
    ),
    (
        "Turkey extends safeguard measure on steel imports until 2028",
        "",
        ("quota", "*", "TR", False),
    ),
    ("Myanmar halts rare earth exports to China", "", ("suspended", "MM", "CN", False)),
    ("Bolivia suspends tin exports for 60 days", "", ("suspended", "BO", "*", False)),
    ("China extends ban on gallium exports to US", "", ("suspended", "CN", "US", False)),
    ("Zimbabwe extends raw lithium export ban to 2027", "", ("suspended", "ZW", "*", False)),
    ("Indonesia suspends nickel export levy for six months", "", ("resuming", "ID", "*", False)),
    ("US pauses aluminium tariffs on Canada for 30 days", "", ("resuming", "CA", "US", False)),
    ("EU exempts Norwegian aluminium from safeguard duties", "", ("resuming", "NO", "EU", False)),
    (
        "Philippines replaces nickel ore export ban with export tax",
        "",
        ("tariff", "PH", "*", False),
    ),
    ("US tariff exemption for Australian aluminium expires", "", ("tariff", "AU", "US", False)),
    ("Kazakhstan mulls ban on copper scrap exports", "", ("suspended", "KZ", "*", True)),
    ("Chile set to impose export duty on lithium", "", ("tariff", "CL", "*", True)),
    ("Mexico eyes tariffs on Chinese steel", "", ("tariff", "CN", "MX", True)),
    ("EU could impose quotas on Indian steel", "", ("quota", "IN", "EU", True)),
    ("Philippines to consider nickel ore export ban", "", ("suspended", "PH", "*", True)),
    ("Indonesia signs regulation banning tin ore exports", "", ("suspended", "ID", "*", False)),
    ("Zimbabwe to ban lithium ore exports from Jan 1", "", ("suspended", "ZW", "*", False)),
    ("Canadian steel import quota will take effect from June 1", "", ("quota", "*", "CA", False)),
    ("Parliament approves gold export levy in Ghana", "", ("tariff", "GH", "*", False)),
    ("Copper jumps 3% as Chile weighs export tax", "", None),
    (
        "Zambia threatens to halt copper exports to South Africa",
        "",
        ("suspended", "ZM", "ZA", True),
    ),
    ("Philippines eyes ban on nickel ore exports by 2028", "", ("suspended", "PH", "*", True)),
    ("Mexico to consider tariffs on Chinese steel", "", ("tariff", "CN", "MX", True)),
    (
        "Vietnam's new export duty on tin will take effect from July",
        "",
        ("tariff", "VN", "*", False),
    ),
    ("Malaysia announces ban on rare earth exports", "", ("suspended", "MY", "*", False)),
    ("Guinea signs decree imposing bauxite export duty", "", ("tariff", "GN", "*", False)),
    ("From June 1, Indonesia bans bauxite exports", "", ("suspended", "ID", "*", False)),
    ("Congo's cabinet approves cobalt export quotas", "", ("quota", "CD", "*", False)),
    ("US extends tariff-rate quota on Japanese steel", "", ("quota", "JP", "US", False)),
    ("EU steel safeguard prolonged until 2026", "", ("quota", "*", "EU", False)),
    ("Indonesia levies export tax on nickel pig iron", "", ("tariff", "ID", "*", False)),
    ("Laos halts tin ore exports", "", ("suspended", "LA", "*", False)),
    ("Zimbabwe extends ban on lithium ore exports", "", ("suspended", "ZW", "*", False)),
    ("India scraps export duty on steel", "", ("resuming", "IN", "*", False)),
    ("Canada exempts UK steel from surtax", "", ("resuming", "GB", "CA", False)),
    pytest.param(
        "Ukraine replaces steel scrap export duty with outright ban",
        "",
        ("suspended", "UA", "*", False),
    ),
    ("Indonesia's tin export licensing regime expires", "", ("resuming", "ID", "*", False)),
    ("Russia extends export duty on nickel until 2026", "", ("tariff", "RU", "*", False)),
    ("US tariff on Canadian steel replaced by quota", "", ("quota", "CA", "US", False)),
    ("Kazakhstan halts copper scrap exports for six months", "", ("suspended", "KZ", "*", False)),
    ("India lifts export duty on iron ore", "", ("resuming", "IN", "*", False)),
    ("Vietnam could ban rare earth exports, minister says", "", ("suspended", "VN", "*", True)),
    (
        "Philippines set to ban nickel ore exports from June 2025",
        "",
        ("suspended", "PH", "*", False),
    ),
    ("Gabon considers levy on manganese and bauxite exports", "", ("tariff", "GA", "*", True)),
    # fifth and sixth batches (see the docstring)
    ("Philippines halves nickel ore export tax", "", ("resuming", "PH", "*", False)),
    ("US exempts Canadian aluminium from 25% tariff", "", ("resuming", "CA", "US", False)),
    ("Congo suspends cobalt export ban", "", ("resuming", "CD", "*", False)),
    ("Congo replaces cobalt export ban with quotas", "", ("quota", "CD", "*", False)),
    ("Zimbabwe's lithium export ban expires, exports resume", "", ("resuming", "ZW", "*", False)),
    ("EU signs off on steel safeguard extension", "", ("quota", "*", "EU", False)),
    ("Chile to weigh lithium export duty", "", ("tariff", "CL", "*", True)),
    ("Indonesia's nickel export duty will take effect on Jan 1", "", ("tariff", "ID", "*", False)),
    ("China imposes export licensing on graphite", "", ("licensing", "CN", "*", False)),
    ("Zimbabwe bans raw lithium exports, sources say", "", ("suspended", "ZW", "*", True)),
    ("EU weighs quotas on Chinese aluminium imports", "", ("quota", "CN", "EU", True)),
    ("Indonesia announces bauxite export ban from June", "", ("suspended", "ID", "*", False)),
    ("Philippines approves nickel ore export ban", "", ("suspended", "PH", "*", False)),
    ("Malaysia signs order halting rare earth exports", "", ("suspended", "MY", "*", False)),
    ("Kachin rebels halt rare earth exports to China", "", None),
    ("South Africa imposes tariff-rate quota on Chinese steel", "", ("quota", "CN", "ZA", False)),
    ("Ukraine's steel safeguard prolonged for three years", "", ("quota", "*", "UA", False)),
    ("Congo introduces cobalt export permits", "", ("licensing", "CD", "*", False)),
    ("China adds gallium to export control list", "", ("licensing", "CN", "*", False)),
    ("India requires importers of copper to register", "", ("licensing", "*", "IN", False)),
    pytest.param(
        "Sanctions package proposed by Commission would ban Russian aluminium",
        "",
        ("suspended", "RU", "EU", True),
    ),
]
