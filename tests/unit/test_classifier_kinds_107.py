"""Headline forms beyond the plain declarative (session 35), in made-up phrasings labelled
before the engine read them, checked on every field the exact score counts
(``tests/unit/kinds_exact.py``).

1. Quotes as titles, colon-led attributions and outlets' labels (``kinds_107_cases_a.py``).
2. Multi-story titles and digests with one clause a measure (``kinds_107_cases_b.py``).
3. Questions and fact checks, and a question whose lede reports a measure
   (``kinds_107_cases_b.py``).
4. Headline-ese ellipsis: no verb, a passive without its agent, noun stacks, numbers or dates
   first (``kinds_107_cases_c.py``).
5. Lists and counts with the list in the lede (``kinds_107_cases_c.py``).

First time, on the engine before the change (labels written before it ran): kind 1, 34 of 36
right; kind 2, 14 of 18; kind 3, 17 of 20; kind 4, 23 of 28; kind 5, 12 of 13 (100 of 115,
87.0%: measures 50 of 61, non-measures 50 of 54). One label was put right after the first run:
"Ministry: no change to nickel export tax" was labelled no event, but a measure reported
unchanged is the measure held (``tests/unit/data/paraphrases.toml`` labels "No change to
Indonesian nickel ore export ban - ministry" the ban), so it is the tax, no side named; on that
label the first reading is 101 of 115.

Read wrong the first time, by kind: a digest's market lines ("Copper slips", "gold steady",
"zinc gains,") lending their metals to the measure of another story (4); a question title that
is no yes-no question ("Why is Malaysia banning ...?", "Higher tariffs on Korean steel?", "Ban
on Russian aluminium next?") whose lede tells the act, left a question (3); a verbless title's
sides: an attribution after it ("..., says Brussels"), a topic's demonym before a colon
("Japanese steel: 15% EU duty confirmed"), the imposer before a rate ("exempted from US 50%
tariff") (3); a leader's quoted "will" after his name and a colon, read decided (1); near
misses read as measures: a count of things to know after a colon, a list
of countries "that restrict" exports, a trade figure "after" a tax (3).

Fixed by kind (``tui/engine/`` modules): a digest's market lines, parted by semicolons or bars
or set off by a comma ("zinc gains, ..."), give their metals to no measure of another story
(``classifier_stories.py``); a whole-title question asking "why", or with no verb, is answered
by its lede's act as a yes-no question is ("what" and "how" questions stay explainers,
``classifier_lede_turn.py``); an attribution with its verb first ("..., says Brussels") is read
as ", Brussels says" (``classifier_agency_tail.py``); a demonym and goods before a colon
("Japanese steel:") are the measure's goods, not a topic kicker (``classifier_noun_phrases.py``,
read by ``classifier_direction.py``); a place before a rate and the measure ("US 50% tariff",
"US 50% steel tariff") imposes it (``classifier_noun_phrases.py``, ``classifier_imposer.py``);
a leader named before a colon telling "will" plans the measure (``classifier_leader_tail.py``),
and "put" is a plan's verb ("will put a 200% tariff on ...", ``classifier_rules_plans.py``);
a heading's tail that is a count of things to know ("...: 10 things to know", "what you need to
know"), a list told by a relative clause ("Ten countries that restrict ...") and a speaker's
quoted verdict ending the title ("Trump: tariffs on Chinese steel 'working'") are no event
(``classifier_meanings.py``); a flow's move named before its flow ("25% drop in copper exports
after ...") is trade figures (``classifier_backdrops.py``). The quoted verdict was first read
without the speaker's colon and lost a labelled row of a set not studied (``row_changes.py``):
it is read only after a speaker's colon.

After: all 115 right. A fresh batch of 22 (``kinds_107_cases_d.py``), phrasings of the fixed
kinds with near misses, written after the first fixes and labelled before the engine read it:
19 of 22 right the first time (a place before a rate and a metal, "US 50% steel tariff"; a
speaker's quoted verdict; "Russian steel: EU ban confirmed", where "ban" after a place and
before a participle is read as a verb); the first two were fixed as kinds, the third stayed a
strict ``xfail`` (read right since, a plain case: ``test_classifier_kinds_112.py``). Event gate retrained after the changes: threshold 0.100 unmoved;
``row_changes.py main``: 0 rows lost, none gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_107_cases_a import QUOTED
from kinds_107_cases_b import DIGESTS, QUESTIONS
from kinds_107_cases_c import COUNTS, ELLIPSIS
from kinds_107_cases_d import FRESH
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@headline_cases(QUOTED)
def test_a_quote_attribution_or_label(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(DIGESTS)
def test_a_digest_with_one_clause_a_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(QUESTIONS)
def test_a_question_or_fact_check(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(ELLIPSIS)
def test_headline_ese_ellipsis(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(COUNTS)
def test_a_list_or_count_with_the_list_in_the_lede(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fixed_form_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
