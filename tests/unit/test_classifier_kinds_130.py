"""Kinds from the misses of the seventh wire's odd rows (``tests/data/real_wire7/``, its odd rows
studied from session 39, its even rows unseen): made-up headlines per kind, in other words,
countries and metals than the wire's rows, with near misses that must stay as they are, each
checked on every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were
written and committed before the engine read them.

The odd half's nine misses, by kind:

1. A finance minister's measure with no country named: a title whose actor is the minister by
   name alone ("Sitharaman trims gold customs duty to 7.5%", rw7-009), or a "Budget" whose lede
   opens on "Finance Minister <name>" under a dateline ("NEW DELHI, July 23 (PTI) - Finance
   Minister Nirmala Sitharaman ...", rw7-005, rw7-023, rw7-097): the destination read as ``*``,
   where a minister is their government's, as a leader is, and a lede opening on a minister by
   portfolio alone is the dateline city's government, as one opening on "The finance ministry"
   already is.
2. Goods let "enter" a country "freely": "High-grade copper, aluminium scrap to enter China
   freely from Nov. 1" (rw7-019, no trade-measure word found): a flow allowed again.
3. Licences granted to firms under a regime: "Export licences for germanium, gallium granted to
   first Chinese firms" (rw7-085, read as a licensing measure): the grant to firms is no measure.
4. One named company let keep exporting: "Indonesia lets Amman Mineral keep exporting copper
   concentrate" (rw7-077, read as a restart): a firm's permit kept, no flow newly allowed.

A label dispute (noted, not fixed): rw7-043, "tariffs of up to 50%" in the lede, read as the
rate 50 as README.md's vocabulary reads an "up to" rate, where the wire's label gives none.
Out of reach: rw7-089, "Ottawa keeps safeguard quotas on heavy plate, stainless wire": its metal
is named only by steel's product forms, which the metal matcher (shared by tagging and
relevance, not only the classifier) does not read as steel.

First reading, on the engine before any change (main's at ca4a79f; labels committed before the
run, 5ec9c06): **7 of 27**. Kind 1, 0 of 6 (every measure read, its destination ``*``), its near
misses 2 of 3 (the third, "Chile's copper concentrate will enter India duty-free" in a lede
opening on the finance minister, read ``* -> CL``); kind 2, 0 of 5 (no trade-measure word), its
near misses 2 of 2; kind 3, 0 of 4 (three read as a grant restarting the flow, one as
licensing), its near misses 2 of 2; kind 4, 0 of 3 (read as a restart), its near misses 1 of 2.
The one near miss of kind 4 read wrong was so only in its label: the test watch list
(``default_metals()``) holds "bauxite" as its own metal, and the label said "aluminium"; the
label was corrected to "bauxite" (its own commit, before the engine changed), with which the
first reading is 8 of 27.

Changed: ``tui/engine/classifier_minister_names`` (new: a finance minister of a short table,
named alone in a title, is written with their country and portfolio, "India's Finance Minister
Sitharaman trims ..."; run on the title by ``classifier_surface.plain_surface``);
``classifier_minister_lede`` (new: a lede opening on a minister by portfolio and name under a
dateline is the dateline city's government; asked by ``classifier_dateline.government_filed``
beside "The finance ministry"); ``classifier_enter_freely`` (new: goods that are to, may, can or
are allowed to enter a named place freely are written as imports allowed into it; run on the
title by ``plain_surface``); ``classifier_firm_grants`` (new: licences or permits granted,
issued or awarded to firms, and one named company let keep exporting, are vetoed as a firm's
business; asked by ``classifier_vetoes.find_veto`` beside ``firm_permit``). After: **26 of 27**;
the near miss of kind 1 with the possessive origin reads ``* -> IN`` (destination now right),
its origin still unread, marked xfail: another kind than this round's, found by a made-up case,
not by the wire.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a finance minister's measure, the minister by name in the title or by portfolio in
#: the lede under a dateline.
MINISTERS: list[Any] = [
    (
        "Sitharaman cuts import duty on silver",
        "",
        ("resuming", "*", "IN", False, "silver", None),
    ),
    (
        "Sitharaman scraps customs duty on cobalt scrap",
        "",
        ("resuming", "*", "IN", False, "cobalt", None),
    ),
    (
        "Budget cuts import duty on platinum",
        "NEW DELHI, Feb 1 (PTI) - Finance Minister Nirmala Sitharaman cut the import duty on "
        "platinum in her budget speech.",
        ("resuming", "*", "IN", False, "platinum", None),
    ),
    (
        "Budget removes customs duty on lithium imports",
        "CANBERRA, May 14 (AAP) - Treasurer Jim Chalmers removed the customs duty on lithium "
        "imports from July 1.",
        ("resuming", "*", "AU", False, "lithium", None),
    ),
    (
        "Budget exempts nickel from import duty",
        "OTTAWA, April 16 (Reuters) - Finance Minister Chrystia Freeland said nickel imports will "
        "be exempt from customs duty.",
        ("resuming", "*", "CA", False, "nickel", None),
    ),
    (
        "Budget scraps import duty on zinc and tin",
        "JAKARTA, Oct 2 (Reuters) - Finance Minister Sri Mulyani Indrawati scrapped the import "
        "duty on zinc and tin to help smelters.",
        ("resuming", "*", "ID", False, "tin zinc", None),
    ),
]

#: Kind 1's near misses: a minister or a budget with no measure, or a measure whose lede
#: names its country.
MINISTER_NEAR_MISSES: list[Any] = [
    ("Sitharaman says gold demand to stay strong", "", None),
    (
        "Copper stocks rally on budget day",
        "NEW DELHI, Feb 1 (PTI) - Finance Minister Nirmala Sitharaman presented the budget in "
        "parliament on Thursday.",
        None,
    ),
    pytest.param(
        "Budget scraps duty on copper concentrate",
        "NEW DELHI, Feb 1 (PTI) - Finance Minister Nirmala Sitharaman said Chile's copper "
        "concentrate will enter India duty-free.",
        ("resuming", "CL", "IN", False, "copper", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="an exporter named only by a possessive on the lede's goods (\"Chile's "
            'copper concentrate") is not read as the origin, where "from Chile" is: '
            "another kind than this round's",
        ),
    ),
]

#: Kind 2: goods let "enter" a country "freely".
ENTER_FREELY: list[Any] = [
    (
        "Steel scrap to enter India freely from April 1",
        "",
        ("resuming", "*", "IN", False, "steel", None),
    ),
    (
        "Recycled copper may enter China freely from next month",
        "",
        ("resuming", "*", "CN", False, "copper", None),
    ),
    (
        "Aluminium scrap can now enter Vietnam freely",
        "",
        ("resuming", "*", "VN", False, "aluminium", None),
    ),
    (
        "Nickel matte to enter Japan freely under new rules",
        "",
        ("resuming", "*", "JP", False, "nickel", None),
    ),
    (
        "Zinc concentrate allowed to enter South Korea freely again",
        "",
        ("resuming", "*", "KR", False, "zinc", None),
    ),
]

#: Kind 2's near misses: goods flowing freely as a market moves, no rule let them.
ENTER_FREELY_NEAR_MISSES: list[Any] = [
    ("Copper flows freely into China as smelters restock", "", None),
    ("Gold prices move freely as India's market reopens after holiday", "", None),
]

#: Kind 3: licences or permits granted to firms under a regime.
GRANTED_TO_FIRMS: list[Any] = [
    ("Export permits for antimony granted to three Chinese companies", "", None),
    ("Import licences for gold issued to first Indian banks", "", None),
    ("First graphite export licences granted to two firms under Beijing's controls", "", None),
    ("Rare earth export licences awarded to Chinese magnet makers", "", None),
]

#: Kind 3's near misses: a government requiring licences stays a licensing measure.
GRANTED_TO_FIRMS_NEAR_MISSES: list[Any] = [
    (
        "China imposes export licence requirement on antimony",
        "",
        ("licensing", "CN", "*", False, "antimony", None),
    ),
    (
        "Vietnam requires import licences for steel from China",
        "",
        ("licensing", "CN", "VN", False, "steel", None),
    ),
]

#: Kind 4: one named company let keep exporting.
FIRM_KEPT_EXPORTING: list[Any] = [
    ("Indonesia lets Freeport keep exporting copper concentrate", "", None),
    ("Philippines lets Nickel Asia continue exporting nickel ore", "", None),
    ("Zimbabwe allows Bikita Minerals to keep exporting lithium concentrate", "", None),
]

#: Kind 4's near misses: a whole trade let go on again stays a restart.
FIRM_KEPT_EXPORTING_NEAR_MISSES: list[Any] = [
    (
        "Indonesia lets miners resume exporting bauxite",
        "",
        ("resuming", "ID", "*", False, "bauxite", None),
    ),
    (
        "China allows exports of gallium to resume",
        "",
        ("resuming", "CN", "*", False, "gallium", None),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes; labels committed before
#: the engine read them.
FRESH: list[Any] = [
    (
        "Sitharaman halves import duty on copper scrap",
        "",
        ("resuming", "*", "IN", False, "copper", None),
    ),
    (
        "Budget removes export duty on iron ore pellets",
        "NEW DELHI, Feb 1 (PTI) - Finance Minister Nirmala Sitharaman removed the export duty "
        "on iron ore pellets to help miners.",
        ("resuming", "IN", "*", False, "iron-ore", None),
    ),
    (
        "Budget scraps import duty on lithium carbonate",
        "PRETORIA, Feb 21 (Reuters) - Finance Minister Enoch Godongwana scrapped the import duty "
        "on lithium carbonate in his budget speech.",
        ("resuming", "*", "ZA", False, "lithium", None),
    ),
    (
        "Haddad cuts import tax on tin",
        "",
        ("resuming", "*", "BR", False, "tin", None),
    ),
    (
        "Ferrous scrap may enter Indonesia freely from January",
        "",
        ("resuming", "*", "ID", False, "steel", None),
    ),
    (
        "Copper cathodes to enter Turkey freely under new decree",
        "",
        ("resuming", "*", "TR", False, "copper", None),
    ),
    ("Silver export licences issued to first five Chinese companies", "", None),
    ("Cobalt export permits granted to two Congolese miners", "", None),
    ("Philippines lets Global Ferronickel keep exporting nickel ore", "", None),
    ("Indonesia allows Vale Indonesia to continue exporting nickel matte", "", None),
    ("Sitharaman says no change in gold import duty for now", "", None),
    ("Zinc enters India freely as smuggling surges", "", None),
    (
        "US lets Mexico keep exporting steel tariff-free",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "China issues export licences only to approved firms for germanium",
        "",
        ("licensing", "CN", "*", False, "germanium", None),
    ),
]

CASES: list[Any] = []


@headline_cases(MINISTERS)
def test_a_finance_ministers_measure_is_their_countrys(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MINISTER_NEAR_MISSES)
def test_a_minister_or_budget_with_no_measure_stays_as_it_is(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(ENTER_FREELY)
def test_goods_let_enter_a_country_freely_are_resuming(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(ENTER_FREELY_NEAR_MISSES)
def test_goods_flowing_freely_in_a_market_are_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(GRANTED_TO_FIRMS)
def test_licences_granted_to_firms_are_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(GRANTED_TO_FIRMS_NEAR_MISSES)
def test_licences_required_stay_licensing(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FIRM_KEPT_EXPORTING)
def test_one_firm_let_keep_exporting_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FIRM_KEPT_EXPORTING_NEAR_MISSES)
def test_a_trade_let_resume_stays_a_restart(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
