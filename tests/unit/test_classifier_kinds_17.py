"""Kinds seen in the studied half of the thirteenth blind set (its odd rows, released for study
in session 13; its even rows stay unseen), in made-up phrasings, aimed at causes, never at a
headline's words.

The thirteenth blind set (``tests/data/real_headlines_blind13/``: 176 real published headlines
from public datasets of tariff, steel, copper and rare-earth news, labelled blind) was read once
never tuned on: 71.6% exact, 23 false events on 135 non-measures, 10 of 41 measures missed. Its
odd rows (75.0%, 66/88) were released for study; its even rows (68.2%, 60/88) stay unseen, so
the round's carry-over is measured on the same kind of text. The odd rows' 22 misses, by cause:
eight follow conventions the sets split on and are left (a measure named for its effects, "to
batter", "could raise prices", "created by"; a price move after a tariff threat, read as market
news; another's retaliation on "US goods" over metal tariffs; an importer named only by the
outlet), two are readings left as they are (which of two clauses' measures a title reports; a
trade pact's direction; imports to be cut "by 15%" read as a quota, since a government's aim
to cut imports is as often a target as a measure); the others are kinds: a statement then a
question ("proposes a duty. How will it ...?"); a flow word or a demonym in the measure's purpose
or in a relative clause of its effects ("to fight surging exports", "to protect ... from Chinese
dumping", "that could hurt ..."); "hints at" and "looks at" as plans; a metal named only in a
condition ("if steel gets caught"); "decides against"; something compared with a measure
("bigger worries than <tariff>") as comment (a measure "smaller than hoped", said by its
industry, stays a miss: a tuned set reads new quotas "softer than" asked as the measure); a
forecast of effects attributed to a company figure
after a colon.

First time, before any rule changed: 3 of 17 phrasings right; two (imports cut "by a quarter"
as a quota) were then dropped as not a kind, and one ("planned ... duty lower than industry
sought", written as no event) was given a tuned set's label, which the engine read first time.
Now 15 of 15.
"""

from __future__ import annotations

from kinds_cases import check_kind, headline_cases

CASES: list[object] = [
    # --- a statement, then a question about it: the statement is the news ------------------
    (
        "Indonesia proposes 10% export duty on nickel pig iron. What does it mean for mills?",
        "",
        ("tariff", "ID", "*", True),
    ),
    (
        "Turkey raises steel import duty to 30%. Will prices follow?",
        "",
        ("tariff", "*", "TR", False),
    ),
    # a question alone stays no event
    ("Will Indonesia ban nickel exports again?", "", None),
    # --- a flow word or a demonym in the measure's purpose is not its corridor ---------------
    (
        "Thailand hits Vietnam with steel tariffs to curb surging exports",
        "",
        ("tariff", "VN", "TH", False),
    ),
    (
        "Brazil imposes safeguard duty on steel imports to shield mills from Chinese dumping",
        "",
        ("tariff", "*", "BR", False),
    ),
    (
        "Indonesia raises import duty on aluminium to protect local firms from Vietnamese rivals",
        "",
        ("tariff", "*", "ID", False),
    ),
    # --- "hints at", "looks at": plans ------------------------------------------------------
    (
        "Trump hints at tariffs on aluminium imports that could hurt Canadian smelters",
        "",
        ("tariff", "*", "US", True),
    ),
    ("Japan looks at tariffs on Chinese steel", "", ("tariff", "CN", "JP", True)),
    # a metal named only in a condition is not the goods
    ("Australia looks at duties on US goods if copper gets caught in tariff war", "", None),
    # --- "decides against": no measure --------------------------------------------------------
    ("EU decides against safeguard duties on aluminium", "", None),
    ("US decided against tariffs on critical minerals from Canada", "", None),
    # --- something compared with a measure, no act told: comment -----------------------------
    ("Chile's copper sector faces bigger risks than US tariffs", "", None),
    # ... while a measure compared with something else is still reported (a tuned set's label)
    (
        "India's planned aluminium import duty lower than industry sought",
        "",
        ("tariff", "*", "IN", True),
    ),
    # --- a forecast of effects attributed to a company figure after a colon -------------------
    ("Tariffs may reshape copper flows, leave Zambia exposed: Glencore CEO", "", None),
    ("US duties could make India a dumping ground for steel: JSW chief", "", None),
]


@headline_cases(CASES)
def test_kind(title: str, summary: str, want: object) -> None:
    check_kind(title, summary, want)  # type: ignore[arg-type]
