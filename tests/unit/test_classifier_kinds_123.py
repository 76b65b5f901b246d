"""The real misses of the twenty-second blind set's studied (odd) half and two kinds known to be
misread, as made-up cases per kind with near misses that must not change (``kinds_123_cases.py``):
a market's view of a measure's effect ("Additional duties on ... to have little impact on
market"), an industry that raises a duty issue ("... raise import duty anomaly"), buyers who get
round a ban ("find ways around China's gallium export ban"), a leader's warning that gives the
measure's firm start ("Trump warns Japan's steel faces 25% tariffs starting Monday": decided,
docs/STATUSES.md), and a bill, a draft law or a legislature's plan "to ban ... from 2030"
(proposed until passed or signed). Labels were written and committed before the engine read them.

First reading, on the engine before the change (main at 6da6620, labels committed before the
run): 30 of 45. News about a measure 9 of 17 (a view of its small effect 4 of 6, an issue raised
1 of 5, a way round it 4 of 6); a warning with a firm start 6 of 7 ("... as of Friday" read as a
threat, proposed); a bill's plan 2 of 7 (a legislature's "to ban ... from 2029", a bill or draft
law in the lede, read decided by the start date; "Kenyan MPs to bar ..." no measure word); near
misses 14 of 15 ("Trump warns Indian aluminium could face tariffs", the threat read proposed by
the rules, vetoed by the learned gate at 6.6%).

Changed (``tui/engine/``): ``classifier_about_measure`` (new: a view of a measure's small effect,
"to have little impact", "unlikely to move"; an issue about a measure raised by its payers,
"raise import duty anomaly", the issue before the measure; buyers who "find ways around" or
"work around" a measure: no event; read by ``classifier_title_no_event``);
``classifier_bill_plan`` (new: a title's act still ahead, "to ban", whose subject is a
legislature or its members, or whose title or lede names a bill or a draft law not passed,
signed or enacted, is proposed; read by ``classifier_event_proposed``); ``classifier_warned``
(a start named by its day, "as of Friday", "starting tomorrow", decides a warning). After: 43 of
45, two strict ``xfail`` with reasons ("to bar" is no measure word of the rules; the gate's veto
of a plain threat). The learned gate's thin margin on a leader's warning with a start (9.0% and
9.95% against its 10.0%) could not be widened by training: a gate feature of the kind occurs in
no real labelled set (the trainer keeps only features of two sets or more), and made-up training
rows of it moved the threshold from 0.100 to 0.126 and broke 14 other kinds cases; both were
dropped. Instead ``classifier_gate_spared`` (new): a warning that goods face a measure, which
the rules read decided, is not put to the gate (a plain threat, proposed, still is). The two
strict ``xfail`` of ``test_classifier_kinds_119.py`` it held ("Trump warns Mexico's steel faces
25% tariffs starting today", "... Vietnam's aluminium ... from next week") now read.

A fresh batch of 8 (``FRESH``), written after those changes and labelled and committed before
the engine read them: 7 of 8 the first time. Wrong: "Beijing's new tariffs on US copper cathodes
to have limited effect on trade flows", "limited ... trade" read as the act (a quota); fixed by
kind (a small effect whose words hold the deciding word is the view's). After: 8 of 8.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).

Since kinds 129 (the gate's features read a warning that goods face a measure as no request)
"Trump warns Indian aluminium could face tariffs" reads; its strict ``xfail`` is gone.
"""

from __future__ import annotations

from typing import Any

from kinds_123_cases import (
    BILL_NEAR,
    BILL_PLAN,
    FRESH,
    MARKET_VIEW,
    MARKET_VIEW_NEAR,
    RAISE_ISSUE,
    RAISE_ISSUE_NEAR,
    WARNED_NEAR,
    WARNED_START,
    WAYS_AROUND,
    WAYS_AROUND_NEAR,
)
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

_NO_EVENT = MARKET_VIEW + RAISE_ISSUE + WAYS_AROUND
_NEAR = MARKET_VIEW_NEAR + RAISE_ISSUE_NEAR + WAYS_AROUND_NEAR + WARNED_NEAR + BILL_NEAR


@headline_cases(_NO_EVENT)
def test_news_about_a_measure_is_no_event(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(WARNED_START)
def test_a_warning_with_a_firm_start_is_decided(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(BILL_PLAN)
def test_a_bill_to_ban_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(_NEAR)
def test_a_near_miss_keeps_its_reading(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_a_fresh_case_of_the_kinds_is_read(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
