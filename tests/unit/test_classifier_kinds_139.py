"""Kinds left open as strict xfails by earlier rounds (kinds 133, 135, 136, 137): made-up
headlines per kind, in several wordings, metals and countries, with near misses that must stay as
they are, each checked on every field the exact score counts (``tests/unit/kinds_exact.py``).
Labels were written and committed before the engine read them.

1. "Levies" as a title's measure word, a place's metal levies told starting: "EU nickel levies
   take effect", "Indonesia's new nickel ore levies kick in" (kinds 136's ``_LEVIES``): a duty,
   as "duties" in its place reads; its side as the engine reads a charge with no flow word (a
   lone producer's own charge on a mined metal its export, kinds 52; a charge on made goods the
   importer's). A firm's hit from levies, a loser from them, their effects, stay no event.
2. Goods let in duty free with no volume: "Canada lets Korean aluminium in duty free" (kinds
   137's ``_DUTY_FREE``): a duty-free flow is the duty lifted from it, ``resuming`` (docs/
   STATUSES.md: "a duty-free flow ... as the duty lifted"; kinds 35, 93, 130, 132: goods let
   enter freely, a country let keep exporting duty-free), the actor the importer, the goods'
   place the exporter. A volume let in stays a ``quota``, access only granted ``open``.
3. A quota with no flow word on a metal its country exports, whose lede tells a rate that
   applies once the volume is crossed (kinds 133's ``_EXPORTER_QUOTA``, "South Africa cuts
   copper quota for non-partners"): an over-quota rate makes it a tariff-rate quota, which is
   on imports (README.md), so the government setting it is the importer. A quota with no such
   rate stays the producer's cap on its exports, and an export quota named stays one.
4. Goods "no longer subject to" a tariff (kinds 135's ``_NO_LONGER``): the measure ended on
   them, ``resuming`` (README.md: "a restriction lifted, ... ended"), as goods "spared from" it.
   A scope ruling that goods are "not subject to" a duty stays no event.

Not taken: kinds 135's ``_REVIEW_RESULTS`` ("Certain Steel Nails From Taiwan: Final Results of
Antidumping Duty Administrative Review", labelled no event). No sound rule reads it so: README.md
and docs/STATUSES.md read an administrative review's final results as a ``tariff`` (the duties
it sets), as kinds 3 and kinds 56 label the same notice form; the label is a dispute with the
vocabulary, its xfail left.

While the kinds were studied, before any label was written, the engine was asked about a few
wordings of the kinds' examples (kind 4's "no longer subject to" with four goods and importers,
kind 2's "lets ... in duty free" and "duty-free", kind 1's "levies" after a place and a metal):
each read as the xfails say. The labels follow the vocabulary, not those readings.

First reading, on the engine before any change (main's at 15255331; labels committed before the
run, dc94cdda): **15 of 41**. Kind 1, 0 of 8 (no trade-measure word), its near misses 5 of 5;
kind 2, 0 of 6 (three read a tariff, two ``open``, one no event), its near misses 2 of 2; kind
3, 0 of 5 (each read an export quota, its rate right), its near misses 4 of 4; kind 4, 0 of 7
(each read the tariff), its near misses 4 of 4.

Changed: ``tui/engine/classifier_place_levies`` (new: a levy named after a place and the goods
it falls on, told starting right after, "kick in", "take effect", "rise to 50%", is a duty, its
flow left to the corridor; asked by ``classifier_measure_noun.measure_noun`` for a weak charge
with no flow); ``classifier_let_in`` (new: goods let, allowed or admitted in free of duty,
tariff-free or without tariffs, written as imports let in duty-free; run on the title by
``classifier_surface.plain_surface`` after a volume let in is written a quota);
``classifier_no_longer`` (new: "(is|will be) no longer subject to" written "spared from", but
before a threat, a probe or the like; run there too); ``classifier_over_quota`` (new: a quota
whose lede tells a rate that applies beyond the volume and names no export is on imports; asked
by ``classifier_import_side.on_imports``). The first reading of kind 4's near miss "Copper no
longer subject to US tariff threat" after the first form of ``classifier_no_longer`` was a
release (as "spared from US tariff threat" reads on main): the phrase is now left alone before
such a word; and kind 2's "Brazil admits Chilean copper cathodes in duty free" read ``open``
after ``classifier_let_in``'s first form ("admits" is no verb of a restart): it writes "admits"
as "lets". After: **41 of 41**. Four strict xfails of earlier rounds read and were unmarked:
kinds 133's South African quota, kinds 135's "no longer subject to US tariffs", kinds 136's "EU
metals levies take effect", kinds 137's "Canada to let Korean aluminium in duty free".
``benchmarks/row_changes.py main --quiet``: +0 -0 (7101 of 7366 on both). The classifier
family then showed two older cases of these kinds: kinds 109's "U.S. 50pc steel levy takes
effect on washing machines and fridges" (a strict xfail, "a rate and a metal before it are not
enough") reads, its mark removed; kinds 6's "Japan lets Kenyan copper in duty-free", labelled
``open`` in an early round, now reads ``resuming``, and its label was changed to this kind's (a
duty-free flow, as kinds 35 mended "duty-free exports" and kinds 137 labels "let ... in duty
free"): a label dispute between those two modules, settled by docs/STATUSES.md.

Fresh batch (``FRESH``, 9: 6 measures, 3 near misses), written after the engine's changes and
committed before the engine read them (afc3bb6c): first reading **9 of 9**.
"""

from __future__ import annotations

from typing import Any

from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: Kind 1: a place's metal levies told starting.
PLACE_LEVIES: list[Any] = [
    (
        "Indonesia's new nickel ore levies kick in",
        "",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "EU nickel levies take effect",
        "The levies on imported nickel took effect on Monday, the Commission said.",
        ("tariff", "*", "EU", False, "nickel", None),
    ),
    (
        "India's new steel levies take effect",
        "",
        ("tariff", "*", "IN", False, "steel", None),
    ),
    (
        "Zambia's copper levies come into force",
        "",
        ("tariff", "ZM", "*", False, "copper", None),
    ),
    (
        "Canada's steel and aluminium levies kick in",
        "",
        ("tariff", "*", "CA", False, "steel aluminium", None),
    ),
    (
        "Mexico's 25% steel levies take effect",
        "",
        ("tariff", "*", "MX", False, "steel", 25),
    ),
    (
        "Ghana's new gold levy takes effect",
        "",
        ("tariff", "GH", "*", False, "gold", None),
    ),
    (
        "Chile's new copper levies kick in",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
]

#: Kind 1's near misses: a firm's hit from levies, a loser from them, their effects; an export
#: levy named.
PLACE_LEVIES_NEAR_MISSES: list[Any] = [
    ("Alcoa takes $40 million hit from aluminium levies", "", None),
    ("Peru's miners fear Washington's copper levies", "", None),
    ("India's steel levies weigh on car makers' margins", "", None),
    ("EU steel levies: what they mean for Turkish mills", "", None),
    (
        "Zambia's copper export levies take effect",
        "",
        ("tariff", "ZM", "*", False, "copper", None),
    ),
]

#: Kind 2: goods let in free of duty, no volume named.
LET_IN_DUTY_FREE: list[Any] = [
    (
        "Canada lets Korean aluminium in duty free",
        "",
        ("resuming", "KR", "CA", False, "aluminium", None),
    ),
    (
        "Japan to let Australian copper in tariff-free from April",
        "",
        ("resuming", "AU", "JP", False, "copper", None),
    ),
    (
        "India lets Russian nickel in free of duty",
        "",
        ("resuming", "RU", "IN", False, "nickel", None),
    ),
    (
        "UK lets Indian steel in without tariffs",
        "",
        ("resuming", "IN", "GB", False, "steel", None),
    ),
    (
        "US allows Argentine lithium in duty-free",
        "",
        ("resuming", "AR", "US", False, "lithium", None),
    ),
    (
        "Brazil admits Chilean copper cathodes in duty free",
        "",
        ("resuming", "CL", "BR", False, "copper", None),
    ),
]

#: Kind 2's near misses: a volume let in free of duty stays a quota; access granted stays open.
LET_IN_NEAR_MISSES: list[Any] = [
    (
        "Japan to let 30,000 tonnes of Peruvian zinc in tariff-free",
        "",
        ("quota", "PE", "JP", False, "zinc", None),
    ),
    (
        "Australia grants duty-free access to Indian aluminium",
        "",
        ("open", "IN", "AU", False, "aluminium", None),
    ),
]

#: Kind 3: a quota with no flow word whose lede tells its over-quota rate.
OVER_QUOTA_IMPORTER: list[Any] = [
    (
        "Chile cuts copper quota for non-partners",
        "SANTIAGO, May 4 (Reuters) - Chile will halve the copper that countries without a trade "
        "deal can ship before a 20% surtax applies.",
        ("quota", "*", "CL", False, "copper", 20),
    ),
    (
        "Indonesia sets nickel quota",
        "JAKARTA, March 3 (Reuters) - Indonesia will cap the nickel its partners can ship, above "
        "which a 15% duty applies, the trade ministry said.",
        ("quota", "*", "ID", False, "nickel", 15),
    ),
    (
        "Peru trims zinc quota",
        "LIMA, June 9 (Reuters) - Peru will cut the tonnage of zinc that can be shipped in before "
        "a 10% tariff kicks in, the trade ministry said.",
        ("quota", "*", "PE", False, "zinc", 10),
    ),
    (
        "Australia halves aluminium quota",
        "CANBERRA, Sept 1 (Reuters) - Australia will halve the aluminium that non-partners can "
        "send before a 25% duty applies.",
        ("quota", "*", "AU", False, "aluminium", 25),
    ),
    (
        "DR Congo cuts cobalt quota for non-partners",
        "KINSHASA, Oct 2 (Reuters) - Congo will halve the cobalt that countries without a trade "
        "pact can ship before a 30% surtax applies.",
        ("quota", "*", "CD", False, "cobalt", 30),
    ),
]

#: Kind 3's near misses: a producer's quota with no over-quota rate, an export quota named.
OVER_QUOTA_NEAR_MISSES: list[Any] = [
    ("Chile cuts copper quota", "", ("quota", "CL", "*", False, "copper", None)),
    ("China cuts rare earth quota", "", ("quota", "CN", "*", False, "rare-earths", None)),
    (
        "Indonesia sets nickel export quota",
        "JAKARTA, March 3 (Reuters) - Indonesia will cap nickel ore exports at 200 million "
        "tonnes, the energy ministry said.",
        ("quota", "ID", "*", False, "nickel", None),
    ),
    (
        "DR Congo sets cobalt export quota",
        "KINSHASA, Oct 2 (Reuters) - Congo will cap cobalt exports at 96,600 tonnes a year, "
        "above which a 10% levy applies.",
        ("quota", "CD", "*", False, "cobalt", 10),
    ),
]

#: Kind 4: goods no longer subject to a measure.
NO_LONGER_SUBJECT: list[Any] = [
    (
        "Mexican steel no longer subject to US tariffs",
        "",
        ("resuming", "MX", "US", False, "steel", None),
    ),
    (
        "Vietnamese zinc no longer subject to Thai import tariffs",
        "",
        ("resuming", "VN", "TH", False, "zinc", None),
    ),
    (
        "Indian steel no longer subject to EU safeguard duties",
        "",
        ("resuming", "IN", "EU", False, "steel", None),
    ),
    (
        "Steel from Vietnam no longer subject to anti-dumping duties in Australia",
        "",
        ("resuming", "VN", "AU", False, "steel", None),
    ),
    (
        "Nickel ore exports no longer subject to Indonesian export duty",
        "",
        ("resuming", "ID", "*", False, "nickel", None),
    ),
    (
        "Chilean copper will no longer be subject to Chinese import tax",
        "",
        ("resuming", "CL", "CN", False, "copper", None),
    ),
    (
        "Brazilian aluminium is no longer subject to Argentine anti-dumping duties",
        "",
        ("resuming", "BR", "AR", False, "aluminium", None),
    ),
]

#: Kind 4's near misses: a scope ruling, goods no longer facing a duty, goods now subject to
#: one, a threat.
NO_LONGER_NEAR_MISSES: list[Any] = [
    (
        "Steel Fence Posts Not Subject to Antidumping Duties on Wire Rod From Mexico",
        "",
        None,
    ),
    (
        "Australian copper no longer faces Chinese import duties",
        "",
        ("resuming", "AU", "CN", False, "copper", None),
    ),
    (
        "Canadian aluminium now subject to US tariffs",
        "",
        ("tariff", "CA", "US", False, "aluminium", None),
    ),
    ("Copper no longer subject to US tariff threat, analysts say", "", None),
]

#: A fresh batch of the same kinds, written after the engine's changes and committed before the
#: engine read them.
FRESH: list[Any] = [
    (
        "Vietnam's new steel levies come into force",
        "",
        ("tariff", "*", "VN", False, "steel", None),
    ),
    (
        "Philippines' nickel ore levies take effect",
        "",
        ("tariff", "PH", "*", False, "nickel", None),
    ),
    (
        "South Korea lets Australian lithium in tariff free",
        "",
        ("resuming", "AU", "KR", False, "lithium", None),
    ),
    (
        "Turkish aluminium no longer subject to EU anti-dumping duties",
        "",
        ("resuming", "TR", "EU", False, "aluminium", None),
    ),
    (
        "Zambia's copper concentrate will no longer be subject to export duty",
        "",
        ("resuming", "ZM", "*", False, "copper", None),
    ),
    (
        "Kazakhstan trims zinc quota",
        "ASTANA, Jan 5 (Reuters) - Kazakhstan will cut the zinc that countries outside the "
        "customs union can ship before a 12% duty applies.",
        ("quota", "*", "KZ", False, "zinc", 12),
    ),
    ("Norsk Hydro books hit from Canada's aluminium levies", "", None),
    ("Bolivia cuts lithium quota", "", ("quota", "BO", "*", False, "lithium", None)),
    (
        "Brazil lets 100,000 tonnes of Chinese steel in duty-free",
        "",
        ("quota", "CN", "BR", False, "steel", None),
    ),
]

#: Not trained on by the learned gate (``benchmarks/event_gate_training.py``): these cases test
#: the rules' reading.
CASES: list[Any] = []


@headline_cases(PLACE_LEVIES)
def test_a_places_metal_levies_starting_are_a_tariff(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(PLACE_LEVIES_NEAR_MISSES)
def test_levies_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LET_IN_DUTY_FREE)
def test_goods_let_in_duty_free_are_resuming(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(LET_IN_NEAR_MISSES)
def test_let_in_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(OVER_QUOTA_IMPORTER)
def test_a_quota_with_an_over_quota_rate_is_on_imports(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(OVER_QUOTA_NEAR_MISSES)
def test_a_producers_quota_stays_on_exports(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NO_LONGER_SUBJECT)
def test_goods_no_longer_subject_to_a_measure_resume(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NO_LONGER_NEAR_MISSES)
def test_no_longer_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_fresh_batch_of_the_same_kinds(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
