"""A damaged cache can keep a source's rows and lose its record of when it was fetched (its
``last_success``). Failing again, the header said "⚠ 1 source failing, no data from it yet"
above that source's prices: it now says "last good not known" ("not known" in short), as the
text snapshot's source line does. A failing source that really never delivered keeps its
words."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tui.core.models import Metal, PriceSeries, Snapshot, SourceHealth
from tui.ui.widgets.panel_titles import PanelTitles
from tui.ui.widgets.status_bar import StatusBar

NOW = datetime.now(timezone.utc)
COPPER = PriceSeries(
    source="Copper file",
    symbol="HG",
    unit="USD/t",
    points=((date(2026, 11, 30), 11000.0), (date(2026, 12, 1), 11100.0)),
    metal="copper",
)


def header(*, rows: bool) -> tuple[str, str]:
    """The header's line in full and in short words, over a snapshot whose one source failed
    with no record of a success, holding its prices (``rows``) or nothing."""
    failed = SourceHealth(name="Copper file", kind="csv", error="HTTP 500", fetched_at=NOW)
    snap = Snapshot(
        generated_at=NOW,
        metals=[Metal("copper", "Copper", ())],
        prices=[COPPER] if rows else [],
        sources=[failed],
    )
    bar = StatusBar()
    bar.snapshot = snap
    return bar.status_text(None).plain, bar.status_text(40).plain


def test_a_failing_source_whose_rows_a_damaged_cache_kept_is_not_said_to_have_none() -> None:
    full, short = header(rows=True)
    assert "⚠ 1 source failing, last good not known" in full, full
    assert "no data" not in full, full
    assert "not known" in short and "none yet" not in short, short


def test_a_failing_source_that_never_delivered_keeps_its_words() -> None:
    full, short = header(rows=False)
    assert "⚠ 1 source failing, no data from it yet" in full, full
    assert "not known" not in full and "not known" not in short, (full, short)


class _Border(PanelTitles):
    """A panel's border words alone, over a snapshot, for its one price source."""

    def __init__(self, snap: Snapshot) -> None:
        self.snapshot = snap
        self.row_objects = {}

    @property
    def now(self) -> datetime:
        return NOW

    def source_names(self) -> list[str]:
        return ["Copper file"]


def test_the_panel_border_says_the_same() -> None:
    """The prices border had the header's words: "⚠ 1 source failing, no data from it yet"."""
    for rows, full, short in (
        (True, " · ⚠ 1 failing, last good not known", " · ⚠ 1 failing, not known"),
        (False, " · ⚠ 1 source failing, no data from it yet", " · ⚠ 1 failing, none yet"),
    ):
        failed = SourceHealth(name="Copper file", kind="csv", error="HTTP 500", fetched_at=NOW)
        snap = Snapshot(
            generated_at=NOW,
            metals=[Metal("copper", "Copper", ())],
            prices=[COPPER] if rows else [],
            sources=[failed],
        )
        border = _Border(snap)
        assert border.staleness() == full
        assert border.staleness(short=True) == short
