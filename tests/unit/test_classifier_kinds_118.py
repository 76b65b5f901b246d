"""Missed measures and wrong fields: paraphrases of studied measure rows the engine reads right
on every field, told in other outlets' styles, with non-measures in their words: do the rules
read the kind (status, origin, destination, proposed, metals, rate) or only the row's words?

Picked with a fixed seed (``random.Random(3718)``, the first 60 of ``rng.sample(pool, 80)``)
from the studied headline sets only (every set not scored only, and the odd rows of the wire,
thirteenth, nineteenth, twentieth and twenty-first blind sets and the third and fourth wires; no
gate training set, no scored-only row), leaving out every row paraphrased in
``test_classifier_kinds_113.py`` and ``_114.py``: 60 measure rows of a pool of 915 read right on
every field, on the labelled sets' watch list and on the test's. Each has two paraphrases in
other outlets' styles (another word order, the passive, a ministry, agency or proclamation as
the actor, an outlet's shorthand for a government, "Beijing", "Ottawa", "Manila", "Canberra",
"New Delhi", "Kinshasa", "Bishkek", "Astana", "Hanoi", a rate written "25 per cent", a
date-line, the measure after a market clause): 120 measures (``kinds_118_cases_a.py``,
``_b.py``), each labelled as its row, checked on every field the exact score counts
(``tests/unit/kinds_exact.py``), and 30 non-measures in their words (``kinds_118_cases_c.py``:
a plan dropped, shelved, denied or ruled out, a question, a threat or a measure told as
commentary, an industry's request, talks). Labels were written and committed before the engine
read them.

First reading, on the engine before the change (labels committed before the run): measures
98 of 120 right on every field, near misses 29 of 30 no event (127 of 150, 84.7%). No label
was changed after the run.

Read wrong the first time (22 measures), by kind: ``proposed`` lost (4) on a measure that
"could triple under <leader>'s plan" (its importer lost too), one "being considered by" a
country in the passive, one that "could be extended ..., <authority> proposes" and a leader who
"will ask" the trade representative to act; a measure missed (10): a leader who "seeks a
threefold rise in tariffs", exports allowed "to continue to" a date, an executive order that
"adjusts imports of" a metal and imports "adjusted under" an order (2), exports that "could be
taxed by" a country, "Metal tariffs on Mexico, Canada to be lifted" (the metals named only in
the row's summary, which the paraphrase drops), importers who "must register shipments", firms
"allowed to import" under a decree, an agency that "authorises activities involving" a metal,
and the two of Kazakhstan's ban on "ferrous and non-ferrous scrap" (the metals named only in
the row's summary, which the paraphrases drop: the labels are at odds with the words); a field
wrong (8): the importer lost in an "as <country> publishes" clause and after "Treasury issues",
the origin lost after "DRC regulator says", a firm's country read as the exporter of a
government's tariff hike ("... caps gains in India's NALCO"), the origin of a pledge by an
"Australian PM" read as the importer's, goods that "no longer face" a tariff read as the tariff,
and an export tax rebate "cancelled" read as a measure lifted. Near misses: one false event, a
country that "backs away from" a ban plan, read as the ban lifted.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_118_cases_a import MEASURES
from kinds_118_cases_b import MORE_MEASURES
from kinds_118_cases_c import NEAR_MISSES
from kinds_118_cases_d import FRESH_MEASURES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(("title", "summary", "want"), MEASURES, ids=case_ids(MEASURES))
def test_a_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MORE_MEASURES, ids=case_ids(MORE_MEASURES))
def test_another_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NEAR_MISSES, ids=case_ids(NEAR_MISSES))
def test_a_near_miss_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH_MEASURES, ids=case_ids(FRESH_MEASURES))
def test_a_fresh_paraphrase_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
