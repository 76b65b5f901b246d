"""A measure lifted and its replacement told in one title (session 14's audit of the policy
board, made-up phrasings): the replacement is the event, as "lifts cobalt export ban, imposes
quotas" already was; the lift alone stays a lift. Kept out of the kinds modules (the event
gate's training set) on purpose: the gate was not retrained for them."""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # the new measure said to start
        ("Freedonia lifts tin ore export ban, quota system takes effect", ("quota", "*", "*")),
        ("Ruritania ends lithium export ban as quotas kick in", ("quota", "*", "*")),
        (
            "Zambia scraps copper export ban, licensing regime comes into force",
            ("licensing", "ZM", "*"),
        ),
        # trade going on under it
        ("Indonesia eases nickel export ban, allows shipments under quota", ("quota", "ID", "*")),
        (
            "Philippines relaxes nickel ore export ban, allows exports under licence",
            ("licensing", "PH", "*"),
        ),
        # the lift alone, or what is "not covered under" a measure: still a lift
        ("Freedonia lifts tin ore export ban", ("resuming", "*", "*")),
        ("Ministry eases rules for steel grades not covered under quotas", ("resuming", "*", "*")),
    ],
)
def test_a_lift_with_its_replacement_reads_the_replacement(
    title: str, want: tuple[str, str, str]
) -> None:
    event = classify(title, "", METALS)
    assert event is not None
    assert (event.status, event.origin, event.destination) == want
