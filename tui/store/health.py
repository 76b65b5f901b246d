"""Source health: each source's last fetch, last success, error and next attempt."""

from __future__ import annotations

from datetime import datetime

from tui.core.models import SourceHealth
from tui.store.access import reads, writes
from tui.store.base import StoreBase
from tui.store.codec import UTC, dt_text, dt_text_or_none
from tui.store.health_rows import decode

# The stored row against one being written, when another process wrote it since this one read
# it (a long-running ``watch`` beside the app, a fetch in flight while another was answered):
# the later attempt stands (its result, error and next attempt: a wait a server asked for is
# kept), and the later success (its time and item count). A stored attempt dated after now
# (``:now``) was made under a clock that ran ahead and does not stand over this one.
_LATER = (
    "(health.fetched_at IS NULL OR excluded.fetched_at IS NULL"
    " OR excluded.fetched_at >= health.fetched_at OR health.fetched_at > :now)"
)
_LATER_SUCCESS = (
    "(health.last_success IS NULL"
    " OR (excluded.last_success IS NOT NULL AND excluded.last_success >= health.last_success))"
)
_OK = f"CASE WHEN {_LATER} THEN excluded.ok ELSE health.ok END"
_SUCCESS = f"CASE WHEN {_LATER_SUCCESS} THEN excluded.last_success ELSE health.last_success END"
_SAVE = (
    "INSERT INTO health (name, kind, ok, error, warning, fetched_at, last_success, next_attempt,"
    " items, stale) VALUES (:name, :kind, :ok, :error, :warning, :fetched_at, :last_success,"
    " :next_attempt, :items, :stale)"
    " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind,"
    + "".join(
        f" {col} = CASE WHEN {_LATER} THEN excluded.{col} ELSE health.{col} END,"
        for col in ("error", "warning", "next_attempt")
    )
    + f" items = CASE WHEN {_LATER_SUCCESS} THEN excluded.items ELSE health.items END,"
    f" stale = CASE WHEN {_OK} = 0 AND ({_SUCCESS}) IS NOT NULL THEN 1"
    f" WHEN {_OK} = 1 THEN 0 ELSE excluded.stale END,"
    f" ok = {_OK},"
    f" last_success = {_SUCCESS},"
    f" fetched_at = CASE WHEN {_LATER} THEN excluded.fetched_at ELSE health.fetched_at END"
)


#: The meta key of the address a source's stored health was recorded for (``SourceHealth.url``):
#: kept beside the row, not in it, so a store of the same schema stays readable by any version.
URL_PREFIX = "health-url:"
_LOAD = (
    "SELECT name, kind, ok, error, warning, fetched_at, last_success, next_attempt, items, stale,"
    " meta.value FROM health LEFT JOIN meta ON meta.key = ? || health.name ORDER BY name"
)


class HealthStore(StoreBase):
    """One row per source: how its last fetch went and when to try next."""

    @writes
    def save_health(self, h: SourceHealth) -> None:
        with self._tx() as conn:
            if h.url is not None:
                key = URL_PREFIX + h.name
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
                if row is not None and row[0] != h.url:
                    # the stored state was another address's: none of it merges into this one's
                    conn.execute("DELETE FROM health WHERE name = ?", (h.name,))
                if row is None or row[0] != h.url:
                    conn.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, h.url)
                    )
            conn.execute(
                _SAVE,
                {
                    "name": h.name,
                    "kind": h.kind,
                    "ok": int(h.ok),
                    "error": h.error,
                    "warning": h.warning,
                    "fetched_at": dt_text_or_none(h.fetched_at),
                    "last_success": dt_text_or_none(h.last_success),
                    "next_attempt": dt_text_or_none(h.next_attempt),
                    "items": int(h.items),
                    "stale": int(h.stale),
                    "now": dt_text(datetime.now(UTC)),
                },
            )

    @reads
    def load_health(self) -> dict[str, SourceHealth]:
        return decode(self.health_rows(), self.left_out)

    @reads
    def health_rows(self) -> list[tuple[object, ...]]:
        """The rows ``load_health`` decodes, as stored (text, numbers, None): what the quit
        keeps beside the store for the next first paint (``tui.store.look_file``)."""
        return [tuple(row) for row in self._conn.execute(_LOAD, (URL_PREFIX,))]
