"""What a parsed answer comes to once stored: headlines upserted, a price series screened by
``tui.flow.price_guard`` then saved, declared policy entries replaced."""

from __future__ import annotations

import dataclasses
import difflib
import json
from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tui.core.config_types import SourceConfig
from tui.core.fmt import counted
from tui.core.models import Headline, PriceSeries
from tui.core.price_levels import level_note
from tui.core.units import money_of, same_money
from tui.flow import price_guard
from tui.flow.outcome import Outcome
from tui.sources.policy_file import Declared
from tui.sources.prices_common import join_warnings
from tui.store.story_identity import repeats

if TYPE_CHECKING:
    from tui.store import Store


@dataclasses.dataclass(frozen=True)
class Delivery:
    """What a source delivered, parsed: stored by :func:`tui.flow.unchanged.store_delivery`."""

    parsed: Any
    fetched_at: datetime
    from_cache: bool
    digest: str  # of the bytes parsed (the next delivery of the same bytes needs no parse)
    signature: Any  # a local file's (size, mtime, ...), None for a download


def save_parsed(
    store: Store,
    src: SourceConfig,
    parsed: Any,
    fetched_at: datetime,
    from_cache: bool,
    *,
    fresh: bool = False,
    metals: Collection[str] = (),
) -> tuple[Outcome, bool]:
    """Store ``parsed`` (what ``src``'s parser gave); its outcome, and whether it was stored
    whole (False when the price guard held the series or its newest point back). ``fresh``:
    the source's definition changed, so a series is judged by its own history, not the stored
    one (whose values may all differ: a new unit, a new symbol). ``metals``: the ids watched
    (declared entries naming another metal are said on the health line)."""
    new = 0
    whole = True
    twice = None  # items an answer lists more than once
    if isinstance(parsed, PriceSeries):
        judged = judge_series(store, src, parsed, fetched_at.date(), fresh=fresh)
        if judged.series is None:
            return Outcome(src, False, fetched_at, error=judged.error, from_cache=from_cache), False
        whole, items, parsed = judged.whole, judged.items, judged.series
        store.save_series(parsed)
        _remember_symbol(store, src, parsed)
    elif isinstance(parsed, Declared):
        store.save_declared(src.name, parsed.entries)
        items = len(parsed.entries)
        parsed = dataclasses.replace(
            parsed, warning=join_warnings(parsed.warning, unwatched(parsed, metals))
        )
    else:
        headlines: list[Headline] = getattr(parsed, "headlines", parsed)
        new = store.save_headlines(src.name, headlines, seen_at=fetched_at)
        items = len(headlines) + getattr(parsed, "unread", 0)  # a feed's past max_stories
        twice = repeated(headlines)
    warning = getattr(parsed, "warning", None)  # rows or entries skipped, flawed input
    warning = join_warnings(warning, twice)
    outcome = Outcome(
        src, True, fetched_at, warning=warning, items=items, new_items=new, from_cache=from_cache
    )
    return outcome, whole


def repeated(headlines: list[Headline]) -> str | None:
    """What the health line says of items an answer lists more than once (each stored once:
    "250 items, 248 kept" said no more), None when there is none."""
    n = repeats(headlines)
    if not n:
        return None
    return "1 item listed twice, kept once" if n == 1 else f"{n:,} repeated items, kept once each"


@dataclasses.dataclass(frozen=True)
class Judged:
    """What of a parsed series a refresh would store (``series``, None: nothing, ``error``
    saying why), how many points the answer gave, and whether it is stored whole."""

    series: PriceSeries | None
    error: str | None = None
    items: int = 0
    whole: bool = True


def judge_series(
    store: Store, src: SourceConfig, parsed: PriceSeries, today: date, *, fresh: bool
) -> Judged:
    """``parsed`` screened as a refresh stores it, reading ``store`` only (``metalwatch check``
    judges a local file with it on a read-only look): points dated ahead or placeholders left
    out, a series of another symbol than the source gave until now refused, the price guard
    against the stored history (``fresh``: the source's definition changed, so its own), and a
    series ending before the stored one said."""
    series, ahead = not_ahead(parsed, today)
    if series is not None:
        series, ahead = not_placeholder(series)
    if series is None:
        return Judged(None, ahead)
    other = None if fresh else _other_symbol(store, src, series) or _other_money(store, series)
    if other is not None:
        return Judged(None, other)
    stored = [] if fresh else _stored(store, series)
    kept, why = price_guard.screen(series, stored, src.options)
    if kept is None:
        return Judged(None, why)
    level = level_note(src.metal, kept.unit, kept.points, index=kept.kind == "index")
    if why or level:  # the newest point left out (the rest stored), a level far from the metal's
        kept = dataclasses.replace(kept, warning=join_warnings(kept.warning, why, level))
    # items: what this fetch gave (its last point may not be stored)
    return Judged(behind_the_store(kept, stored), None, len(kept.points), whole=not why)


def unwatched(declared: Declared, metals: Collection[str]) -> str | None:
    """What to say of the entries whose metal no watched id names (a typo, ``Copper`` for
    ``copper``): stored, but never on the board, so the user is told; None when there are
    none (or no ids to judge by)."""
    if not metals:
        return None
    names = [e.metal for e in declared.entries if e.metal not in metals]
    if not names:
        return None
    ids = sorted(metals)
    said = []
    for name in dict.fromkeys(names):
        close = difflib.get_close_matches(name.lower(), ids, n=1)
        said.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    shown = ", ".join(said[:3]) + (f" and {len(said) - 3} more" if len(said) > 3 else "")
    total = len(declared.entries)
    return f"{len(names)} of {total} entries name a metal not watched, not on the board: {shown}"


#: How far past the fetch's (UTC) day a point may be dated: a close in Asia is a day ahead.
AHEAD_ALLOWED = timedelta(days=1)


def not_ahead(series: PriceSeries, today: date) -> tuple[PriceSeries | None, str | None]:
    """``series`` without the points dated after ``today`` (and the day after, for time
    zones): a typo, a day and month read the wrong way round or a wrong clock, which would pass
    for the newest price, "as of" a day to come, never stale. The points left out are said on
    the health line; a series of nothing else is None, with the error to show."""
    last = today + AHEAD_ALLOWED
    ahead = [d for d, _ in series.points if d > last]
    span = f"{ahead[0]}" if len(ahead) == 1 else f"{ahead[0]} to {ahead[-1]}" if ahead else ""
    return _left_out(
        series,
        ahead,
        f"dated after the day of the fetch left out: {span}",
        f"every point is dated after the day of the fetch ({span}): "
        "a wrong date format or a wrong clock?",
    )


#: Before this year a price point's date is a placeholder (0001-01-01, an empty date) or a
#: typo, never a price: it would stretch the chart over centuries and make up a change.
EARLIEST_YEAR = 1800


def not_placeholder(series: PriceSeries) -> tuple[PriceSeries | None, str | None]:
    """``series`` without points dated before :data:`EARLIEST_YEAR`, said on the health line;
    a series of nothing else is None, with the error to show."""
    old = [d for d, _ in series.points if d.year < EARLIEST_YEAR]
    first = old[0] if old else ""
    return _left_out(
        series,
        old,
        f"dated before {EARLIEST_YEAR} left out: {first}",
        f"every point is dated before {EARLIEST_YEAR} ({first}): no real dates",
    )


def _left_out(
    series: PriceSeries, days: list[date], note: str, every: str
) -> tuple[PriceSeries | None, str | None]:
    """``series`` without the points of ``days``, ``note`` (after their count) on its health
    line; None with ``every`` when no point is left."""
    if not days:
        return series, None
    if len(days) == len(series.points):
        return None, every
    said = f"{counted(len(days), 'point')} {note}"
    gone = set(days)
    points = tuple(p for p in series.points if p[0] not in gone)
    return dataclasses.replace(
        series, points=points, warning=join_warnings(series.warning, said)
    ), said


def behind_the_store(series: PriceSeries, stored: list[tuple[date, float]]) -> PriceSeries:
    """``series`` as it may be stored when it ends before the newest stored point: a file or
    answer cut off (at a line's end HTTP and the parser cannot tell), or a source gone back in
    time. Its last point, maybe cut mid-number (``3328.`` for ``3328.4125``), does not overwrite
    a stored value, and the health line says what happened: how many points this fetch gave,
    where it ends, and how many stored points are kept (the chart shows them all)."""
    if not stored or not series.points or series.points[-1][0] >= stored[-1][0]:
        return series
    points = series.points
    last_day = points[-1][0]
    if last_day in dict(stored):
        points = points[:-1]
    kept = len({d for d, _ in stored} | {d for d, _ in points})
    note = (
        f"{counted(len(series.points), 'point')} in this fetch, ending {last_day}, before the "
        f"newest stored ({stored[-1][0]})"
    )
    if not series.warning:  # the parser saw nothing wrong: a cut at a line's end, or a mistake
        note += ": cut off?"
    note += f"; all {kept:,} stored points kept"
    return dataclasses.replace(series, points=points, warning=join_warnings(series.warning, note))


def source_key(src: SourceConfig) -> str:
    """The meta key of the source's definition as last refreshed (see :func:`described`)."""
    return f"source:{src.name}"


def described(src: SourceConfig) -> str:
    """The source's definition as the refresher remembers it: a change (a new URL, unit or
    symbol) makes its next series judged by its own history, not the stored one."""
    return json.dumps([src.kind, src.url, dict(src.options)], sort_keys=True, default=str)


def _symbol_key(src: SourceConfig) -> str:
    return f"series-symbol:{src.name}"


def _other_symbol(store: Store, src: SourceConfig, series: PriceSeries) -> str | None:
    """Why ``series`` is held back when its source, unchanged in the config, delivered another
    series until now (a URL now serving another file: aluminium's prices under copper's name,
    a series with no history stored to judge it by), else None."""
    try:
        before = store.get_meta(_symbol_key(src))
    except Exception:  # an unreadable store: nothing to judge by
        return None
    if before is None or before == series.symbol:
        return None
    return (
        f"suspect update held back: the answer is series {series.symbol}, where this source "
        f"gave {before} until now (another file at the same address? if it is meant, change "
        "the source in the config)"
    )


def _other_money(store: Store, series: PriceSeries) -> str | None:
    """Why ``series`` is held back when its source, unchanged in the config, gave its prices in
    another currency until now (a file whose ``$`` became ``€``): stored with them, the two
    would be one series of mixed numbers. None otherwise, or when either currency is unknown."""
    try:
        before = store.series_unit(series.source, series.symbol)
    except Exception:  # an unreadable store: nothing to judge by
        return None
    if same_money(before, series.unit):
        return None
    return (
        f"suspect update held back: the prices are in {money_of(series.unit)}, where this source "
        f"gave them in {money_of(before)} until now (if it is meant, change the source's unit "
        "in the config)"
    )


def _remember_symbol(store: Store, src: SourceConfig, series: PriceSeries) -> None:
    try:
        if store.get_meta(_symbol_key(src)) != series.symbol:
            store.set_meta(_symbol_key(src), series.symbol)
    except Exception:  # a read-only or locked store: judged again next time
        pass


def _stored(store: Store, series: PriceSeries) -> list[tuple[date, float]]:
    try:
        return store.series_points(series.source, series.symbol)
    except Exception:  # an unreadable store: nothing to judge by
        return []
