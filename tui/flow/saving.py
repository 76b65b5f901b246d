"""What a parsed answer comes to once stored: headlines upserted, a price series screened by
``tui.flow.price_guard`` then saved, declared policy entries replaced."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tui.core.config_types import SourceConfig
from tui.core.models import Headline, PriceSeries
from tui.flow import price_guard
from tui.flow.outcome import Outcome
from tui.sources.policy_file import Declared
from tui.sources.prices_common import join_warnings

if TYPE_CHECKING:
    from tui.store import Store


def save_parsed(
    store: Store,
    src: SourceConfig,
    parsed: Any,
    fetched_at: datetime,
    from_cache: bool,
    *,
    fresh: bool = False,
) -> tuple[Outcome, bool]:
    """Store ``parsed`` (what ``src``'s parser gave); its outcome, and whether it was stored
    whole (False when the price guard held the series or its newest point back). ``fresh``:
    the source's definition changed, so a series is judged by its own history, not the stored
    one (whose values may all differ: a new unit, a new symbol)."""
    new = 0
    whole = True
    if isinstance(parsed, PriceSeries):
        stored = [] if fresh else _stored(store, parsed)
        kept, why = price_guard.screen(parsed, stored, src.options)
        if kept is None:
            return Outcome(src, False, fetched_at, error=why, from_cache=from_cache), False
        if why:  # the newest point left out: the rest is stored, the reason on the health line
            whole = False
            kept = dataclasses.replace(kept, warning=join_warnings(kept.warning, why))
        parsed = kept
        store.save_series(parsed)
        items = len(parsed.points)
    elif isinstance(parsed, Declared):
        store.save_declared(src.name, parsed.entries)
        items = len(parsed.entries)
    else:
        headlines: list[Headline] = getattr(parsed, "headlines", parsed)
        new = store.save_headlines(src.name, headlines, seen_at=fetched_at)
        items = len(headlines)
    warning = getattr(parsed, "warning", None)  # rows or entries skipped, flawed input
    outcome = Outcome(
        src, True, fetched_at, warning=warning, items=items, new_items=new, from_cache=from_cache
    )
    return outcome, whole


def _stored(store: Store, series: PriceSeries) -> list[tuple[date, float]]:
    try:
        return store.series_points(series.source, series.symbol)
    except Exception:  # an unreadable store: nothing to judge by
        return []
