"""Cases of ``test_classifier_kinds_37.py`` (ALREADY), labelled before the engine read them; the
kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: (title, summary, want): looked at, already right: domestic mining regulation, an analyst's
#: forecast of a measure's effects; and measures beside them.
ALREADY: list[tuple[str, str, Want]] = [
    ("Kazakhstan suspends issue of new licences for copper exploration", "", None),
    ("Mongolia freezes permits for new copper mines", "", None),
    ("Peru imposes moratorium on new zinc mining concessions", "", None),
    ("Guinea revokes bauxite mining licences of 50 firms", "", None),
    ("Ghana halts issuing small-scale gold mining licences", "", None),
    ("Zambia bans new cobalt exploration licences in national parks", "", None),
    ("Indian steelmakers to face pressure once US raises tariffs: Moody's", "", None),
    ("Aluminium tariffs to squeeze Canadian smelters, says Fitch", "", None),
    ("Copper export tax to cut Chile's output by 2%, Goldman estimates", "", None),
    ("Zinc prices seen higher on Chinese export curbs - Citi", "", None),
    ("Ghana requires export licences for gold", "", ("licensing", "GH", "*", False)),
    ("Kazakhstan suspends copper export licences", "", ("suspended", "KZ", "*", False)),
    ("Peru halts zinc exports to China", "", ("suspended", "PE", "CN", False)),
    (
        "Zambia imposes 10% export duty on copper concentrates",
        "",
        ("tariff", "ZM", "*", False),
    ),
    (
        "US raises tariffs on Canadian aluminium to 25%, Reuters reports",
        "",
        ("tariff", "CA", "US", False),
    ),
]
