"""Metals trade measures as outlets outside the big Anglo-American wires write them.

Made up (not copied from any labelled set) in the styles of Chinese state media in English
(Xinhua, Global Times, China Daily), the Indian press (PTI, Economic Times, Business
Standard), the Indonesian, Philippine and Malaysian press, the African press (Congo, Zimbabwe,
South Africa, Zambia, Ghana), the Latin American press in English (BNamericas, Mercopress),
the Russian and Kazakh press in English (TASS, Interfax), the Japanese and Korean press
(Nikkei Asia, Yonhap), and official notice titles (MOFCOM announcements, DGFT and Indian
customs notifications, EU implementing regulations, a South African government notice): 60
measures of many countries, metals and statuses, proposed ones and rates among them
(``kinds_115_cases_a.py``, ``_b.py``), each checked on every field the exact score counts
(``tests/unit/kinds_exact.py``), and 30 non-measures near them (``kinds_115_cases_c.py``: a
trade-remedy body's recommendation, which the later labelled sets read as no event, a probe,
final findings, talks, a plan shelved or ruled out, measures on goods that are no watched metal,
market, company and trade-figure news, a measure as the backdrop). Labels were written and
committed before the engine read them.

First reading, on the engine before the change (labels committed before the run): measures
52 of 60 right on every field (Chinese, Indian, South-East Asian and African styles 25 of 30;
Latin American, Russian and Kazakh, Japanese and Korean styles and official titles 27 of 30),
near misses 27 of 30 no event (79 of 90, 87.8%). By group: Chinese state media 8 of 8, Indian
press 4 of 8, South-East Asian press 6 of 7, African press 7 of 7, Latin American press 7 of 7,
Russian and Kazakh press 6 of 6, Japanese and Korean press 6 of 7, official titles 8 of 10;
near misses: advice and probes 4 of 6, talks and plans 6 of 6, other goods 6 of 6, market,
company and trade-figure news 11 of 12.

Five labels were put right after the run, to agree with the labelled sets (their rows named):
a government, "Centre", or a notice named by no country and no dateline is ``*`` ("Govt slaps
anti-dumping duty on Chinese aluminium foil imports", rh2-095; "Centre increased import duty on
gold and silver coins to 15%", rhn-157; "Govt to Increase Import Duty on Steel", rhd-095), so
"Govt imposes ... from China for 5 yrs", "Centre hikes import duty on gold", the South African
"Government Notice" and the Indian "Customs Notification No. 15/2025" go to ``*``; and a
miner allowed to export for a term is ``resuming`` (rhe-130, "Government Allows Freeport to
Export Copper Concentrate Until June"), not ``licensing``. Four of the five read right on
the engine before the change; over the corrected labels the first reading is 83 of 90
(measures 56 of 60, near misses 27 of 30).

Read wrong the first time (7 over the corrected labels), by kind: a wire dateline ("NEW DELHI
(PTI) -") before a lede whose subject is a government named by no country ("The finance
ministry has imposed ..."), its place dropped with the dateline (1); "S.Korea" not a place (1);
an Indian customs notification's "Seeks to impose" after its number and a colon, read as a
plan (1); "puts import of <goods> under 'restricted' category", the flow named as "import of"
(1); and still wrong below: a measure that "leaves traders short", read as the measure (1), and
a trade-remedy body's recommendation (2).

Changed: ``classifier_dateline`` (new: the city of a dateline is kept, as "City: ", before a
lede opening on a government, "the Centre", the cabinet or a ministry named by its portfolio
alone; read by ``classifier_spans.sentences``); ``tui/core/gazetteer_words.py`` ("S.Korea",
"S. Korea", "S.Africa", "S. Africa"); ``HEADING_ACT_RE`` (a notification's heading after its
number: "Customs Notification No. 15/2025-Customs (ADD): Seeks to impose ..." is done);
``classifier_trade_terms`` ("import of" goods before "to 'restricted'" are the goods'
"imports"). After: measures 60 of 60, near misses 27 of 30 (87 of 90); the labelled sets' rows
unchanged (``benchmarks/row_changes.py``: 6548 of 6827, 0 lost, 0 gained).

Still wrong (strict ``xfail``): a trade-remedy body's recommendation ("DGTR recommends ...",
"ITAC recommends ..."), labelled no event as the later sets read it and read as a proposed
measure; the rule that read it so cost the event gate a row (``test_classifier_kinds_100.py``);
a measure that "leaves" or "strands" a party: a veto of it (a verb of harm in
``classifier_judgements``) was made and withdrawn, as it broke the "export ban" rewriting of the
labelled rhl-111 ("Ban on raw lithium exports leaves buyers stranded", labelled the ban,
``test_invariance.py``): the labelled set and these labels disagree.

A fresh batch of 15 (``kinds_115_cases_d.py``: 8 measures of the fixed kinds in new words, 7
non-measures near them), written after the changes and labelled and committed before the
engine read them: 8 of 8 measures and 6 of 7 non-measures right the first time (14 of 15, on
the engine with the "leaves" veto then in place). Wrong: "DGFT seeks comments on moving gold
imports to 'restricted' category", read as the proposed measure: a call for comments was read
only in the passive ("comments invited"); the active ("seeks", "invites", "solicits" comments
on) added to ``COMMENTS_RE``, the labelled sets' rows unchanged. The "leaves" veto withdrawn
(above), three of the fresh non-measures ("export ban leaves smelters short", "strands small
miners", "starves fabricators") are strict xfails with it: after, 12 of 15.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_115_cases_a import MEASURES
from kinds_115_cases_b import MORE_MEASURES
from kinds_115_cases_c import NEAR_MISSES
from kinds_115_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(MEASURES)
def test_a_measure_in_a_regional_style_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MORE_MEASURES)
def test_another_measure_in_a_regional_style_is_read_on_every_field(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR_MISSES)
def test_a_near_miss_in_a_regional_style_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_fixed_kind_in_fresh_words_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_non_measure_near_a_fixed_kind_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
