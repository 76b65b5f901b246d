"""Small keyed values (meta), the data fingerprint, the alerts log and the rules' state."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from tui.store import damage
from tui.store.access import reads, writes
from tui.store.base import StoreBase
from tui.store.codec import UTC, dt_text

# the alerts log keeps this many entries (oldest dropped first)
ALERT_LOG_MAX = 10000
# meta key: the newest data (a snapshot's data_as_of) the rules were evaluated on
ALERTS_AS_OF = "alerts.data_as_of"

# (states, mark) -> (states changed, alerts fired, new mark or None)
AlertRound = Callable[
    [dict[str, str], str | None],
    tuple[dict[str, str], list[Mapping[str, Any]], str | None],
]


class MetaStore(StoreBase):
    """meta keys, the fingerprint of the data a snapshot is built from, alerts."""

    @reads
    def fingerprint(self) -> str:
        """A cheap summary of the data a snapshot is built from: equal fingerprints mean
        the same snapshot (used to reuse the last built snapshot at start)."""
        parts = [
            self._conn.execute(
                "SELECT COUNT(*), MAX(last_seen), MAX(first_seen) FROM headlines"
            ).fetchone(),
            self._conn.execute("SELECT COUNT(*), MAX(date) FROM price_points").fetchone(),
            self._conn.execute("SELECT COUNT(*) FROM series").fetchone(),
            self._conn.execute("SELECT COUNT(*), MAX(rowid) FROM declared").fetchone(),
            self._conn.execute(
                "SELECT group_concat(name || ok || COALESCE(last_success, ''), '|') FROM health"
            ).fetchone(),
        ]
        return json.dumps(parts, default=str)

    @reads
    def schema_problem(self) -> str | None:
        """Why this file cannot be read as this version's store (:func:`schema.look_problem`):
        for a read-only look, which never builds or migrates."""
        from tui.store.schema import look_problem

        return look_problem(self._conn)

    @reads
    def holds_no_data(self) -> bool:
        """No headline, price point or declared entry stored: a fresh file (the last one was
        damaged and moved aside, or removed)."""
        return not any(
            self._conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in ("headlines", "price_points", "declared")
        )

    @reads
    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is not None and (row[0] is None or damage.holds_nul(row[0])):  # zeroed in place
            self.left_out.add("meta", key, {"key": key, "value": row[0]})
            return None
        return None if row is None else str(row[0])

    @writes
    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @writes
    def set_metas(self, values: Mapping[str, str]) -> None:
        """Several meta keys in one transaction: stored all together or none."""
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items())
            )

    @writes
    def delete_meta(self, key: str) -> None:
        with self._tx() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    # ------------------------------------------------------------------ alerts

    def record_alert(self, alert_json: Mapping[str, Any]) -> int:
        """Append one fired alert (its ``Alert.to_json()``) to the log; returns its log id."""
        return self.save_alert_round({}, [alert_json])[0]

    def save_alert_round(
        self, states: Mapping[str, str], alerts: Sequence[Mapping[str, Any]]
    ) -> list[int]:
        """In one transaction: set each rule's state (rule key -> JSON text) and append
        ``alerts`` to the log; returns the log ids of ``alerts``. The log keeps the newest
        ``ALERT_LOG_MAX`` entries."""
        return self.alert_round(lambda _states, _mark: (dict(states), list(alerts), None))

    @writes
    def alert_round(self, evaluate: AlertRound) -> list[int]:
        """Evaluate and record the rules in one write transaction: ``evaluate`` gets the
        rules' states and the newest ``data_as_of`` they were evaluated on (ISO text, or
        None) as they are now, and returns the states changed, the alerts fired and the new
        mark (None keeps it). Another process's round waits for this one (the write lock),
        so two processes never both see a rule unfired and both fire it."""
        with self._tx() as conn:
            stored = {r[0]: r[1] for r in conn.execute("SELECT rule, state FROM alert_state")}
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (ALERTS_AS_OF,)).fetchone()
            states, alerts, mark = evaluate(stored, None if row is None else str(row[0]))
            if mark is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (ALERTS_AS_OF, mark)
                )
            return self._log_alerts(conn, states, alerts)

    def _log_alerts(
        self,
        conn: sqlite3.Connection,
        states: Mapping[str, str],
        alerts: Sequence[Mapping[str, Any]],
    ) -> list[int]:
        ids: list[int] = []
        conn.executemany(
            "INSERT OR REPLACE INTO alert_state (rule, state) VALUES (?, ?)",
            list(states.items()),
        )
        for a in alerts:
            cur = conn.execute(
                "INSERT INTO alerts (fired_at, rule, body) VALUES (?, ?, ?)", alert_key(a)
            )
            ids.append(int(cur.lastrowid or 0))
        if alerts:
            trim_alerts(conn)
        return ids

    @writes
    def set_alert_delivery(
        self, alert_id: int, note: str, *, key: tuple[str, str, str] | None = None
    ) -> None:
        """Note how delivering a logged alert went (e.g. a failed command). ``key``: the
        alert's :func:`alert_key`, which outlives its id: a session a lock kept in memory logged
        it under an id of its memory, and the merge into the file gave it another (the file's
        next), so the row with that key is noted, the id only choosing among equal ones. An
        alert no longer in the log (past its cap) is noted nowhere."""
        with self._tx() as conn:
            if key is None:
                conn.execute("UPDATE alerts SET delivery = ? WHERE id = ?", (note, alert_id))
                return
            cur = conn.execute(
                "UPDATE alerts SET delivery = ? WHERE id = ? AND fired_at = ? AND rule = ?"
                " AND body = ?",
                (note, alert_id, *key),
            )
            if cur.rowcount == 0:  # not under this id (merged into the file since): by its key
                conn.execute(
                    "UPDATE alerts SET delivery = ? WHERE id = (SELECT MAX(id) FROM alerts"
                    " WHERE fired_at = ? AND rule = ? AND body = ?)",
                    (note, *key),
                )

    @reads
    def load_alerts(self, limit: int = 500) -> list[dict[str, Any]]:
        """The alerts log, newest first: each the stored alert JSON plus ``id`` and
        ``delivery`` (None, or what went wrong delivering it)."""
        out: list[dict[str, Any]] = []
        for alert_id, body, delivery in self._conn.execute(
            "SELECT id, body, delivery FROM alerts ORDER BY id DESC LIMIT ?", (max(0, limit),)
        ):
            try:
                data = json.loads(body)
            except (ValueError, TypeError):
                data = None
            if not isinstance(data, dict) or damage.holds_nul(delivery):  # zeroed in place
                where = {"id": alert_id, "body": body, "delivery": delivery}
                self.left_out.add("alerts", alert_id, where)
                continue
            data["id"] = alert_id
            data["delivery"] = delivery
            out.append(data)
        return out

    @reads
    def get_alert_state(self, rule: str) -> str | None:
        row = self._conn.execute("SELECT state FROM alert_state WHERE rule = ?", (rule,)).fetchone()
        if row is not None and (row[0] is None or damage.holds_nul(row[0])):  # zeroed in place
            self.left_out.add("alert_state", rule, {"rule": rule, "state": row[0]})
            return None
        return None if row is None else str(row[0])

    def set_alert_state(self, rule: str, state: str) -> None:
        self.save_alert_round({rule: state}, [])

    @reads
    def load_alert_states(self) -> dict[str, str]:
        states = {}
        for rule, state in self._conn.execute("SELECT rule, state FROM alert_state"):
            if rule is None or state is None or damage.holds_nul(rule, state):  # zeroed in place
                self.left_out.add("alert_state", rule, {"rule": rule, "state": state})
                continue
            states[rule] = state
        return states


def alert_key(alert: Mapping[str, Any]) -> tuple[str, str, str]:
    """An alert's row in the log, told by what it says (``fired_at``, ``rule``, ``body``): the
    identity the merge keeps (``tui.store.merge``), where its id is the store's it was logged
    in."""
    fired = alert.get("fired_at")
    return (
        str(fired) if fired else dt_text(datetime.now(UTC)),
        str(alert.get("rule", "")),
        json.dumps(dict(alert), ensure_ascii=False, default=str),
    )


def trim_alerts(conn: sqlite3.Connection) -> None:
    """The alerts log cut to its newest ``ALERT_LOG_MAX`` entries (in the caller's write
    transaction)."""
    conn.execute(
        "DELETE FROM alerts WHERE id <= (SELECT MAX(id) FROM alerts) - ?", (ALERT_LOG_MAX,)
    )
