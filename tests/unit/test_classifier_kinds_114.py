"""Missed and misread measures: paraphrases of studied measure rows the engine reads right, told
in other outlets' styles, with non-measures near them: do the rules read the kind or only the
row's words?

Picked with a fixed seed (``random.Random(3614)``) from the studied sets only (every set not
scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and twenty-first
blind sets and the third and fourth wires; no gate training set), leaving out every row
paraphrased in ``test_classifier_kinds_106.py``, ``_109.py`` and ``_113.py``: 60 measure rows
read right on every field, on the labelled sets' watch list and on the test's. Each has two
paraphrases in other outlets' styles (another word order, the passive, the measure in the
summary under a vague title, told from the side it hits, an official's attribution, a market
framing, rates in words, a capital or a ministry instead of the country's name): 120 measures
(``kinds_114_cases_a.py``, ``_b.py``), each labelled as its row, checked on every field the
exact score counts (``tests/unit/kinds_exact.py``), and 30 non-measures near them
(``kinds_114_cases_c.py``: talks, a plan dropped or ruled out, a measure on other goods, a
market move, trade figures, a petition, a probe). Labels were written and committed before the
engine read them.

First reading, on the engine before the change (labels committed before the run): measures
104 of 120 right on every field, near misses 30 of 30 no event (134 of 150, 89.3%). No label
was changed after the run.

Read wrong the first time (16 measures), by kind: a steel safeguard duty with its own per-cent
rate renewed or kept ("Mexico's 15% steel safeguard duty renewed", "keeps fifteen percent
safeguard tariff"), read as the prolonged tariff-rate quota (2); duty-free goods kept for a new
term with what they keep or where between ("keeps duty-free access to EU for another year",
"to stay duty-free in India for another year"), read as access granted (2, one also its market
lost); a measure put on hold in the passive ("export restrictions put on hold for one year by
China"), read as the restrictions (1); a measure weighed "under consideration in Indonesia",
its place lost (1); "Proclamation adjusts imports of ...", the Section 232 act in the active,
not read (1); goods "left out of" a measure (1), read as the measure and vetoed as a column;
"called on" the trade representative in a vague title's lede, read as decided (1); and seven
still wrong below.

Changed (``tui/engine/``): ``classifier_safeguard_prolonged.rated_duty`` (a safeguard whose
title names its per-cent rate and no quota named is the duty, prolonged or not, but for the
EU's and the UK's; read by ``classifier_form.measure_form``); ``classifier_free`` (the new term
read past "access", "treatment" and "in/to <place>" after the duty-free word);
``classifier_roles`` (the place after a duty-free word is the market the goods enter);
``classifier_nouns`` (a measure noun, then "put"/"placed on hold", is suspended);
``LOCATIVE_AFTER`` (a measure "under consideration", "review" or "study in" a place is that
place's); ``classifier_noun_phrases.adjusts_imports`` ("Proclamation adjusts imports of");
``classifier_findings`` ("left out of" a measure spares the goods, as "excluded from");
``classifier_rules_proposed`` ("called on" as "calls on"). After: measures 113 of 120.

Still wrong (strict ``xfail``, reasons given): a vague title's review verb ("EU revisits its
steel safeguard") vetoing a lede that tells the quotas adjusted (the lede's override is
decided in ``classifier.py``, being split elsewhere: reported); a government that "asks" its
state firm to halt exports, read as lobbying; "moves to suspend ...: report" with no lede, read
as decided (the label may be the one at odds); a pact's gold quota for the UAE reallocated or
reassigned, its origin lost (2); "makes good on ... tariff threat" after a market move; a leader
the gazetteer does not know after his country's possessive ("Mexico's Lopez Obrador"). The
review verb's veto and the unknown leader read right since ``test_classifier_kinds_119.py``
(plain cases now).

A fresh batch of 20 (``kinds_114_cases_d.py``: 11 measures of the fixed kinds in new words, 9
non-measures near them), written after the changes and labelled and committed before the
engine read them: 11 of 11 measures and 8 of 9 non-measures right the first time (19 of 20).
Wrong: "Lawmakers called on Commerce to impose tariffs on Chinese aluminium", read as a
proposed tariff: the lobbying veto's request verbs lacked the past "called" (as they hold
"urged", "requested"); fixed (``REQUEST_VERBS``). After: 20 of 20.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_114_cases_a import MEASURES
from kinds_114_cases_b import MORE_MEASURES
from kinds_114_cases_c import NEAR_MISSES
from kinds_114_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
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
def test_a_fixed_kind_in_fresh_words_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_non_measure_near_a_fixed_kind_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
