"""Two kinds of everyday news read as trade measures, found by probing the forms the wild audit's
studied rows showed (``tests/data/real_headlines_wild/``, session 43): made-up headlines per
kind, with near misses that must stay as they are, each checked on every field the exact score
counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read
them.

1. "Duty" as service, not a tax: an officer "off duty" or "on duty", a game or a show named for it
   ("Call of Duty", "Line of Duty", "Jury Duty"). A duty on goods, "duty-free" sales, a duty
   cut, stay as they read.
2. People banned or suspended as the object of the verb (cheaters, players, fans, a passenger,
   tourists): no measure on goods, whatever metal the story names. A ban on a metal's exports
   or imports stays one.

First reading, on main's engine at 97490179 (session 43's, after kinds 140; labels committed
before the run, 5aa24a2a): **7 of 13**. Kind 1, 1 of 5 (four read as a tariff on the metal), its near misses 2 of
2; kind 2, 2 of 4 ("bans 10,000 cheaters" read as a noun's ban, "bans passenger who smuggled
gold" as a ban on gold), near misses 2 of 2. Changed: ``classifier_everyday_senses`` (new, kinds
142's module: "duty" as service written "watch" before the rules read); ``classifier_people_banned`` (new: the first
measure word a ban whose object, past numbers and determiners, is people; asked by
``classifier_read.read_text``). After: **13 of 13**; ``benchmarks/row_changes.py``: +0 -0 (no
labelled set holds these forms), the gate unchanged.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: duty as service.
DUTY_AS_SERVICE: list[Any] = [
    ("Off-duty officer foils copper theft at rail yard", "", None),
    ("Guard on duty during aluminium warehouse raid is sacked", "", None),
    ("Call of Duty season 3 adds new steel weapons", "", None),
    ("Line of Duty star opens gold exhibition in Belfast", "", None),
    ("Jury Duty actor sells his silver collection", "", None),
]

#: Kind 1's near misses: a duty on goods.
DUTY_ON_GOODS: list[Any] = [
    ("India raises import duty on gold to 15%", "", ("tariff", "*", "IN", False, "gold", 15)),
    (
        "China imposes anti-dumping duty on US steel",
        "",
        ("tariff", "US", "CN", False, "steel", None),
    ),
]

#: Kind 2: people banned or suspended.
PEOPLE_BANNED: list[Any] = [
    (
        "Shooter game bans 10,000 cheaters",
        "Players who unlocked gold weapons through an exploit were banned on Monday.",
        None,
    ),
    (
        "League suspends two players over betting",
        "The steel town club said it would appeal the suspensions.",
        None,
    ),
    (
        "Airline bans passenger who smuggled gold in his shoes",
        "",
        None,
    ),
    (
        "Island bans tourists from old copper mine after rockfall",
        "",
        None,
    ),
]

#: Kind 2's near misses: a ban on goods.
GOODS_BANNED: list[Any] = [
    (
        "Mali bans gold exports to Dubai",
        "",
        ("suspended", "ML", "AE", False, "gold", None),
    ),
    (
        "US bans imports of Russian steel",
        "",
        ("suspended", "RU", "US", False, "steel", None),
    ),
]

#: Not trained on by the learned gate (``benchmarks/event_gate_training.py``): these cases test
#: the rules' reading.
CASES: list[Any] = []


@headline_cases(DUTY_AS_SERVICE)
def test_duty_as_service_is_no_tax(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(DUTY_ON_GOODS)
def test_a_duty_on_goods_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PEOPLE_BANNED)
def test_people_banned_are_no_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(GOODS_BANNED)
def test_a_ban_on_goods_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
