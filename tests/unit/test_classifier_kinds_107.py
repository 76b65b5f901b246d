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

FIXES

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_107_cases_a import QUOTED
from kinds_107_cases_b import DIGESTS, QUESTIONS
from kinds_107_cases_c import COUNTS, ELLIPSIS
from kinds_107_cases_d import FRESH
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(("title", "summary", "want"), QUOTED, ids=case_ids(QUOTED))
def test_a_quote_attribution_or_label(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), DIGESTS, ids=case_ids(DIGESTS))
def test_a_digest_with_one_clause_a_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), QUESTIONS, ids=case_ids(QUESTIONS))
def test_a_question_or_fact_check(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ELLIPSIS, ids=case_ids(ELLIPSIS))
def test_headline_ese_ellipsis(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COUNTS, ids=case_ids(COUNTS))
def test_a_list_or_count_with_the_list_in_the_lede(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH, ids=case_ids(FRESH))
def test_a_fixed_form_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
