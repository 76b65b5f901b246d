"""What a session kept in memory, merged into the cache file once another program's lock lets go.

A store locked by another program (against reads at the start, or against writes for longer
than the busy timeout later) leaves the session in memory: its fetches, read marks and alerts
are kept there, not saved. :func:`merge` copies them into the file's store in the caller's
write transaction, never losing or overwriting what the file holds: a row the file has stays as
it is (a headline's text, a price point's value, a source's declared entries, a meta key), what
only memory has is added. Two things are merged rather than kept: a source's health, newer
fetch wins (the store's own rule, ``tui.store.health``), and a rule's alert state, whose
remembered stories are united (each side's alerts fired once, not again).

A memory that began as a copy of the file (a write lock waited out mid-session,
``StoreBase._degrade``) holds what the file held then: :func:`note_copied` remembers those rows
of the tables the file trims (stories, read marks, pruned items, the alerts log). One still as
copied that the file no longer holds was pruned there since (another program's ``prune``, the
alerts log's cap), and is not brought back; only what the session wrote (a story it fetched or
was served again, a mark it made) is merged.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import datetime, timezone
from typing import Any

from tui.store.codec import dt_text
from tui.store.copied import COPIED
from tui.store.health import _SAVE as SAVE_HEALTH
from tui.store.meta import trim_alerts


@dataclasses.dataclass(frozen=True)
class Merged:
    """What the merge added to the file (rows it held already are not counted)."""

    stories: int = 0
    points: int = 0

    def said(self) -> str:
        """ "3 stories and 12 price points of this session saved", or "" when none was new."""
        from tui.core.fmt import counted

        parts = []
        if self.stories:
            parts.append(counted(self.stories, "story", "stories"))
        if self.points:
            parts.append(counted(self.points, "price point"))
        return f"{' and '.join(parts)} of this session saved" if parts else ""


def merge(src: sqlite3.Connection, dst: sqlite3.Connection) -> Merged:
    """Copy what ``src`` (the session's memory) holds into ``dst`` (the file, in a write
    transaction the caller began and commits): see the module docstring."""
    stories = _count(dst, "headlines")
    points = _count(dst, "price_points")
    _headlines(src, dst)
    _series(src, dst)
    _declared(src, dst)
    for h in _rows(src, "health"):
        dst.execute(SAVE_HEALTH, {**h, "now": dt_text(datetime.now(timezone.utc))})
    for table in ("read_stories", "policy_events", "pruned_headlines", "meta"):
        _insert(dst, table, _written(src, table), "DO NOTHING")
    _alerts(src, dst)
    _alert_states(src, dst)
    return Merged(_count(dst, "headlines") - stories, _count(dst, "price_points") - points)


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def _rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM main.{table}")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def _written(src: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """The rows of ``table`` the session wrote: all of them, but for a memory that began as a
    copy of the file, the rows still as copied (the file's then: kept there, or pruned since)."""
    rows = _rows(src, table)
    columns = COPIED.get(table)
    copied = f"copied_{table}"
    if (
        columns is None
        or not src.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (copied,)).fetchone()
    ):
        return rows
    told = ", ".join(columns)
    changed = set(src.execute(f"SELECT {told} FROM main.{table} EXCEPT SELECT * FROM {copied}"))
    return [r for r in rows if tuple(r[c] for c in columns) in changed]


def _insert(
    dst: sqlite3.Connection, table: str, rows: list[dict[str, Any]], on_conflict: str
) -> None:
    if not rows:
        return
    names = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"
        f" ON CONFLICT DO {on_conflict.removeprefix('DO ')}"
    )
    dst.executemany(sql, rows)


def _headlines(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """The file's headline stays as it is (its text, its first sighting); served again in this
    session, it was seen last now. An item the file pruned past ``max_stories`` is not stored
    again (as a save would not), only remembered as still served; one it pruned for its age is
    stored again only if the session was served it (as a save would)."""
    pruned = {
        (s, i)
        for s, i in dst.execute(
            "SELECT p.source, p.identity FROM pruned_headlines p LEFT JOIN headlines h"
            " ON h.source = p.source AND h.identity = p.identity WHERE h.identity IS NULL"
        )
    }
    rows, served = [], []
    for r in _written(src, "headlines"):
        if (r["source"], r["identity"]) in pruned:
            served.append((r["last_seen"], r["source"], r["identity"]))
        else:
            rows.append(r)
    dst.executemany(
        "UPDATE pruned_headlines SET last_seen = ? WHERE source = ? AND identity = ?"
        " AND last_seen < ?",
        [(*s, s[0]) for s in served],
    )
    _insert(
        dst,
        "headlines",
        rows,
        "UPDATE SET last_seen = excluded.last_seen WHERE excluded.last_seen > headlines.last_seen",
    )


def _series(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """A series the file lacks is added; its points go under the file's id for the series, a
    day the file holds keeping the file's value."""
    for row in _rows(src, "series"):
        old_id = row.pop("id")
        _insert(dst, "series", [row], "NOTHING")
        (new_id,) = dst.execute(
            "SELECT id FROM series WHERE source = ? AND symbol = ?", (row["source"], row["symbol"])
        ).fetchone()
        dst.executemany(
            "INSERT INTO price_points (series_id, date, value, crc) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (
                (new_id, d, v, c)  # its check value is of its date and value alone
                for d, v, c in src.execute(
                    "SELECT date, value, crc FROM price_points WHERE series_id = ?", (old_id,)
                )
            ),
        )


def _declared(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """A source's declared entries are one list: the file's stands whole; the list of a source
    only memory holds is added, if the session wrote it (a list still as copied that the file
    no longer holds was emptied there since)."""
    held = {r[0] for r in dst.execute("SELECT DISTINCT owner FROM declared")}
    written = {r["owner"] for r in _written(src, "declared")}
    rows = [r for r in _rows(src, "declared") if r["owner"] in written - held]
    _insert(dst, "declared", rows, "NOTHING")


def _alerts(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """The alerts log: each alert once (a memory that began as a copy of the file holds the
    file's too), the session's after the file's; then trimmed to its cap as a save trims it
    (the oldest go)."""
    added = False
    for r in _written(src, "alerts"):
        key = (r["fired_at"], r["rule"], r["body"])
        cur = dst.execute(
            "INSERT INTO alerts (fired_at, rule, body, delivery) SELECT ?, ?, ?, ? WHERE NOT"
            " EXISTS (SELECT 1 FROM alerts WHERE fired_at = ? AND rule = ? AND body = ?)",
            (*key, r["delivery"], *key),
        )
        added = added or cur.rowcount > 0
    if added:
        trim_alerts(dst)


def _alert_states(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    held = {rule: state for rule, state in dst.execute("SELECT rule, state FROM alert_state")}
    for rule, state in src.execute("SELECT rule, state FROM alert_state"):
        merged = state if rule not in held else united(held[rule], state)
        if merged != held.get(rule):
            dst.execute(
                "INSERT OR REPLACE INTO alert_state (rule, state) VALUES (?, ?)", (rule, merged)
            )


def united(stored: str, session: str) -> str:
    """A rule's state from the file and from the session's memory (JSON objects): the
    session's values are the newer, but what either remembered (the stories a headline rule
    fired for, the corridors a policy rule saw) is kept from both. Not JSON objects: the
    file's stands."""
    try:
        old, new = json.loads(stored), json.loads(session)
    except ValueError:
        return stored
    if not isinstance(old, dict) or not isinstance(new, dict):
        return stored
    out = dict(old)
    for key, value in new.items():
        before = old.get(key)
        if isinstance(before, list) and isinstance(value, list):
            out[key] = before + [v for v in value if v not in before]
        elif isinstance(before, dict) and isinstance(value, dict):
            out[key] = {**before, **value}
        else:
            out[key] = value
    return json.dumps(out, sort_keys=True, separators=(",", ":"))
