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
   first Chinese firms" (rw7-085, read as a licensing measure). Taken first as a kind to fix
   (the wire's rules: "export licences ... granted to firms" are no event); the classifier family
   then showed the studied sets read the same event the other way (rhx-124, "China has issued
   some export licences for gallium and germanium", labelled the flow resuming, and its
   paraphrases in kinds 113 and 118, which the veto broke), so it is a **label dispute**, the
   veto was dropped and this kind's cases are marked xfail with the dispute as their reason.
4. One named company let keep exporting: "Indonesia lets Amman Mineral keep exporting copper
   concentrate" (rw7-077, read as a restart): a firm's permit kept, no flow newly allowed.

A second label dispute (noted, not fixed): rw7-043, "tariffs of up to 50%" in the lede, read as
the rate 50 as README.md's vocabulary reads an "up to" rate, where the wire's label gives none.
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
label was corrected to "bauxite" (its own commit, c33693a, before the engine changed), with which
the first reading is 8 of 27.

Changed: ``tui/engine/classifier_minister_names`` (new: a finance minister of a short table,
named alone in a title, is written with their country and portfolio, "India's Finance Minister
Sitharaman trims ..."; run on the title by ``classifier_surface.plain_surface``; kinds 102's
"Finance Minister Sitharaman cuts gold import duty to 6%", xfail until now, reads);
``classifier_minister_lede`` (new: a lede opening on a minister by portfolio and name under a
dateline is the dateline city's government; asked by ``classifier_dateline.government_filed``
beside "The finance ministry"); ``classifier_enter_freely`` (new: goods that are to, may, can or
are allowed to enter a named place freely are written as imports allowed into it; run on the
title by ``plain_surface``); ``classifier_firm_kept`` (new: one named company, a place or a metal
in its name allowed, let keep exporting is vetoed as a firm's business; asked by
``classifier_vetoes.find_veto`` beside ``firm_permit``). After: **22 of 27**, 5 xfail: kind 3's
four (the dispute) and kind 1's near miss with the possessive origin, which reads ``* -> IN``
(destination now right, its origin still unread: another kind, found by a made-up case, not by
the wire). Kinds 1, 2 and 4 and every near miss but that one: 22 of 22.

Fresh batch (``FRESH``, 14: 6 measures, 8 near misses or no event), written after the engine's
changes (the last, a firm's name holding a place, was in the tree, committed just after the
batch's labels, c673b1d) and committed before the engine read them. First reading, with kind 3's
veto still in place: **11 of 14**. Its misses: "Ferrous scrap may enter Indonesia freely" (steel
named only by a product form: rw7-089's reach), "Sitharaman says no change in gold import duty"
(a duty left unchanged read as a tariff, ``* -> *`` on main before the round, ``* -> IN`` now:
another kind), "US lets Mexico keep exporting steel tariff-free" (a country let keep exporting
read with the subject as the exporter, as on main: another kind). With kind 3's veto dropped, its
two licence cases read as events too: 9 of 14 on the final engine, all five marked xfail.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

_DISPUTE = (
    "a label dispute, not fixed: the studied sets read licences granted or issued to firms under "
    "a new export control as the flow resuming (rhx-124, 'China has issued some export licences "
    "for gallium and germanium', and its paraphrases in kinds 113 and 118), the seventh wire's "
    "writer as no event (rw7-085); the engine keeps the studied sets' reading"
)
_PRODUCT_FORM = (
    "a watched metal named only by a product form ('ferrous scrap', as rw7-089's 'heavy plate, "
    "stainless wire'): the metal matcher does not read it as steel (out of reach this round)"
)
_UNCHANGED = (
    "a duty left unchanged ('no change in gold import duty') read as a tariff, as on main before "
    "this round: another kind than this round's (the minister's country is now read)"
)

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
    pytest.param(
        "Export permits for antimony granted to three Chinese companies",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
    pytest.param(
        "Import licences for gold issued to first Indian banks",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
    pytest.param(
        "First graphite export licences granted to two firms under Beijing's controls",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
    pytest.param(
        "Rare earth export licences awarded to Chinese magnet makers",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
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
    pytest.param(
        "Ferrous scrap may enter Indonesia freely from January",
        "",
        ("resuming", "*", "ID", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_PRODUCT_FORM),
    ),
    (
        "Copper cathodes to enter Turkey freely under new decree",
        "",
        ("resuming", "*", "TR", False, "copper", None),
    ),
    pytest.param(
        "Silver export licences issued to first five Chinese companies",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
    pytest.param(
        "Cobalt export permits granted to two Congolese miners",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_DISPUTE),
    ),
    ("Philippines lets Global Ferronickel keep exporting nickel ore", "", None),
    ("Indonesia allows Vale Indonesia to continue exporting nickel matte", "", None),
    pytest.param(
        "Sitharaman says no change in gold import duty for now",
        "",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_UNCHANGED),
    ),
    ("Zinc enters India freely as smuggling surges", "", None),
    (
        "US lets Mexico keep exporting steel tariff-free",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),  # read since kinds 132 (tui/engine/classifier_let_keep.py)
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
