"""What the kinds tests share: a case's id and the check of one made-up headline.

Each ``test_classifier_kinds_N.py`` lists made-up phrasings of kinds of headline as
``(title, summary, want)`` tuples or ``pytest.param`` with an ``xfail`` mark; ``want`` is
``(status, origin, destination, proposed)`` or ``None`` for no event.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify, explain

Want = tuple[str, str, str, bool] | None


def case_ids(cases: Sequence[object]) -> list[str]:
    """The first 60 characters of each case's title, for pytest ids."""
    ids = []
    for case in cases:
        values = getattr(case, "values", case)
        assert isinstance(values, tuple)
        ids.append(str(values[0])[:60])
    return ids


def headline_cases(cases: Sequence[object]) -> pytest.MarkDecorator:
    """A test's parametrization over ``(title, summary, want)`` cases, each named by its title."""
    return pytest.mark.parametrize(("title", "summary", "want"), cases, ids=case_ids(cases))


def check_kind(title: str, summary: str, want: Want) -> None:
    """The classifier reads ``want`` from the headline; on a miss, its explanation is shown."""
    event = classify(title, summary, METALS)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    assert got == want, "\n".join(explain(title, summary, METALS))
