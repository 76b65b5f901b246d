"""Kinds from the misses of the sixth wire's even rows (``tests/data/real_wire6/``, its odd rows
studied from session 39, its even rows released for study from session 41, the whole set studied
since): made-up headlines per kind, in other words, countries and metals than the wire's rows,
with near misses that must stay as they are, each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read them.

The even half's seven misses, by kind:

1. A government's plan of a measure told with its purpose: "Jakarta eyes gold export duty to
   lift state revenue" (rw6-110, vetoed as a forecast of the measure's effects): a government
   that eyes, weighs, mulls, plans or considers a measure "to lift revenue" tells its aim.
2. Rebates scrapped on goods with no flow word in the title: "China scraps rebates on 23 more
   steel products from Aug 1" (rw6-058, read as an import measure into China): a rebate a
   government cancels on its own goods is an export tax rebate, the government the exporter.
3. A metal named only as the yardstick of a measure: "Budget raises import duty on silver to
   match gold" (rw6-062, gold read among the goods): a metal after "to match" or "in line with"
   is what the duty is brought level with, not the goods.
4. A quota's over-quota rate told as a threshold in the lede: "the volume of steel that
   countries without a free trade pact can ship before a 50% surtax applies" (rw6-042, no rate
   read): the rate that applies beyond the quota is the quota's rate.

Label disputes (noted, not fixed): rw6-008, "from five nations" with the lede listing Armenia,
Brazil, Oman, Russia and Turkey, labelled ``*`` by the wire's rule ("a count of countries names
none"), where the studied sets label the first country listed (nin-092, twf-014, rhx-088); rw6-030,
"up to 27.83%" in the lede, labelled with no rate by the wire's rule, where README.md's vocabulary
reads an "up to" rate as the rate (as rw7-043); rw6-078, a leader asking to "consider limiting"
exports, labelled ``suspended`` where the engine reads ``quota``: the studied sets label "limit
exports" as ``quota`` (rhe-138), ``suspended`` (rhf-103) and ``licensing`` (rhf-155, rhv-001),
so the engine's reading is kept. rw6-062's destination (the lede opens on "The Union Budget" and
names the finance minister only at its end) was taken up as a fifth kind after the first four
were fixed (below).

First reading, on the engine before any change (main's at abe9d04d; labels committed before the
run, 1f2e4c42): **12 of 27**. Kind 1, 4 of 5 (the one missed, "Manila eyes ...", vetoed as a
forecast: "eyes" is no verb of the finding, as "weighs", "mulls", "plans" and "considers" are),
its near misses 2 of 2; kind 2, 0 of 5 (read as import measures), its near misses 2 of 2; kind 3,
0 of 5 (the yardstick read among the goods), its near misses 2 of 2; kind 4, 0 of 4 (no rate),
its near misses 2 of 2.

Changed: ``tui/engine/classifier_plan_purpose`` (new: a place's government that eyes, weighs or
plans the measure in the verb before it tells its purpose after it; asked by
``classifier_forecast_effects.economic_effect`` beside ``joined``); ``classifier_own_rebates``
(new: rebates scrapped, cancelled or cut on goods, no flow named in the title, written "export
tax rebates"; run on the title by ``classifier_surface.plain_surface``); ``classifier_yardstick``
(new: a metal right after "to match" or "in line with", "on par with", when the title names other
goods, is not the event's; asked by ``classifier_event_metals.event_metals``);
``classifier_quota_threshold`` (new: a quota's lede sentence with a rate that applies "before"
or "above which" a volume is crossed gives the quota's rate; asked by
``classifier_event_rate.event_rate``). After: **26 of 27**, 1 xfail (kind 4's South African case:
its rate is read, its corridor read as an export quota, another kind; it reads since kinds
139, ``classifier_over_quota``: a quota whose lede tells its over-quota rate is on imports, its
mark removed). Not trained on by the
gate (``CASES`` is empty).

Fresh batch (``FRESH``, 11: 9 cases of the four kinds, 2 near misses), written after the engine's
changes and committed before the engine read them (its own commit): **11 of 11** at its first
reading.

Kind 5, rw6-062's destination (a budget's lede that names its government by no country: "The
Union Budget raised ..., Finance Minister Nirmala Sitharaman said" under a NEW DELHI dateline),
labelled after the first four kinds' changes and committed before the engine read it: first
reading **0 of 4**, its near misses 2 of 2. Changed: ``classifier_budget_lede`` (new: a lede
opening on "the budget", or on "the" and a common noun and ending on a minister by portfolio
and name who said it, is the dateline city's government; asked by
``classifier_dateline.government_filed``). After: 4 of 4, near misses 2 of 2. Its fresh batch
(``FRESH_BUDGET``, 4), written after the change, labels committed first: **4 of 4**.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a government's plan of a measure, its purpose after it.
PLAN_PURPOSE: list[Any] = [
    (
        "Manila eyes nickel ore export duty to boost state revenue",
        "",
        ("tariff", "PH", "*", True, "nickel", None),
    ),
    (
        "Zambia weighs copper export tax to raise government revenue",
        "",
        ("tariff", "ZM", "*", True, "copper", None),
    ),
    (
        "Chile considers lithium export tax to boost revenues",
        "",
        ("tariff", "CL", "*", True, "lithium", None),
    ),
    (
        "Peru plans tin export duty to lift tax revenue",
        "",
        ("tariff", "PE", "*", True, "tin", None),
    ),
    (
        "Ghana mulls gold export levy to lift state revenue",
        "",
        ("tariff", "GH", "*", True, "gold", None),
    ),
]

#: Kind 1's near misses: a measure's effects foretold by others stay a forecast.
PLAN_PURPOSE_NEAR_MISSES: list[Any] = [
    ("Copper export tax would boost Zambia's revenue, IMF says", "", None),
    ("Nickel export duty to lift Philippine prices, analysts say", "", None),
]

#: Kind 2: rebates scrapped on a government's own goods: an export tax rebate cancelled.
REBATES: list[Any] = [
    (
        "Beijing scraps rebates on 146 steel products",
        "",
        ("tariff", "CN", "*", False, "steel", None),
    ),
    (
        "China removes rebates on copper and aluminium products from Dec 1",
        "",
        ("tariff", "CN", "*", False, "copper aluminium", None),
    ),
    (
        "Vietnam ends tax rebates on zinc products",
        "",
        ("tariff", "VN", "*", False, "zinc", None),
    ),
    (
        "India withdraws rebates on steel products",
        "",
        ("tariff", "IN", "*", False, "steel", None),
    ),
    (
        "China scraps rebates on 40 more aluminium products",
        "BEIJING, Nov 15 (Reuters) - China will cancel export tax rebates on 40 more aluminium "
        "products from Dec. 1, the finance ministry said.",
        ("tariff", "CN", "*", False, "aluminium", None),
    ),
]

#: Kind 2's near misses: rebates on imports stay an import measure; a tariff scrapped stays a
#: release.
REBATES_NEAR_MISSES: list[Any] = [
    (
        "India scraps import duty rebates on gold",
        "",
        ("tariff", "*", "IN", False, "gold", None),
    ),
    (
        "US scraps tariff on Canadian steel",
        "",
        ("resuming", "CA", "US", False, "steel", None),
    ),
]

#: Kind 3: a metal named as the yardstick of a duty, not its goods.
YARDSTICK: list[Any] = [
    (
        "India raises import duty on platinum to match gold",
        "",
        ("tariff", "*", "IN", False, "platinum", None),
    ),
    (
        "Indonesia raises export duty on tin to match nickel",
        "",
        ("tariff", "ID", "*", False, "tin", None),
    ),
    (
        "India cuts customs duty on silver in line with gold",
        "",
        ("resuming", "*", "IN", False, "silver", None),
    ),
    (
        "Vietnam raises import tariff on zinc to bring it in line with lead",
        "",
        ("tariff", "*", "VN", False, "zinc", None),
    ),
    (
        "India raises import duty on silver to match gold",
        "NEW DELHI, Feb 1 (PTI) - Finance Minister Nirmala Sitharaman raised customs duty on "
        "silver bars to bring it in line with gold.",
        ("tariff", "*", "IN", False, "silver", None),
    ),
]

#: Kind 3's near misses: metals named together are all the goods.
YARDSTICK_NEAR_MISSES: list[Any] = [
    (
        "India raises import duty on gold and silver",
        "",
        ("tariff", "*", "IN", False, "gold silver", None),
    ),
    (
        "US raises tariffs on steel and aluminium to 50%",
        "",
        ("tariff", "*", "US", False, "steel aluminium", 50),
    ),
]

#: Kind 4: a quota's over-quota rate told as the threshold beyond which a tariff applies.
OVER_QUOTA_THRESHOLD: list[Any] = [
    (
        "EU cuts steel quota",
        "BRUSSELS, Oct 7 (Reuters) - The EU will halve the volume of steel that can enter before "
        "a 50% tariff applies.",
        ("quota", "*", "EU", False, "steel", 50),
    ),
    (
        "Mexico sets aluminium import quota",
        "MEXICO CITY, March 3 (Reuters) - Mexico will cap the aluminium its partners can ship, "
        "above which a 25% duty applies, the economy ministry said.",
        ("quota", "*", "MX", False, "aluminium", 25),
    ),
    (
        "UK trims steel import quotas",
        "LONDON, June 30 (Reuters) - Britain will cut the tonnage of steel that can be shipped "
        "before a 25% tariff kicks in, the trade department said.",
        ("quota", "*", "GB", False, "steel", 25),
    ),
    (
        "South Africa cuts copper quota for non-partners",
        "PRETORIA, Aug 2 (Reuters) - South Africa will halve the copper that countries without "
        "a trade deal can ship before a 15% surtax applies.",
        ("quota", "*", "ZA", False, "copper", 15),
    ),
]

#: Kind 4's near misses: a quota's change is no rate, nor is another measure's rate.
OVER_QUOTA_NEAR_MISSES: list[Any] = [
    ("EU cuts steel import quota by 47%", "", ("quota", "*", "EU", False, "steel", None)),
    (
        "India cuts copper import quota",
        "NEW DELHI, May 5 (Reuters) - India cut its copper import quota by 20% after a 10% "
        "tariff on cathode took effect last year.",
        ("quota", "*", "IN", False, "copper", None),
    ),
]

#: Kind 5 (rw6-062's destination, written after the first four kinds' changes; labels committed
#: before the engine read them): a budget's measure whose lede names its government by no
#: country, the lede opening on "the budget" or ending on a minister by portfolio and name.
BUDGET_LEDE: list[Any] = [
    (
        "Budget raises import duty on platinum",
        "NEW DELHI, Feb 1 (PTI) - The Union Budget raised the customs duty on platinum bars.",
        ("tariff", "*", "IN", False, "platinum", None),
    ),
    (
        "Budget raises export duty on bauxite",
        "JAKARTA, Aug 16 (Reuters) - The state budget raises the export duty on bauxite from "
        "next year, Finance Minister Sri Mulyani Indrawati said.",
        ("tariff", "ID", "*", False, "bauxite", None),
    ),
    (
        "Budget raises import tariff on steel",
        "CANBERRA, May 9 (AAP) - The federal budget raises the import tariff on steel, "
        "Treasurer Jim Chalmers said.",
        ("tariff", "*", "AU", False, "steel", None),
    ),
    (
        "Import duty on copper scrap cut in budget",
        "NEW DELHI, July 23 (PTI) - The customs duty on copper scrap was cut, Finance Minister "
        "Nirmala Sitharaman said.",
        ("resuming", "*", "IN", False, "copper", None),
    ),
]

#: Kind 5's near misses: a budget with no measure, a lede naming the country.
BUDGET_LEDE_NEAR_MISSES: list[Any] = [
    (
        "Copper prices steady ahead of budget",
        "NEW DELHI, Jan 31 (PTI) - The Union Budget will be presented on Saturday.",
        None,
    ),
    (
        "Budget raises import duty on silver",
        "LONDON, Feb 1 (Reuters) - India's budget raised the customs duty on silver, Finance "
        "Minister Nirmala Sitharaman said.",
        ("tariff", "*", "IN", False, "silver", None),
    ),
]

#: A fresh batch of the same kinds, written after the engine's changes; labels committed before
#: the engine read them.
FRESH: list[Any] = [
    (
        "Bolivia eyes lithium export levy to lift state revenue",
        "",
        ("tariff", "BO", "*", True, "lithium", None),
    ),
    (
        "Kazakhstan weighs zinc export duty to shore up budget revenue",
        "",
        ("tariff", "KZ", "*", True, "zinc", None),
    ),
    (
        "Mongolia plans copper concentrate export tax to boost revenues",
        "",
        ("tariff", "MN", "*", True, "copper", None),
    ),
    (
        "China cancels rebates on 30 copper products from Jan 1",
        "",
        ("tariff", "CN", "*", False, "copper", None),
    ),
    (
        "Beijing cuts tax rebates on aluminium and steel products",
        "",
        ("tariff", "CN", "*", False, "aluminium steel", None),
    ),
    (
        "India raises import duty on palladium to match platinum",
        "",
        ("tariff", "*", "IN", False, "palladium", None),
    ),
    (
        "Turkey raises import tariff on copper on par with aluminium",
        "",
        ("tariff", "*", "TR", False, "copper", None),
    ),
    (
        "Japan cuts steel import quota",
        "TOKYO, April 1 (Kyodo) - Japan will cut the tonnage of steel that can be imported "
        "before a 30% tariff applies, the trade ministry said.",
        ("quota", "*", "JP", False, "steel", 30),
    ),
    (
        "Brazil sets copper import quota",
        "BRASILIA, May 2 (Reuters) - Brazil will cap copper imports, beyond which a 20% duty "
        "applies, the trade chamber said.",
        ("quota", "*", "BR", False, "copper", 20),
    ),
    ("Copper export levy to lift Chilean prices, traders say", "", None),
    (
        "India raises import duty on gold and platinum",
        "",
        ("tariff", "*", "IN", False, "gold platinum", None),
    ),
]

#: A fresh batch of kind 5, written after its change; labels committed before the engine read
#: them.
FRESH_BUDGET: list[Any] = [
    (
        "Budget doubles import duty on gold",
        "NEW DELHI, Feb 1 (PTI) - The Union Budget doubled the basic customs duty on gold bars, "
        "Finance Minister Nirmala Sitharaman said.",
        ("tariff", "*", "IN", False, "gold", None),
    ),
    (
        "Export levy on nickel pig iron raised in budget",
        "JAKARTA, Aug 16 (Reuters) - The export levy on nickel pig iron will be raised next "
        "year, Finance Minister Sri Mulyani Indrawati said.",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "Budget scraps import duty on lithium",
        "OTTAWA, April 16 (Reuters) - The federal budget scraps the customs duty on lithium "
        "imports.",
        ("resuming", "*", "CA", False, "lithium", None),
    ),
    (
        "Gold jewellery demand to rise after budget",
        "NEW DELHI, Feb 2 (PTI) - The budget left gold duties unchanged, Finance Minister "
        "Nirmala Sitharaman said.",
        None,
    ),
]

CASES: list[Any] = []


@headline_cases(PLAN_PURPOSE)
def test_a_plan_told_with_its_purpose_is_a_proposed_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(PLAN_PURPOSE_NEAR_MISSES)
def test_effects_foretold_by_others_stay_a_forecast(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(REBATES)
def test_rebates_scrapped_on_own_goods_are_an_export_tariff(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(REBATES_NEAR_MISSES)
def test_import_rebates_and_released_tariffs_stay_as_they_are(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(YARDSTICK)
def test_a_metal_named_as_a_yardstick_is_not_the_goods(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(YARDSTICK_NEAR_MISSES)
def test_metals_named_together_are_all_the_goods(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(OVER_QUOTA_THRESHOLD)
def test_a_rate_beyond_a_quota_told_as_a_threshold_is_its_rate(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OVER_QUOTA_NEAR_MISSES)
def test_a_quota_change_or_another_rate_is_no_quota_rate(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(BUDGET_LEDE)
def test_a_budget_lede_under_a_dateline_is_its_city_government(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(BUDGET_LEDE_NEAR_MISSES)
def test_a_budget_without_a_measure_or_with_its_country_stays(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_BUDGET)
def test_fresh_batch_of_kind_5(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
