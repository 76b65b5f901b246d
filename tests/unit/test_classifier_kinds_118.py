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

Changed (``tui/engine/``): ``classifier_proposal_forms`` (new: a measure "being considered",
"under consideration", a proposing body ending the title, a leader who "will ask" an agency to
act, a change that "could" come "under" a plan; asked last by ``classifier_event_proposed``);
``classifier_relief_ended`` (new: an exemption or rebate of a measure ended in the passive
brings the measure back, "export tax rebates ... cancelled"; goods that "no longer face" a
measure have it lifted); ``classifier_as_importer`` (new: the government that publishes,
announces or finalises a measure in an "as" clause after it is the importer, when none is
named; read by ``classifier_corridor``); ``classifier_noun_phrases.adjusts_imports`` (an
executive "order" adjusts imports as a proclamation does, and imports "adjusted under" the
order); ``classifier_roles`` (a place then a government word then "says" is the actor, "...,
DRC regulator says"; a demonym before a leader's title, "Australian PM pledges", is the
government unless the leader gets or faces something); ``classifier_licensed_firms``
("licensed companies allowed to import": the holders before the participle);
``DENIAL_RE`` (a plan backed away from with four words between, "backs away from nickel ore
export ban plan"). After: measures 109 of 120, near misses 30 of 30 (139 of 150, 92.7%).

Still wrong (strict ``xfail``, reasons given): an importer "under <leader> plan" not read from
the leader's name (read since ``classifier_under_owner``, ``test_classifier_kinds_124.py``); "seeks threefold rise in tariffs", vetoed as a market rise; exports let
"continue to" a date, the passive "taxed by", an agency that "authorises activities
involving" a metal and importers who "must register" shipments, none with a word the rules
react to; a firm's country after the measure ("India's NALCO") read as the exporter;
"Treasury" naming no place; and three whose labels are at odds with their words (the row's
metals named only in its summary, which the paraphrase drops: "Metal tariffs on Mexico,
Canada ..." and the two of Kazakhstan's "ferrous and non-ferrous scrap").

A fresh batch of 20 (``kinds_118_cases_d.py``: one paraphrase each of the next 20 rows of the
same draw, some in the fixed forms), written after the changes and labelled and committed
before the engine read them: 17 of 20 right the first time (85%). Wrong: "Canberra denied
exemption from 25 per cent U.S. steel and aluminium tariffs", vetoed as a denial; "Overhaul of
steel tariffs is being considered by South Africa's Itac", its importer lost; "Beijing hits
back at U.S. tariff hike, adds seven rare earths to export control list", read as the tariff
answered. The first kind fixed (``classifier_relief_ended.denied_relief``: a country "denied"
an exemption in the passive is no denial, and the measure stands on it, as "loses exemption"
reads): now read as the tariff on the right corridor, its rate still lost ("from 25 per cent"
read as a change's former rate); the three stay strict ``xfail``. After: 17 of 20.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_118_cases_a import MEASURES
from kinds_118_cases_b import MORE_MEASURES
from kinds_118_cases_c import NEAR_MISSES
from kinds_118_cases_d import FRESH_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(MEASURES)
def test_a_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MORE_MEASURES)
def test_another_paraphrased_measure_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR_MISSES)
def test_a_near_miss_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_fresh_paraphrase_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
