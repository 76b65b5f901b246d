"""Duties named by the abbreviations and words of their trade: India's "BCD" (basic customs
duty), "AIDC" (agriculture infrastructure and development cess) and "SGD" (safeguard duty), a
"cess" on imports or exports, and "AD" before "duty", "duties" or "measures" (anti-dumping), as
"ADD" and "CVD" are read already. Headlines of Indian budget and trade-remedy news write them
every year ("BCD on gold cut to 6%", "DGTR recommends SGD on steel"). Made-up cases, labels
committed before the engine read them; first reading **2 of 8** (every abbreviation and cess
unread; the near misses right), 8 of 8 after ``tui/engine/classifier_duty_abbrevs.py``. A first
version also wrote "AD orders" out, which read two studied rows (twf-049, twf-110: orders
maintained or amended, labelled no event) as new duties: "AD orders" stay as written.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import check_exact

CASES: list[Any] = [
    (
        "Govt cuts BCD on gold and silver to 6%",
        "",
        ("resuming", "*", "*", False, "gold silver", None),
    ),
    (
        "India hikes AIDC on gold imports",
        "",
        ("tariff", "*", "IN", False, "gold", None),
    ),
    (
        "India raises cess on silver imports",
        "",
        ("tariff", "*", "IN", False, "silver", None),
    ),
    (
        "EU extends AD measures on Chinese steel",
        "",
        ("tariff", "CN", "EU", False, "steel", None),
    ),
    (
        "DGTR recommends SGD on steel imports",
        "",
        ("tariff", "*", "IN", True, "steel", None),
    ),
    (
        "Indonesia slaps export cess on nickel pig iron",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
]

#: Near misses: the same letters that are no duty.
NEAR: list[Any] = [
    ("SGD strengthens as gold rallies in Singapore", "", None),
    ("Gold jewellers launch AD campaign for festive season", "", None),
]


@headline_cases(CASES)
def test_a_duty_named_by_its_abbreviation_is_read(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR)
def test_the_same_letters_that_are_no_duty_stay_none(title: str, summary: str, want: Any) -> None:
    check_exact(title, summary, want)
