"""Kinds from the misses of the first wire's even rows (``tests/data/real_wire/``, its odd rows
studied from session 12, its even rows from session 41, when the whole set was released for
study): made-up headlines per kind, in other words, countries and metals than the wire's rows,
with near misses that must stay as they are, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

The even half's ten misses, by kind:

1. A volume let in free of duty, or tariffs eased under a quota deal: "U.S. to let 500,000
   tonnes of British steel in duty free from June 1" (rw-150, read as a tariff), "U.S., Japan
   agree to ease Section 232 steel tariffs under quota deal" (rw-046, read as a restart): the
   flow is capped in volume (README.md's ``quota``).
2. Exports phased out: "Philippine Senate approves bill phasing out raw nickel ore exports"
   (rw-114, read as a restart): a ban brought in by steps is the flow suspended.
3. A metals exchange's own rule on a country's metal: "LME bars new Russian aluminium, copper,
   nickel from its system" (rw-104, read as a ban): an exchange is no government, its rule no
   trade measure.
4. A ministry that "orders" interim levies: "Korea's finance ministry orders interim levies of
   up to 38% on steel plate from China" (rw-062, no event read).

Label disputes (noted, not fixed): rw-010 ("tariffs of up to 50%"), rw-022 ("duties of up to
456%") and rw-062 ("interim levies of up to 38%"): README.md reads an "up to" rate as the rate
("up to 50%" for a ceiling), the wire's labels give none; rw-058 ("weigh curbs on nickel ...
exports", labelled ``suspended``): "curbs" on exports, read as licensing, as an earlier round's
dispute on the fifth wire. Out of reach this round: rw-064 and rw-088 (the U.S. Treasury
authorizing dealings with, or blacklisting, a Venezuelan state gold miner: sanctions on one
company, no trade-measure word read) and rw-022's origin ("Vietnamese steel made from Korean,
Taiwanese inputs", read KR: its rate is disputed, so the row cannot gain).

First reading, on the engine before any change (main's at a5af8ec8; labels committed before the
run, 18585262): **8 of 23**. Kind 1, 0 of 5 (two read a tariff, two "open", two a restart), its
near misses 1 of 2 (goods let in duty free with no volume read as a tariff: another kind, strict
xfail; it reads since kinds 139, ``classifier_let_in``, its mark removed); kind 2, 0 of 4 (two no event, one a restart), its near misses 1 of 2 (an export ban phased
out read as a ban); kind 3, 0 of 4 (each read a ban), its near misses 2 of 2; kind 4, 3 of 3 and
its near miss 1 of 1: the kind's words read already, and rw-062's own miss was its rate "of up
to 38%" between "levies" and the goods. Four cases of that form (``LEVIES_OF_A_RATE``), labelled
then and committed before the engine read them (a10c0415): 1 of
4 at their first reading.

Kind 3 was fixed first (an exchange heading the title vetoed) and withdrawn: the studied unseen
set labels an exchange's delivery ban on Russian metal suspended RU -> * on purpose (its row 14,
"LME bars Russian aluminium, copper and nickel produced after April 13", the decision in its
``ref``), which the veto lost: a **label dispute** between the sets, its cases marked xfail.

Changed: ``tui/engine/classifier_quota_volume`` (new: a volume let in duty free is written "in
under duty-free quota", tariffs eased under a quota deal "with tariff-rate quota"; run on the
title by ``classifier_surface.plain_surface``); ``classifier_phase_out`` (new: exports or imports
phased out are written banned, an export ban or duty phased out lifted; run there too);
``classifier_charge_rate`` (new: a charge's rate "of [up to] N%" before "on" and its goods is
stepped over, asked by ``classifier_measure_noun``). After: **22 of 27**, 5 strict xfail (kind 3's
four, the dispute; kind 1's near miss with no volume, another kind).

Fresh batch (``kinds_137_cases_fresh.FRESH``, 10: 4 quotas, 3 phase-outs, 2 levies of a rate, 1
near miss), written after the engine's changes and committed before the engine read them: **10
of 10** at its first reading.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_137_cases_fresh import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

_EXCHANGE = (
    "a label dispute, not fixed: a studied set labels an exchange's delivery ban on Russian metal "
    "suspended RU -> * ('LME bars Russian aluminium, copper and nickel produced after April 13', "
    "labelled_headlines_unseen.toml row 14, its decision written in its ref), the first wire's "
    "writer no event (rw-104); the engine keeps the studied set's reading"
)

#: Kind 1: a volume let in free of duty, or tariffs eased under a quota deal.
QUOTAS: list[Any] = [
    (
        "Canada to let 200,000 tonnes of Korean aluminium in duty free from July 1",
        "",
        ("quota", "KR", "CA", False, "aluminium", None),
    ),
    (
        "Japan to let 50,000 tonnes of Australian copper in tariff-free",
        "",
        ("quota", "AU", "JP", False, "copper", None),
    ),
    (
        "U.S. to allow 1 million tonnes of Brazilian steel in duty-free each year",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
    (
        "U.S., Argentina agree to ease Section 232 aluminium tariffs under quota deal",
        "",
        ("quota", "AR", "US", False, "aluminium", None),
    ),
    (
        "U.S., Brazil agree to ease Section 232 steel tariffs under quota deal",
        "",
        ("quota", "BR", "US", False, "steel", None),
    ),
]

#: Kind 1's near misses: goods let in free of duty with no volume, tariffs eased with no quota.
QUOTA_NEAR_MISSES: list[Any] = [
    (
        "Canada to let Korean aluminium in duty free from July 1",
        "",
        ("resuming", "KR", "CA", False, "aluminium", None),
    ),
    (
        "U.S., Argentina agree to lift Section 232 aluminium tariffs",
        "",
        ("resuming", "AR", "US", False, "aluminium", None),
    ),
]

#: Kind 2: exports phased out.
PHASE_OUTS: list[Any] = [
    (
        "Zimbabwe phases out raw lithium ore exports",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Zambian lawmakers approve bill phasing out copper concentrate exports",
        "",
        ("suspended", "ZM", "*", True, "copper", None),
    ),
    (
        "Indonesia to phase out bauxite exports by 2027",
        "",
        ("suspended", "ID", "*", False, "bauxite", None),
    ),
    (
        "Philippine House passes bill phasing out unprocessed nickel ore exports",
        "",
        ("suspended", "PH", "*", True, "nickel", None),
    ),
]

#: Kind 2's near misses: a ban phased out is the flow resuming; a phase-out that is no trade.
PHASE_OUT_NEAR_MISSES: list[Any] = [
    (
        "Indonesia to phase out nickel ore export ban",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    ("Philippine Senate approves bill phasing out coal power plants", "", None),
]

#: Kind 3: a metals exchange's own rule on a country's metal.
EXCHANGE_RULES: list[Any] = [
    pytest.param(t, "", None, marks=pytest.mark.xfail(strict=True, reason=_EXCHANGE))
    for t in (
        "CME bars new Russian aluminium from its warehouses",
        "London Metal Exchange suspends delivery of Russian nickel",
        "LME bans new Russian copper from its warehouses",
        "Shanghai Futures Exchange bars Indonesian nickel from delivery",
    )
]

#: Kind 3's near misses: a government barring the same metal.
EXCHANGE_NEAR_MISSES: list[Any] = [
    (
        "UK bars imports of Russian aluminium, copper, nickel",
        "",
        ("suspended", "RU", "GB", False, "aluminium copper nickel", None),
    ),
    (
        "U.S. bans imports of new Russian aluminium",
        "",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
]

#: Kind 4: a ministry that orders interim levies.
ORDERED_LEVIES: list[Any] = [
    (
        "India's finance ministry orders provisional duties of 12% on aluminium foil from China",
        "",
        ("tariff", "CN", "IN", False, "aluminium", 12),
    ),
    (
        "Thailand orders interim levies on Chinese steel coil",
        "",
        ("tariff", "CN", "TH", False, "steel", None),
    ),
    (
        "Vietnam's trade ministry orders temporary duties of 19% on steel from China",
        "",
        ("tariff", "CN", "VN", False, "steel", 19),
    ),
]

#: Kind 4, as rw-062 writes it: levies "of" a rate (added after the first reading, which showed
#: the kind's first cases read and rw-062 not: its "levies of up to 38%"; labels committed before
#: the engine read them).
LEVIES_OF_A_RATE: list[Any] = [
    (
        "Mexico imposes levies of 25% on Chinese steel",
        "",
        ("tariff", "CN", "MX", False, "steel", 25),
    ),
    (
        "Turkey orders provisional levies of 15% on aluminium from Russia",
        "",
        ("tariff", "RU", "TR", False, "aluminium", 15),
    ),
    (
        "Brazil sets interim levies of up to 20% on Chinese steel",
        "",
        ("tariff", "CN", "BR", False, "steel", 20),
    ),
    (
        "Korea's finance ministry orders anti-dumping levies of 30% on stainless steel from Japan",
        "",
        ("tariff", "JP", "KR", False, "steel", 30),
    ),
]

#: Kind 4's near misses: an order that is no levy.
ORDERED_NEAR_MISSES: list[Any] = [
    ("Korean steelmaker orders new plate mill from China", "", None),
]

# The event gate's training reads no case of this module (as kinds 122-136): its kinds are read
# by rules that run before the gate; the gate keeps its weights.
CASES: list[Any] = []


@headline_cases(QUOTAS)
def test_a_volume_let_in_free_of_duty_is_a_quota(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(QUOTA_NEAR_MISSES)
def test_goods_let_in_free_with_no_volume_resume(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PHASE_OUTS)
def test_exports_phased_out_are_suspended(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PHASE_OUT_NEAR_MISSES)
def test_a_ban_phased_out_resumes(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(EXCHANGE_RULES)
def test_an_exchanges_rule_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(EXCHANGE_NEAR_MISSES)
def test_a_government_bar_stays_a_ban(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(ORDERED_LEVIES)
def test_levies_ordered_are_a_tariff(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LEVIES_OF_A_RATE)
def test_levies_of_a_rate_are_a_tariff(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(ORDERED_NEAR_MISSES)
def test_an_order_that_is_no_levy_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
