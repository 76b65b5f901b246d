"""Kinds from the misses of the sixth wire's odd rows (``tests/data/real_wire6/``, its odd rows
studied from session 39, its even rows unseen): made-up headlines per kind, in other words,
countries and metals than the wire's rows, with near misses that must stay no event, each
checked on every field the exact score counts (``tests/unit/kinds_exact.py``). Labels were
written and committed before the engine read them.

The odd half's three misses, all measures missed, by kind:

1. Retaliation told as "hits <goods> with 25% countermeasures": "countermeasures" with a rate
   before it, or as what a government "hits" or "targets" goods "with", is a tariff named, not
   retaliation talked of (rw6-009, vetoed as "countermeasures named with no instrument or act").
2. A ban on goods told with a participle of their making after them: "bars steel processed
   from Russian iron in third countries" (rw6-043, no trade-measure word found: the participle
   read as a noun the metal qualifies, as "copper smuggling" is).
3. A levy called a "charge": "EU carbon border charge on steel, aluminium imports starts"
   (rw6-059, "charge" is no measure word to the rules).

No miss was a label dispute; none was left out of reach.

First reading, on the engine before any change (main's at 371eef8; labels committed before the
run, 8100803): **19 of 33**. Kind 1, 3 of 7 ("targets ... with 10% countermeasures", "slaps 40%
countermeasures on", "unveils 25% countermeasures on" read; the four with "hits ... with" vetoed
as talk, the rate before the noun notwithstanding), its near misses 4 of 4; kind 2, 4 of 7
("copper refined from", "gold refined from", "nickel processed from", "aluminium processed
abroad" read, "refined" being a goods word and "processed" with a demonym or "abroad" after it;
"steel processed in", "aluminium smelted from", "steel produced with" found no measure word), its
near misses 3 of 3; kind 3, 0 of 7, its near misses 5 of 5. (While the misses were diagnosed,
before these cases were written, a few other wordings were read: "Canada slaps/imposes 25%
countermeasures on U.S. steel" read right, which is why the "slaps" case is a control.)

Changed (``tui/engine/``): ``classifier_hit_with`` (new: countermeasures with a rate right
before them, or what a verb of striking hits goods "with", are no vague talk; asked by
``classifier_asides.vague_countermeasures``); ``classifier_made_from`` (new: a participle of
making after a metal, "processed", "smelted", "produced", followed by "from", "with", "in",
"abroad", qualifies the goods; asked by ``classifier_phrases._modifies_other_noun``);
``classifier_charge_levy`` (new: an "import", "export", "border", "customs" or "entry" charge
"on" goods, and a "carbon charge" on imports or exports, written a levy; run on the title by
``classifier_surface.plain_surface``). After: **33 of 33**.

A fresh batch of 15 (``kinds_128_cases_fresh.py``: 10 measures and 5 near misses in other
countries, metals and verbs, among them "Copper hits two-week high with countermeasures talk
fading" and "Fire halts copper smelted in Zambia", which the changes could take wrongly),
written after those changes and labelled and committed before the engine read them (1f42c73):
**15 of 15 right the first time**.

On the wire: the odd half 95.2% (59/62) -> **100%** (62/62); ``benchmarks/row_changes.py
main``: 0 rows lost, 3 gained (the three odd rows); the even half, read once at the end in
aggregate only, 86.9% (53/61) as at its first reading. Not trained on by the event gate
(``benchmarks/event_gate_training.py``): trained on, the odd half moved kinds 79's near miss
and kinds 92's bulleted measure across the threshold and lost the seventeenth's rho-076.
"""

from __future__ import annotations

from typing import Any

from kinds_128_cases_fresh import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: countermeasures with a rate, or as what goods are hit "with".
COUNTERMEASURES: list[Any] = [
    (
        "Mexico hits U.S. steel with 20% countermeasures",
        "",
        ("tariff", "US", "MX", False, "steel", 20),
    ),
    (
        "EU hits American aluminium, steel with 25% countermeasures",
        "",
        ("tariff", "US", "EU", False, "aluminium steel", 25),
    ),
    (
        "India targets U.S. steel with 10% countermeasures",
        "",
        ("tariff", "US", "IN", False, "steel", 10),
    ),
    (
        "China hits Australian copper with countermeasures",
        "",
        ("tariff", "AU", "CN", False, "copper", None),
    ),
    (
        "Turkey slaps 40% countermeasures on US aluminium",
        "",
        ("tariff", "US", "TR", False, "aluminium", 40),
    ),
    (
        "Canada unveils 25% countermeasures on C$30 billion of U.S. aluminium",
        "",
        ("tariff", "US", "CA", False, "aluminium", 25),
    ),
    (
        "Brazil hits U.S. steel with countermeasures",
        "BRASILIA, June 3 (Reuters) - Brazil imposed 25% tariffs on steel imported from the United States on Tuesday in response to U.S. duties.",
        ("tariff", "US", "BR", False, "steel", 25),
    ),
]

#: Kind 1's near misses: countermeasures talked of, "hit" in other senses.
COUNTERMEASURE_NEAR_MISSES: list[Any] = [
    ("Steel stocks hit as Canada vows countermeasures", "", None),
    ("Copper hits record high; Chile mulls countermeasures", "", None),
    ("Japan says steel countermeasures possible if U.S. hits autos", "", None),
    ("Nickel hits 5% limit-up as Indonesia countermeasures talk swirls", "", None),
]

#: Kind 2: a ban on goods told with a participle of their making after them.
MADE_FROM: list[Any] = [
    (
        "EU bans steel processed in third countries from Russian iron",
        "",
        ("suspended", "RU", "EU", False, "steel", None),
    ),
    (
        "Canada bars aluminium smelted from Russian alumina",
        "",
        ("suspended", "RU", "CA", False, "aluminium", None),
    ),
    (
        "Japan bans copper refined from Russian concentrate",
        "",
        ("suspended", "RU", "JP", False, "copper", None),
    ),
    (
        "Australia bars steel produced with Russian inputs",
        "",
        ("suspended", "RU", "AU", False, "steel", None),
    ),
    (
        "US bans aluminium processed abroad from Russian metal",
        "",
        ("suspended", "RU", "US", False, "aluminium", None),
    ),
    (
        "Switzerland bans gold refined from Russian ore",
        "",
        ("suspended", "RU", "CH", False, "gold", None),
    ),
    (
        "Britain bars nickel processed from Russian ore in other countries",
        "",
        ("suspended", "RU", "GB", False, "nickel", None),
    ),
]

#: Kind 2's near misses: goods so told with a stop verb that stops no trade, or none.
MADE_FROM_NEAR_MISSES: list[Any] = [
    ("Strike halts steel produced at Indian plant", "", None),
    ("Floods stop nickel mined in Sulawesi from reaching port", "", None),
    ("Gold refined in Switzerland hits record exports", "", None),
]

#: Kind 3: a levy called a "charge" ("border charge", "import charge", "export charge").
CHARGES: list[Any] = [
    (
        "UK carbon border charge on steel imports takes effect",
        "",
        ("tariff", "*", "GB", False, "steel", None),
    ),
    ("India's import charge on gold starts today", "", ("tariff", "*", "IN", False, "gold", None)),
    (
        "Australia's border charge on aluminium imports kicks in",
        "",
        ("tariff", "*", "AU", False, "aluminium", None),
    ),
    (
        "EU carbon charge on aluminium imports begins",
        "",
        ("tariff", "*", "EU", False, "aluminium", None),
    ),
    (
        "Turkey raises import charge on Chinese steel to 30%",
        "",
        ("tariff", "CN", "TR", False, "steel", 30),
    ),
    (
        "Indonesia imposes export charge on nickel ore",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "Vietnam's 10% export charge on zinc ore comes into force",
        "",
        ("tariff", "VN", "*", False, "zinc", 10),
    ),
]

#: Kind 3's near misses: charges that are no levy on goods, or a levy only asked for or costed.
CHARGE_NEAR_MISSES: list[Any] = [
    ("Glencore takes $1 billion charge on Congo cobalt unit", "", None),
    ("Port charges on copper shipments climb in Chile", "", None),
    ("Study says carbon border charge on steel imports would cost mills $1 billion", "", None),
    ("Steel lobby calls for import charge on Chinese aluminium", "", None),
    ("Miner faces criminal charge over copper export fraud", "", None),
]

CASES: list[Any] = []


@headline_cases(COUNTERMEASURES)
def test_countermeasures_with_a_rate_or_hit_with_are_a_tariff(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(COUNTERMEASURE_NEAR_MISSES)
def test_countermeasures_talked_of_are_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MADE_FROM)
def test_goods_told_by_their_making_are_a_bans_goods(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MADE_FROM_NEAR_MISSES)
def test_goods_told_by_their_making_with_no_trade_stop_are_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(CHARGES)
def test_a_border_or_import_charge_is_a_levy(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(CHARGE_NEAR_MISSES)
def test_charges_that_are_no_levy_on_goods_are_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
