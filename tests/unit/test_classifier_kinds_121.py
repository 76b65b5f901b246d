"""The fields of measures read as events: made-up wire and outlet headlines of measures in
many countries and metals, checked on every field the exact score counts (status, origin,
destination, proposed, metals, rate), in three groups: rates written many ways
(``kinds_121_cases_a.py``), the corridor told many ways (``_b.py``), metals named through
products and beside words that are no metal (``_c.py``), with near misses in their words
(``_d.py``). Built from the README's and docs/STATUSES.md's vocabulary only, no labelled
set's rows. Labels were written and committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): rates 29
of 30, corridors 30 of 30, products 28 of 30, near misses 15 of 15 no event (102 of 105,
97.1%). Read wrong the first time: "Egypt imposes 25% duty on steel billets and 15% on
aluminium ingots" read with no rate (labelled 25, the first metal's); "Philippines imposes
export tax on ferronickel" no event (the ferroalloy written as one word names no metal);
"Nigeria bans aluminium ingot exports through Tin Can Island port" read with tin too (a port's
name).

Changed (``tui/engine/``): ``metal_patterns.BEGIN`` (a ferroalloy written as one word names
its alloying metal, as "ferro-nickel" already did: "ferronickel", "ferrotungsten");
``figurative_idioms`` ("tin cans", a "tin can", and the Lagos port "Tin Can Island" name no
tin). One label was put right after the run to the documented reading (``classifier_rates``,
docs/STATUSES.md: rates per goods, "25% on steel and 15% on aluminium", give the headline no
single rate, each metal's row its own): the Egypt case, labelled 25, now ``None``. After: 105 of
105.

A fresh batch of 35 (``kinds_121_cases_e.py``: 30 measures in harder forms, a rate as "pct",
spelled, a range, "as much as", points in the summary; a demonym's market, "bound for", a
passive, a bloc's commission; "NPI", "dore", "wafers", "bullion", "carbide"; 5 near misses),
written after those changes and labelled and committed before the engine read them: 34 of 35
right the first time (measures 29 of 30, near misses 5 of 5). Wrong: "Turkey sets additional
duty on aluminium imports" whose lede gives "An extra 10 percentage points", its rate lost (a
lede sentence with no duty word). Fixed by kind: ``classifier_points_rate`` (new: a lede
sentence telling points added, "an extra 10 percentage points", "5 more percentage points",
names the tariff its title reads; read by ``classifier_event_rate``). After: 35 of 35.

A second fresh batch of 25 in a wire's style (``kinds_121_cases_f.py``: a slug, a dateline
lede, the figures a wire carries beside the measure's own; 20 measures, 5 near misses), labelled
and committed before the engine read them: 20 of 25 right the first time (measures 15 of 20,
near misses 5 of 5). Wrong: "Japan, South Korea hit with Chinese export curbs on gallium", the
market hit read as the exporter (fixed by kind: ``classifier_export_target``, new: a title's
subject that bears, "hit with", "faces", another place's export measure is the market it is
aimed at; read by ``classifier_corridor``); and four left strict ``xfail``: two labels at odds
with the documented conventions (a ministry's own "will" in the lede decides, "Chile to cap
..."; a title naming no one exporter, "steel from Asia", takes the first its lede names,
"including China"), a title's second act on the metal after a first on other goods ("extends
ban on gasoline, keeps duty on nickel exports", vetoed as the gasoline ban), and a bill in the
lede of "to ban ... from 2030" (a start date decides). After: 21 of 25. The second act on the
metal is read since ``classifier_second_act`` (``test_classifier_kinds_124.py``) and the bill
case since ``classifier_bill_plan`` (``test_classifier_kinds_123.py``): 23 of 25.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_121_cases_a import RATES
from kinds_121_cases_b import CORRIDORS
from kinds_121_cases_c import PRODUCTS
from kinds_121_cases_d import NEAR_MISSES
from kinds_121_cases_e import FRESH
from kinds_121_cases_f import WIRE
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(RATES)
def test_a_rate_written_any_way_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(CORRIDORS)
def test_a_corridor_told_any_way_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PRODUCTS)
def test_a_metal_named_through_a_product_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR_MISSES)
def test_a_near_miss_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(WIRE)
def test_a_wire_story_is_read_on_every_field(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
