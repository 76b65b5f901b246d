"""A fresh batch of ``test_classifier_kinds_117.py``, written after the changes of its round: one
paraphrase each of the next rows in the same seeded order (``random.Random(37)``), 10 of metals
news and 4 of general news labelled no event and 6 measures, none of them paraphrased before, in
other outlets' styles. Labelled (each its row's own label) and committed before the engine read
them; the first reading is in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event. The comment before each case names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): non-measures of metals news and of general news.
FRESH_NON_MEASURES: list[Any] = [
    # rh4-008
    ("Aluminium producers want import duty raised to draw fresh investment", "", None),
    # rho-124
    ("GTRI: curbing primary aluminium exports would boost Indian manufacturing", "", None),
    # rhz-085
    ("Steel stocks, Vedanta, BEL among stocks to watch Monday as Trump tariffs weigh", "", None),
    # rhy-050
    ("Rare earth shortage will hurt both US and China as tit-for-tat curbs bite", "", None),
    # rhu-116
    ("Gulf states open safeguard probe into steel imports to shield local mills", "", None),
    # rhz-155
    ("Who loses most from the 25% steel and aluminium levy? America itself", "", None),
    # rhy-065
    (
        "Unions, politicians battle over U.S. Steel sale after tariffs fail to make it competitive",
        "",
        None,
    ),
    # rhd-129
    ("South Africa's trade minister asks Itac to review steel tariff structure", "", None),
    # rhb-005
    (
        "Mexico's economy ministry initiates anti-dumping probe on Chinese steel grinding balls",
        "",
        None,
    ),
    # rw4-121
    (
        "No reciprocal tariffs, says Albanese, after US refuses to exempt Australian steel and aluminium",
        "",
        None,
    ),
    # rhz-172
    ("Chip war: Beijing restricts exports of two chipmaking metals", "", None),
    # rhk-015
    (
        "Commerce issues final results of changed circumstances reviews on Korean large diameter welded pipe duties",
        "",
        None,
    ),
    # rhn-037
    ("UK sanctions prompt LME to bar fresh metal from Russia's UMMC", "", None),
    # rha-036
    ("Tariffs have not yet hit Zappos prices, CEO Hsieh says", "", None),
]

#: (title, summary, want): measures, each want the row's own label.
FRESH_MEASURES: list[Any] = [
    # rhu-010
    (
        "Steel among products hit by new 25% Mexican import tariffs",
        "",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    # rhf-037
    (
        "Mexico renews 15% safeguard duty on steel from non-FTA countries",
        "",
        ("tariff", "*", "MX", False, "steel", 15),
    ),
    # rhx-080
    (
        "Beijing to impose export controls on some graphite products",
        "",
        ("licensing", "CN", "*", False, "graphite", None),
    ),
    # rhc-068
    (
        "Taiwan's Finance Ministry slaps anti-dumping tariffs on Chinese hot-rolled steel",
        "",
        ("tariff", "CN", "TW", False, "steel", None),
    ),
    # rh2-111
    (
        "US shields its aluminium industry with anti-dumping duties on Chinese extrusions",
        "",
        ("tariff", "CN", "US", False, "aluminium", None),
    ),
    # rw2-099
    (
        "Russian iron and steel imports barred by Britain under new sanctions rules",
        "",
        ("suspended", "RU", "GB", False, "steel", None),
    ),
]
