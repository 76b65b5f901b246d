"""False events: paraphrases of studied headline rows that name a measure word but tell no
measure, of metals news and of general news on other goods, told another way, with measures near
them: do the rules read the kind or only the row's words?

Picked with a fixed seed (``random.Random(37)``) from the studied headline sets only (every set
not scored only, and the odd rows of the wire, thirteenth, nineteenth, twentieth and
twenty-first blind sets and the third and fourth wires; no gate training set), leaving out every
row ``test_classifier_kinds_113.py`` paraphrased: the rows that read right (the labelled watch
list) were shuffled with that seed, in turn metals news labelled no event whose title or summary
names a measure word (tariff, duty, ban, quota, licence, export control, sanction, curb, levy,
embargo, restriction, anti-dumping, safeguard), general news labelled no event naming one with
no watched metal tagged, and measures; the first 70, 30 and 20 of each are paraphrased here.
Each has two paraphrases in other outlets' styles (another word order, synonyms, the passive, a
question, an attribution, headline-ese with colons and dashes, a market framing, a non-native
wire style): 140 non-measures of metals news (``kinds_117_cases_a.py``, ``_b.py``) and 60 of
general news (``kinds_117_cases_c.py``), each labelled no event as its row, and 40 measures
(``kinds_117_cases_d.py``), each labelled as its row, checked on every field the exact score
counts (``tests/unit/kinds_exact.py``). Labels were written and committed before the engine read
them.

First reading, on the engine before the change (labels committed before the run, 7b8d90c): 24
false events of 200 non-measures (12.0%): 24 of 140 of metals news, 0 of 60 of general news;
measures 25 of 40 right on every field. No label was changed after the run.

False events the first time, by kind: a demand told as an imperative with its asker after it
("Budget 2024: raise basic customs duty on zinc imports, urges Hindustan Zinc's Arun Misra", "Ban
copper concentrate exports, UPPZ's Chanda urges government", "Scrap import duty on ferronickel
..., India's stainless steel mills ask") or as a minister "to press" another "for" a rise; a
measure's effect on a market, a firm, the countries or the unions that feel it ("Many countries
to feel US steel and aluminium tariffs", "US steel tariffs barely touch Thyssenkrupp", "Trump
tariffs strain global silver market", "Physical copper trading booms as US threatens tariffs",
"Steel tariffs on Canada draw union outcry"), or one recalled before "but" the industry's plight;
a measure denied or spared ("reciprocal tariffs will not apply to gold bars", "EU's latest Russia
sanctions spare aluminium", "Philippines not ready for nickel ore export ban", "ITC finds no
injury ..., blocking duties"); a measure weighed, forecast or only possible ("Customs duties on
scrap and finished goods divide aluminium sector", "... ought to satisfy Washington", "Impact
assessment: EU temporary AD duties ...", "expect more ... to be added to Section 232 list",
"lifting duty orders ... would likely renew injury", an investigation opened with a "possible"
provisional duty); a ban on something other than trade ended ("Philippines ends nine-year ban on
new mineral agreements", read through its summary's copper and gold projects); buyers expecting a
ban's end ("China copper buyers eye end of informal curbs", "Soft ban on Australian copper seen
ending, say Chinese importers"); an electricity supply restricted, read as a measure on the steel
its users make. Measures the first time: a sanction in the passive "blacklisted by US" and one
by the "Treasury" (the issuer not read as the US); "to bar" not read as proposed, "stays, ...
official says" read as proposed, "Sources: Washington to reimpose" not read as proposed; the
"Commission" not read as the EU (read "under Commission proposal" since
``classifier_under_owner``, ``test_classifier_kinds_124.py``); quotas "released by" read as resuming; a surveillance "to end";
exports "made subject to" controls; firms "to get" export permits; a safeguard that "should run
to 2026, TRA recommends"; "as Trump proposes 50% tariff" after a market clause; a restriction
that "limits volumes"; "Brazil, Argentina ... to face restored US tariffs, Trump announces" read
from Argentina to Brazil.

Changed (``tui/engine/``): ``classifier_felt.py`` (new: a measure, a noun, that touches,
strains, divides, splits or spares a party or draws an outcry; a party that feels a measure or
is not ready for it; what a measure ought to achieve; a trade's mood, "trading booms", before
"as"); ``classifier_called_tail.py`` (new: a clause opening on a bare verb with a verb of asking
in the last comma's clause, whoever asks; "expect" opening a clause; an asking verb, a
government body past one modifier and "for"; a short heading ending on "assessment",
"analysis", "outlook"); ``classifier_unmade.py`` (new: "no injury"; an end "seen", or eyed or
expected by an industry's speakers; a measure whose clause ends on "possible"; a ban on
agreements, contracts or deals; a restricting verb whose object is an energy supply); all three
asked last by ``classifier_nonmeasures.nonmeasure_veto``; ``classifier_supposed`` (a comma
before a place goes on through a list of places, "on Mexican, Turkish steel rebar would ...");
``STRONG_PROPOSED_RE`` ("Sources:" or "Insiders:" as a heading, as "..., sources say"). Verbs
of a stir or a mood first among the felt ones were dropped again ("rattle", "cloud", and with
them "unsettle", "roil", "sour", "irk", "anger"): "rattle" and "cloud" tell a measure by its
effect in the labelled sets (rhn-220, rhh-124) and ``test_classifier_kinds_54.py``. The
assessment's heading first took one-word labels too; "Explainer:" before an act is the act
(``test_classifier_kinds_90.py`` and four other rounds), so it is now two or three words before
a measure's noun.

After: 2 false events of 200 (1.0%): 2 of 140 of metals news, 0 of 60 of general news; measures
26 of 40. Still wrong (strict ``xfail``, reasons given): a duty raised before "but" and an
industry's plight after it; "reciprocal tariffs will not apply to gold bars" (read as an
exemption); and 14 measures (a sanction told only by "blacklisted"; the "Treasury" and the
"Commission" not read as their governments; "stays, ... official says" read as proposed; "to
bar" read as decided where the row's summary makes it a plan; "scrap" after an adjective read as
a verb; "surveillance" and "controls" after a demonym no measure words; firms "to get" permits;
"should run to 2026, TRA recommends" read as a judgment; a price move before "as Trump
proposes"; a restriction that "limits volumes"; two places before the goods read as a corridor).

A fresh batch of 20 (``kinds_117_cases_e.py``: one paraphrase each of the next rows in the same
seeded order, 10 of metals news and 4 of general news labelled no event and 6 measures), written
after the changes and labelled and committed before the engine read them: 20 of 20 right the
first time (14 of 14 non-measures, 6 of 6 measures; main reads them the same).
``benchmarks/row_changes.py main``: 0 rows lost, 0 gained (the studied and unseen sets read as
before).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_117_cases_a import NON_MEASURES
from kinds_117_cases_b import MORE_NON_MEASURES
from kinds_117_cases_c import GENERAL
from kinds_117_cases_d import MEASURES
from kinds_117_cases_e import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(NON_MEASURES)
def test_a_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MORE_NON_MEASURES)
def test_another_paraphrased_non_measure_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(GENERAL)
def test_paraphrased_general_news_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MEASURES)
def test_a_paraphrased_measure_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_fresh_non_measure_stays_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_fresh_measure_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
