"""A measure named with its pledge (session 25), in made-up phrasings.

A measure noun followed by a pledge, a promise or a vow ("Trump's new tariffs pledge", "a steel
surtax promise", "an export ban vow") was read as the measure in force: a plan word after the
measure was read only as "threat" or "plan" ("Trump tariff threat", "tariff plans"). A pledge,
a promise or a vow of a measure is its plan, like a threat: ``proposed``; a pledge kept,
fulfilled or delivered on is the measure taken (``PROPOSED_RE`` in
``tui/engine/classifier_rules_proposed.py``, read by ``tui/engine/classifier_status.py``).

First time, on the engine before the change: 3 of the 9 cases read right (the three kept
readings; all six pledges, promises and vows read as measures in force).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' ``proposed``, not whether a
headline is a measure.
"""

from __future__ import annotations

from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): a measure's pledge, promise or vow.
PLEDGES: list[tuple[str, str, Want]] = [
    (
        "Gilt yields ease after Trump's copper tariff pledge",
        "British gilt yields fell after President Trump pledged a 50% tariff on copper imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Steelmakers rally on Ottawa's steel surtax promise",
        "Canadian steel shares rose after Ottawa promised a 25% surtax on Chinese steel imports.",
        ("tariff", "CN", "CA", True),
    ),
    ("Mexico's aluminium import duty pledge", "", ("tariff", "*", "MX", True)),
    ("India's new steel safeguard duty promise", "", ("tariff", "*", "IN", True)),
    ("Indonesia's nickel ore export ban vow", "", ("suspended", "ID", "*", True)),
    ("EU's steel import quota pledge", "", ("quota", "*", "EU", True)),
    # kept: a pledge kept or delivered on is the measure taken; "as pledged" is done
    ("Trump keeps tariff pledge with 25% steel duties", "", ("tariff", "*", "US", False)),
    (
        "Canada delivers on steel surtax promise, imposes 25% on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    ("Indonesia bans nickel ore exports as pledged", "", ("suspended", "ID", "*", False)),
]


@headline_cases(PLEDGES)
def test_a_measures_pledge_is_its_plan(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
