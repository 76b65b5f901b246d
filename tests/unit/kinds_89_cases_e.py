"""Cases of ``test_classifier_kinds_89.py`` (NEAR_MISSES), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: (title, summary, want): near misses of every kind, and one reading kept in force.
NEAR_MISSES: list[Any] = [
    ("Kazakhstan restricts access to copper mine after accident", "", None),
    ("Duty-free aluminium stocks in Rotterdam climb to record", "", None),
    ("Philippine steel importers struggle to get standards certificates", "", None),
    ("Guinea bauxite shipments halted by heavy rains", "", None),
    ("Zambia copper trucks stuck at Congo border post for days", "", None),
    ("Vietnam's rare earth export ban anniversary passes quietly", "", None),
    ("Parliament debate on Ghana gold export levy postponed", "", None),
    ("Cobalt Holdings wins approval for Congo export deal", "", None),
    ("Silver Mines gets export licence for Australian project", "", None),
    ("Chile's copper exports unaffected by Peru protests", "", None),
    (
        "Indonesia keeps nickel ore export ban, minister says",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    ("Turkey's steel import quotas filled within days", "", None),
    ("Mongolian coal and copper convoys resume after snowstorm", "", None),
    ("Thai steel mills restrict output as imports surge", "", None),
    ("Korean steelmakers curb exports to US voluntarily", "", None),
    # fourth batch: longer wire phrasings (labelled before the engine read them)
    ("Guinea's bauxite exports climb despite junta pressure", "", None),
    ("Copper prices slip as Chile weighs royalty changes", "", None),
    ("Indonesian nickel smelters warn export tax would hurt investment", "", None),
    ("Zimbabwe lithium export ban: what it means for miners", "", None),
    ("Vietnam steel group Hoa Phat raises exports to Europe", "", None),
    ("Ghana gold exports jump 40% after levy scrapped last year", "", None),
    ("Turkey's steel producers lobby for higher import duties", "", None),
    ("Saudi steel imports fall 15% in first quarter", "", None),
    ("Mongolia copper exports to China recover after border reopening", "", None),
    ("Argentina lithium output surges as Milei courts miners", "", None),
]
