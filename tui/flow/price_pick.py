"""Which price series each metal shows: read from the store, then picked per metal."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from tui.core.config_types import PRICE_KINDS, Config
from tui.core.models import PriceSeries, SourceHealth

if TYPE_CHECKING:
    from tui.store import Store


def pick_prices(
    config: Config,
    store: Store,
    health: list[SourceHealth],
    now: datetime,
    *,
    recent_days: int | None = None,
) -> list[PriceSeries]:
    """Per metal, the series it shows, in its display unit. ``recent_days``: read only that
    recent window of each stored series. Points dated after the day a fetch now would take
    (or before 1800) are not read: an earlier version stored them, and one would pass for the
    newest price, "as of" a day to come; nor are points far before the rest."""
    from tui.flow.saving import AHEAD_ALLOWED  # the refresh's module: not needed to paint

    until = now.astimezone(timezone.utc).date() + AHEAD_ALLOWED
    loaded = store.load_series(recent_days=recent_days, until=until)
    return _pick(config, {s.source: without_early(s) for s in loaded}, health, now)


def without_early(series: PriceSeries) -> PriceSeries:
    """``series`` without stored points dated far before the rest (a zero date such as
    1900-01-01 that a version before they were left out when fetched stored): they would
    stretch the chart over a century (:mod:`tui.core.early_dates`)."""
    from tui.core.early_dates import after_far_before

    points = after_far_before(series.points)
    return series if points is series.points else dataclasses.replace(series, points=points)


def _pick(
    config: Config,
    series_by_source: dict[str, PriceSeries],
    health: list[SourceHealth],
    now: datetime,
) -> list[PriceSeries]:
    """Per metal, the first of its price sources in config order that is healthy and current;
    else the first current one whose source failed on its last attempt (its last good data,
    marked failing, is still within its cadence: a passing server error never puts a monthly
    average of months ago in the place of yesterday's close); when none is current, the one
    with the newest point (a stale monthly series never hides a fresher daily one; on a tie a
    healthy source first, then config order)."""
    from tui.core.freshness import freshness

    ok = {h.name for h in health if h.ok}
    out: list[PriceSeries] = []
    for metal in config.metals:
        candidates = [
            s
            for s in config.sources
            if s.kind in PRICE_KINDS and s.metal == metal.id and s.name in series_by_source
        ]
        if not candidates:
            continue
        pool = [s for s in candidates if series_by_source[s.name].points]
        current = [
            s
            for s in pool
            if (f := freshness(series_by_source[s.name], now)) is not None and not f.stale
        ]
        healthy_current = [s for s in current if s.name in ok]
        if current:
            chosen = (healthy_current or current)[0]
        elif pool:  # all stale: the newest point (a healthy source, then config order, on a tie)
            chosen = max(pool, key=lambda s: (series_by_source[s.name].points[-1][0], s.name in ok))
        else:
            chosen = candidates[0]
        series = series_by_source[chosen.name]
        if series.metal != metal.id:
            series = dataclasses.replace(series, metal=metal.id)
        out.append(in_display(series, metal.unit))
    return out


def in_display(series: PriceSeries, unit: str | None) -> PriceSeries:
    """``series`` in its metal's display ``unit`` (as ``convert_series`` converts it), its
    ``note`` also saying when its level is far from its metal's (:mod:`tui.core.price_levels`):
    the row's unit is starred, the chart and the snapshot say why, not only the health line."""
    from tui.core.price_levels import level_note
    from tui.core.units import convert_series

    shown = convert_series(series, unit)
    doubt = level_note(series.metal, series.unit, series.points, index=series.kind == "index")
    if doubt is None:
        return shown
    return dataclasses.replace(shown, note="; ".join(filter(None, (shown.note, doubt))))
