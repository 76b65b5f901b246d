"""Cases of ``test_classifier_kinds_78.py`` (SECOND_BATCH), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from typing import Any

#: SECOND_BATCH, continued.
SECOND_BATCH_2: list[Any] = [
    (
        "Yunnan Tin halts exports of tin ingots to Europe",
        "The smelter said it would sell its output at home while it renegotiates contracts.",
        None,
    ),
    ("South Korea halts germanium exports to China", "", ("suspended", "KR", "CN", False)),
    (
        "Vietnam's aluminium exports to US double as tariffs on China bite",
        "",
        None,
    ),
    ("Sanctions-hit Rusal ships more aluminium to China", "", None),
    (
        "Chinese antimony smuggled via Thailand as controls bite, traders say",
        "",
        None,
    ),
]
