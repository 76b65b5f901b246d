"""The header's words about the sources say what they mean: a fetch's age is not the data's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tui.flow.health import HealthSummary
from tui.ui.widgets.status_bar import StatusBar

NOW = datetime(2026, 12, 4, 0, 20, tzinfo=timezone.utc)


def test_with_nothing_failing_the_header_says_when_the_sources_were_fetched() -> None:
    """Found in use: "10 live · data just now" over prices seven months old: the data was
    fetched just now, it is not from just now."""
    health = HealthSummary(live=10, delivered=True, last_good=NOW - timedelta(minutes=5))
    failing, rest = StatusBar._sources_text(health, NOW)
    assert not failing.plain
    assert rest.plain == "  10 live · fetched 5m ago"
    assert "data" not in rest.plain
