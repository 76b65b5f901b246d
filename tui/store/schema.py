"""The store's tables, their migrations, and how SQLite's errors are told apart.

The schema version lives in ``PRAGMA user_version``; a store of an older version is migrated
in place (1 -> 2 adds the alerts log and the alert rules' state, 2 -> 3 the policy events,
3 -> 4 a declared entry's end, 4 -> 5 the pruned items, 5 -> 6 a headline's unknown zone,
6 -> 7 a price point's check value, each stored point stamped: ``tui.store.price_check``).
Every statement here is idempotent (``IF NOT EXISTS``) and :func:`ensure_schema` decides and
builds inside one ``BEGIN IMMEDIATE`` transaction, so two processes creating the same new
store at once never see each other's half-built schema: the second waits for the first's
write lock (the busy timeout), then finds the work done.
"""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
from pathlib import Path

from tui.store import files, price_check
from tui.store.fault import NEWER, CacheFault, Kind

SCHEMA_VERSION = 7
#: meta keys recording the bytes of a source's last stored delivery (``tui.flow.unchanged``):
#: they stand for rows elsewhere in the store, so a salvage that copies meta drops them.
DELIVERY_PREFIX = "content:"

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS headlines (
    source TEXT NOT NULL,
    identity TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    published TEXT,
    summary TEXT NOT NULL DEFAULT '',
    outlet TEXT,
    official INTEGER NOT NULL DEFAULT 0,
    doc_type TEXT,
    agencies TEXT NOT NULL DEFAULT '[]',
    date_estimated INTEGER NOT NULL DEFAULT 0,
    guid TEXT,
    canonical_url TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    sort_at TEXT NOT NULL,
    PRIMARY KEY (source, identity)
);
CREATE INDEX IF NOT EXISTS headlines_sort_at ON headlines (sort_at);
CREATE TABLE IF NOT EXISTS series (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    symbol TEXT NOT NULL,
    unit TEXT NOT NULL,
    metal TEXT,
    frequency TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    currency TEXT,
    note TEXT,
    UNIQUE (source, symbol)
);
CREATE TABLE IF NOT EXISTS price_points (
    series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (series_id, date)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS declared (
    owner TEXT NOT NULL,
    position INTEGER NOT NULL,
    metal TEXT NOT NULL,
    origin TEXT NOT NULL,
    destination TEXT NOT NULL,
    status TEXT NOT NULL,
    since TEXT,
    rate_pct REAL,
    proposed INTEGER NOT NULL DEFAULT 0,
    url TEXT,
    note TEXT,
    source TEXT NOT NULL,
    PRIMARY KEY (owner, position)
);
CREATE TABLE IF NOT EXISTS health (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    ok INTEGER NOT NULL,
    error TEXT,
    warning TEXT,
    fetched_at TEXT,
    last_success TEXT,
    next_attempt TEXT,
    items INTEGER NOT NULL DEFAULT 0,
    stale INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS read_stories (
    story_id TEXT PRIMARY KEY,
    read_at TEXT NOT NULL
);
"""
# Version 2 added the alerts log and the alert rules' state (tui.flow.alerts).
_SCHEMA_V2 = """
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY,
    fired_at TEXT NOT NULL,
    rule TEXT NOT NULL,
    body TEXT NOT NULL,
    delivery TEXT
);
CREATE TABLE IF NOT EXISTS alert_state (
    rule TEXT PRIMARY KEY,
    state TEXT NOT NULL
);
"""
# Version 3 keeps every classified policy event with its evidence, so a status inferred from a
# headline outlives the headline's retention.
_SCHEMA_V3 = """
CREATE TABLE IF NOT EXISTS policy_events (
    key TEXT PRIMARY KEY,
    published TEXT,
    body TEXT NOT NULL
);
"""
# Version 4 keeps a declared entry's end date (``until``).
_SCHEMA_V4 = """
ALTER TABLE declared ADD COLUMN until TEXT;
"""
# Version 5 remembers the items ``max_stories`` pruned while a feed still served them (their
# source and identity, and when a feed last served them), so they do not come back as new.
_SCHEMA_V5 = """
CREATE TABLE IF NOT EXISTS pruned_headlines (
    source TEXT NOT NULL,
    identity TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (source, identity)
);
"""
# Version 6 keeps whether a headline's clock time is of a zone that cannot be placed (read as
# UTC: ``Headline.zone_unknown``).
_SCHEMA_V6 = """
ALTER TABLE headlines ADD COLUMN zone_unknown INTEGER NOT NULL DEFAULT 0;
"""
# Version 7 keeps each price point's check value (``tui.store.price_check``): the points an
# earlier version stored are stamped when it is migrated (``_STAMPED``).
_SCHEMA_V7 = """
ALTER TABLE price_points ADD COLUMN crc INTEGER;
"""
SCHEMA = _SCHEMA_V1 + _SCHEMA_V2 + _SCHEMA_V3 + _SCHEMA_V4 + _SCHEMA_V5 + _SCHEMA_V6 + _SCHEMA_V7
_TABLES_V1 = frozenset(
    {"meta", "headlines", "series", "price_points", "declared", "health", "read_stories"}
)
_TABLES_V2 = _TABLES_V1 | {"alerts", "alert_state"}
_TABLES_V3 = _TABLES_V2 | {"policy_events"}
TABLES = _TABLES_V3 | {"pruned_headlines"}
# what each older version needs to become the current one (applied in order)
_MIGRATIONS: dict[int, tuple[frozenset[str], str]] = {
    1: (_TABLES_V1, _SCHEMA_V2),
    2: (_TABLES_V2, _SCHEMA_V3),
    3: (_TABLES_V3, _SCHEMA_V4),
    4: (_TABLES_V3, _SCHEMA_V5),
    5: (TABLES, _SCHEMA_V6),
    6: (TABLES, _SCHEMA_V7),
}
#: The version whose migration ends by stamping the stored points with their check values.
_STAMPED = 6

_OK, _BUILD, _MIGRATE = "ok", "build", "migrate"


def _inspect(conn: sqlite3.Connection) -> tuple[int, set[str]]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    return version, tables


#: How a store a newer metalwatch wrote is said: it is left as it is, never moved aside.


def _verdict(version: int, tables: set[str]) -> str:
    """ok / build / migrate, or why the file is not a store of ours."""
    if version == SCHEMA_VERSION and tables == TABLES:
        return _OK
    if version > SCHEMA_VERSION:  # its tables may be more than ours: its own to keep
        return f"{NEWER} (schema version {version}; this one reads {SCHEMA_VERSION})"
    if version == 0 and not tables:
        return _BUILD
    if version in _MIGRATIONS and tables == _MIGRATIONS[version][0]:
        return _MIGRATE
    if version == 0 or not tables <= TABLES:
        return "not a metalwatch cache"
    if version != SCHEMA_VERSION:
        return f"unknown schema version {version}"
    return "tables missing"


def look_problem(conn: sqlite3.Connection) -> str | None:
    """Why a read-only look cannot read the file as this version's store (a newer version's,
    not a metalwatch cache...), else None (current, empty, or older: a refresh migrates it)."""
    verdict = _verdict(*_inspect(conn))
    return None if verdict in (_OK, _BUILD, _MIGRATE) else verdict


def migrates(conn: sqlite3.Connection) -> bool:
    """Whether ``conn``'s file is an earlier version's store, which :func:`ensure_schema`
    migrates (under the write lock)."""
    return _verdict(*_inspect(conn)) == _MIGRATE


def ensure_schema(conn: sqlite3.Connection) -> str | None:
    """Make ``conn`` hold a current store: None when it does (built or migrated here, in one
    ``BEGIN IMMEDIATE`` transaction), else why the file is not a metalwatch store.

    The first look needs no write lock, so an up-to-date store opens even while another
    program holds the write lock; anything else is decided again under the lock.
    """
    if _verdict(*_inspect(conn)) == _OK:
        return None
    conn.execute("BEGIN IMMEDIATE")
    try:
        version, tables = _inspect(conn)
        verdict = _verdict(version, tables)
        if verdict == _BUILD:
            run_script(conn, SCHEMA)
        elif verdict == _MIGRATE:
            while version in _MIGRATIONS:
                run_script(conn, _MIGRATIONS[version][1])
                if version == _STAMPED:
                    price_check.stamp_unstamped(conn)
                version += 1
        elif verdict != _OK:
            conn.execute("ROLLBACK")
            return verdict
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return None


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements inside the caller's transaction (``executescript``
    would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            try:
                conn.execute(statement)
            except sqlite3.OperationalError as exc:
                # a column already there counts as added (a store rebuilt by hand, a test)
                if not ("duplicate column name" in str(exc) and "ADD COLUMN" in statement.upper()):
                    raise


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when SQLite finds the file sound (``PRAGMA quick_check``), else what is wrong."""
    row = conn.execute("PRAGMA quick_check").fetchone()
    return None if row is not None and row[0] == "ok" else "failed its integrity check"


def use_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch the file to WAL. The switch needs a lock that SQLite does not wait for (no busy
    handler), so two processes opening a new file at once retry here until ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not is_lock(exc) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.05))


# ---------------------------------------------------------------------- telling errors apart


def _name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_lock(exc: sqlite3.Error) -> bool:
    """Another connection holds the lock we waited for (past the busy timeout)."""
    name = _name(exc)
    if name:
        return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    text = str(exc)
    return "locked" in text or "busy" in text


def is_corrupt(exc: sqlite3.Error) -> bool:
    """SQLite itself says the file is not a (sound) database."""
    name = _name(exc)
    if name:
        return name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))
    text = str(exc)
    return "not a database" in text or "malformed" in text


def write_failure(exc: sqlite3.Error, folder: Path | None = None) -> CacheFault | None:
    """Why a write could not be done when the cause is the disk or the file (read-only file
    or folder, disk full, I/O error), else None (a bug, a lock, a corrupt file). ``folder``:
    the store's, named when the disk holding it is full; an I/O error there with no room left
    is a full disk (SQLite says "disk I/O error" when it cannot make its WAL index)."""
    name = _name(exc)
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return files.full(folder)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return CacheFault(Kind.READ_ONLY, None, None, text)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")) or (
        not name and ("disk I/O error" in text or "unable to open" in text)
    ):
        if folder is not None and files.disk_full(folder):
            return files.full(folder)
        return CacheFault(Kind.IO_ERROR, None, None, text)
    return None


def newer(problem: str | None, path: Path) -> CacheFault | None:
    """A verdict (:func:`ensure_schema`, :func:`look_problem`) that the file is a newer
    version's, as a fault; None for any other."""
    if problem is None or not problem.startswith(NEWER):
        return None
    return CacheFault(Kind.NEWER, path, words=problem[len(NEWER) :].strip().strip("()"))


#: What SQLite says of a damaged file (:func:`integrity_problem`, :func:`reason`): what can still
#: be read of it is salvaged (``tui.store.salvage``), unlike a file that is not a store of ours.
DAMAGE = frozenset({"failed its integrity check", "damaged", "not a SQLite database"})


def reason(exc: sqlite3.Error) -> str:
    """A short phrase for an unreadable file."""
    text = str(exc)
    if "not a database" in text:
        return "not a SQLite database"
    if "malformed" in text:
        return "damaged"
    return text
