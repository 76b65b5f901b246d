"""Goods "no longer exempt" from a measure: the exemption has ended and the measure now falls on
them, a ``tariff`` (or the measure's own status) on their flow, as "loses exemption from" reads.
They were read as spared from it (``resuming``), the opposite. Noticed while merging kinds 139
("no longer subject to" read as spared, rightly). Made-up cases, labels committed before the
engine read them; first reading **2 of 6** (the four exemptions ended read as ``resuming``, the
near misses right), 6 of 6 after ``tui/engine/classifier_no_longer.py`` wrote the phrase as
"loses exemption from"."""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import check_exact

NO_LONGER_EXEMPT: list[Any] = [
    (
        "Canadian aluminium no longer exempt from US tariffs",
        "",
        ("tariff", "CA", "US", False, "aluminium", None),
    ),
    (
        "Brazilian nickel no longer exempt from Chinese import duty",
        "",
        ("tariff", "BR", "CN", False, "nickel", None),
    ),
    (
        "Australian steel will no longer be exempt from US tariffs",
        "",
        ("tariff", "AU", "US", False, "steel", None),
    ),
    (
        "Japanese copper is no longer exempted from Indian import duties",
        "",
        ("tariff", "JP", "IN", False, "copper", None),
    ),
]

#: Near misses that stay as read: goods no longer subject to a measure (spared), goods made
#: exempt (spared).
NEAR: list[Any] = [
    (
        "Mexican steel no longer subject to US tariffs",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "Chilean copper exempted from US tariffs",
        "",
        ("resuming", "CL", "US", False, "copper", None),
    ),
]


@headline_cases(NO_LONGER_EXEMPT)
def test_goods_no_longer_exempt_bear_the_measure(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR)
def test_goods_spared_stay_spared(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)
