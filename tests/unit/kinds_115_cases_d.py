"""A fresh batch of ``test_classifier_kinds_115.py``, written after its changes: measures of
the fixed kinds in new words and in the same outlets' styles, and non-measures near them.
Labelled and committed before the engine read them; the first-time counts are in that
module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: A measure that leaves a party short: the labelled sets read the like "Ban on raw lithium
#: exports leaves buyers stranded" (rhl-111) as the ban.
_LEFT_SHORT = pytest.mark.xfail(
    strict=True,
    reason="a measure that 'leaves' or 'strands' a party: read as the measure; a veto of it "
    "broke the labelled rhl-111 ('Ban on raw lithium exports leaves buyers stranded', labelled "
    "the ban) in its 'export ban' rewriting (test_invariance.py): the sets and these labels "
    "disagree",
)

#: (title, summary, want): measures of the fixed kinds in new words.
FRESH_MEASURES: list[Any] = [
    (
        "Steel ministry curbs imports of stainless flat products",
        "NEW DELHI, March 3 (PTI) - The steel ministry has restricted imports of certain stainless steel flat products, requiring importers to obtain a licence.",
        ("licensing", "*", "IN", False, "steel", None),
    ),
    (
        "Govt bans export of unprocessed chrome and lithium",
        "HARARE (Xinhua) -- The government has banned the export of unprocessed lithium ore with immediate effect.",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "S. Korea imposes anti-dumping duties on Chinese stainless steel plates",
        "",
        ("tariff", "CN", "KR", False, "steel", None),
    ),
    (
        "S.Africa raises import duty on aluminium products to 15%",
        "",
        ("tariff", "*", "ZA", False, "aluminium", 15),
    ),
    (
        "Notification No. 22/2025-Customs (ADD): Seeks to extend anti-dumping duty on zinc oxide originating in China PR",
        "",
        ("tariff", "CN", "*", False, "zinc", None),
    ),
    (
        "DGFT places export of iron ore pellets under 'restricted' category",
        "",
        ("licensing", "IN", "*", False, "iron-ore", None),
    ),
    (
        "Centre restricts import of silver bars",
        "NEW DELHI (IANS) - The Centre has restricted the import of silver bars, which will now need an authorisation from the DGFT.",
        ("licensing", "*", "IN", False, "silver", None),
    ),
    (
        "S.Korea to scrap anti-dumping duties on Japanese stainless steel bars",
        "",
        ("resuming", "JP", "KR", False, "steel", None),
    ),
]

#: (title, summary, want): non-measures near the fixed kinds.
FRESH_NON_MEASURES: list[Any] = [
    ("S.Korea's steel exports to US fall 12% in October", "", None),
    (
        "Finance ministry reviews gold import data",
        "NEW DELHI (PTI) - The finance ministry is studying a rise in gold imports in October, officials said.",
        None,
    ),
    pytest.param(
        "Indonesia's nickel export ban leaves smelters short of ore", "", None, marks=_LEFT_SHORT
    ),
    pytest.param("Zimbabwe lithium export ban strands small miners", "", None, marks=_LEFT_SHORT),
    pytest.param(
        "S. Africa's steel safeguard duty starves fabricators of coil, says SAISI",
        "",
        None,
        marks=_LEFT_SHORT,
    ),
    ("DGFT seeks comments on moving gold imports to 'restricted' category", "", None),
    (
        "Notification No. 30/2025-Customs: Seeks to amend notification on duty drawback rates",
        "",
        None,
    ),
]
