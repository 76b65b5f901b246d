"""Made-up measures of a kind the learned event gate vetoed while the rules read them right,
written as training rows for the gate (their ``CASES`` join the gate's ``kinds`` set,
``benchmarks/event_gate_training.py``): a leader's warning that a place's goods face a measure
with its firm start ("Trump warns Thai aluminium faces 36% tariffs from Monday": decided,
docs/STATUSES.md), beside an industry's warning of a measure's cost (no event), the gate's
counterweight. Different cases of the same kind, kept out of ``CASES``, are the held-out check
in ``test_classifier_kinds_123.py``.

Labels were written and committed before the engine read them. First reading: not yet taken.
"""

from __future__ import annotations

import pytest
from kinds_cases import case_ids, check_kind

CASES: list[object] = [
    # --- a leader's warning of a measure with its start: decided -----------------------------
    ("Trump warns Thai aluminium faces 36% tariffs from Monday", "", ("tariff", "TH", "US", False)),
    (
        "Trump warns Turkish steel faces 50% tariffs starting tomorrow",
        "",
        ("tariff", "TR", "US", False),
    ),
    (
        "Trump warns Peru's copper faces 25% tariffs from next week",
        "",
        ("tariff", "PE", "US", False),
    ),
    (
        "Trump warns German steel will face 30% tariffs from August 1",
        "",
        ("tariff", "DE", "US", False),
    ),
    (
        "Ottawa warns US aluminium faces 25% counter-tariffs from Friday",
        "",
        ("tariff", "US", "CA", False),
    ),
    # --- an industry's warning of a measure's cost: no event (the counterweight) -------------
    ("Steel users warn they face higher costs from new tariffs", "", None),
    ("Carmakers warn aluminium tariffs starting Monday will lift prices", "", None),
]


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=case_ids(CASES))
def test_a_gate_vetoed_kind_is_read(
    title: str, summary: str, want: tuple[str, str, str, bool] | None
) -> None:
    check_kind(title, summary, want)
