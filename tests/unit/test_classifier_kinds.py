"""The kinds of real published headline the classifier reads (issue 16), each in several
made-up phrasings: a measure inside market framing, suspensions of measures and their
extensions, plans put off, questions and fact checks, the many forms of ``proposed``, the
direction of retaliation, a title naming neither metal nor measure where the summary does,
state trading and approved-exporter lists, steel safeguards, demonyms of origin and
ministries. None of these phrasings is in the rule tables: they test the kinds.
"""

from __future__ import annotations

import pytest
from kinds_first_cases_a import CASES_1
from kinds_first_cases_b import CASES_2
from kinds_first_cases_c import CASES_3
from test_classifier import METALS

from tui.engine.classifier import classify, explain

Want = tuple[str, str, str, bool] | None

CASES: list[tuple[str, str, Want]] = [*CASES_1, *CASES_2, *CASES_3]


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=[c[0][:60] for c in CASES])
def test_kind(title: str, summary: str, want: Want) -> None:
    ev = classify(title, summary, METALS)
    got = None if ev is None else (ev.status, ev.origin, ev.destination, ev.proposed)
    assert got == want, "\n".join(explain(title, summary, METALS))


def test_every_kind_has_several_phrasings() -> None:
    assert len(CASES) >= 100
