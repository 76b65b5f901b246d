"""Kinds 4-7 of ``test_classifier_kinds_102.py`` (session 33; its docstring gives the first-time
counts, the labels corrected and the cases left): who acts named by an agency or a minister's
title, a safeguard's status, a duty's rate given as a
range or in the summary, and metals named by product, checked with their metals and rate.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases
from kinds_exact import check_exact

CASES: list[Any] = []

#: (status, origin, destination, proposed, metals, rate): the fields a full check reads.
Full = tuple[str, str, str, bool, frozenset[str], float | None] | None

_PLAN = "the sides are read right; proposed is decided by another clause's word"

_RECOMMENDS = (
    "an advisory body's recommendation read as a planned measure: the event rules' kind, and "
    "a convention still to be settled"
)

_STEEL = frozenset({"steel"})
_ALU = frozenset({"aluminium"})
#: (title, summary, want): kind 4, who acts named by an agency or a minister's title.
AGENCY_ACTS: list[Any] = [
    (
        "CBIC notifies anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("MOFCOM announces export controls on antimony", "", ("licensing", "CN", "*", False)),
    (
        "USTR raises Section 301 tariffs on Chinese steel to 25%",
        "",
        ("tariff", "CN", "US", False),
    ),
    (
        "Commerce Department sets 30% duties on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "MOFCOM imposes anti-dumping duties on stainless steel from EU, Japan, South Korea",
        "",
        ("tariff", "EU", "CN", False),
    ),
    (
        "Union Finance Minister cuts customs duty on copper scrap",
        "",
        ("resuming", "*", "IN", False),
    ),
    # read since the seventh wire's round (classifier_minister_names): a finance minister named
    # alone in a title is their government's
    (
        "Finance Minister Sitharaman cuts gold import duty to 6%",
        "",
        ("resuming", "*", "IN", False),
    ),
    pytest.param(
        "DGTR's recommended duty on Chinese steel notified by finance ministry",
        "",
        ("tariff", "CN", "IN", False),
        marks=pytest.mark.xfail(strict=True, reason=_PLAN),
    ),
    ("METI tightens export controls on gallium", "", ("licensing", "JP", "*", False)),
    # near misses: an advisory body's recommendation is no event
    pytest.param(
        "DGTR recommends anti-dumping duty on Chinese aluminium foil",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_RECOMMENDS),
    ),
    # second batch, written after the first run: India's Union government by its title
    (
        "Union Cabinet approves cut in import duty on gold and silver",
        "",
        ("resuming", "*", "IN", False),
    ),
    ("Union Budget hikes customs duty on copper to 10%", "", ("tariff", "*", "IN", False)),
    (
        "Union Government imposes anti-dumping duty on Chinese aluminium foil",
        "",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Union Finance Ministry slaps safeguard duty on steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),
    # near misses: another union
    (
        "European Union Finance Ministers approve tariffs on Russian aluminium",
        "",
        ("tariff", "RU", "EU", False),
    ),
    ("Mine workers union calls for copper export ban", "", None),
]

#: (title, summary, want): kind 5, a safeguard's status.
SAFEGUARDS: list[Any] = [
    ("EU extends steel safeguard until 2026", "", ("quota", "*", "EU", False)),
    ("EU steel safeguard quotas cut by 15%", "", ("quota", "*", "EU", False)),
    ("India imposes 12% safeguard duty on steel imports", "", ("tariff", "*", "IN", False)),
    ("Vietnam extends safeguard duty on aluminium", "", ("tariff", "*", "VN", False)),
    ("UK extends steel safeguard by two years", "", ("quota", "*", "GB", False)),
    ("Turkey imposes safeguard duties on steel imports", "", ("tariff", "*", "TR", False)),
    pytest.param(
        "EU to replace steel safeguard with tighter quotas",
        "",
        ("quota", "*", "EU", True),
        marks=pytest.mark.xfail(strict=True, reason=_PLAN),
    ),
    ("Malaysia imposes safeguard duty on flat-rolled steel", "", ("tariff", "*", "MY", False)),
    ("Philippines extends safeguard duty on galvanized steel", "", ("quota", "*", "PH", False)),
    (
        "Safeguard measure on steel products prolonged for two years",
        "",
        ("quota", "*", "*", False),
    ),
]

#: (title, summary, want): kind 6, a duty's rate given as a range or in the summary.
RATES: list[Any] = [
    (
        "EU imposes anti-dumping duties of 12.5% to 30.6% on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, _ALU, None),
    ),
    (
        "US sets duties ranging from 5% to 45% on Vietnamese steel wire",
        "",
        ("tariff", "VN", "US", False, _STEEL, None),
    ),
    (
        "India imposes anti-dumping duties of between 10% and 25% on Chinese steel",
        "",
        ("tariff", "CN", "IN", False, _STEEL, None),
    ),
    ("Mexico raises steel tariffs to up to 50%", "", ("tariff", "*", "MX", False, _STEEL, 50.0)),
    (
        "India imposes safeguard duty on steel imports",
        "The 12% duty applies for 200 days from Monday.",
        ("tariff", "*", "IN", False, _STEEL, 12.0),
    ),
    (
        "Vietnam slaps anti-dumping duty on Chinese galvanized steel",
        "The duties range from 3% to 38% depending on the producer.",
        ("tariff", "CN", "VN", False, _STEEL, None),
    ),
    (
        "Brazil raises import tariff on aluminium",
        "The rate rises to 25% from 12% under the quota system.",
        ("tariff", "*", "BR", False, _ALU, 25.0),
    ),
    # near misses: one rate in the title
    (
        "Canada imposes 25% surtax on Chinese steel",
        "",
        ("tariff", "CN", "CA", False, _STEEL, 25.0),
    ),
]

#: (title, summary, want): kind 7, metals named by product.
PRODUCTS: list[Any] = [
    (
        "India imposes anti-dumping duty on Chinese CRC",
        "",
        None,
    ),
    (
        "Vietnam slaps duties on Chinese HRC imports",
        "",
        None,
    ),
    (
        "Galvalume imports from China hit with anti-dumping duty in Vietnam",
        "",
        None,
    ),
    (
        "EU imposes anti-dumping duties on Chinese tinplate",
        "",
        None,
    ),
    (
        "Thailand imposes anti-dumping duty on Chinese pre-painted galvalume sheets",
        "",
        None,
    ),
    (
        "Indonesia imposes anti-dumping duty on tinplate from China, South Korea, Taiwan",
        "",
        None,
    ),
    (
        "Japan hits Chinese HRC with provisional duties",
        "",
        None,
    ),
    # a ferroalloy in one word names its metal, as "ferro-nickel" does (kinds 121)
    (
        "US imposes duties on Chinese ferronickel",
        "",
        ("tariff", "CN", "US", False, frozenset({"nickel"}), None),
    ),
    # near misses: a product's market news; a named metal stays
    ("HRC futures rise on China stimulus", "", None),
    (
        "EU imposes anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False, _ALU, None),
    ),
]


def check_full(title: str, summary: str, want: Full) -> None:
    """The classifier reads ``want`` with its metals and rate (``kinds_exact``'s check)."""
    check_exact(title, summary, None if want is None else (*want[:4], " ".join(want[4]), want[5]))


@headline_cases(SAFEGUARDS)
def test_a_safeguards_status(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(RATES)
def test_a_duty_rate_given_as_a_range_or_in_the_summary(
    title: str, summary: str, want: Full
) -> None:
    check_full(title, summary, want)


@headline_cases(PRODUCTS)
def test_metals_named_by_product(title: str, summary: str, want: Full) -> None:
    check_full(title, summary, want)


@headline_cases(AGENCY_ACTS)
def test_who_acts_named_by_an_agency_or_a_ministers_title(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
