"""Paraphrases of studied headline rows the engine reads right, told another way (session 35):
do the rules match the kind or only the row's words?

Picked with a fixed seed (``random.Random(35)``) from the studied headline sets only (the
fifteenth, sixteenth and seventeenth blind sets and the odd halves of the thirteenth,
nineteenth, twentieth and twenty-first; no wire set), leaving out every row paraphrased in
``test_classifier_kinds_104.py``: 50 rows the engine read right that are measures, and 30 read
right that are no measure but name a measure or a policy word (market news, views, reviews,
pleas, other goods). Each has two paraphrases in styles the earlier round did not use
(``kinds_106_cases_a.py``, ``_b.py``, ``_c.py``): one tells the measure from the other side
(the exporter, the importer or the firm it hits) or as a noun ("the ban on ... takes effect"),
one puts the measure in the summary under a vague title, or changes its tense or aspect ("has
imposed", "will begin banning from"). Every paraphrase carries its row's label, written before
the engine read it, and is checked on every field the exact score counts
(``tests/unit/kinds_exact.py``).

First time, on the engine before the change: measures 55 of 100 right, non-measures 59 of 60
(114 of 160, 71.3%); the vague-title style, new here, made most of the misses. No label was
changed after the first run.

Read wrong the first time, by kind: market news whose lede (15, under a title naming neither
the measure nor a metal) or title (3) names a US tariff only as the cause of a move (18); a
measure's sides told through the traders it touches, "Chinese ... exporters hit with Mexican
duties" read as Mexico's export duty, "importers in India" as India exporting (5); a vague title
whose lede tells a trade remedy adjusted, issued or imposed with no flow word ("has imposed a
40.47% anti-dumping duty", "orders have been issued", "is continuing the ... orders") (4); the
measure told through its effect on the firms it helps or hits ("set to gain from", "expected to
benefit", "to lift Philippine miners' output", "brace for") (4); an investigation "concluded" or
"completed" in the title whose lede tells the duties (2); a volume cut with no quota noun (2);
the countries losing their exemptions as the subject or only in the lede (2); goods that "may
face" another's duties (2); a trailing ", Pakistan's NTC rules" read as a topic list (1); quotas
"that replace those which ended" read as a release (1); a lede's "oil, gas and gold sectors"
cut at "gas" (1); "end" in "fluid end blocks" (1); goods that "face" a ban with the plan in a
later clause (1); an explainer's title (1). Non-measures: "Metal ETFs that could be affected by"
a tariff plan, the guide without its "here's a list" (1).

Fixed by kind (``tui/engine/`` modules): the sellers a measure hits as a title's subject with
one place, and another place between their verb ("hit by", "hit with", "face") and the measure
noun, are the exporter and the importer; importers named with a place are that place's
(``classifier_trader_side.py``, called from ``classifier_corridor.py``); a vague title's lede
naming a trade remedy counts as naming its flow, and "adjusted", "extended", "proposed",
"renewed", "issued" and "has set" are a government's act in a lede (``classifier.py``,
``classifier_lede_turn.py``); a title telling an investigation concluded or completed lets its
lede tell the outcome (``classifier_lede_turn.py``); a title's last clause closed by a decision's
verb (", ... rules", "decides", "confirms") names who decided, not another topic
(``classifier_commentary.py``), and "rules" or "orders" closing a title after a comma and a
place's body is that verb, no measure noun (``classifier_nouns.py``); a lede's list of goods
goes on past a word a join follows ("oil, gas and gold", ``classifier_other_goods.py``); a
release verb after "those which" or "ones that" is the earlier measures'
(``classifier_findings.py``); a title opening on the assets it offers ("Metal ETFs that
could ...") is a guide (``classifier_guides.py``).

After: measures 68 of 100, non-measures 60 of 60. Still wrong (``xfail``, strict): the 18
market-news paraphrases (not widened: the README reads a measure named only as the backdrop of
market news as no event, and the labelled sets hold such news both ways), the effects, the
volume cuts, the lost exemptions, "may face", "fluid end blocks", "faces import ban", "Commerce
is continuing" and the explainer. A third batch of 20 (``kinds_106_cases_d.py``), fresh phrasings
of the fixed kinds with near misses, written after the fixes and labelled before the engine read
them: 18 of 20 right the first time; one label was put right after it ("Indonesia has renewed its
safeguard duty on imported steel coil" is a tariff-rate quota: docs/STATUSES.md reads a steel
safeguard renewed as its quota), on which 19 of 20; the other miss (", Malaysian trade ministry
rules" read "rules" as a measure noun) was fixed by kind after it, 20 of 20. Event gate retrained
after each change: threshold 0.100 unmoved; ``row_changes.py main``: 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_106_cases_a import MEASURES
from kinds_106_cases_b import MORE_MEASURES
from kinds_106_cases_c import NON_MEASURES
from kinds_106_cases_d import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

ALL_MEASURES = MEASURES + MORE_MEASURES


@headline_cases(ALL_MEASURES)
def test_a_measure_told_another_way_reads_as_its_row(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NON_MEASURES)
def test_a_non_measure_told_another_way_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fixed_kind_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
