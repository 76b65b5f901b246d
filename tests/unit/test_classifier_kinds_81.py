"""The status, proposed flag and rate of real measures as outlets word them (session 29), part 2.

Made-up headlines labelled on every field the exact score counts before the engine read them
(the round's first four sub-kinds and what was left out are in ``test_classifier_kinds_80.py``):

5. **Suspensions and bans**: halts, freezes, embargoes, permits no longer issued
   (``suspended``); "suspends" of a measure (a ban, a duty, controls, a quota) is its release
   (``resuming``) while "suspends exports" is a ban; a firm's own halt is no event.
6. **Proposed and decided**: drafts, consultations, "mulls", "weighs", "set to", "plans",
   "eyes", "poised to", threats and proposals are ``proposed``; "takes effect", "comes into
   force", gazetted, signed, enacted, notified, "effective immediately", a "will" with its
   start date, and preliminary, provisional or final duties (cash deposits are collected) are
   decided.
7. **Rates**: the measure's own rate as it stands after the act ("from X to Y" and "to Y from
   X" are Y, "doubles ... to 50%" is 50, "by 15 percentage points" is 15, "by 2 points to 7%"
   is 7, "up to" and "as high as" their ceiling), no per-cent rate for a range, a duty per
   tonne, a doubling with no figure, a cut (``resuming``), and a royalty is no trade measure.

First time, on the engine before the change (the batches and the labels put right are told in
``test_classifier_kinds_80.py``): first batch, suspensions 23 of 24, proposed and decided 27 of
28, rates 21 of 23; on the final labels, before the change, suspensions 30 of 35 (a freeze
lifted or ended read as the freeze; a price freeze, added after the change, read right before
it), proposed and decided 30 of 30, rates 24 of 28 (a summary telling "the rate" of the title's
tariff); after it all 93 right.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of fields.
"""

from __future__ import annotations

from typing import Any

from kinds_81_cases_a import PROPOSED_DECIDED, RATES_1, SUSPENSIONS
from kinds_81_cases_b import RATES_2
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[Any] = []


RATES: list[Any] = [*RATES_1, *RATES_2]


@headline_cases(SUSPENSIONS)
def test_suspensions_and_bans(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PROPOSED_DECIDED)
def test_proposed_and_decided(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(RATES)
def test_rates(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
