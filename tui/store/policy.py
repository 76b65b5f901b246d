"""Declared policy (policy files) and the classified policy events kept with their evidence."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tui.core.models import DeclaredPolicy
from tui.store import damage
from tui.store.access import reads, writes
from tui.store.base import StoreBase

#: A declared entry's columns as ``load_declared`` reads them (its key, owner and position, last).
_DECLARED = (
    "metal, origin, destination, status, since, rate_pct, proposed, url, note, source, until,"
    " owner, position"
).split(", ")


class PolicyStore(StoreBase):
    """What policy files declare, and the policy events remembered past their headlines."""

    @writes
    def save_declared(self, source: str, entries: Sequence[DeclaredPolicy]) -> None:
        """Replace everything ``source`` declared with ``entries`` (order kept)."""
        rows = [
            (
                source,
                i,
                e.metal,
                e.origin,
                e.destination,
                e.status,
                e.since.isoformat() if e.since is not None else None,
                e.rate_pct,
                int(e.proposed),
                e.url,
                e.note,
                e.source,
                e.until.isoformat() if e.until is not None else None,
            )
            for i, e in enumerate(entries)
        ]
        with self._tx() as conn:
            conn.execute("DELETE FROM declared WHERE owner = ?", (source,))
            conn.executemany(
                "INSERT INTO declared (owner, position, metal, origin, destination, status, since,"
                " rate_pct, proposed, url, note, source, until)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    @reads
    def has_declared(self, source: str) -> bool:
        """Whether any entry ``source`` declared is stored."""
        row = self._conn.execute("SELECT 1 FROM declared WHERE owner = ? LIMIT 1", (source,))
        return row.fetchone() is not None

    @reads
    def load_declared(self) -> list[DeclaredPolicy]:
        """Every declared entry, in order; a row zeroed in place (``tui.store.damage``) is left
        out: its text holds NULs, a date is no date, a rate is no number."""
        result: list[DeclaredPolicy] = []
        for row in self._conn.execute(
            f"SELECT {', '.join(_DECLARED)} FROM declared ORDER BY owner, position"
        ):
            metal, origin, destination, status, since, rate_pct, proposed, url, note, src = row[:10]
            until = row[10]
            begins, ends = damage.day(since), damage.day(until)
            if (
                None in (metal, origin, destination, status, src)
                or damage.holds_nul(*row)
                or (since and begins is None)
                or (until and ends is None)
                or (rate_pct is not None and not isinstance(rate_pct, int | float))
            ):
                self.left_out.add(
                    "declared", tuple(row[11:]), dict(zip(_DECLARED, row, strict=True))
                )
                continue
            result.append(
                DeclaredPolicy(
                    metal=metal,
                    origin=origin,
                    destination=destination,
                    status=status,
                    since=begins,
                    rate_pct=rate_pct,
                    proposed=bool(proposed),
                    url=url,
                    note=note,
                    source=src,
                    until=ends,
                )
            )
        return result

    @writes
    def save_policy_events(self, events: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Keep classified events (key -> ``{"event": ..., "evidence": ...}`` JSON-able)."""
        if not events:
            return
        with self._tx() as conn:
            conn.executemany(
                "INSERT INTO policy_events (key, published, body) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET published = excluded.published, body = excluded.body",
                [(k, str(v.get("published") or ""), json.dumps(v)) for k, v in events],
            )

    @reads
    def load_policy_events(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key, body in self._conn.execute("SELECT key, body FROM policy_events"):
            try:
                event = json.loads(body)
            except (ValueError, TypeError):
                event = None
            if not isinstance(event, dict) or damage.holds_nul(key):  # zeroed in place
                self.left_out.add("policy_events", key, {"key": key, "body": body})
                continue
            out[key] = event
        return out
