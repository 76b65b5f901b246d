"""Four kinds (session 30) from the studied sets' remaining misses, in made-up phrasings
labelled before the engine read them.

1. **A wire's "Key points:" bullets glued together** ("Key points:Trump raises tariffs on steel
   importsEgypt, Jordan bonds fall ..."): each bullet is its own sentence, so a country in a
   later bullet about something else is no side of the measure the first bullet tells.
2. **A move on a possible exemption for a country** ("BlueScope gains on potential tariff
   exemption for Australia"): the exemption is the news, ``resuming`` on that country's goods,
   proposed (README "Trade-policy statuses": a country spared from another's measure).
3. **A watched metal's producers or shares moving on a government's threat or pledge of
   tariffs** ("steelmakers climb on Trump tariff threat") whose lede tells the threatened
   measure: the threat, a proposed ``tariff``.
4. **A body's statement "on" the risk or impact of a measure** ("Builders' group on the risk
   to housing from Trump tariffs"): an organisation's view, no event, whatever its lede says.

First time, on the engine before the change (labels written before it ran): kind 1, 6 of 8
right (a country in a later bullet taken as the exporter; one event vetoed by the learned gate);
kind 2, 3 of 9 (the three near misses); kind 3, 7 of 8 (the lede telling the threat was read
already; the one wrong, "European steel stocks fall on EU tariff threat against China", a lede
saying "may impose tariffs on Chinese steel"); kind 4, 4 of 6 (the two near misses and two
statements). Two labels of kind 2 were put right after the first run, as the README has them:
stocks that climb "on hopes of" an exemption are a market moved by hopes, and a government "in
talks for an exemption" names relief as a noun in talks (both no event; both read so before the
change). Two cases of kind 3 were written after the first run: the engine before the change
stopped on them with an ``IndexError`` (a lede read in turn was given the title's background
clauses, ``tui/engine/classifier_corridor.py``). Over all 33 on the engine before the change: 22
right, two errors.

Fixed: the corridor of a measure read in a key-points list run together is read on its own
bullet (``tui/engine/classifier_bullets.py``; the sentences themselves are left whole, so which
lede tells an act and the gate's reading stay as they were); a market move on an exemption "for"
a named country is the release, that country the origin and the other place named the
imposer (``tui/engine/classifier_spared_moves.py``); a body's statement "on the risk" or "impact"
of a measure is a view (``tui/engine/classifier_statements.py``). After: 28 of 33; still wrong
(strict ``xfail``): four vetoed by the retrained learned gate (scores just under its threshold,
0.116 -> 0.117; one of them right before the retraining) and the lede above; one of the four
reads right again since the gate's retraining at 0.114 (session 31).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a wire's key-points bullets glued together.
GLUED_BULLETS: list[Any] = [
    (
        "Emerging stocks under pressure after Trump's tariffs",
        "Key points:Trump raises tariffs on copper importsTurkish lira hits record lowPoland's"
        " zloty steady Most emerging market currencies fell on Wednesday.",
        ("tariff", "*", "US", False),
    ),
    (
        "Markets slide after Trump's new tariffs",
        "Key points:Trump raises tariffs on steel importsChile's peso falls as copper slips"
        "Brazil's inflation slows Stocks fell across the region.",
        ("tariff", "*", "US", False),
    ),
    (
        "Asian markets drop after Washington's fresh tariffs",
        "Key points:US imposes 50% tariffs on copper importsPeru's sol weakensJapan's exports"
        " rise in June",
        ("tariff", "*", "US", False),
    ),
    (
        "Rand slides after Trump's latest tariffs",
        "Key points:Trump doubles tariffs on aluminium imports to 50%Nigeria's naira steady"
        "Kenya's bonds rise",
        ("tariff", "*", "US", False),
    ),
    (
        "EM currencies weaken after Trump's tariffs",
        "Key points:Trump raises tariffs on steel and aluminium importsRussian rouble firms"
        "Mexican peso slips 0.3%",
        ("tariff", "*", "US", False),
    ),
    (
        "India raises gold import duty",
        "Key points:Duty raised to 15% from 10.75%Pakistan's rupee weakensSmuggling seen rising",
        ("tariff", "*", "IN", False),
    ),
    # near misses: a measure's own country in its bullet stays its side
    (
        "Currencies fall after Trump's tariffs on Canada",
        "Key points:Trump raises tariffs on Canadian steel importsIndonesia's rupiah slips",
        ("tariff", "CA", "US", False),
    ),
    (
        "Indonesia bans nickel ore exports",
        "Key points:Ban takes effect in JanuaryPhilippine miners rally",
        ("suspended", "ID", "*", False),
    ),
]

#: (title, summary, want): kind 2, a move on a possible exemption for a country.
POSSIBLE_EXEMPTIONS: list[Any] = [
    (
        "Posco rises on possible US tariff exemption for South Korea",
        "Posco shares rose after Seoul said Washington is considering exempting South Korea from"
        " its steel tariffs.",
        ("resuming", "KR", "US", True),
    ),
    (
        "Canadian aluminium stocks climb on hopes of tariff exemption for Canada",
        "Shares of Canadian aluminium producers rose after reports the U.S. may exempt Canada"
        " from its 25% aluminium tariffs.",
        None,  # corrected after the first run: README, a market moved by "hopes"
    ),
    (
        "Nippon Steel gains on potential tariff exemption for Japan — Market Talk",
        "Nippon Steel shares rose 3% after the Japanese trade minister said the U.S. could"
        " exempt Japan from steel tariffs.",
        ("resuming", "JP", "US", True),
    ),
    # vetoed by the learned event gate (a score just under its threshold) until the gate was
    # retrained in session 32 on the rules of test_classifier_kinds_97.py
    (
        "BHP edges up on possible export levy exemption for Australian copper",
        "",
        ("resuming", "AU", "*", True),
    ),
    (
        "Rupee firms on likely exemption for India from US steel tariffs",
        "",
        ("resuming", "IN", "US", True),
    ),
    (
        "UK steel shares jump on potential exemption from US tariffs",
        "British Steel's owner and other UK steelmakers rose after London said it was in talks"
        " for an exemption from US steel tariffs.",
        None,  # corrected after the first run: README, talks about an exemption as a noun
    ),
    # near misses: an exemption denied or a move with no exemption stays no event
    (
        "BlueScope falls as Australia denied tariff exemption",
        "The U.S. rejected Australia's request for an exemption from its steel tariffs.",
        None,
    ),
    ("BlueScope gains on strong US demand — Market Talk", "", None),
    (
        "Posco shares slip as hopes fade for exemption from US steel tariffs",
        "",
        None,
    ),
]

#: (title, summary, want): kind 3, a metal's producers moving on a tariff threat.
THREAT_MOVES: list[Any] = [
    (
        "Wall Street ends mixed; steelmakers rise on Trump tariff threat",
        "Steelmakers surged after President Trump said he would impose 25% tariffs on all steel"
        " imports.",
        ("tariff", "*", "US", True),
    ),
    # vetoed by the learned gate from its retraining at 0.117 until the one at 0.114
    (
        "Aluminium producers climb on US tariff threat",
        "Alcoa and Century Aluminum rose after the White House said it plans to impose tariffs"
        " on aluminium imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Copper miners jump on Trump tariff pledge",
        "Freeport-McMoRan rose 4% after President Trump pledged to impose a 50% tariff on copper"
        " imports.",
        ("tariff", "*", "US", True),
    ),
    pytest.param(
        "European steel stocks fall on EU tariff threat against China",
        "Shares fell after the European Commission said it may impose tariffs on Chinese steel.",
        ("tariff", "CN", "EU", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason='the lede\'s "may impose tariffs on Chinese steel" is not tied to the metal that moved',
        ),
    ),
    (
        "Steel shares surge on Trump's threat of new tariffs",
        "U.S. steel shares rose after President Trump threatened to impose 25% tariffs on steel"
        " imports.",
        ("tariff", "*", "US", True),
    ),
    # written after the first run, which stopped on this one with an error: a lede read in
    # turn was given the title's background clauses
    (
        "Steel stocks fall on EU tariff threat against China",
        "Steelmakers fell after the European Commission threatened tariffs on Chinese steel.",
        ("tariff", "CN", "EU", True),
    ),
    pytest.param(
        "Copper miners slide on Chinese tariff threat against Chile",
        "Miners fell after Beijing threatened duties on Chilean copper cathodes.",
        ("tariff", "CL", "CN", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned event gate vetoes it (a score just under its threshold; one "
            "retraining let it through, the next, with two rounds' rows, vetoes it again)",
        ),
    ),
    # near misses: a threat with no metal's measure, or fears only, stays no event
    (
        "Steelmakers climb on Trump tariff threat",
        "Steel stocks rose after President Trump threatened tariffs on European cars.",
        None,
    ),
    (
        "Copper miners slip on tariff fears",
        "Miners fell as investors worried that tariffs could slow global growth.",
        None,
    ),
    ("Gold climbs on tariff threat worries", "", None),
]

#: (title, summary, want): kind 4, a body's statement on a measure's risk or impact.
BODY_STATEMENTS: list[Any] = [
    (
        "OHBA on the Risk to Ontario's Housing Sector From Trump Tariffs",
        "With today's announcement of 25% tariffs on Canadian steel and aluminum, the association"
        " is concerned about housing costs.",
        None,
    ),
    (
        "Home builders' group on the impact of US steel tariffs",
        "The group said the new 25% tariffs on steel imports would raise the cost of homes.",
        None,
    ),
    (
        "Automakers' association on the risk from aluminium tariffs",
        "The association warned the 25% aluminium tariffs imposed on Monday would lift car prices.",
        None,
    ),
    (
        "Chamber of Commerce on the threat to manufacturers from copper tariffs",
        "The chamber said a 50% tariff on copper imports would hurt manufacturers.",
        None,
    ),
    # near misses: a government acting "on" a measure stays the act
    (
        "Canada retaliates on US steel tariffs with 25% duties",
        "Ottawa imposed 25% duties on US steel in response to Washington's tariffs.",
        ("tariff", "US", "CA", False),
    ),
    ("US imposes 25% tariffs on steel imports", "", ("tariff", "*", "US", False)),
]


@headline_cases(GLUED_BULLETS)
def test_glued_key_points_bullets_are_sentences(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(POSSIBLE_EXEMPTIONS)
def test_a_move_on_a_possible_exemption(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(THREAT_MOVES)
def test_producers_moving_on_a_tariff_threat(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(BODY_STATEMENTS)
def test_a_body_statement_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
