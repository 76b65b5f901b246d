"""Made-up cases of ``tests/unit/test_classifier_kinds_126.py``: the kind's measures, then its
near misses, as ``(title, summary, want)`` rows for :func:`kinds_exact.check_exact`."""

from __future__ import annotations

from typing import Any

#: A measure a title gives with "to", "will" or "plans" and only a coarse start (a quarter,
#: "this week", "later this year", "next year"), whose lede tells it as a plan ("plans to",
#: "is set to"): proposed, as the studied sets read "Indonesia to tax nickel exports from third
#: quarter" (its lede: "plans to enact ... in the third quarter").
COARSE_START_PLANS: list[Any] = [
    (
        "Philippines to tax nickel ore exports from fourth quarter",
        "The Philippines plans to enact an export tax on nickel ore in the fourth quarter of the "
        "year, the finance department said on Monday.",
        ("tariff", "PH", "*", True, "nickel", None),
    ),
    (
        "Zimbabwe will make rules on lithium export levies later this year",
        "Zimbabwe plans to put out a lithium concentrate export levy policy later this year, "
        "because the government wants more value added at home, a mines ministry official said.",
        ("tariff", "ZW", "*", True, "lithium", None),
    ),
    (
        "Bank of Ghana to issue licensing guidelines for gold exporters this week",
        "The Bank of Ghana is set to issue licensing guidelines for gold exporters, making only "
        "approved aggregators eligible to ship bullion abroad.",
        ("licensing", "GH", "*", True, "gold", None),
    ),
    (
        "Chile to impose copper concentrate export duty next year",
        "Chile plans to introduce a duty on copper concentrate exports next year to encourage "
        "domestic smelting, the mining minister told reporters in Santiago.",
        ("tariff", "CL", "*", True, "copper", None),
    ),
    (
        "Kazakhstan Will Introduce Export Duties On Zinc Concentrate In The Second Quarter",
        "Kazakhstan plans to introduce an export duty on zinc concentrate in the second quarter "
        "of the year, according to the Ministry of Industry.",
        ("tariff", "KZ", "*", True, "zinc", None),
    ),
]

#: Near misses: the same measures given a start date, told by a decided verb in the title, or
#: told as decided in the lede ("will ban ... from June 1"): decided, as the studied sets read
#: "Indonesia to ban exports of bauxite from June 2023", "Indonesia Imposes ... Export Duty on
#: Gold" (its lede: "starting next year") and "Jakarta announces ban on nickel exports".
COARSE_START_PLANS_NEAR_MISSES: list[Any] = [
    (
        "Philippines to ban nickel ore exports from June 1",
        "The Philippines will ban exports of nickel ore from June 1, the mines minister said on "
        "Monday.",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "Chile imposes copper concentrate export duty from next year",
        "Chile will impose a duty on copper concentrate exports starting next year, the finance "
        "ministry said.",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Zimbabwe announces ban on lithium ore exports",
        "Zimbabwe is to stop exporting raw lithium ore from the beginning of next year, the mines "
        "ministry has said.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Kazakhstan to raise zinc export duties from August 1",
        "Kazakhstan will raise export duties on zinc concentrate from Aug. 1, the ministry of "
        "industry said on Friday.",
        ("tariff", "KZ", "*", False, "zinc", None),
    ),
]
