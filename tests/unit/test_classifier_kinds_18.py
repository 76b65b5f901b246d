"""Reversals of plans and threats, and a market's mood about a measure, in made-up phrasings
(session 14), aimed at causes, never at a headline's words.

A government reversing a plan or backing off a threat takes nothing into force: "makes a U-turn
on its plan to ban", "U-turns on the export duty proposal", "backtracks on the threat of
duties", "rows back on the proposed levy", "drops the threat of tariffs" are no event (the
policy board withdraws the plan they drop: ``tests/unit/test_withdrawals.py``). Read before:
"U-turns on the proposal" as the plan itself, the others as the measure lifted or proposed.
Reversing a measure in force still releases it ("backtracks on the export ban", "reverses
steel tariffs").

A verb that acts on a market's mood about a measure ("Copper reverses on tariff fears",
"... as export ban worries ease") acts on the mood, not the measure: no event; read before as
tariffs lifted. A measure lifted amid a mood is still the measure.

First time, before any rule changed: 8 of 14 right; now 14 of 14.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- a plan or a threat reversed or dropped: nothing comes into force ------------------
    ("Indonesia makes U-turn on plan to ban bauxite exports", "", None),
    ("Zambia U-turns on copper export duty proposal", "", None),
    ("Government backtracks on threat of steel import duties", "", None),
    ("US walks back tariff threat on Canadian aluminium", "", None),
    ("Trump drops threat of tariffs on Mexican steel", "", None),
    ("Ministry rows back on proposed nickel export levy", "", None),
    ("Jakarta reverses course on planned tin export curbs", "", None),
    # ... while a measure in force reversed is released
    ("Zimbabwe backtracks on lithium ore export ban", "", ("resuming", "ZW", "*", False)),
    ("US reverses steel tariffs on Argentina", "", ("resuming", "AR", "US", False)),
    # --- a verb on a mood about a measure acts on the mood -----------------------------------
    ("Copper reverses on tariff fears", "", None),
    ("Nickel rebounds as export ban worries ease", "", None),
    ("Aluminium extends gains as sanctions jitters fade", "", None),
    # ... while a measure taken amid a mood is the measure
    (
        "Indonesia lifts nickel ore export ban amid market jitters",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("China halts gallium exports, fuelling supply fears", "", ("suspended", "CN", "*", False)),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: object) -> None:
    check_kind(title, summary, want)  # type: ignore[arg-type]
