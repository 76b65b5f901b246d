"""Missed measures by kind (session 25), in made-up phrasings.

1. A government that suggests, floats or proposes a measure on a watched metal, named after a
   market's or an industry's move ("Copper miners jump after Trump suggests 50% tariff on
   copper imports"): the move's subject ("miners", "shares") was taken for the one asking, so
   the title read as an industry's lobbying. A government asking is proposing its own measure;
   an industry, its body or analysts suggesting one stay no event.
2. A title of two parts, a market's or a company's move and a government's act on a watched
   metal told apart from it (a sentence of its own after a full stop or a semicolon, or an item
   of a roundup after a bar, "Markets wrap | Oil rises, gold slips, China ..., and more"): the
   market veto read the whole title as market news (the roundups after a bar were read
   already). The act's part reads alone; a part that is an outlook, an industry's call or a
   company's own act stays no event.

Real rows of the kinds (studied sets): gate2's "Mining stocks react after Trump suggests 50%
tariff on Copper" (kind 1, ``tui/engine/classifier_sidelines.py``: ``lobbies``, ``proposes``,
``company_view``) and "Freeport McMoRan, Southern Copper Stocks Rise. Trump Reveals Start Date
for 50% Tariff." (kind 2, ``tui/engine/classifier_market_acts.py``: ``part_apart``; there the
part names no metal and the lede ties the tariff to the title's copper).

First time, on the engine before the change (labels written before the engine read them):
kind 1, 6 of 10 right (2 of the 6 measures, the 4 near misses); kind 2, 8 of 10 (4 of the 6
measures, among them both roundups after a bar, and the 4 near misses). After: kind 2, 10 of
10; kind 1, the rules read 10 of 10, but the learned event gate vetoes four of the measures
(2% to 9%, under 11.6%), marked xfail: market words before a measure weigh against it. Trained
on these cases (``CASES``), the gate read two of the four, but leave-one-set-out its nested
reading let through more false events (61 against 55 untrained, measured on an earlier draft
of this round's rules), so it is not trained on them.

3. A probe, not fixed: a government granting firms more quotas or permits with the firms named
   before the measure ("Indonesia grants smelters extra nickel ore export quotas", from
   blind5's "China Offers Banks Extra Gold Import Quotas as Investors Flock", labelled a
   release). First time 5 of 10 right (1 of the 6 measures, the 4 near misses): "grants
   smelters" reads as a company's operations, "gives refiners" as a company's view, and
   "offers", "allots" and "hands" are no verbs of granting, so the quota or permit reads as a
   measure imposed. The reading of a measure noun (``classifier_nouns.py``) is at 397 lines;
   a fix needs a module of its own. The five are marked xfail.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of the kinds.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: The rules read these; the learned event gate vetoes them (see the module's docstring).
_GATED = pytest.mark.xfail(strict=True, reason="the rules read it; the learned gate vetoes it")

#: Kind 3, a probe: not fixed this session (see the module's docstring).
_PROBE = pytest.mark.xfail(strict=True, reason="kind 3 not read yet: a probe")

#: (title, summary, want): kind 1, a government suggesting a measure after a market's move.
SUGGESTED: list[Any] = [
    pytest.param(
        "Copper miners jump after Trump suggests 50% tariff on copper imports",
        "",
        ("tariff", "*", "US", True),
        marks=_GATED,
    ),
    (
        "Aluminium shares slide as Ottawa floats 25% export duty on aluminium",
        "",
        ("tariff", "CA", "*", True),
    ),
    pytest.param(
        "Steelmakers rally after India suggests anti-dumping duty on Chinese steel",
        "",
        ("tariff", "CN", "IN", True),
        marks=_GATED,
    ),
    pytest.param(
        "Nickel traders react as Indonesia suggests ban on nickel ore exports",
        "",
        ("suspended", "ID", "*", True),
        marks=_GATED,
    ),
    (
        "Zinc stocks fall after Beijing proposes export controls on zinc",
        "",
        ("licensing", "CN", "*", True),
    ),
    pytest.param(
        "Shares of US aluminium smelters climb as Trump suggests doubling aluminium tariffs",
        "",
        ("tariff", "*", "US", True),
        marks=_GATED,
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


#: (title, summary, want): kind 3, a government grants firms more quotas or permits, the firms
#: named before the measure.
GRANTED: list[Any] = [
    pytest.param(
        "Indonesia grants smelters extra nickel ore export quotas",
        "",
        ("resuming", "ID", "*", False),
        marks=_PROBE,
    ),
    pytest.param(
        "China gives refiners additional copper scrap import quotas",
        "",
        ("resuming", "*", "CN", False),
        marks=_PROBE,
    ),
    pytest.param(
        "Beijing offers magnet makers more rare earth export licences",
        "",
        ("resuming", "CN", "*", True),
        marks=_PROBE,
    ),
    pytest.param(
        "India allots jewellers extra gold import quota",
        "",
        ("resuming", "*", "IN", False),
        marks=_PROBE,
    ),
    pytest.param(
        "Congo hands miners new cobalt export permits",
        "",
        ("resuming", "CD", "*", False),
        marks=_PROBE,
    ),
    (
        "Zimbabwe grants lithium miners more export permits as ban eases",
        "",
        ("resuming", "ZW", "*", False),
    ),
    ("Banks ask China for extra gold import quotas", "", None),
    ("Refiners get no extra gold import quota, India says", "", None),
    ("China grants miners extra rare earth mining quotas", "", None),
    ("Smelters seek more nickel ore export permits from Jakarta", "", None),
]


@headline_cases(SUGGESTED)
def test_a_government_suggesting_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(PARTS)
def test_a_governments_act_in_a_part_apart(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(GRANTED)
def test_a_government_grants_firms_more_quotas(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
