"""Paraphrases of studied rows the engine reads right (session 34): do the rules match the kind
or only the row's words?

Picked with a fixed seed (``random.Random(34)``) from the studied sets only (the fifteenth,
sixteenth and seventeenth blind sets, the second wire, and the odd halves of the wire, the
thirteenth, nineteenth, twentieth and twenty-first blind sets and the third and fourth wires):
50 rows the engine read right that are measures, and 30 read right that are no measure but name
a measure or a policy word (market news, views, a review's results, other goods). Each has two
paraphrases (``kinds_104_cases_a.py``, ``_b.py``, ``_c.py``): one headline-only in another
outlet's style, one with another verb or word order, a country named by its capital, ministry
or adjective, or a metal by a product form, with a short summary. Every paraphrase carries its
row's label, written before the engine read it, and is checked on every field the exact score
counts (``tests/unit/kinds_exact.py``).

First time, on the engine before the change: measures 78 of 100 right, non-measures 55 of 60
(133 of 160, 83.1%). Three labels were put right after the first run: two rows of bauxite
carry "aluminium" from the labelled sets' watch list, where bauxite is an alias of aluminium,
and the test watch list names bauxite a metal of its own; "EU to impose countermeasures ... over
metals tariffs" written without its row's summary names no watched metal: no event. On those
labels the first reading is measures 81 of 100, non-measures 55 of 60 (136 of 160, 85.0%).

Read wrong the first time, by kind: market news whose lede or title names a US metals tariff as
its cause (9: the rows were labelled the tariff; their paraphrases were vetoed as market news);
the US importer named only by "Commerce and the ITC" (2); a measure exempting metals as the
verb's subject ("Trump's reciprocal tariffs exempt copper, gold") and a measure's reach denied
("Reciprocal tariffs will not apply to copper, gold": the denial veto) (2); a "tariff-rate quota
deal" read as a deal, no measure (2); a rate given in the lede as "a 25% rate on" (1); goods
kept "duty-free for another year" read as access granted, with "Indian FM" as the origin (1);
a quota "policing" told as a gerund, no act verb (1); the metal of the measure a counter-measure
answers, named in the title (1). Non-measures: a sunset finding "revoking the order would likely
lead to renewed dumping" (1); "five-year reviews set for duties" read as duties set (1); an
industry body that "presses London for" tariff-free access (1); a retaliation on almonds whose
lede names the answered steel tariffs (1); a magnate's "sanctions relief" (1).

Fixed by kind (``tui/engine/`` modules): the two US trade-remedy bodies named bare together
("Commerce and the ITC", "ITC and Commerce") are the US (``tui/core/gazetteer_words.py``; the
bare "International Trade Commission", tried too, moved the gate's threshold to 0.094 and was
left out); a measure noun as the subject of "exempt" releases the goods it names
(``classifier_spares.py``); a measure's reach denied ("will not apply to", "do not cover", "won't
include") over a metal is a release, but not a reach denied to a place, to goods already
subject to another measure, or by a government (``classifier_not_applied.py``; a first form read
"Reciprocal Tariffs Won't Apply to Steel Already Subject to Section 232 Tariff", rhg-041, as a
release); a quota's "deal" is its arrangement (``classifier_text.py``); a figure named as the
rate ("a 25% rate on") in a lede gives the tariff's rate (``classifier_event_rate.py``); goods
that "stay", "remain" or are "kept" duty-free "for another" term are a prolonged exemption
(``classifier_free.py``); "enforcing", "polices", "policing" impose (``classifier_rules_words.py``);
a gerund or an act's noun opening its clause with a modal as the clause's verb is what the act
would do (``classifier_supposed.py``); a case's step "set", "scheduled" or "slated" for duties
(``classifier_reactions.py``); an asking verb with a government as its object and "for" or
"over" after it, an appeal (``classifier_vetoes.py``); a party before its own "sanctions relief"
(``classifier_nonmeasures.py``); a lede's "in retaliation for" or "in response to" clause names
no goods of the measure (``classifier_summary.py``). "FM" as a minister's title was tried and
left out: "fm" also abbreviates "from" in titles ("... fm Chinese Imports", rhe-151) and the
gate's threshold moved to 0.1067 (rho-076 lost).

After: measures 89 of 100, non-measures 60 of 60. Still wrong (``xfail``, strict): the nine
market-news paraphrases (not widened: the README reads a measure named only as the backdrop of
market news as no event, and the unseen sets are mostly such news), the counter-measure's metals
and the "Indian FM" corridor. A third batch of 22 (``kinds_104_cases_d.py``), fresh phrasings of
the fixed kinds with near misses, written after the fixes and labelled before the engine read
them: 21 of 22 right the first time; the "FM" reading left out after it, 20 of 22 (two
governments as a quota deal's subject, and the "Indian FM" one again). Event gate retrained
after each change: threshold 0.100 unmoved at the end; ``row_changes.py main``: 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_104_cases_a import MEASURES
from kinds_104_cases_b import MORE_MEASURES
from kinds_104_cases_c import NON_MEASURES
from kinds_104_cases_d import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

ALL_MEASURES = MEASURES + MORE_MEASURES


@headline_cases(ALL_MEASURES)
def test_a_paraphrased_measure_reads_as_its_row(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NON_MEASURES)
def test_a_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fixed_kind_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
