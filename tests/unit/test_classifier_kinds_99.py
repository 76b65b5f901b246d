"""Kinds of wrong fields on real measures (session 32): headlines read as the right event with
the wrong destination or origin, from the misses of the studied sets, in made-up phrasings
labelled before the engine read them.

1. **The importer named only by its trade body or its instrument** ("...; CBSA publishes
   guidance", "... as CBP begins collecting deposits", "Order Imposing a Surtax on ...
   (SOR/2025-160)", a lede "ITAC moves to shield local smelters ..." or "The Commission has
   published a regulation imposing ..."): an import measure with no importer named as a place
   takes the body's government, Canada's for a statutory order's citation, the EU's for the
   Commission (``tui/engine/classifier_import_side.py``, ``body_importer``).
2. **The importer named only by its own producers** ("Anti-dumping duties on Chinese steel to
   lift local mills" whose lede says the duties "are expected to help Thai steel producers"):
   the one country whose producers a measure helps is its importer, never the goods' origin.
3. **A measure on imports read as the imposer's exports** (a safeguard, a quality-control
   measure, a central bank's gold quotas, measures "to protect domestic industry from ...
   imports"): the government acting is the importer ("Indonesia imposes quality control
   measures on steel sales", "Turkey reallocates Iran's steel safeguard quotas to other
   countries": a share handed "to other countries" is no one exporter's); an export measure in
   the same words keeps its exporter.
4. **A measure named after its target, administered by another** ("Repeal of the United States
   Surtax Order": Canada's instrument, US -> CA; "USTR completes review of China tariffs": CN ->
   US): a "Surtax Order" is Canada's and a trade body opening the title acts on the measure
   (``tui/engine/classifier_named_targets.py``); "China tariffs on US aluminium" stay China's.

First time, labels written before the engine read them, on main's engine: kind 1, 5 of 12 right in
a first batch (the two bodies a lede's subject already named, and the three near misses) and 0 of 4
in a second; kind 2, 1 of 5 (a near miss; 2 with the label corrected below); kind 3, 4 of 11 in a
first batch (the near misses) and 4 of 7 in a second, and 1 of 2 in a third of near misses with
"safeguard" as a verb, written after the first rule to check the verb is no safeguard (the one
wrong, "requires licences for graphite shipments", read as China's imports before the change too,
is another kind); kind 4, 2 of 6 (the near misses) and 3 of 3 in a second (the "Canada Gazette"
repeal already read by its gazette). One label was corrected after the first run: "US tariffs on
Canadian steel hurt Canadian producers" was written as the US tariff, but a measure told only as
the cause of its effect is no event (README "Trade-policy statuses": a measure named only as the
backdrop of other news): no event, as the engine reads it.

After the changes 43 of the 50 read right (one, "Aluminium import tariffs to be overhauled", once
the event rules of the same session read it as an event); the 7 left are marked
``xfail(strict=True)``: three are no event at all before any field is read ("quality control
measures" titles, left to the event rules), three read the right sides but ``proposed`` by a word
of another clause ("set for a shake-up" not read as a plan; a review's "review" marking the raise
told after it), and one near miss is another kind's miss (above).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

_NO_EVENT = "read as no event before any field: the event rules decide, not the field readers"
_PLAN = "the sides are read right; proposed is decided by another clause's word"

#: (title, summary, want): kind 1, the importer named only by its trade body or instrument.
BODIES: list[Any] = [
    (
        "200% tariff imposed on Russian aluminium; CBP issues new reporting rules for importers",
        "",
        ("tariff", "RU", "US", False),
    ),
    (
        "New duties on Chinese steel wire take effect; CBSA publishes guidance",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Anti-dumping duty on Vietnamese steel pipe takes effect as CBP updates entry rules",
        "",
        ("tariff", "VN", "US", False),
    ),
    (
        "Order Imposing a Surtax on the Importation of Certain Aluminium Goods (SOR/2025-160)",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "Order Imposing a Surtax on Certain Copper Products (SOR/2024-212)",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "Major overhaul of aluminium tariffs on the cards",
        "ITAC moves to shield local smelters from a flood of imports",
        ("tariff", "*", "ZA", True),
    ),
    pytest.param(
        "Steel import duties set for a shake-up",
        "DGTR moves to shield local mills from cheap imports",
        ("tariff", "*", "IN", True),
        marks=pytest.mark.xfail(strict=True, reason=_PLAN),
    ),
    (
        "Provisional duties on imports of aluminium foil and impact on converters",
        "The Commission has published a regulation imposing provisional anti-dumping duties on "
        "aluminium foil originating in China.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Written question: definitive duties on steel wire rod",
        "The Commission has adopted a regulation imposing definitive anti-dumping duties on "
        "imports of steel wire rod originating in Russia.",
        ("tariff", "RU", "EU", False),
    ),
    # near misses: an export measure's own agency; a side named already
    (
        "New export duty on nickel pig iron takes effect",
        "Indonesia's trade ministry said the 5% duty applies from Monday.",
        ("tariff", "ID", "*", False),
    ),
    (
        "India imposes anti-dumping duty on Chinese aluminium foil",
        "The duty follows a DGTR recommendation.",
        ("tariff", "CN", "IN", False),
    ),
    ("China bans antimony exports to the United States", "", ("suspended", "CN", "US", False)),
    # second batch
    (
        "Countervailing duties on Indian steel pipes take effect as CBP begins collecting deposits",
        "",
        ("tariff", "IN", "US", False),
    ),
    (
        "Regulations imposing a surtax on imports of copper wire (SOR/2024-77) published",
        "",
        ("tariff", "*", "CA", False),
    ),
    (
        "Aluminium import tariffs to be overhauled",
        "ITAC moves to protect local producers from cheap imports.",
        ("tariff", "*", "ZA", True),
    ),
    (
        "Provisional duties on imports of steel fasteners",
        "The Commission imposed provisional anti-dumping duties on steel fasteners from Malaysia.",
        ("tariff", "MY", "EU", False),
    ),
]

#: (title, summary, want): kind 2, the importer named only by its own producers.
OWN_PRODUCERS: list[Any] = [
    (
        "Anti-dumping duties on Chinese steel to lift local mills",
        "The provisional duties on hot-rolled steel from China are expected to help Thai steel "
        "producers, analysts said.",
        ("tariff", "CN", "TH", False),
    ),
    (
        "Duties on Indonesian stainless steel a boost for domestic producers",
        "The new anti-dumping duties on stainless steel imported from Indonesia will benefit "
        "Indian steel producers, brokers said.",
        ("tariff", "ID", "IN", False),
    ),
    (
        "Tariffs on Chinese aluminium to protect local smelters",
        "The new anti-dumping tariffs on aluminium from China will shield Malaysian smelters, "
        "the ministry said.",
        ("tariff", "CN", "MY", False),
    ),
    # near misses: the origin's own producers (a measure told as a cause: no event); no
    # producers named
    ("US tariffs on Canadian steel hurt Canadian producers", "", None),
    (
        "Anti-dumping duties on Chinese steel to boost local products",
        "",
        ("tariff", "CN", "*", False),
    ),
]

#: (title, summary, want): kind 3, a measure on imports read as the imposer's exports.
ON_IMPORTS: list[Any] = [
    pytest.param(
        "India imposes quality control measures on aluminium products from March",
        "",
        ("licensing", "*", "IN", False),
        marks=pytest.mark.xfail(strict=True, reason=_NO_EVENT),
    ),
    pytest.param(
        "Saudi Arabia introduces quality control rules on copper cables",
        "",
        ("licensing", "*", "SA", False),
        marks=pytest.mark.xfail(strict=True, reason=_NO_EVENT),
    ),
    (
        "Indonesia imposes quality control measures on steel sales from January",
        "",
        ("licensing", "*", "ID", False),
    ),
    (
        "Turkey reallocates Iran's steel safeguard quotas to other countries",
        "",
        ("quota", "*", "TR", False),
    ),
    (
        "UK hands Russia's steel safeguard quotas to other suppliers",
        "",
        ("quota", "*", "GB", False),
    ),
    (
        "Canada introduces new trade measures to support aluminium sector",
        "Aluminium producers will benefit from tighter quotas from 1 August, as the government "
        "moves to protect domestic industry from surges in foreign imports.",
        ("quota", "*", "CA", False),
    ),
    (
        "Australia introduces new trade measures to support steel makers",
        "Steel makers will benefit from new import quotas from 1 July as the government acts to "
        "protect domestic industry from a surge in foreign imports.",
        ("quota", "*", "AU", False),
    ),
    (
        "India's central bank relaxes gold quotas as demand recovers",
        "",
        ("resuming", "*", "IN", False),
    ),
    # near misses: an export measure in the same words stays the exporter's
    ("Indonesia imposes quotas on nickel ore exports", "", ("quota", "ID", "*", False)),
    ("China tightens quality checks on rare earth exports", "", ("licensing", "CN", "*", False)),
    ("EU extends steel safeguard quotas for two years", "", ("quota", "*", "EU", False)),
    pytest.param(
        "Beijing requires licences for graphite shipments to safeguard national security",
        "",
        ("licensing", "CN", "*", False),
        marks=pytest.mark.xfail(
            strict=True, reason="read as China's imports before the change too: another kind"
        ),
    ),
    (
        "China tightens graphite export controls to safeguard national security",
        "",
        ("licensing", "CN", "*", False),
    ),
    # second batch
    pytest.param(
        "Vietnam imposes quality control measures on steel products from July",
        "",
        ("licensing", "*", "VN", False),
        marks=pytest.mark.xfail(strict=True, reason=_NO_EVENT),
    ),
    (
        "Egypt reassigns Ukraine's steel safeguard quota to other suppliers",
        "",
        ("quota", "*", "EG", False),
    ),
    (
        "Philippines introduces new trade measures to support steel industry",
        "The government will apply safeguard quotas from 1 March to protect domestic industry "
        "from a surge in imports.",
        ("quota", "*", "PH", False),
    ),
    ("Thai central bank eases gold quotas for traders", "", ("resuming", "*", "TH", False)),
    (
        "Indonesia bans bauxite exports to protect domestic smelters",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Zimbabwe imposes export quotas on lithium to support local industry",
        "",
        ("quota", "ZW", "*", False),
    ),
    ("Egypt imposes steel safeguard quotas on Turkish billets", "", ("quota", "TR", "EG", False)),
]

#: (title, summary, want): kind 4, a measure named after its target, administered by another.
NAMED_TARGETS: list[Any] = [
    (
        "Repeal of the United States Surtax Order (Steel and Aluminum) takes effect",
        "CBSA confirmed that goods previously subject to the surtax are no longer subject to it "
        "from May 20.",
        ("resuming", "US", "CA", False),
    ),
    (
        "Customs Notice: Repeal of the China Surtax Order (Steel) confirmed",
        "",
        ("resuming", "CN", "CA", False),
    ),
    pytest.param(
        "USTR completes review of China tariffs; administration raises duties on aluminium",
        "",
        ("tariff", "CN", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_PLAN),
    ),
    pytest.param(
        "USTR finishes four-year review of China tariffs, increases tariffs on steel",
        "",
        ("tariff", "CN", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_PLAN),
    ),
    # near misses
    ("Canada imposes surtax on Chinese steel", "", ("tariff", "CN", "CA", False)),
    ("China raises tariffs on US aluminium", "", ("tariff", "US", "CN", False)),
    # second batch
    (
        "Canada Gazette publishes repeal of the United States Surtax Order (Aluminum)",
        "",
        ("resuming", "US", "CA", False),
    ),
    ("USTR raises China tariffs on aluminium to 25%", "", ("tariff", "CN", "US", False)),
    ("China tariffs on US aluminium take effect", "", ("tariff", "US", "CN", False)),
]


@headline_cases(BODIES)
def test_the_importer_named_only_by_its_body_or_instrument(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(OWN_PRODUCERS)
def test_the_importer_named_only_by_its_own_producers(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(ON_IMPORTS)
def test_a_measure_on_imports_read_as_the_imposers_exports(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)


@headline_cases(NAMED_TARGETS)
def test_a_measure_named_after_its_target_administered_by_another(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
