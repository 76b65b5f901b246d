"""Missed measures by kind (session 25), in made-up phrasings.

1. A government that suggests, floats or proposes a measure on a watched metal, named after a
   market's or an industry's move ("Copper miners jump after Trump suggests 50% tariff on
   copper imports"): the move's subject ("miners", "shares") was taken for the one asking, so
   the title read as an industry's lobbying. A government asking is proposing its own measure;
   an industry, its body or analysts suggesting one stay no event.
2. A title of two parts, a market's or a company's move and a government's act on a watched
   metal told apart from it (a sentence of its own after a full stop or a semicolon, or an item
   of a roundup after a bar, "Markets wrap | Oil rises, gold slips, China ..., and more"): the
   market veto read the whole title as market news. The act's part reads alone; a part that is
   an outlook, an industry's call or a company's own act stays no event.

First time, on the engine before the change (labels written before the engine read them):
see the counts at the end of this docstring, filled in after the first run.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of the kinds.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a government suggesting a measure after a market's move.
SUGGESTED: list[tuple[str, str, Want]] = [
    (
        "Copper miners jump after Trump suggests 50% tariff on copper imports",
        "",
        ("tariff", "*", "US", True),
    ),
    (
        "Aluminium shares slide as Ottawa floats 25% export duty on aluminium",
        "",
        ("tariff", "CA", "*", True),
    ),
    (
        "Steelmakers rally after India suggests anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "IN", True),
    ),
    (
        "Nickel traders react as Indonesia suggests ban on nickel ore exports",
        "",
        ("suspended", "ID", "*", True),
    ),
    (
        "Zinc stocks fall after Beijing proposes export controls on zinc",
        "",
        ("licensing", "CN", "*", True),
    ),
    (
        "Shares of US aluminium smelters climb as Trump suggests doubling aluminium tariffs",
        "",
        ("tariff", "*", "US", True),
    ),
    ("Copper smelters suggest 10% tariff on concentrate imports", "", None),
    ("Steel industry body suggests anti-dumping duty on Chinese steel", "", None),
    ("Gold rises after analysts suggest Trump tariff threat is fading", "", None),
    (
        "Aluminium shares fall as buyers suggest tariff on aluminium will hit demand",
        "",
        None,
    ),
]

#: (title, summary, want): kind 2, a market's move and a government's act in parts apart.
PARTS: list[tuple[str, str, Want]] = [
    (
        "Freeport shares jump. Trump sets Aug. 1 start for 50% copper tariff.",
        "",
        ("tariff", "*", "US", False),
    ),
    ("Nickel miners rally; Indonesia bans nickel ore exports", "", ("suspended", "ID", "*", False)),
    (
        "Morning brief | Oil rises, gold slips, China requires export licences for gallium, and more",
        "",
        ("licensing", "CN", "*", False),
    ),
    (
        "Stocks close mixed. EU imposes anti-dumping duties on Chinese aluminium foil.",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Cobalt prices climb. Congo extends cobalt export ban by three months.",
        "",
        ("suspended", "CD", "*", False),
    ),
    (
        "Daily digest | Rupee weakens, India hikes import duty on gold to 15%, and more",
        "",
        ("tariff", "*", "IN", False),
    ),
    ("Copper shares jump. Analysts expect Trump to drop copper tariff plan.", "", None),
    ("Steel stocks fall; EU steel body urges safeguard duties", "", None),
    ("Gold slips. Traders eye Fed and tariffs.", "", None),
    ("Markets wrap | Oil rises, gold slips, copper miners cut output, and more", "", None),
]


@pytest.mark.parametrize(("title", "summary", "want"), SUGGESTED, ids=case_ids(SUGGESTED))
def test_a_government_suggesting_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PARTS, ids=case_ids(PARTS))
def test_a_governments_act_in_a_part_apart(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
