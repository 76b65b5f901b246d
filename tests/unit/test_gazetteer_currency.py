"""A currency written with a country's code ("US$170 million") names no place:
read as one, it gave a duty's origin from the amount it was worth."""

from __future__ import annotations

import pytest

from tui.core.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Minister cuts US$170 million benefit for exporters",
        "Miner raises US$40 million for new gold project",
        "Smelter sold for US$2bn to a fund",
    ],
)
def test_a_currency_is_no_place(text: str) -> None:
    assert Gazetteer.default().find(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US tariffs on steel: $170 million collected", "US"),
        ("Steel exports to the US, $2 billion a year", "US"),
        ("Mexico, US$ deal signed", "MX"),
    ],
)
def test_a_place_beside_an_amount_is_still_a_place(text: str, code: str) -> None:
    assert code in [hit[0] for hit in Gazetteer.default().find(text)]
