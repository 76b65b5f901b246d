"""Fields of measures the engine reads as events but gets wrong, by kind, from the studied
sets' misses (``benchmarks/score_real_headlines.py --misses``), in made-up phrasings
(``kinds_126_cases.py``), read on every field by :func:`kinds_exact.check_exact`:

1. a measure a title gives with "to", "will" or "plans" and only a coarse start ("from third
   quarter", "this week", "later this year") whose lede tells it as a plan ("plans to enact",
   "is set to issue"): the studied sets read it as proposed (rhe-150, rhp-166, rhj-114).

The labels were written and committed before the engine read them.

First reading, before any change: 6 of 9 right. Plans with a coarse start 2 of 5 (the title's
"to impose" and the lede's "plans to introduce" already read as plans; "plans to enact", "plans
to put out" and "is set to issue" were read as decided), their near misses 4 of 4.

Fixed by kind: a title telling the measure as a future, with only a coarse start in the title
or the lede and no date, whose lede's first sentence plans to put the measure out ("plans to
enact", "plans to put out", "is set to issue"), is proposed
(``tui/engine/classifier_coarse_start.py``). After: 9 of 9; studied rows gained: rhe-150,
rhj-114, rhp-166 (``benchmarks/row_changes.py main``: 0 rows lost).

Not fixed, the studied sets' labels disagreeing with each other on the kind:

* "curbs", "restrictions", "limits" with no instrument named: most rows read ``licensing``
  (rh-004, rhf-155 "China Limits Export of Some Technologies", rhy-155 "EU Plans to Curb
  Aluminum Scrap Exports", rhy-156 "EU moves to restrict aluminium scrap exports"), some
  ``suspended`` (rhf-103 "plan to limit tin exports", rw2-042 "mulls curbs on rare earth
  exports", rw2-107 "Brussels to unveil aluminium scrap export curbs" -- the same EU scrap
  measure as rhy-155/156), some ``quota`` (rhe-138 "to limit gold bullion exports to 100
  grams", rhu-014 "eyes export limits"); nor does a lede naming a ban settle it: rh-004
  ("restricts exports", its lede "will ban") reads ``licensing``, rhx-078 ("Tighten
  Restrictions", its lede "new prohibitions") ``suspended``;
* an origin from an import measure's purpose clause: rh4-010 "to curb Chinese supply" reads
  CN, rhy-102 "to curb Chinese imports" reads ``*``.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_126_cases import COARSE_START_PLANS, COARSE_START_PLANS_NEAR_MISSES
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []


@pytest.mark.parametrize(
    ("title", "summary", "want"), COARSE_START_PLANS, ids=case_ids(COARSE_START_PLANS)
)
def test_a_plan_with_a_coarse_start_is_proposed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    COARSE_START_PLANS_NEAR_MISSES,
    ids=case_ids(COARSE_START_PLANS_NEAR_MISSES),
)
def test_a_dated_or_decided_measure_stays_decided(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
