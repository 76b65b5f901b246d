"""False events: headlines of the kinds outlets publish every day that name a measure word, a
country and a watched metal but tell no measure, and measures written near them, in made-up
phrasings labelled before the engine read them.

Kinds (``kinds_108_cases_a.py``, ``_b.py``: 157 non-measures; ``_c.py``: 52 measures):

1. **Market reports** with a measure only as backdrop or expectation, forecasts, analysts'
   notes, surveys, polls (32).
2. **Company news**: earnings, guidance, shipments, a firm's own halt, a strike, a firm seeking
   an exclusion, a lawsuit, a plant closure (30).
3. **Process steps** that are no measure (README "Trade-policy statuses": an investigation
   opened, an industry's petition, talks): petitions, probes, hearings, comment periods, WTO
   requests, lobbying, letters, talks, visits, summits, MoUs, trade data, quota usage (37).
4. **A measure elsewhere**: on other goods (solar panels, EVs, timber, drones, arms), on
   people or banks, told hypothetically, recalled, or an anniversary (26).
5. **The words in a non-trade sense**: a ban on mining, a smoking ban, a duty of care, a hiring
   quota, a licence to mine, shares suspended, curbs on pollution, a power tariff (32).
6. **Measures near them** (52), checked on every field the exact score counts
   (``tests/unit/kinds_exact.py``).

First time, on the engine before the change (labels written before it ran, committed before
the run): 13 false events of 157 non-measures (market 2 of 32, company 1 of 30, process 4 of
37, elsewhere 3 of 26, words 3 of 32); measures 52 of 52 right. No label was changed after
the run.

Read wrong the first time, by kind: a quota's use told as "usage figures" or as "60% of
allocation shipped"; a petition "to extend duties" received; a firm that "applies for" its own
export licence; buyers who "scramble ahead of" a rumoured ban; a measure on "drone parts" (the
part's noun, not its goods, read) with a time span ("days after") running into the goods, and
one on ammunition; an "Anniversary:" heading; a smoking ban; a "licence auction" for a salt
flat; a quota "approvals" note; senators' letter urging duties; a duty on "gold
jewellery-making machines".

Changed (``tui/engine/``): a share "of" an allocation or allotment and a quota's "usage",
"uptake" or "take-up" are a quota's use (``classifier_rules_patterns.QUOTA_SHARE_RE``); a
request or petition "to" act that a body receives, accepts or that is filed is asked for
(``classifier_policy_news.py``); a firm that applies for or seeks a permit, also "applied for"
read as a measure's verb, asks for its own (``classifier_firm_permit.py``); "ahead of" joins an
actor's own act (stockpiles, scrambles, "stocks up") to its cause (``classifier_causes_only.py``);
a part's noun ("drone parts", not a battery's component) names its goods by the word before,
a span of days, weeks or months ends the goods, arms are other goods
(``classifier_other_goods.py``); "Anniversary:", "Retrospective:", "Flashback:" are a feature's
heading and smoking, fishing, hunting, drinking, gambling are activities a ban may rule
(``classifier_near_measures.py``); a licence or permit followed by "auction", "tender" or
"round" is a right to dig (``classifier_nontrade.py``); a petition granted ("grants petition,
imposes duties") marks no plan (``classifier_rules_proposed.py``). After: 3 false events of
157 (left ``xfail``, strict, with reasons), measures 52 of 52.

A fresh batch of 36 (``kinds_108_cases_d.py``: 26 non-measures and 10 measures of the fixed
kinds), written after the first changes and labelled before the engine read them: 24 of 26
non-measures and 9 of 10 measures right the first time (a firm's "applied for licence", the
verb read as a measure's; "stock up ... ahead of"; "Commerce grants petition, imposes duties"
read as proposed by the petition's word). After the last three changes: 36 of 36. Event gate
retrained after each change: threshold 0.100 unmoved; ``benchmarks/row_changes.py main``: 0
rows lost (a first form of the part's rule read "key EV battery component" as a battery, a
gate row lost, and was narrowed).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_108_cases_a import COMPANY, MARKET, PROCESS
from kinds_108_cases_b import ELSEWHERE, WORDS
from kinds_108_cases_c import MEASURES
from kinds_108_cases_d import FRESH_MEASURES, FRESH_NON_MEASURES
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(MARKET)
def test_a_market_report_on_a_measure_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(COMPANY)
def test_company_news_beside_a_measure_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(PROCESS)
def test_a_process_step_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(ELSEWHERE)
def test_a_measure_elsewhere_or_told_hypothetically_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(WORDS)
def test_a_measure_word_in_a_non_trade_sense_is_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MEASURES)
def test_a_measure_near_them_stays_an_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_NON_MEASURES)
def test_a_fixed_kind_in_fresh_words_stays_no_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH_MEASURES)
def test_a_measure_near_a_fixed_kind_stays_an_event(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
