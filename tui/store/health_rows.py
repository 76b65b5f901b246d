"""The sources' health decoded from its stored rows: the store's own read (``HealthStore``)
and the copy the quit keeps beside the store for the first paint (``tui.store.look_file``),
which must not import ``sqlite3``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tui.core.models import SourceHealth
from tui.store import damage
from tui.store.codec import parse_dt


def decode(rows: Iterable[Sequence[Any]], left_out: damage.LeftOut) -> dict[str, SourceHealth]:
    """Each row (name, kind, ok, error, warning, fetched_at, last_success, next_attempt, items,
    stale, url) as the source's health; a row zeroed in place is left out (``left_out``)."""
    result: dict[str, SourceHealth] = {}
    for row in rows:
        name, kind, ok, error, warning, fetched_at, last_success, next_attempt = row[:8]
        items, stale, url = row[8:]
        times = (parse_dt(fetched_at), parse_dt(last_success), parse_dt(next_attempt))
        if (
            name is None
            or kind is None
            or damage.holds_nul(*row[:10])
            or any(t is None for t, text in zip(times, row[5:8], strict=True) if text)
        ):  # a row zeroed in place (``tui.store.damage``): the source as never fetched
            # its name zeroed: no save finds it again; else the next fetch mends it
            keyless = name is None or damage.holds_nul(name)
            left_out.add("health", name, {"name": name} if keyless else None)
            continue
        result[name] = SourceHealth(
            name=name,
            kind=kind,
            ok=bool(ok),
            error=error,
            warning=warning,
            fetched_at=times[0],
            last_success=times[1],
            next_attempt=times[2],
            items=items if isinstance(items, int) else 0,
            stale=bool(stale),
            url=url if isinstance(url, str) and not damage.holds_nul(url) else None,
        )
    return result
