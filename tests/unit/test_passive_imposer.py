"""A measure laid "by" a country after it ("Brazil steel tariffs imposed by US") is that
country's: the place before the measure is the one it falls on. Made-up headlines of the kind."""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify


@pytest.mark.parametrize(
    ("title", "origin", "destination"),
    [
        ("Peru copper tariffs imposed by US start on Monday", "PE", "US"),
        ("Vietnam steel duties levied by the EU hurt mills", "VN", "EU"),
        ("Korea steel quota set by US cuts shipments", "KR", "US"),
        ("US tariffs imposed on Brazil steel", "BR", "US"),  # the active form reads alike
    ],
)
def test_the_agent_after_by_imposes(title: str, origin: str, destination: str) -> None:
    event = classify(title, "", METALS)
    assert event is not None
    assert (event.origin, event.destination) == (origin, destination)
