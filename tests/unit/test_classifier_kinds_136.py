"""Kinds from the misses of the fifth wire's even rows (``tests/data/real_wire5/``, its odd rows
studied from session 38, its even rows from session 41: the whole set studied): made-up
headlines per kind, in other words, countries and metals than the wire's rows, with near misses
that must stay as they are, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

The even half's seven misses (its last unseen reading 88.5%, 54/61, on main at 624cc1e7), by
kind:

1. A metal named only as the yardstick of a measure on another ("Silver import duty raised in
   India's budget to match gold", rw5-034, read with gold as goods too): a metal after "to
   match", "in line with", "on (a) par with" is what the measure is compared with, not its goods.
2. A site's or a firm's licence or permit that expires ("CATL halts mining at Yichun lithium site
   after licence expires", rw5-018, read as a measure lapsing, ``resuming``): a mining or
   operating licence running out stops a mine, it lifts no restriction on trade.
3. A measure followed by its reason in a ", citing ..." clause ("EU hits Indonesian stainless
   steel with anti-subsidy duties, citing Chinese finance", rw5-094, vetoed as a column listing
   the measure beside another topic): the clause says why, it is no second topic.

Label disputes (noted, not fixed): rw5-004 ("tariffs of up to 50%") and rw5-044 ("dumping duties
of up to 38%"), read with the ceiling as the rate as README.md's vocabulary reads it ("up to 50%"
for a ceiling), where the wire's writer records no rate (as rw5-049 in the odd half, left alone
in session 38); rw5-070 ("EU weighs curbs on aluminium scrap exports"), read as ``licensing`` as
the engine and README.md read export curbs ("export controls"), where the writer says
``suspended``.

4. Taken up after the first three were fixed: a place right before "metals" and a measure ("U.S.
   metals tariffs double to 50% as Trump order takes effect", rw5-002, its metals only in the
   lede), read ``US -> *``: the place read as the goods' origin, where before a metal's own name
   ("U.S. steel tariffs") it is the imposer.

First reading, on the engine before any change (main's at 624cc1e7; labels committed before the
run, e1a2fea4): **11 of 19**. Kind 1, 0 of 5 (the yardstick's metal read as goods too), its near
misses 2 of 2; kind 2, 4 of 4 (each licence qualified, "its permit", "operating licence", read
as no event already), its near misses 2 of 2; kind 3, 1 of 4 (three vetoed as a column; the
surtax read), its near misses 2 of 2. Since kind 2's cases missed the kind (rw5-018's licence is
bare), three more with a bare licence or permit were labelled and committed (d54fe7cd, before the
engine read them): first reading 2 of 3 ("Nickel miner halts digging at
Sulawesi site after permit expires", read as a measure lapsing). In all **13 of 22**.

Changed: ``tui/engine/classifier_yardstick`` (new: the title's metals named only after "to
match", "in line with", "on (a) par with", "to align with", "to mirror" are not the goods; asked
by ``classifier_event_metals.event_metals``; on merging main, the sixth wire's round had written
a module of the same name and hook for the same kind, and its version was kept: these cases
pass with it too); ``classifier_site_licence`` (new: a bare licence,
permit, lease or concession, tied to no flow, that expires or lapses in a title naming a site or
its work is operations news; asked by ``classifier_releases.rule_expire``, and
``classifier_nouns.rule_noun`` reads no measure in that licence); ``classifier_reason_clause``
(new: a measure's ", citing/blaming/alleging ..." clause is its reason; asked by
``classifier_commentary.topic_list``). After: **22 of 22**.

Kind 4's labels were committed after that change (b095beb4, before the engine read them); first reading **2 of 6** (its four cases read with the place as the origin, ``CA -> *``
and the like, or ``* -> *``; its two near misses right). Changed:
``classifier_imposer._place_before`` passes "metals"/"metal" between a place and its measure as
it passes a metal's name. After: **5 of 6**; "EU metals levies take effect" stays a strict
``xfail``: "levies" in a title is no measure word, so the lede decides and the importer is lost
(another kind, as on main). It reads since kinds 139 (``classifier_place_levies``: a place's
metal levies told starting are its duty), its mark removed.

Fresh batch (``FRESH``, 11: 9 measures, 2 no event; ff1a99b1, labels committed before the engine
read them), written after the changes above. First reading: **10 of 11**. Its miss, "Australia
hits Chinese aluminium extrusions with dumping duties, citing low prices", vetoed as market news
for the reason clause's "prices": kind 3 again (the reason's words read as the title's own news),
fixed by kind (``classifier_reason_clause.in_reason_clause``, asked by the market-news veto of
``classifier_vetoes``). After: 11 of 11.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a metal named only as the yardstick of a measure on another metal.
YARDSTICK: list[Any] = [
    (
        "India raises platinum import duty to match gold",
        "",
        ("tariff", "*", "IN", False, "platinum", None),
    ),
    (
        "Vietnam raises steel import tariff in line with aluminium",
        "",
        ("tariff", "*", "VN", False, "steel", None),
    ),
    (
        "Pakistan sets copper scrap export duty on par with aluminium scrap",
        "",
        ("tariff", "PK", "*", False, "copper", None),
    ),
    (
        "Turkey raises palladium import duty to 10% to match platinum",
        "",
        ("tariff", "*", "TR", False, "palladium", 10),
    ),
    (
        "Budget raises customs duty on silver bars to bring it in line with gold",
        "NEW DELHI, Feb 1 (PTI) - India raised the customs duty on silver bars.",
        ("tariff", "*", "IN", False, "silver", None),
    ),
]

#: Kind 1's near misses: both metals the measure's goods.
YARDSTICK_NEAR_MISSES: list[Any] = [
    (
        "India raises import duties on gold and silver",
        "",
        ("tariff", "*", "IN", False, "gold silver", None),
    ),
    (
        "Vietnam raises import tariffs on steel, aluminium",
        "",
        ("tariff", "*", "VN", False, "steel aluminium", None),
    ),
]

#: Kind 2: a site's or a firm's licence or permit that expires.
LICENCE_EXPIRES: list[Any] = [
    (
        "Miner stops cobalt output at Kolwezi site after its permit expires",
        "",
        None,
    ),
    (
        "Zimbabwe lithium mine shut after operating licence lapses",
        "",
        None,
    ),
    (
        "Glencore halts copper mine as mining licence expires",
        "",
        None,
    ),
    (
        "Tin smelter idles after environmental permit expired",
        "",
        None,
    ),
    # added after the first run (the four above read right already): the licence bare, as in
    # rw5-018, labelled and committed before the engine read them
    (
        "Ganfeng suspends work at Jiangxi lithium mine after licence expires",
        "",
        None,
    ),
    (
        "Nickel miner halts digging at Sulawesi site after permit expires",
        "",
        None,
    ),
    (
        "Cobalt producer stops output at Kolwezi pit when licence lapses",
        "",
        None,
    ),
]

#: Kind 2's near misses: a trade measure that expires still lapses.
LICENCE_EXPIRES_NEAR_MISSES: list[Any] = [
    (
        "Indonesia's nickel ore export ban expires",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "EU safeguard on steel imports expires",
        "",
        ("resuming", "*", "EU", False, "steel", None),
    ),
]

#: Kind 3: a measure followed by its reason in a ", citing ..." clause.
CITING: list[Any] = [
    (
        "US hits Vietnamese aluminium foil with anti-dumping duties, citing Chinese inputs",
        "",
        ("tariff", "VN", "US", False, "aluminium", None),
    ),
    (
        "Canada slaps surtax on Chinese steel, citing overcapacity",
        "",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    (
        "India hits Thai copper tubes with countervailing duties, citing subsidies",
        "",
        ("tariff", "TH", "IN", False, "copper", None),
    ),
    (
        "Brazil hits Chinese zinc with anti-dumping duties, citing injury to local smelters",
        "",
        ("tariff", "CN", "BR", False, "zinc", None),
    ),
]

#: Kind 3's near misses: a measure listed beside other topics stays a column.
CITING_NEAR_MISSES: list[Any] = [
    (
        "Steel tariffs, nickel gluts and the metals to watch",
        "",
        None,
    ),
    (
        "Copper tariffs and jobs: what the data say",
        "",
        None,
    ),
]

#: Kind 4 (rw5-002, labelled after the first round's change, before the engine read them): a
#: country named right before "metals" and a measure, its metals only in the lede, imposes it.
METALS_WORD_IMPOSER: list[Any] = [
    (
        "US metals tariffs rise to 50%",
        "Tariffs on imported steel and aluminum rose to 50% on Wednesday.",
        ("tariff", "*", "US", False, "steel aluminium", 50),
    ),
    (
        "Canada metals tariffs take effect",
        "Duties on imported steel and aluminium took effect on Monday.",
        ("tariff", "*", "CA", False, "steel aluminium", None),
    ),
    (
        "Mexico metals duties double to 50% as decree takes effect",
        "Duties on imported steel and aluminium doubled to 50% on Tuesday.",
        ("tariff", "*", "MX", False, "steel aluminium", 50),
    ),
    (
        "EU metals levies take effect",
        "Levies on imported nickel and cobalt took effect on Monday.",
        ("tariff", "*", "EU", False, "nickel cobalt", None),
    ),
]

#: Kind 4's near misses: a metal itself between the place and the measure, an export measure.
METALS_WORD_NEAR_MISSES: list[Any] = [
    (
        "US steel tariffs rise to 50%",
        "Tariffs on imported steel rose to 50% on Wednesday.",
        ("tariff", "*", "US", False, "steel", 50),
    ),
    (
        "Indonesia metals export duty doubles to 10%",
        "An export duty on nickel and copper concentrate doubled to 10% on Monday.",
        ("tariff", "ID", "*", False, "nickel copper", 10),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes and labelled and
#: committed before the engine read them.
FRESH: list[Any] = [
    (
        "Thailand raises tin import duty to match zinc",
        "",
        ("tariff", "*", "TH", False, "tin", None),
    ),
    (
        "Kenya sets gold export levy in line with silver",
        "",
        ("tariff", "KE", "*", False, "gold", None),
    ),
    (
        "Rio Tinto halts lithium project in Serbia after permit expires",
        "",
        None,
    ),
    (
        "Chinese graphite mine stops work after licence lapses",
        "",
        None,
    ),
    (
        "Vietnam's rare earth export quota expires",
        "",
        ("resuming", "VN", "*", False, "rare-earths", None),
    ),
    (
        "Australia hits Chinese aluminium extrusions with dumping duties, citing low prices",
        "",
        ("tariff", "CN", "AU", False, "aluminium", None),
    ),
    (
        "South Africa slaps safeguard duty on steel imports, blaming cheap Asian supply",
        "",
        ("tariff", "*", "ZA", False, "steel", None),
    ),
    (
        "Mexico imposes tariffs on Chinese zinc, citing unfair trade",
        "",
        ("tariff", "CN", "MX", False, "zinc", None),
    ),
    (
        "Brazil metals tariffs rise to 25%",
        "Tariffs on imported steel and aluminium rose to 25% on Monday.",
        ("tariff", "*", "BR", False, "steel aluminium", 25),
    ),
    (
        "India metals import duty doubles to 20%",
        "The import duty on copper and aluminium doubled to 20% on Friday.",
        ("tariff", "*", "IN", False, "copper aluminium", 20),
    ),
    (
        "Russian metals tariffs take effect",
        "Tariffs on steel and aluminium from Russia took effect on Monday.",
        ("tariff", "RU", "*", False, "steel aluminium", None),
    ),
]

CASES: list[Any] = []


@headline_cases(YARDSTICK)
def test_a_metal_named_as_a_measures_yardstick_is_not_its_goods(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(YARDSTICK_NEAR_MISSES)
def test_metals_that_are_both_the_goods_stay_so(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LICENCE_EXPIRES)
def test_a_sites_licence_that_expires_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LICENCE_EXPIRES_NEAR_MISSES)
def test_a_trade_measure_that_expires_still_lapses(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(CITING)
def test_a_measure_with_its_reason_after_citing_is_read(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(CITING_NEAR_MISSES)
def test_a_measure_listed_beside_other_topics_stays_a_column(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(METALS_WORD_IMPOSER)
def test_a_place_before_metals_and_a_measure_imposes_it(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(METALS_WORD_NEAR_MISSES)
def test_a_place_before_a_metal_or_an_export_measure_stays_as_it_is(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
