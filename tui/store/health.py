"""Source health: each source's last fetch, last success, error and next attempt."""

from __future__ import annotations

from tui.core.models import SourceHealth
from tui.store.base import StoreBase, reads, writes
from tui.store.codec import dt_text_or_none, parse_dt

# an attempt that failed, over a stored success newer than the one it knew
_KEEPS = (
    "(excluded.ok = 0 AND health.last_success IS NOT NULL"
    " AND (excluded.last_success IS NULL OR excluded.last_success < health.last_success))"
)


class HealthStore(StoreBase):
    """One row per source: how its last fetch went and when to try next."""

    @writes
    def save_health(self, h: SourceHealth) -> None:
        with self._tx() as conn:
            # a failure keeps a newer success another process stored since this one last
            # read it (a long-running ``watch`` beside the app): its time and item count
            conn.execute(
                "INSERT INTO health (name, kind, ok, error, warning, fetched_at,"
                " last_success, next_attempt, items, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, ok = excluded.ok,"
                " error = excluded.error, warning = excluded.warning,"
                " fetched_at = excluded.fetched_at, next_attempt = excluded.next_attempt,"
                f" items = CASE WHEN {_KEEPS} THEN health.items ELSE excluded.items END,"
                f" stale = CASE WHEN {_KEEPS} THEN 1 ELSE excluded.stale END,"
                f" last_success = CASE WHEN {_KEEPS} THEN health.last_success"
                " ELSE excluded.last_success END",
                (
                    h.name,
                    h.kind,
                    int(h.ok),
                    h.error,
                    h.warning,
                    dt_text_or_none(h.fetched_at),
                    dt_text_or_none(h.last_success),
                    dt_text_or_none(h.next_attempt),
                    int(h.items),
                    int(h.stale),
                ),
            )

    @reads
    def load_health(self) -> dict[str, SourceHealth]:
        result: dict[str, SourceHealth] = {}
        for row in self._conn.execute(
            "SELECT name, kind, ok, error, warning, fetched_at, last_success, next_attempt,"
            " items, stale FROM health ORDER BY name"
        ):
            name, kind, ok, error, warning, fetched_at, last_success, next_attempt = row[:8]
            items, stale = row[8:]
            result[name] = SourceHealth(
                name=name,
                kind=kind,
                ok=bool(ok),
                error=error,
                warning=warning,
                fetched_at=parse_dt(fetched_at),
                last_success=parse_dt(last_success),
                next_attempt=parse_dt(next_attempt),
                items=items,
                stale=bool(stale),
            )
        return result
