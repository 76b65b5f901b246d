"""Cases of ``test_classifier_kinds_82.py`` (RETALIATION), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_82_cases_a import NONE, _m
from kinds_goods import GoodsCase

#: RETALIATION, continued.
RETALIATION_2: list[GoodsCase] = [
    (
        "Tit-for-tat tariffs: Ottawa hits US aluminium with 25% surtax",
        "",
        ("tariff", "US", "CA", False),
        _m("aluminium"),
    ),
    # third batch (labelled before the engine read it, still on the unchanged engine)
    (
        "Reprisals: Japan raises duties on Chinese aluminium",
        "",
        ("tariff", "CN", "JP", False),
        _m("aluminium"),
    ),
    (
        "Countermeasures: EU lists US steel, aluminium for possible duties",
        "",
        ("tariff", "US", "EU", True),
        _m("steel", "aluminium"),
    ),
    # fourth batch (written after the change, labelled before the changed engine read it)
    (
        "Tit-for-tat: Beijing bans antimony exports to US",
        "",
        ("suspended", "CN", "US", False),
        _m("antimony"),
    ),
    (
        "Retaliatory tariffs: Canada hits US steel with 25% surtax",
        "",
        ("tariff", "US", "CA", False),
        _m("steel"),
    ),
    # near misses: retaliation denied or ruled out
    ("EU says it will not retaliate against US steel tariffs", "", None, NONE),
    ("Retaliation: a timeline of China's rare earth export curbs", "", None, NONE),
    ("Australia rules out retaliation against US aluminium tariffs", "", None, NONE),
]
