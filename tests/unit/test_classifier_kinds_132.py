"""Four kinds seen misread and left open by made-up cases of earlier rounds (kinds 127 and 130),
never by an unseen set: made-up headlines per kind, in other words, countries and metals, with
near misses that must stay as read today, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

1. A government letting another country's goods keep flowing: "US lets Mexico keep exporting
   steel duty-free" (kinds 130's fresh batch, xfail) read with the subject as the exporter. The
   goods that flow are the let country's: the relief on them is ``resuming``, as a country
   spared or exempted from another's measure is (docs/STATUSES.md), exporter the let country,
   importer the government letting it.
2. An origin named only by a possessive in the lede ("Chile's copper concentrate") when the
   title names no origin: the goods' country is the origin (kinds 130's near miss read
   ``* -> IN``).
3. A measure left unchanged ("no change in gold import duty", "leaves steel tariffs unchanged",
   "keeps duty at 10%"): by the house's labels a measure reported unchanged is the measure held
   (kinds 107: "Ministry: no change to nickel export tax" is the tax; ``paraphrases.toml``: "No
   change to Indonesian nickel ore export ban - ministry" is the ban; kinds 100: "keeps AD duty
   ... for five more years" is the duty), so these are labelled the measure, not no event.
4. A neutral goods word before "will not be allowed" with a date ("Bauxite shipments will not
   be allowed after June 1, Guinea says", kinds 127's strict xfail): an export ban; a strike, a
   port closure or a sale to some buyers "not allowed" stays no event.

First reading, on the engine before any change (labels committed first, c142678c): **23 of 35**.
Kind 1, 0 of 6 (each read as the subject's own exports restarting, "US -> *", or as the subject's
duty-free ``open`` for "keep selling"), its near misses 4 of 4; kind 2, 3 of 5 (a possessive
after "hits" or "targets" already read, but after "applies to" or "had applied to" the origin
is ``*``), its near misses 3 of 3; kind 3, 6 of 6 and its near misses 3 of 3: the engine already
reads a measure left unchanged as the measure held, so kinds 130's label of "Sitharaman says no
change in gold import duty for now" (no event, xfail) is a **label dispute** with kinds 107 and
``paraphrases.toml``, listed, not changed; kind 4, 0 of 4 (vetoed as a denial, "will not"), its
near misses 4 of 4.

Changed (``tui/engine/``): ``classifier_let_keep`` (new: "lets|allows|permits <country> (to)
keep|continue exporting|shipping|selling <goods> duty-free|tariff-free|without tariffs" is
written "spares <country> from <goods> duties" in ``classifier_surface.plain_surface``; the let
one must be a country the gazetteer knows, a firm stays ``classifier_firm_kept``'s);
``classifier_roles.place_roles`` (a possessive after "applies to", "extends to" or a measure's
"to" before a metal is the goods, as a demonym there already was); ``classifier_dated_shipments``
(new: a neutral "shipments" or "cargoes" after a metal, "will not be allowed" followed only by a
start date and an attribution, is an export ban, asked by ``classifier_frames.not_allowed``; the
kinds 127 attempt let every neutral flow word through and so read a strike's and a sale's
"not allowed" as bans: this one needs the text to say nothing after the date but who says so);
``classifier_after_date`` (new: "after June 1," closing its clause is a date, not a background
clause, in ``classifier_context``; it hid "Guinea" in ", Guinea says"). After: **35 of 35**;
kinds 127's strict xfail (the Guinea case) and kinds 130's "US lets Mexico keep exporting steel
tariff-free" now read and are unmarked. ``benchmarks/row_changes.py main``: 0 rows lost, 0
gained (6914 of 7194). The event gate retrained: unchanged byte for byte (``--check``
current); the cases are not trained on (``CASES`` is empty).

Label dispute, not fixed: kinds 130's "Sitharaman says no change in gold import duty for now",
labelled no event (xfail), where kinds 107 and ``paraphrases.toml`` read a measure reported
unchanged as the measure held, as the engine does (``tariff * -> IN``).

A fresh batch of 9 (``kinds_132_cases_fresh.py``: 5 of the kinds, 4 near misses: a firm let keep
exporting duty-free, the importer's own possessive after "applies to", a storm's "after", a
restart "after June 1"),
written after the changes and committed before the engine read them (3c985440): **9 of 9 the
first time**.
"""

from __future__ import annotations

from typing import Any

from kinds_132_cases_fresh import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: No case is trained on by the event gate (``benchmarks/event_gate_training.py``).
CASES: list[Any] = []

#: Kind 1: a government letting another country's goods keep flowing.
LET_KEEP: list[Any] = [
    (
        "US lets Mexico keep exporting steel duty-free",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "EU lets Ukraine keep exporting steel tariff-free",
        "",
        ("resuming", "UA", "EU", False, "steel", None),
    ),
    (
        "Japan allows Australia to keep shipping aluminium duty-free",
        "",
        ("resuming", "AU", "JP", False, "aluminium", None),
    ),
    (
        "Canada lets Chile continue exporting copper tariff-free",
        "",
        ("resuming", "CL", "CA", False, "copper", None),
    ),
    (
        "Washington lets South Korea keep exporting zinc without tariffs",
        "",
        ("resuming", "KR", "US", False, "zinc", None),
    ),
    (
        "India lets Indonesia keep selling nickel duty-free",
        "",
        ("resuming", "ID", "IN", False, "nickel", None),
    ),
]

#: Kind 1's near misses: a country spared, a firm let keep exporting, a country's own miners.
LET_KEEP_NEAR_MISSES: list[Any] = [
    (
        "US spares Mexico from steel tariffs",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    ("Indonesia lets Freeport keep exporting copper concentrate", "", None),
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

#: Kind 2: an origin named only by a possessive in the lede.
LEDE_POSSESSIVE: list[Any] = [
    (
        "India scraps import duty on copper concentrate",
        "The duty had applied to Chile's copper concentrate since 2019.",
        ("resuming", "CL", "IN", False, "copper", None),
    ),
    (
        "China raises import tariff on zinc",
        "The higher tariff hits Peru's zinc, the largest source of supply.",
        ("tariff", "PE", "CN", False, "zinc", None),
    ),
    (
        "Japan imposes anti-dumping duty on nickel",
        "The duty targets Indonesia's nickel pig iron.",
        ("tariff", "ID", "JP", False, "nickel", None),
    ),
    (
        "South Korea cuts import duty on aluminium",
        "The cut applies to Australia's aluminium ingots.",
        ("resuming", "AU", "KR", False, "aluminium", None),
    ),
    (
        "Turkey hikes steel import duty to 30%",
        "The duty falls mainly on Russia's steel billets.",
        ("tariff", "RU", "TR", False, "steel", 30),
    ),
]

#: Kind 2's near misses: the title names the origin, or the possessive is the importer's own.
LEDE_POSSESSIVE_NEAR_MISSES: list[Any] = [
    (
        "China raises tariff on Peruvian zinc",
        "Peru's mines ship most of their zinc to China.",
        ("tariff", "PE", "CN", False, "zinc", None),
    ),
    (
        "India raises import duty on gold",
        "India's gold imports surged 40% last year.",
        ("tariff", "*", "IN", False, "gold", None),
    ),
    (
        "Japan imposes anti-dumping duty on steel",
        "Japan's steelmakers had sought the duty.",
        ("tariff", "*", "JP", False, "steel", None),
    ),
]

#: Kind 3: a measure left unchanged is the measure held.
UNCHANGED: list[Any] = [
    (
        "India says no change in gold import duty",
        "",
        ("tariff", "*", "IN", False, "gold", None),
    ),
    (
        "Canada leaves steel tariffs unchanged",
        "",
        ("tariff", "*", "CA", False, "steel", None),
    ),
    (
        "Brazil keeps import duty on aluminium at 10%",
        "",
        ("tariff", "*", "BR", False, "aluminium", 10),
    ),
    (
        "Indonesia keeps nickel ore export ban unchanged",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Vietnam retains 5% export duty on zinc",
        "",
        ("tariff", "VN", "*", False, "zinc", 5),
    ),
    (
        "Philippines holds copper import tariff steady at 3%",
        "",
        ("tariff", "*", "PH", False, "copper", 3),
    ),
]

#: Kind 3's near misses: a market or a flow unchanged, a duty changed.
UNCHANGED_NEAR_MISSES: list[Any] = [
    ("Gold price unchanged as traders await tariff decision", "", None),
    ("Copper imports into China unchanged in May", "", None),
    (
        "India raises gold import duty to 15%",
        "",
        ("tariff", "*", "IN", False, "gold", 15),
    ),
]

#: Kind 4: a neutral goods word before "will not be allowed" with a date.
NOT_ALLOWED_NEUTRAL: list[Any] = [
    (
        "Bauxite shipments will not be allowed after June 1, Guinea says",
        "",
        ("suspended", "GN", "*", False, "bauxite", None),
    ),
    (
        "Nickel ore shipments will not be allowed from January, Philippines says",
        "",
        ("suspended", "PH", "*", False, "nickel", None),
    ),
    (
        "Zimbabwe: lithium concentrate shipments will not be allowed from 2027",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    (
        "Tin ore shipments will not be allowed after July, Myanmar says",
        "",
        ("suspended", "MM", "*", False, "tin", None),
    ),
]

#: Kind 4's near misses: a strike, a port closure, a sale to some buyers.
NOT_ALLOWED_NEUTRAL_NEAR_MISSES: list[Any] = [
    ("Tin shipments will not be allowed to leave port during strike", "", None),
    ("Copper sales will not be allowed to unlicensed traders", "", None),
    ("Zinc shipments will not be allowed through the port while it is closed", "", None),
    ("Copper shipments will not be allowed from Monday as dockworkers strike", "", None),
]


@headline_cases(LET_KEEP)
def test_a_country_let_keep_exporting_is_the_exporter(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LET_KEEP_NEAR_MISSES)
def test_spared_firms_and_own_miners_stay_as_read(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_POSSESSIVE)
def test_a_lede_possessive_names_the_origin(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_POSSESSIVE_NEAR_MISSES)
def test_a_title_origin_or_own_possessive_stays(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(UNCHANGED)
def test_a_measure_left_unchanged_is_the_measure_held(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(UNCHANGED_NEAR_MISSES)
def test_a_market_unchanged_is_no_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NOT_ALLOWED_NEUTRAL)
def test_goods_not_allowed_from_a_date_is_a_ban(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NOT_ALLOWED_NEUTRAL_NEAR_MISSES)
def test_a_strike_or_closure_not_allowing_goods_is_no_ban(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
