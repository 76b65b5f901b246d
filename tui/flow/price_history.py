"""Price history as the dashboard holds it: the recent window the panels draw, and the whole
series read from the store when a chart asks for it.

A store can hold decades of daily points per metal; the panels draw the last year
(``KEEP_DAYS`` covers it, and the longest alert window anyone sets), so the snapshot the UI keeps
in memory, and its cache file, hold only that. The chart reads the full series on demand.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from datetime import timedelta
from typing import TYPE_CHECKING

from tui.core.config_types import Config
from tui.core.models import PriceSeries, Snapshot

if TYPE_CHECKING:
    from tui.store import Store

KEEP_DAYS = 400


def recent(series: PriceSeries, days: int = KEEP_DAYS) -> PriceSeries:
    """The points of the last ``days`` (at least two), the rest of the series unchanged."""
    points = series.points
    if len(points) <= 2:
        return series
    start = points[-1][0] - timedelta(days=days)
    i = min(bisect_left(points, (start,)), len(points) - 2)
    return dataclasses.replace(series, points=points[i:]) if i > 0 else series


def for_display(snap: Snapshot, days: int = KEEP_DAYS) -> Snapshot:
    """The snapshot with each price series cut to its recent window."""
    return dataclasses.replace(snap, prices=[recent(p, days) for p in snap.prices])


def full_series(config: Config, store: Store, shown: PriceSeries) -> PriceSeries:
    """The whole stored history behind a displayed series, in the unit it is displayed in;
    the displayed series itself when the store no longer has it."""
    from tui.flow.price_pick import in_display, without_early

    # no point after the newest shown (one dated ahead, stored by an earlier version)
    until = shown.points[-1][0] if shown.points else None
    # only this source's series: reading every series of the store to pick one held the screen
    # for ~0.7 s at 25 series of 30 years
    mine = store.load_series(until=until, source=shown.source)
    stored = without_early(mine[0]) if mine else None
    if stored is None or not stored.points:
        return shown
    if stored.metal != shown.metal:
        stored = dataclasses.replace(stored, metal=shown.metal)
    unit = next((m.unit for m in config.metals if m.id == shown.metal), None)
    return in_display(stored, unit)
