"""Kinds from the studied sets' events read with a wrong origin or destination (``benchmarks/
score_real_headlines.py --misses`` and ``--misses --half odd``; never a scored-only set's
misses): made-up headlines per kind, in other words, countries and metals than the sets' rows,
with near misses whose corridor must stay as read, each checked on every field the exact score
counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the engine
read them.

The studied rows read with a wrong corridor, by kind:

1. An import measure's purpose clause naming a country's imports: "Brazil hikes steel tariffs
   to curb Chinese imports" (rhy-102, read CN -> BR, labelled ``*``). **Withdrawn as a label
   dispute**: the studied sets label it both ways, two to one for the origin (rhd-040 "Chile
   approves temporary tariff to protect against Chinese steel imports" and rhe-151 "Colombia
   Boosts Steel Tariffs to Shield Domestic Industry fm Chinese Imports" CN, rhy-102 ``*``: the
   real measures differ, the headlines do not), and kinds 22 and 27 keep the origin on purpose
   ("Mexico raises aluminium duties to stem Chinese imports": CN -> MX). Its eight cases and the
   fresh batch's five were written, committed (1fa14e3, b43abc2) and read (below), and the
   change made for them (a ``classifier_purpose_place`` asked by ``classifier_cause_place``)
   was taken back when the classifier family showed it overturned those two kinds; the cases
   were removed, their near misses (goods named by their country) kept.
2. A lede telling only the cause of an import measure whose title names no exporter: "In
   response to the massive influx of cheap steel from China into the Brazilian market, ..."
   (rhy-107, read CN -> BR as "origin named in the summary"; the made-up cases showed the
   engine already passes a flood's source over, but not a list's later country after it).
3. A title naming no side nor flow ("New bans issued on aluminum, copper and nickel") whose lede
   gives the corridor: "WASHINGTON Today, the US Treasury Department ... issued two new bans
   aimed at disrupting Russia's revenues from its exports of aluminum, copper and nickel"
   (rhe-091, read US -> *: the lede read with the title's default flow of a bare ban, export,
   and "Russia's" read as a second government acting, its revenues from its exports not as its
   goods; kinds 8 held the same kind as a strict xfail, "Fresh prohibitions issued on platinum
   and palladium", now read). While it was diagnosed, before kind 3's cases were written, a few
   wordings were read: "The United States on Friday banned imports of Russian aluminum" under
   that title read US -> * (alone as a title RU -> US), and "EU issues bans aimed at Russia's
   exports of steel" EU -> * ("bans on Russia's exports of steel" RU -> EU).

The other studied rows read with a wrong corridor were left, as label disputes or out of a
headline's reach: rhd-039 ("China Suspends Export Ban ... Amid Easing US Trade Tensions": the
ban's US market is world knowledge, a country in "amid ... tensions" is no export measure's
target in general), rhr-137 ("UK says trade deal slashes tariffs on cars, steel and aluminum":
whose tariffs the title does not say), rw-025 ("U.S., Japan ... pledge no export duties": a
pledge both ways, labelled JP -> US), rhr-135 ("UK closes in on US trade pact with lower tariff
quotas": read US -> GB, labelled GB -> US, a pact's sides), rhy-107 (kind 2, but its title's
"Anti-dumping" makes it a dumping case, which keeps the lede's country by the rules), rhb-145
and rhj-060 (status and corridor both wrong: a quota plan read as another measure), rhj-172
("goods manufactured in Kenya": the outlet's own government unnamed; not reached).

First reading, on the engine before any change (main's at ca4a79f; labels committed before the
run, 1fa14e3): **13 of 21** for kinds 1 and 2. Kind 1, 1 of 8 ("to counter Chinese
competition" read ``*``, the place before no noun of imports; the seven with "imports" read
the place as the goods' origin, as kinds 22 and 27 want), its near misses 5 of 5; kind 2, 4 of
5 (the lede's flood or glut already passed over, but "a glut of cheap steel from China and
Vietnam" gave Vietnam, the list's later country beyond the cause's reach), its near misses 3 of
3. Kind 3 (labels committed at 1b2cee8, after kinds 1 and 2 were changed): **3 of 9**, its six
measures 0 of 6 (each read as the acting government's export ban), its three export near
misses 3 of 3.

Changed (``tui/engine/``), kept: ``classifier_backdrop_origin._backdrop`` (a country joined by
"and", "or" or a comma to a flood's source or a share is one too); ``classifier_lede_flow``
(new: a title with no flow word whose finding saw none has its lede sentence's corridor read
with the sentence's own flow, in ``classifier_corridor.event_corridor``);
``classifier_exports_hit`` (new: a possessive before its exports, or before its revenues from
them, after another place acting, is the goods, in ``classifier_owners.owner_roles``; "its
revenues from its exports" names another's exports in
``classifier_direction._others_exports``). After: kinds 2 and 3 and every near miss, **22 of
22**.

A fresh batch of 10 (``kinds_131_cases_fresh.py``: 6 of kinds 1 and 2, 4 near misses in other
countries, metals and verbs), written after kinds 1 and 2's changes and labelled and committed
before the engine read them (b43abc2): **9 of 10 right the first time** (the miss, kind 1's
"Kenya raises steel import duty to 35% to protect mills from Chinese imports", read CN -> KE);
with kind 1 withdrawn, its five cases were removed, leaving 5 (kind 2's and the near misses), 5
of 5. A second fresh batch of 6 for kind 3 (4 measures, 2 export near misses), written after
its change and committed before the engine read it (a782f2b): **6 of 6**.

On the studied sets: the tenth 96.8% (149/154) -> 97.4% (150/154, rhe-091);
``benchmarks/row_changes.py main`` (main with kinds 129 merged in): 0 rows lost, 1 gained. The
event gate retrained (``--check`` current); the cases are not trained on (``CASES`` is empty),
nor is kinds 8's case now read (moved out of its ``CASES``: trained on, it moved kinds 79's
near miss across the gate's threshold).
"""

from __future__ import annotations

from typing import Any

from kinds_131_cases_fresh import FRESH, FRESH_LEDE_FLOW
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: No case is trained on by the event gate (``benchmarks/event_gate_training.py``).
CASES: list[Any] = []

#: Kind 1's near misses: the goods themselves named by their country, or an export measure.
PURPOSE_NEAR_MISSES: list[Any] = [
    (
        "Brazil hikes tariffs on Chinese steel imports",
        "",
        ("tariff", "CN", "BR", False, "steel", None),
    ),
    (
        "Mexico raises tariffs on Chinese aluminium to curb imports",
        "",
        ("tariff", "CN", "MX", False, "aluminium", None),
    ),
    (
        "US slaps 25% tariffs on Vietnamese steel to curb Chinese transshipment",
        "",
        ("tariff", "VN", "US", False, "steel", 25),
    ),
    (
        "EU imposes duties on Chinese aluminium foil to protect its producers",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "Canada bans Russian aluminium imports to curb Moscow's revenue",
        "",
        ("suspended", "RU", "CA", False, "aluminium", None),
    ),
]

#: Kind 2: a lede telling only the cause of an import measure names no exporter.
LEDE_CAUSE: list[Any] = [
    (
        "Colombia raises steel import tariffs",
        "In response to a flood of cheap steel from China, the government raised import tariffs "
        "on steel products.",
        ("tariff", "*", "CO", False, "steel", None),
    ),
    (
        "Peru hikes aluminium tariffs",
        "Faced with an influx of cheap aluminium from China, Lima raised the tariff on imported "
        "aluminium.",
        ("tariff", "*", "PE", False, "aluminium", None),
    ),
    (
        "Malaysia imposes new duty on steel imports",
        "The duty is meant to protect local mills from a glut of cheap steel from China and "
        "Vietnam.",
        ("tariff", "*", "MY", False, "steel", None),
    ),
    (
        "Chile raises tariffs on imported steel",
        "The government acted after a surge of cheap steel from China hurt local mills.",
        ("tariff", "*", "CL", False, "steel", None),
    ),
    (
        "Egypt hikes copper import duties",
        "The move follows an influx of cheap copper from Turkey into the Egyptian market.",
        ("tariff", "*", "EG", False, "copper", None),
    ),
]

#: Kind 2's near misses: the lede names the charged goods' country.
LEDE_CAUSE_NEAR_MISSES: list[Any] = [
    (
        "Colombia raises steel import tariffs",
        "The new tariffs apply to steel bars imported from China.",
        ("tariff", "CN", "CO", False, "steel", None),
    ),
    (
        "Peru imposes anti-dumping duties on steel",
        "The duties apply to steel rebar from China, which flooded the market.",
        ("tariff", "CN", "PE", False, "steel", None),
    ),
    (
        "Mexico raises aluminium tariffs",
        "The tariffs target aluminium from Vietnam after an influx of cheap metal.",
        ("tariff", "VN", "MX", False, "aluminium", None),
    ),
]

#: Kind 3: a title naming no side nor flow ("New bans issued on aluminum") whose lede tells a
#: government's measure on another country's goods: the lede's own flow, not an export.
LEDE_FLOW: list[Any] = [
    (
        "New bans issued on nickel",
        "The British government on Tuesday banned imports of Russian nickel.",
        ("suspended", "RU", "GB", False, "nickel", None),
    ),
    (
        "Fresh ban imposed on copper",
        "OTTAWA - Canada has banned imports of Russian copper, the finance ministry said.",
        ("suspended", "RU", "CA", False, "copper", None),
    ),
    (
        "New bans on aluminium and copper",
        "Japan issued new bans on Russian aluminium and copper on Friday.",
        ("suspended", "RU", "JP", False, "aluminium copper", None),
    ),
    (
        "Ban issued on gold",
        "The U.S. Treasury Department banned imports of Russian gold on Monday.",
        ("suspended", "RU", "US", False, "gold", None),
    ),
    (
        "New ban on zinc",
        "Australia has banned imports of Belarusian zinc.",
        ("suspended", "BY", "AU", False, "zinc", None),
    ),
    (
        "New bans issued on steel and aluminum",
        "The EU, in coordination with Canada, issued two new bans aimed at cutting Russia's "
        "revenues from its exports of steel and aluminum.",
        ("suspended", "RU", "EU", False, "aluminium steel", None),
    ),
]

#: Kind 3's near misses: the lede tells an export measure.
LEDE_FLOW_NEAR_MISSES: list[Any] = [
    (
        "New ban issued on nickel ore",
        "Indonesia banned exports of nickel ore from January.",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "New bans on rare earths",
        "China banned exports of rare earths to the United States.",
        ("suspended", "CN", "US", False, "rare-earths", None),
    ),
    (
        "Ban issued on cobalt",
        "Congo suspended cobalt exports for four months.",
        ("suspended", "CD", "*", False, "cobalt", None),
    ),
]


@headline_cases(PURPOSE_NEAR_MISSES)
def test_goods_named_by_country_keep_their_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_CAUSE)
def test_a_lede_telling_only_the_cause_names_no_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_CAUSE_NEAR_MISSES)
def test_a_lede_naming_the_goods_country_keeps_the_origin(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_FLOW)
def test_a_lede_giving_the_corridor_gives_its_flow(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(LEDE_FLOW_NEAR_MISSES)
def test_a_lede_telling_an_export_measure_keeps_it(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_LEDE_FLOW)
def test_a_fresh_lede_flow_case_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
