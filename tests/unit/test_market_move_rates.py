"""A market's move stated as a percentage ("shares add 7.1%", "stocks slide 3%") is never a
measure's rate, even when the headline reports a measure in market framing; a figure a
measure's noun follows ("adds 10% tariff") still is. Made-up headlines of the kind."""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify
from tui.engine.classifier_rates import stated_rates


@pytest.mark.parametrize(
    "title",
    [
        "Zinc miner shares add 4.2% as Mexico slaps tariff on zinc imports",
        "Tin stocks slide 3% as EU readies duties on Chinese tin",
        "Nickel producers gained 6 percent after Canada imposed duties on nickel imports",
        "Zinc miners lose 2.5% as Mexico slaps tariff on zinc imports",
    ],
)
def test_a_market_move_is_not_the_rate(title: str) -> None:
    event = classify(title, "", METALS)
    assert event is not None and event.status == "tariff"
    assert event.rate_pct is None


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Ruritania adds 10% tariff on zinc", 10.0),
        ("Ruritania adds 15 percent import duty on tin", 15.0),
        ("Tin gained 2% after Freedonia imposed a 12% duty on tin imports", 12.0),
        ("Copper rallies as much as 5% on tariff news", None),
    ],
)
def test_a_rate_beside_a_market_move_is_kept(text: str, rate: float | None) -> None:
    assert [float(m.group(1)) for m in stated_rates(text)] == ([rate] if rate else [])
