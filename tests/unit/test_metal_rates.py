"""Each metal's own rate when one headline gives several metals theirs ("25% on steel and 10%
on aluminium"): read beside the classifier, used by the board's row of each metal."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from test_classifier import METALS

from tui.core.models import Evidence, PolicyEvent
from tui.engine.board import build_board
from tui.engine.classifier_rates import event_metal_rates


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    [
        ("Ruritania sets 30% tariff on copper, 12% on zinc", "", {"copper": 30, "zinc": 12}),
        ("Freedonia to impose 40% nickel duty and 5% on tin", "", {"nickel": 40, "tin": 5}),
        (
            "Freedonia signs tariffs on copper and zinc",
            "The duties of 30 percent on copper and 12 percent on zinc start next week.",
            {"copper": 30, "zinc": 12},
        ),
        ("Ruritania: a 20% copper levy and a 7.5% zinc levy", "", {"copper": 20, "zinc": 7.5}),
    ],
)
def test_each_metal_takes_its_own_rate(title: str, summary: str, want: dict[str, float]) -> None:
    got = event_metal_rates(title, summary, tuple(want), METALS)
    assert dict(got) == want


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Ruritania sets 30% tariff on copper and zinc", ""),  # one rate for both
        ("Ruritania raises copper and zinc duty from 10% to 30%", ""),  # a change
        ("Ruritania duty on copper and zinc ranges from 10% to 30%", ""),  # a range
        ("Ruritania sets 30% tariff on copper, 12% on cars", ""),  # zinc named with no rate
        ("Ruritania tariff on copper and zinc at 30% and 30%", ""),  # the same rate twice
    ],
)
def test_no_rate_per_metal_unless_each_has_its_own(title: str, summary: str) -> None:
    assert event_metal_rates(title, summary, ("copper", "zinc"), METALS) == ()


def test_the_board_gives_each_metal_its_own_rate() -> None:
    day = datetime(2031, 3, 1, 9, tzinfo=timezone.utc)
    event = PolicyEvent(
        ("copper", "zinc"),
        "*",
        "RU",
        "tariff",
        None,
        False,
        0.8,
        ("tariff",),
        metal_rates=(("copper", 30.0), ("zinc", 12.0)),
    )
    evidence = Evidence("inferred", "t", "https://example.org/a", "wire", day, 0.8)
    rows = {r.metal: r for r in build_board([], [(event, evidence)], now=day)}
    assert (rows["copper"].rate_pct, rows["zinc"].rate_pct) == (30.0, 12.0)
    assert (rows["copper"].evidence[0].rate_pct, rows["zinc"].evidence[0].rate_pct) == (30, 12)
    # the JSON says which piece of evidence said which rate
    said = rows["zinc"].evidence[0].to_json()
    assert (said["rate_pct"], said["proposed"]) == (12.0, False)
    assert rows["zinc"].since == date(2031, 3, 1)
