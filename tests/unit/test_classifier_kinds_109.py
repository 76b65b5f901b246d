"""Paraphrases of studied wire rows the engine reads right: do the rules match the kind or only
the row's words?

Picked with a fixed seed (``random.Random(135)``) from the studied wire rows only (the second
wire whole, and the odd halves of the wire and the third and fourth wires), leaving out the rows
``test_classifier_kinds_104.py`` paraphrased: 50 rows read right that are measures and 20 read
right that are no measure but name a measure or a policy word (talks, a petition, a probe, another
good's measure, a plan dropped, trade figures, a royalty). A row was drawn only when read right on
the labelled sets' watch list and on the test's (``tests/unit/test_classifier.py``'s, which also
watches palladium, tungsten, magnesium and bauxite), so every row's label holds here. Each has
two paraphrases (``kinds_109_cases_a.py`` to ``_d.py``): one filed as another agency or an
official channel would file it ("UPDATE 2-", Bloomberg's capitals, Xinhua's or PTI's, a
ministry's or the Official Journal's title), one telling the same act with another verb, subject,
tense or way of writing the rate ("25pc", "fifteen per cent"), sometimes with a summary. Every
paraphrase carries its row's label, written before the engine read it, and is checked on every
field the exact score counts (``tests/unit/kinds_exact.py``).

First time, on the engine before the change: measures 71 of 100 right, non-measures 38 of 40
(109 of 140, 77.9%). Three labels were put right after the first run, by the README's
vocabulary, each where the paraphrase had lost a word of its row: "Budget 2023: Customs duty on
silver ... hiked" names no country (its row said "India raises"), so no importer (``*``); and
"Indonesia to impose ... from next year" and "Zimbabwe to ban ... from 2027" lost their rows'
"plans" and "eyes", and a measure announced for a later day is coming, not ``proposed``. On
those labels the first reading is measures 74 of 100, non-measures 38 of 40 (112 of 140, 80.0%).

Read wrong the first time (29 measures), by kind: a rate written in words or "pc"
("twenty-five percent", "fifteen per cent", "fifty percent", "50pc", "25pc") 8, the rate lost
(one also a "wants", one also its origin and stage); a place's exporters as the ones facing or
hit by another's duties ("Indian stainless steel exporters hit by EU anti-dumping duty") 2, read
as the imposer's exports; a measure "wanted" ("wants USTR to triple duties") 1, read as decided; a
safeguard quota's share "redistributed" or "reassigned" 2, read as the named country's; who may
export kept to a list ("limits exports ... to firms on an approved list", read as a quota; "issues
list of firms qualified to export", vetoed as market news) 2; registration told as "prior" or
"must register" 2; a package named with a stoppage word ("'maintenance and alignment' package
banning Russian gold") 1, vetoed as an operational stop; a ban's flow before a granting verb of
another clause ("gold imports banned as EU approves ... package") 1, read as a restart; "scrap"
after a year ("first 2020 scrap import quotas") 1, read as the verb; export permits "for smelter
builders" 1, read as a permit for a site; the place before a span of time ("in Indonesia two
months ahead of ban") 1, lost; a measure adopted "in" a review 1, read as proposed; a flow
stopping as the verb's subject ("shipments ... will halt in June") 1; firms that "may keep
shipping" 1; a "50pc steel levy" with no place's goods 1, no event (read since kinds 139: a place's metal
levy told starting is its duty); and the three labels
above. Non-measures: counter-tariffs
"put on hold" (1) and another party's surcharge suspended in an "as" clause (1), both read as
releases.

Fixed by kind (``tui/engine/``): a rate's number in words or "pc" after a figure is written as
the figure before the rules read it (``classifier_spelled_rates.py``, from
``classifier_surface.plain_words``); a measure's rate that goods are excluded or exempted "from"
is the spared measure's, not the event's (``classifier_rates.py``: the rate in words, read
first, gave an absolute quota "excluding UAE aluminum from ten percent Section 232 duties",
rhl-156, the spared duty's rate); a place's exporters facing or hit by another's duties, past
"final", "provisional" or "definitive", are the goods' origin (``classifier_struck.py``); "wants"
before a measure's noun is a plan (``classifier_rules_proposed.py``); a verb of reallocating a
quota's share gives it to no one exporter (``classifier_import_side.py``,
``classifier_corridor.py``); a limit "to" firms on an approved list spares holders, licensing
(``classifier_rules_clauses.py``), and a list of firms issued is no market news
(``classifier_vetoes.py``); "prior" and "advance" registration are registration
(``classifier_rules_patterns.py``, ``classifier_rules_words.py``); a law's or package's noun
before its stop verb is its subject, not a stoppage (``classifier_near_measures.py``); a flow
with its own stop verb before a granting verb is not that verb's restart
(``classifier_findings.py``); "scrap" after a granting verb, an ordinal or a year is goods
(``classifier_noun_verbs.py``); a site word followed by its builders, developers, operators or
owners names a permit's holders (``classifier_text.py``, ``classifier_rules_context.py``); a
span of time after a place closes its clause (``classifier_roles.py``); a plan word "in" a review
after the act's verb is the act's occasion (``classifier_status.py``).

After: measures 95 of 100, non-measures 38 of 40 (133 of 140, 95.0%). Still wrong (``xfail``,
strict, each with its reason): the flow stopping as a subject, "must now register", "may keep
shipping", the rated "steel levy", "Trump says Canada's steel ... will face" (read right since
``test_classifier_kinds_110.py``'s change), and the two non-measures. A third batch of 24 (``kinds_109_cases_e.py``), fresh phrasings of the fixed kinds
with near misses, written after the fixes and labelled before the engine read them: 24 of 24
right the first time. Event gate retrained after the changes: threshold 0.100 unmoved;
``row_changes.py main``: 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_109_cases_a import MEASURES
from kinds_109_cases_b import MORE_MEASURES
from kinds_109_cases_c import LAST_MEASURES
from kinds_109_cases_d import NON_MEASURES
from kinds_109_cases_e import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

ALL_MEASURES = MEASURES + MORE_MEASURES + LAST_MEASURES


@headline_cases(ALL_MEASURES)
def test_a_paraphrased_wire_measure_reads_as_its_row(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NON_MEASURES)
def test_a_paraphrased_wire_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fixed_wire_kind_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
