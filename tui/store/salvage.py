"""What can still be read of a damaged store, copied into the fresh one that replaces it.

A file SQLite calls damaged (a truncated file, pages overwritten) is moved aside and a fresh
store built (:mod:`tui.store.base`). Starting empty lost the alert rules' state (so alerts fired
again), the stories, the price history and the read marks. The damage is mostly in a few pages:
each table is read here by its keys (rowids; a price point's series and dates): a range that
meets an error is read on past the last row it gave, in halves, down to single keys, since a
page past the damage can still be reached from the tree above it. Every row read whole is stored
in the fresh store (a row whose values are not of its column's type is garbage, left out). Nothing is
written to the damaged file: it is opened read-only and stays aside.

:class:`Salvaged` says, table by table, what was saved and what was lost, for the notice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from tui.store import files, price_check, salvage_points, schema

log = logging.getLogger("tui.store")

#: The tables in the order they are copied (a price point needs its series), with what the user
#: calls their rows; the read marks count as read, the rules' state says what already fired.
TABLES: tuple[tuple[str, str, str], ...] = (
    ("alert_state", "alert rule's state", "alert rules' states"),
    ("alerts", "alert logged", "alerts logged"),
    ("read_stories", "read mark", "read marks"),
    ("headlines", "story", "stories"),
    ("series", "price series", "price series"),
    ("price_points", "price point", "price points"),
    ("declared", "declared policy entry", "declared policy entries"),
    ("policy_events", "policy event", "policy events"),
    ("pruned_headlines", "pruned story remembered", "pruned stories remembered"),
    ("health", "source's health", "sources' health"),
    ("meta", "setting", "settings"),
)
#: How the notice says what was saved, and that nothing was lost (the app's header reads them).
SAVED, NOTHING_LOST = "saved from it: ", "nothing lost"
_DELIVERY = (len(schema.DELIVERY_PREFIX), schema.DELIVERY_PREFIX)
#: The tables of what the sources delivered: one lost in part is fetched again at once.
_DATA = frozenset({"headlines", "series", "price_points", "declared", "policy_events"})
_BUDGET = 50_000  # reads of one table at most (each a seek and a few rows): a second or so
_TYPES = {"TEXT": (str,), "INTEGER": (int,), "REAL": (int, float)}


@dataclasses.dataclass
class Salvaged:
    """Rows saved, per table, and the tables read only in part or not at all."""

    saved: dict[str, int] = dataclasses.field(default_factory=dict)
    partly: list[str] = dataclasses.field(default_factory=list)  # an error met within it
    lost: list[str] = dataclasses.field(default_factory=list)  # nothing of it could be read
    error: str | None = None  # why nothing could be stored (the fresh store refused)

    def share(self) -> str | None:
        """How much of the damaged file was saved: "all", "part" or None (nothing)."""
        if self.error is not None or not any(self.saved.values()):
            return None
        return "part" if self.partly or self.lost else "all"

    def said(self) -> str:
        """``saved from it: 120 stories, 3 read marks; lost: part of the price points`` or
        ``nothing could be saved from it``."""
        names = {t: (one, many) for t, one, many in TABLES}
        kept = [f"{n} {names[t][n != 1]}" for t, n in self.saved.items() if n]
        gone = [f"part of the {names[t][1]}" for t in self.partly]
        gone += [f"all {names[t][1]}" for t in self.lost]
        if self.error is not None:
            return f"nothing could be saved from it ({self.error})"
        if not kept:
            return "nothing could be saved from it"
        return (
            SAVED
            + ", ".join(kept)
            + (f"; lost: {', '.join(gone)}" if gone else f"; {NOTHING_LOST}")
        )


def salvage(damaged: Path, into: sqlite3.Connection) -> Salvaged:
    """Copy what can be read of the store at ``damaged`` into ``into`` (a fresh store's
    connection, current schema, foreign keys not enforced yet), in one transaction."""
    made = [Path(f"{damaged}{x}") for x in files.COMPANIONS if not Path(f"{damaged}{x}").exists()]
    try:
        src = _open(damaged)
        if src is None:
            return Salvaged(lost=[t for t, *_ in TABLES])
        try:
            return _salvage(src, into)
        finally:
            src.close()
    finally:
        for extra in made:  # what reading it left beside it (its WAL index): it stays as it was
            with contextlib.suppress(OSError):
                extra.unlink()


def _salvage(src: sqlite3.Connection, into: sqlite3.Connection) -> Salvaged:
    result = Salvaged()
    into.execute("BEGIN IMMEDIATE")
    try:
        for table, *_ in TABLES:
            _copy(src, into, table, result)
        # a point whose series was lost has no series to be drawn under
        into.execute("DELETE FROM price_points WHERE series_id NOT IN (SELECT id FROM series)")
        price_check.stamp_unstamped(into)  # the points of an earlier version's file
        # "these bytes are stored already" no longer holds of rows that may be lost: each
        # source's next answer is parsed and stored again, even when it is the same bytes
        into.execute("DELETE FROM meta WHERE substr(key, 1, ?) = ?", _DELIVERY)
        if _DATA & {*result.partly, *result.lost}:
            # stories or prices lost with their sources' schedule kept: each source that
            # delivered waited out its cadence (hours for a monthly series) before the rows
            # lost came back; now due at once (a failing one keeps its backoff)
            into.execute("UPDATE health SET next_attempt = NULL WHERE ok = 1")
        into.execute("COMMIT")
    except Exception as exc:  # the fresh store refused (a full disk), or a row beyond reason:
        with contextlib.suppress(sqlite3.Error):  # nothing saved, and the store opens anyway
            into.execute("ROLLBACK")
        log.warning("salvage failed: %r", exc)
        failure = schema.write_failure(exc) if isinstance(exc, sqlite3.Error) else None
        return Salvaged(error=str(failure or exc) or type(exc).__name__)
    return result


def _open(path: Path) -> sqlite3.Connection | None:
    """The damaged file, read-only, with a schema that can be read; else None."""
    for uri in files.read_only_uris(path):
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.1)
        except sqlite3.Error:
            continue
        try:
            # a truncated file is shorter than its header says: SQLite then refuses even its
            # schema, unless the schema may be "written" (nothing is: the file is read-only)
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("SELECT name FROM sqlite_master").fetchall()
            return conn
        except sqlite3.Error as exc:
            log.warning("damaged cache %s: its tables cannot be read (%s)", path, exc)
            conn.close()
    return None


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool]]:
    """Each column's declared type and whether it is NOT NULL."""
    return {
        name: (str(kind).upper(), bool(notnull))
        for _, name, kind, notnull, *_ in conn.execute(f"PRAGMA table_info({table})")
    }


def _copy(src: sqlite3.Connection, dst: sqlite3.Connection, table: str, out: Salvaged) -> None:
    try:
        have = _columns(src, table)
    except sqlite3.Error:
        have = {}
    if not have:
        out.lost.append(table)
        return
    want = _columns(dst, table)
    cols = [c for c in want if c in have]
    types = [want[c] for c in cols]
    insert = (
        f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    )
    rows, whole = _read(src, dst, table, cols)
    saved = 0
    for row in rows:
        if not _typed(row, types):
            whole = False
            continue
        try:
            saved += dst.execute(insert, row).rowcount
        except sqlite3.IntegrityError:
            whole = False
    out.saved[table] = saved
    if not whole:
        (out.partly if saved else out.lost).append(table)


def _typed(row: Sequence[object], types: Sequence[tuple[str, bool]]) -> bool:
    """Whether each value is of its column's type (or NULL where that is allowed), and no text
    holds a NUL: the store never writes one (text is sanitised, JSON escapes it), but a page cut
    off mid-way reads as zeros, so a row running onto it ends in NULs (a title ``shoote\x00``)."""
    for value, (kind, notnull) in zip(row, types, strict=True):
        if value is None:
            if notnull:
                return False
        elif kind in _TYPES and not isinstance(value, _TYPES[kind]):
            return False
        elif isinstance(value, str) and "\x00" in value:
            return False
    return True


def _read(
    src: sqlite3.Connection, dst: sqlite3.Connection, table: str, cols: list[str]
) -> tuple[list[tuple], bool]:
    """The rows of ``table`` that can be read, and whether it read whole (no error met)."""
    found: dict[tuple, tuple] = {}
    pick = ", ".join(cols)
    if table == "price_points":  # its key is a series and a date (no rowid)
        whole = _read_points(src, dst, pick, found)
        if not whole and "value" in cols:  # a price a zeroed block cut: lost, never another
            salvage_points.left_out(src, found, cols.index("value"))
        if salvage_points.check_failed(found, cols):  # a price's bytes changed: lost too
            whole = False
        return [found[k] for k in sorted(found)], whole
    every = f"SELECT rowid, {pick} FROM {table} ORDER BY rowid"
    if _rows(src, every, (), 1, found)[1]:
        return [found[k] for k in sorted(found)], True
    _rows(src, every + " DESC", (), 1, found)
    # the keys between, bounded by those seen (a seek past the last leaf may meet the damage
    # too, so an open range would be split key by key): the table's own and its indexes'
    known = {int(k[0]) for k in found} | _indexed_rowids(src, table)
    sql = f"SELECT rowid, {pick} FROM {table} WHERE rowid >= ? AND rowid < ? ORDER BY rowid"

    def by_rowid(lo: int, hi: int) -> tuple[int | None, bool]:
        last, ok = _rows(src, sql, (lo, hi), 1, found, (lo, hi))
        return (None if last is None else int(last[0])), ok

    if known:
        _bisect(by_rowid, min(known), max(known) + 1, [_BUDGET])
    return [found[k] for k in sorted(found)], False


def _read_points(
    src: sqlite3.Connection, dst: sqlite3.Connection, pick: str, found: dict[tuple, tuple]
) -> bool:
    """The price points that can be read, into ``found``; whether all could."""
    every = f"SELECT series_id, date, {pick} FROM price_points ORDER BY series_id, date"
    if _rows(src, every, (), 2, found)[1]:
        return True
    ids = {int(r[0]) for r in dst.execute("SELECT id FROM series")}
    ids |= {k[0] for k in found if isinstance(k[0], int)}
    one = f"SELECT series_id, date, {pick} FROM price_points WHERE series_id = ?"
    sql = one + " AND date >= ? AND date < ? ORDER BY date"
    budget = [_BUDGET]
    for sid in sorted(ids):
        _rows(src, one + " ORDER BY date", (sid,), 2, found)
        _rows(src, one + " ORDER BY date DESC", (sid,), 2, found)
        days = {day for k in found if k[0] == sid and (day := _day(k[1])) is not None}

        def by_date(lo: int, hi: int, sid: int = sid) -> tuple[int | None, bool]:
            span = (_iso(lo), _iso(hi))
            last, ok = _rows(src, sql, (sid, *span), 2, found, span)
            return (None if last is None else _day(last[1])), ok

        if days:
            _bisect(by_date, min(days), max(days) + 1, budget)
    return False


def _iso(day: int) -> str:
    return date.fromordinal(min(day, date.max.toordinal())).isoformat() if day > 0 else ""


def _day(text: object) -> int | None:
    try:
        return date.fromisoformat(str(text)).toordinal()
    except ValueError:
        return None


def _indexed_rowids(src: sqlite3.Connection, table: str) -> set[int]:
    """The rowids ``table``'s indexes hold (each read from both ends until an error)."""
    got: set[int] = set()
    try:
        indexes = [str(r[1]) for r in src.execute(f"PRAGMA index_list({table})")]
    except sqlite3.Error:
        return got
    for index in indexes:
        try:
            cols = [str(r[2]) for r in src.execute(f'PRAGMA index_info("{index}")')]
        except sqlite3.Error:
            continue
        for way in ("", " DESC"):
            order = ", ".join(f'"{c}"{way}' for c in cols)
            sql = f'SELECT rowid FROM {table} INDEXED BY "{index}" ORDER BY {order}'
            with contextlib.suppress(sqlite3.Error):
                for (rowid,) in _each(src, sql, ()):
                    if isinstance(rowid, int):
                        got.add(rowid)
    return got


def _bisect(
    read: Callable[[int, int], tuple[int | None, bool]], lo: int, hi: int, budget: list[int]
) -> bool:
    """``read(a, b)`` the keys in [lo, hi); a range that meets an error is read on past the
    last key it gave, in halves, down to single keys (each lost alone), within ``budget``
    reads. Whether all was read with no error."""
    whole = True
    todo = [(lo, hi)]
    while todo and budget[0] > 0:
        a, b = todo.pop()
        budget[0] -= 1
        last, ok = read(a, b)
        if ok:
            continue
        whole = False
        if last is not None and last >= a:  # read up to ``last``: on past it
            a = last + 1
        if b - a > 1:
            mid = (a + b) // 2
            todo += [(mid, b), (a, mid)]
    return whole and not todo


def _rows(
    src: sqlite3.Connection,
    sql: str,
    args: tuple,
    nkeys: int,
    found: dict[tuple, tuple],
    span: tuple[object, object] | None = None,
) -> tuple[tuple | None, bool]:
    """Read ``sql`` into ``found`` (key -> row) until its end or the first error; the key of
    the last row read (None: none), and whether the end was reached. A key out of the order
    asked (``DESC`` or not), or whose last part is outside ``span`` (the range asked), is
    garbage SQLite read as a row (a page cut short): an error too."""
    desc = sql.rstrip().endswith("DESC")
    last: tuple | None = None
    try:
        for row in _each(src, sql, args):
            key = row[:nkeys]
            if last is not None and not (key < last if desc else key > last):
                return last, False
            if span is not None and not span[0] <= key[-1] < span[1]:
                return last, False
            last = key
            found.setdefault(key, row[nkeys:])
    except (sqlite3.Error, TypeError):
        return last, False
    return last, True


def _each(src: sqlite3.Connection, sql: str, args: tuple) -> Iterator[tuple]:
    cursor = src.execute(sql, args)
    while (row := cursor.fetchone()) is not None:
        yield tuple(row)
