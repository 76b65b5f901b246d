"""The header's note ("grouping stories… (each headline ...)", "Since you last looked: ...")
is said in its own words where the line has no room for its aside in brackets, not cut mid-word.

Found in session 25, starting the app on a cache of its own data with four sources failing, at
120 columns: the header said "... 1 live · 4 cached  grouping stories… (each headline shown on
its o…".
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tui.core.models import Metal, Snapshot
from tui.flow.health import HealthSummary
from tui.ui.widgets.status_bar import GROUPING, StatusBar

NOW = datetime(2026, 12, 5, 23, 55, tzinfo=timezone.utc)


class Failing(StatusBar):
    """A header over ``failing`` sources out of ``failing + live``, all remote."""

    def __init__(self, failing: int, live: int) -> None:
        super().__init__(remote=["a"])
        self.health = HealthSummary(
            live=live,
            cached=failing,
            failing=failing,
            offline=failing > 0 and live == 0,
            delivered=True,
            last_good=NOW - timedelta(minutes=4),
            failing_last_good=NOW - timedelta(minutes=4),
        )
        self.snapshot = Snapshot(generated_at=NOW, metals=[Metal(id="copper", name="Copper")])

    def summary(self, now: datetime | None = None) -> HealthSummary:
        return self.health


SINCE = "Since you last looked: 1 policy change since Sat 05 Dec 21:00 (2h ago)"


NO_DATA = "no data yet (the first refresh is under way)"


@pytest.mark.parametrize(
    ("message", "words", "widths"),
    [
        (GROUPING, "grouping stories…", (90, 100, 120)),
        (NO_DATA, "no data yet", (90, 100, 120)),
        (SINCE, SINCE.removesuffix(" (2h ago)"), (129, 140)),
    ],
    ids=["grouping", "no-data", "since"],
)
@pytest.mark.parametrize(("failing", "live"), [(4, 1), (3, 0), (1, 12)])
def test_a_note_drops_its_aside_before_it_is_cut(
    message: str, words: str, widths: tuple[int, ...], failing: int, live: int
) -> None:
    bar = Failing(failing, live)
    bar.message = message
    assert bar.status_text(None).plain.endswith(f"  {message}")  # no width: said whole
    lines = [bar.status_text(width).plain for width in widths]
    for width, line in zip(widths, lines, strict=True):
        assert len(line) <= width
        # whole, or its own words whole and its aside in brackets left out: never cut mid-word
        assert line.endswith((f"  {message}", f"  {words}")), (width, line)
    assert lines[0].endswith(f"  {words}"), "the narrowest width leaves the aside out"


def test_a_note_that_fits_whole_keeps_its_aside() -> None:
    bar = Failing(1, 1)
    bar.message = GROUPING
    assert bar.status_text(200).plain.endswith(GROUPING)


@pytest.mark.parametrize(("failing", "live", "width"), [(4, 1, 100), (4, 1, 120), (0, 5, 80)])
def test_since_you_last_looked_keeps_its_counts_whole(failing: int, live: int, width: int) -> None:
    """Found driving a config with a changed register: the header said "Since you last looked:
    1 policy c…" at 100 columns with sources failing, "... 1 policy change since Sat 05 D…" at
    120 and "... 1 policy change s…" at 80 with none. Shorter forms now keep the counts whole:
    "Since you last looked: 1 policy change", then "1 policy change since last look"."""
    bar = Failing(failing, live)
    bar.message = SINCE
    line = bar.status_text(width).plain
    assert len(line) <= width
    said = (SINCE, SINCE.removesuffix(" (2h ago)"), "Since you last looked: 1 policy change")
    assert line.endswith((*said, "1 policy change since last look")), line
