"""Three small kinds of measure headline, in made-up phrasings, labelled and committed before
the engine read them:

1. "to bar", "bars", "barred" as a measure verb on goods, read like "ban" (an exchange's bar on
   Russian metal reads as the LME's ban does today); "bar" in other senses (a gold bar, a bar
   chart, "raises the bar", "barring a deal") is no event.
2. "rebar", "wire rod", "hot-rolled coil" named as the goods of a measure read the metal steel.
3. "will not be allowed" ("exports of X will not be allowed from <date>") reads a suspension.

First reading, on the engine before any change (labels committed first): 15 of 19 right.

* Kind 1, 10 of 10: "to bar", "bars", "barred from LME warehouses" already read as a ban
  (``suspended``; the LME's bar on Russian metal as its ban reads, RU -> ``*``), and the five
  other senses of "bar" are no event. No change needed.
* Kind 3, 3 of 4: "exports ... will not be allowed" already reads ``suspended``
  (``tui/engine/classifier_frames.py``, ``not_allowed``); "Bauxite shipments will not be
  allowed ..." is vetoed as a denial, "shipments" being a neutral flow word. Tried: letting
  ``not_allowed`` take a neutral flow word; it read "Tin shipments will not be allowed to leave
  port during strike" and "Copper sales will not be allowed to unlicensed traders" as bans and
  found no origin ("..., Guinea says" -> ``*``): reverted, the case is ``xfail(strict=True)``.
* Kind 2, 2 of 5: the two market-news near misses are no event; the three measures on "rebar",
  "wire rod", "hot-rolled coil" are no event ("no watched metal named"). Not changed: the
  house rule is the other way (docs/ACCURACY.md: "'ferrochrome', 'rebar', 'wire rod' alone
  name no watched metal: no event") and the studied sets are labelled by it; adding the
  products to steel's aliases in ``tui/default_config.toml`` lost 8 rows
  (``benchmarks/row_changes.py main``: rhf-122, rhj-004, rhj-084, rhj-113, rhk-042, rhl-092,
  rhm-005, rho-109, all labelled not relevant) for 1 gained (rh2-103/3): reverted. The three
  cases are ``xfail(strict=True)`` until the rule is decided.

Second batches, written after the first reading and committed before their run: kind 1, 8 of 8
(five measures: "bars export of ... to China", "bars imports of Russian aluminium", "will bar",
"moves to bar", "barred by Malaysia"; three near misses: a court barring a miner, gold bar
premiums, "clear bar of $40"); kind 3, 3 of 3 once one label was corrected: chrome is no
watched metal, so "Chrome ore exports will not be allowed ..." is no event (the engine read the
ban and dropped it for that reason).

Two kind-2 labels were corrected after the first run, on the house's vocabulary, not the
reading: a duty's status is ``tariff`` (not ``imposed``), and "to impose" reads decided as "to
ban" does (``proposed`` False).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

_NO_STEEL = pytest.mark.xfail(
    strict=True, reason="house rule: 'rebar', 'wire rod' alone name no watched metal"
)

#: kind 1: "bar" as a measure verb on goods.
BAR_MEASURES: list[Any] = [
    ("Kenya to bar copper scrap exports", "", ("suspended", "KE", "*", False)),
    ("Ghana bars raw bauxite shipments", "", ("suspended", "GH", "*", False)),
    ("Zambia bars exports of unprocessed copper ore", "", ("suspended", "ZM", "*", False)),
    ("Russian aluminium barred from LME warehouses", "", ("suspended", "RU", "*", False)),
    ("Indonesia to bar nickel ore exports from June", "", ("suspended", "ID", "*", False)),
]

#: kind 1, a second batch written after the first reading, labels committed before the run.
BAR_MEASURES_2: list[Any] = [
    ("Philippines bars export of nickel ore to China", "", ("suspended", "PH", "CN", False)),
    ("US bars imports of Russian aluminium", "", ("suspended", "RU", "US", False)),
    ("Mongolia will bar copper concentrate exports from July", "", ("suspended", "MN", "*", False)),
    ("Myanmar moves to bar tin ore exports", "", ("suspended", "MM", "*", False)),
    ("Copper scrap exports barred by Malaysia", "", ("suspended", "MY", "*", False)),
]

#: kind 1's second batch of near misses.
BAR_NEAR_MISSES_2: list[Any] = [
    ("Court bars nickel miner from selling assets", "", None),
    ("Gold bar premiums rise in Dubai", "", None),
    ("Silver set to clear bar of $40, analysts say", "", None),
]

#: kind 1's near misses: "bar" in other senses.
BAR_NEAR_MISSES: list[Any] = [
    ("Gold bar demand surges in India", "", None),
    ("Copper price bar chart shows steady climb", "", None),
    ("New copper smelter raises the bar for efficiency", "", None),
    ("Barring a deal, nickel talks drag on", "", None),
    ("Swiss refiner casts record number of gold bars", "", None),
]

#: kind 2: steel products named as goods of a measure.
STEEL_PRODUCTS: list[Any] = [
    pytest.param(
        "Philippines imposes safeguard duty on rebar imports",
        "",
        ("tariff", "*", "PH", False),
        marks=_NO_STEEL,
    ),
    pytest.param(
        "Vietnam to impose anti-dumping duty on Chinese wire rod",
        "",
        ("tariff", "CN", "VN", False),
        marks=_NO_STEEL,
    ),
    pytest.param(
        "EU imposes duties on hot-rolled coil from Egypt",
        "",
        ("tariff", "EG", "EU", False),
        marks=_NO_STEEL,
    ),
]

#: kind 2's near misses: the products in market news.
STEEL_PRODUCT_NEAR_MISSES: list[Any] = [
    ("Rebar futures climb in Shanghai on stimulus hopes", "", None),
    ("Hot-rolled coil prices ease in US market", "", None),
]

#: kind 3: "will not be allowed" as a suspension.
NOT_ALLOWED: list[Any] = [
    (
        "Exports of nickel ore will not be allowed from January, Indonesia says",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Zimbabwe: lithium ore exports will not be allowed from next year",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Bauxite shipments will not be allowed after June 1, Guinea says",
        "",
        ("suspended", "GN", "*", False),
    ),  # read since kinds 132 (tui/engine/classifier_dated_shipments.py)
]

#: kind 3, a second batch written after the first reading, labels committed before the run.
NOT_ALLOWED_2: list[Any] = [
    (
        "Chrome ore exports will not be allowed from March, South Africa says",
        "",
        None,
    ),
    (
        "Vietnam: rare earth exports will no longer be permitted",
        "",
        ("suspended", "VN", "*", False),
    ),
    (
        "Imports of Russian nickel will not be allowed into the UK from April",
        "",
        ("suspended", "RU", "GB", False),
    ),
]

#: kind 3's near misses.
NOT_ALLOWED_NEAR_MISSES: list[Any] = [
    ("Traders will not be allowed to enter LME ring during works", "", None),
]


@headline_cases(BAR_MEASURES)
def test_bar_as_a_measure_verb_reads_a_ban(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BAR_NEAR_MISSES)
def test_bar_in_other_senses_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BAR_MEASURES_2)
def test_bar_as_a_measure_verb_reads_a_ban_2(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BAR_NEAR_MISSES_2)
def test_bar_in_other_senses_is_no_event_2(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STEEL_PRODUCTS)
def test_steel_products_read_steel(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(STEEL_PRODUCT_NEAR_MISSES)
def test_steel_products_in_market_news_are_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NOT_ALLOWED)
def test_will_not_be_allowed_reads_a_suspension(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NOT_ALLOWED_2)
def test_will_not_be_allowed_reads_a_suspension_2(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(NOT_ALLOWED_NEAR_MISSES)
def test_a_person_not_allowed_is_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
