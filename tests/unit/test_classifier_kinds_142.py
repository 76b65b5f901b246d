"""Measure words in senses of everyday life, not of trade, found by probing the forms the wild
audit's studied rows showed (``tests/data/real_headlines_wild/``, session 43): a press embargo
on a report, a driving, fishing, firearms or liquor licence. Made-up headlines with near misses
that must stay as they are, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

First reading, on main's engine at 8601b44e (labels committed before the run): **5 of 9**: the
news embargo "lifted" read a release, the driving, firearms and liquor licences read licensing;
the press embargo and the fishing licence read no event, as did the near misses' trade
measures (3 of 3). Changed: ``classifier_everyday_senses`` (new: such words written plain before
the rules read, with kinds 141's "duty" as service moved there from ``classifier_duty_abbrevs``).
After: **9 of 9**; ``benchmarks/row_changes.py``: +0 -0, the gate unchanged.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: A licence or an embargo of everyday life.
EVERYDAY_SENSES: list[Any] = [
    ("News embargo lifted on lithium report", "", None),
    ("Press embargo on the copper study ends at midnight", "", None),
    ("Driving licence rules change for aluminium truck drivers", "", None),
    ("Fishing licence fees rise near old tin mines", "", None),
    ("Firearms licence revoked for gold dealer", "", None),
    ("Liquor licence granted to steel town pub", "", None),
]

#: Near misses: an embargo or a licence on a metal's trade.
TRADE_SENSES: list[Any] = [
    ("EU lifts embargo on Iranian steel", "", ("resuming", "IR", "EU", False, "steel", None)),
    (
        "India requires import licences for gold jewellery",
        "",
        ("licensing", "*", "IN", False, "gold", None),
    ),
    (
        "China tightens export licences for gallium",
        "",
        ("licensing", "CN", "*", False, "gallium", None),
    ),
]

#: Not trained on by the learned gate (``benchmarks/event_gate_training.py``): these cases test
#: the rules' reading.
CASES: list[Any] = []


@headline_cases(EVERYDAY_SENSES)
def test_a_measure_word_of_everyday_life_is_no_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(TRADE_SENSES)
def test_a_measure_on_a_metals_trade_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
