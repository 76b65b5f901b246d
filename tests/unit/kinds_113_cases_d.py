"""A fresh batch of ``test_classifier_kinds_113.py``, written after the changes of its round:
20 non-measures of the kinds fixed there and of earlier rounds' kinds, and 10 measures near
them, in new words. Labelled and committed before the engine read them; the first reading is
in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event.
"""

from __future__ import annotations

from typing import Any

import pytest

#: (title, summary, want): non-measures.
FRESH_NON_MEASURES: list[Any] = [
    ("Aluminium producers tell Ottawa to keep counter-tariffs on US metal", "", None),
    ("Keep the steel safeguard, European steelmakers tell Brussels", "", None),
    ("Copper fabricators write to Commerce Secretary seeking exclusion from tariffs", "", None),
    ("Mexico threatens to stall trade pact review over US steel tariffs", "", None),
    ("Brazil freezes Mercosur deal talks over Argentine steel duties", "", None),
    ("Smelters allocate aluminium to customers by quota amid tight supply", "", None),
    ("Cobalt refiners ration supply with monthly quotas after Congo ban", "", None),
    ("Consultancy puts a price tag on EU's steel quota cut", "", None),
    ("Analyst puts numbers on copper tariff's hit to US buyers", "", None),
    ("India puts planned gold import duty rise on hold", "", None),
    ("Vietnam puts steel safeguard extension on hold pending review", "", None),
    ("Nickel magnates' relatives added to EU sanctions list", "", None),
    ("US sanctions Russian aluminium tycoon's associates", "", None),
    pytest.param(
        "Mining shares eyed as Indonesia weighs nickel export levy",
        "",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a government's plan on a metal named in the clause after the market words is "
            "read as the proposed measure, as a studied row is labelled ('Stocks to watch as copper "
            "comes in Trump's tariff crosshairs'); the label here may be the one at odds",
        ),
    ),
    (
        "Will tariff threats keep rattling metals investors?",
        "The US imposed 50% tariffs on copper imports this month.",
        None,
    ),
    ("Section 232 duties funded our expansion, says Century Aluminum chief", "", None),
    ("Steel import quota usage hits 80% in first quarter, data show", "", None),
    ("Lithium explorer wins export permit for Ghana pilot plant", "", None),
    ("Gold smugglers evade Ghana export ban, police say", "", None),
    ("Congo's cobalt quota: what it means for battery makers", "", None),
]

#: (title, summary, want): measures near them.
FRESH_MEASURES: list[Any] = [
    (
        "Canada imposes 25% counter-tariffs on US aluminium, minister tells parliament",
        "",
        ("tariff", "US", "CA", False, "aluminium", 25),
    ),
    (
        "Mexico raises steel import tariffs over Chinese dumping",
        "",
        ("tariff", "*", "MX", False, "steel", None),
    ),
    (
        "Indonesia rations nickel ore exports with new quota system",
        "",
        ("quota", "ID", "*", False, "nickel", None),
    ),
    (
        "Indonesia puts copper concentrate export duty on hold for a year",
        "",
        ("resuming", "ID", "*", False, "copper", None),
    ),
    (
        "UK adds Russian copper to sanctions list",
        "",
        ("suspended", "RU", "GB", False, "copper", None),
    ),
    (
        "Germanium export licences granted by China to three firms",
        "",
        ("resuming", "CN", "*", False, "germanium", None),
    ),
    (
        "Copper prices jump as US imposes 50% tariff on imports",
        "",
        ("tariff", "*", "US", False, "copper", 50),
    ),
    (
        "Peru bans zinc concentrate exports, mining minister tells Congress",
        "",
        ("suspended", "PE", "*", False, "zinc", None),
    ),
    (
        "Saudi Arabia raises steel import duties to bound rates",
        "",
        ("tariff", "*", "SA", False, "steel", None),
    ),
    (
        "Thailand imposes anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "TH", False, "aluminium", None),
    ),
]
