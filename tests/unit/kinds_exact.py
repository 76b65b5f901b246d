"""The check of a made-up headline on every field the exact score counts.

``want`` is ``(status, origin, destination, proposed, metals, rate)`` with ``metals`` the
metals' ids separated by spaces and ``rate`` the measure's own per-cent rate (``None`` when
no rate is recorded), or ``None`` for no event: status, origin, destination, metals, proposed
and rate all right, as ``tests/unit/classifier_scoring.py`` scores the labelled sets.
"""

from __future__ import annotations

from test_classifier import METALS

from tui.engine.classifier import classify, explain

ExactWant = tuple[str, str, str, bool, str, float | None] | None


def check_exact(title: str, summary: str, want: ExactWant) -> None:
    """The classifier reads every field of ``want``; on a miss, its explanation is shown."""
    event = classify(title, summary, METALS)
    got = (
        None
        if event is None
        else (
            event.status,
            event.origin,
            event.destination,
            event.proposed,
            frozenset(event.metals),
            event.rate_pct,
        )
    )
    expected = (
        None
        if want is None
        else (*want[:4], frozenset(want[4].split()), None if want[5] is None else float(want[5]))
    )
    assert got == expected, "\n".join(explain(title, summary, METALS))
