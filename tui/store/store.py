"""The offline cache: headlines, price series, declared policy, source health, read marks.

One SQLite file (stdlib ``sqlite3``) in WAL mode with ``synchronous=NORMAL``: a crash or a
kill never loses a committed transaction or corrupts the file (a power cut may lose the
last few). Every write method is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a
batch is stored whole or not at all.

The schema version lives in ``PRAGMA user_version``; a store of an older version is migrated
in place (1 -> 2 adds the alerts log and the alert rules' state). A file that is not SQLite,
fails ``PRAGMA quick_check``, or is SQLite but not ours (other tables, unknown version) is
moved aside to ``<name>.corrupt-<UTC timestamp>`` and a fresh store is built;
``Store.recovered`` then holds a sentence for the user. The cache only ever holds what the
sources can give again (and the alerts log), so starting fresh loses history, never anything
the user wrote.

Threads: a ``Store`` belongs to the thread that made it (sqlite3's ``check_same_thread``).
Use one ``Store`` per thread (each opens its own connection to the same file) or call it
from one worker thread only. Several processes may share the file; writers wait up to
``BUSY_TIMEOUT_MS`` for each other.

Datetimes are stored as ISO 8601 strings in UTC (``2025-03-01T12:00:00.000000+00:00``, a
fixed width, so they sort as text); naive datetimes are taken to be UTC. Dates are ISO dates.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from tui.core.models import DeclaredPolicy, Headline, PriceSeries, SourceHealth
from tui.core.text import canonical_url

log = logging.getLogger(__name__)

UTC = timezone.utc
SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 5000
MEMORY = ":memory:"

_SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE headlines (
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
CREATE INDEX headlines_sort_at ON headlines (sort_at);
CREATE TABLE series (
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
CREATE TABLE price_points (
    series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (series_id, date)
) WITHOUT ROWID;
CREATE TABLE declared (
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
CREATE TABLE health (
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
CREATE TABLE read_stories (
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
_SCHEMA += _SCHEMA_V2 + _SCHEMA_V3
_TABLES_V1 = frozenset(
    {"meta", "headlines", "series", "price_points", "declared", "health", "read_stories"}
)
_TABLES_V2 = _TABLES_V1 | {"alerts", "alert_state"}
_TABLES = _TABLES_V2 | {"policy_events"}
# what each older version needs to become the current one (applied in order)
_MIGRATIONS: dict[int, tuple[frozenset[str], str]] = {
    1: (_TABLES_V1, _SCHEMA_V2),
    2: (_TABLES_V2, _SCHEMA_V3),
}
# the alerts log keeps this many entries (oldest dropped first)
ALERT_LOG_MAX = 10000

# On conflict the first sighting stays; a date only estimated (the fetch time) never
# replaces a date already known, so undated items do not jump to the top on every refresh.
_KEEP_PUBLISHED = (
    "CASE WHEN headlines.published IS NOT NULL"
    " AND (excluded.published IS NULL OR excluded.date_estimated = 1)"
    " THEN headlines.published ELSE excluded.published END"
)
_UPSERT_HEADLINE = f"""
INSERT INTO headlines (
    source, identity, title, url, published, summary, outlet, official, doc_type, agencies,
    date_estimated, guid, canonical_url, first_seen, last_seen, sort_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source, identity) DO UPDATE SET
    title = excluded.title,
    url = excluded.url,
    summary = excluded.summary,
    outlet = excluded.outlet,
    official = excluded.official,
    doc_type = excluded.doc_type,
    agencies = excluded.agencies,
    guid = excluded.guid,
    canonical_url = excluded.canonical_url,
    date_estimated = CASE WHEN headlines.published IS NOT NULL
        AND (excluded.published IS NULL OR excluded.date_estimated = 1)
        THEN headlines.date_estimated ELSE excluded.date_estimated END,
    published = {_KEEP_PUBLISHED},
    sort_at = COALESCE({_KEEP_PUBLISHED}, headlines.first_seen),
    last_seen = excluded.last_seen
"""
_HEADLINE_COLUMNS = (
    "title, url, source, published, summary, outlet, official, doc_type, agencies,"
    " date_estimated, guid, canonical_url, first_seen"
)


class StoreError(Exception):
    """The store cannot be opened at all (e.g. locked by another program for too long)."""


def headline_identity(h: Headline) -> str:
    """What makes two entries of one source the same item: URL, else guid, else title."""
    return h.canonical_url or canonical_url(h.url) or h.url or h.guid or h.title


class Store:
    """The SQLite cache. See the module docstring for durability and threading rules."""

    def __init__(self, path: Path | str) -> None:
        self.recovered: str | None = None
        self.path: Path | None = None if str(path) == MEMORY else Path(path)
        self._closed = False
        if self.path is None:
            self._conn = self._connect(MEMORY)
            self._build()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(str(self.path))
        except (OSError, sqlite3.Error) as exc:
            self._fall_back_to_memory(f"cache at {self.path} cannot be opened ({exc})")
            return
        problem = self._check(conn)
        if problem is None:
            self._conn = conn
            return
        conn.close()
        try:
            aside = self._move_aside(self.path)
        except OSError as exc:
            self._fall_back_to_memory(
                f"cache at {self.path} is unreadable ({problem}) and cannot be moved ({exc})"
            )
            return
        log.warning("cache %s %s: moved aside to %s", self.path, problem, aside)
        self.recovered = (
            f"cache was unreadable ({problem}) and was moved aside to {aside}; starting fresh"
        )
        try:
            self._conn = self._connect(str(self.path))
            self._build()
        except (OSError, sqlite3.Error) as exc:
            self._fall_back_to_memory(f"cache at {self.path} cannot be created ({exc})")

    @classmethod
    def memory(cls) -> Store:
        """A store that lives in memory only (tests, demo mode, a cache that cannot be opened)."""
        return cls(MEMORY)

    # ------------------------------------------------------------------ opening

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        # Autocommit at the driver level; transactions are explicit (see _tx).
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def _check(self, conn: sqlite3.Connection) -> str | None:
        """None when ``conn`` is a healthy store of ours (built here if empty), else why not."""
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                return "failed its integrity check"
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%'"
                )
            }
            if version == 0 and not tables:
                self._conn = conn
                self._build()
                return None
            if version == 0 or not tables <= _TABLES:
                return "not a metalwatch cache"
            if version in _MIGRATIONS and tables == _MIGRATIONS[version][0]:
                self._conn = conn
                self._migrate(version)
                return None
            if version != SCHEMA_VERSION:
                return f"unknown schema version {version}"
            if tables != _TABLES:
                return "tables missing"
            self._conn = conn
            self._configure()
            return None
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"cache {self.path} is locked by another program") from exc
            return _sqlite_reason(exc)
        except sqlite3.DatabaseError as exc:
            return _sqlite_reason(exc)

    def _configure(self) -> None:
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA foreign_keys = ON")

    def _build(self) -> None:
        self._configure()
        with self._tx() as conn:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _migrate(self, version: int) -> None:
        """Bring a store of an older schema ``version`` up to date, keeping its data."""
        self._configure()
        with self._tx() as conn:
            while version in _MIGRATIONS:
                for statement in _MIGRATIONS[version][1].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                version += 1
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @staticmethod
    def _move_aside(path: Path) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        path.rename(aside)
        # The WAL and shared-memory files belong to the old file: a stale WAL next to a
        # fresh database could be replayed into it.
        for suffix in ("-wal", "-shm", "-journal"):
            extra = Path(f"{path}{suffix}")
            if extra.exists():
                extra.rename(Path(f"{aside}{suffix}"))
        return aside

    def _fall_back_to_memory(self, problem: str) -> None:
        log.warning("%s: using an in-memory cache", problem)
        self.recovered = f"{problem}; running without a saved cache this session"
        self._conn = self._connect(MEMORY)
        self._build()

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back on any error."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def pragma(self, name: str) -> object:
        """The value of a read-only PRAGMA (``journal_mode``, ``integrity_check``, ...)."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"not a pragma name: {name!r}")
        row = self._conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]

    # ------------------------------------------------------------------ headlines

    def save_headlines(
        self, source: str, headlines: Sequence[Headline], *, seen_at: datetime
    ) -> int:
        """Upsert ``headlines`` of ``source``; returns how many were not stored before.

        An item already stored keeps its ``first_seen``; its text and links are refreshed.
        """
        seen = _dt(seen_at)
        rows: dict[str, tuple[object, ...]] = {}
        for h in headlines:
            identity = headline_identity(h)
            published = _dt_or_none(h.published)
            rows[identity] = (
                source,
                identity,
                h.title,
                h.url,
                published,
                h.summary,
                h.outlet,
                int(h.official),
                h.doc_type,
                json.dumps(list(h.agencies), ensure_ascii=False),
                int(h.date_estimated),
                h.guid,
                h.canonical_url,
                seen,
                seen,
                published or seen,
            )
        if not rows:
            return 0
        with self._tx() as conn:
            known = {
                r[0]
                for r in conn.execute("SELECT identity FROM headlines WHERE source = ?", (source,))
            }
            conn.executemany(_UPSERT_HEADLINE, rows.values())
        return sum(1 for identity in rows if identity not in known)

    def load_headlines(self, *, limit: int | None = None) -> list[Headline]:
        """Stored headlines, newest first (by published date, else first seen)."""
        return [h for h, _ in self.load_headlines_with_seen(limit=limit)]

    def load_headlines_with_seen(
        self, *, limit: int | None = None
    ) -> list[tuple[Headline, datetime]]:
        """Like ``load_headlines``, each with the time it was first seen."""
        sql = f"SELECT {_HEADLINE_COLUMNS} FROM headlines ORDER BY sort_at DESC, source, identity"
        params: tuple[object, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (max(0, limit),)
        out: list[tuple[Headline, datetime]] = []
        for row in self._conn.execute(sql, params):
            (title, url, src, published, summary, outlet, official, doc_type, agencies) = row[:9]
            (date_estimated, guid, canon, first_seen) = row[9:]
            headline = Headline(
                title=title,
                url=url,
                source=src,
                published=_parse_dt(published),
                summary=summary,
                outlet=outlet,
                official=bool(official),
                doc_type=doc_type,
                agencies=_json_tuple(agencies),
                date_estimated=bool(date_estimated),
                guid=guid,
                canonical_url=canon,
            )
            out.append((headline, _parse_dt(first_seen) or datetime.min.replace(tzinfo=UTC)))
        return out

    def headlines_first_seen(self) -> dict[str, datetime]:
        """identity -> the earliest time any source showed it."""
        result: dict[str, datetime] = {}
        for identity, first in self._conn.execute(
            "SELECT identity, MIN(first_seen) FROM headlines GROUP BY identity"
        ):
            parsed = _parse_dt(first)
            if parsed is not None:
                result[identity] = parsed
        return result

    # ------------------------------------------------------------------ prices

    def save_series(self, series: PriceSeries) -> None:
        """Store the series' description and upsert its points by date (history already
        stored and no longer in the source's window is kept). Non-finite values are skipped."""
        with self._tx() as conn:
            (series_id,) = conn.execute(
                "INSERT INTO series (source, symbol, unit, metal, frequency, kind, source_kind,"
                " currency, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (source, symbol) DO UPDATE SET unit = excluded.unit,"
                " metal = excluded.metal, frequency = excluded.frequency, kind = excluded.kind,"
                " source_kind = excluded.source_kind, currency = excluded.currency,"
                " note = excluded.note"
                " RETURNING id",
                (
                    series.source,
                    series.symbol,
                    series.unit,
                    series.metal,
                    series.frequency,
                    series.kind,
                    series.source_kind,
                    series.currency,
                    series.note,
                ),
            ).fetchone()
            conn.executemany(
                "INSERT INTO price_points (series_id, date, value) VALUES (?, ?, ?)"
                " ON CONFLICT (series_id, date) DO UPDATE SET value = excluded.value",
                (
                    (series_id, d.isoformat(), float(v))
                    for d, v in series.points
                    if isinstance(v, (int, float)) and math.isfinite(v)
                ),
            )

    def load_series(self) -> list[PriceSeries]:
        """Every stored series (in the order first saved), points ascending by date."""
        points: dict[int, list[tuple[date, float]]] = {}
        dates: dict[str, date] = {}  # series share most dates: parse each once
        fromiso = date.fromisoformat
        current_id: int | None = None
        current: list[tuple[date, float]] = []
        for series_id, day, value in self._conn.execute(
            "SELECT series_id, date, value FROM price_points ORDER BY series_id, date"
        ):
            if series_id != current_id:
                current = points.setdefault(series_id, [])
                current_id = series_id
            parsed = dates.get(day)
            if parsed is None:
                parsed = dates[day] = fromiso(day)
            current.append((parsed, value))
        result: list[PriceSeries] = []
        for row in self._conn.execute(
            "SELECT id, source, symbol, unit, metal, frequency, kind, source_kind, currency, note"
            " FROM series ORDER BY id"
        ):
            series_id, src, sym, unit, metal, frequency, kind, source_kind, currency, note = row
            result.append(
                PriceSeries(
                    source=src,
                    symbol=sym,
                    unit=unit,
                    points=tuple(points.get(series_id, ())),
                    metal=metal,
                    frequency=frequency,
                    kind=kind,
                    source_kind=source_kind,
                    currency=currency,
                    note=note,
                )
            )
        return result

    def series_points(self, source: str, symbol: str) -> list[tuple[date, float]]:
        """One stored series' points, ascending by date (empty when none is stored)."""
        rows = self._conn.execute(
            "SELECT p.date, p.value FROM price_points p JOIN series s ON s.id = p.series_id"
            " WHERE s.source = ? AND s.symbol = ? ORDER BY p.date",
            (source, symbol),
        )
        return [(date.fromisoformat(day), value) for day, value in rows]

    # ------------------------------------------------------------------ declared policy

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
            )
            for i, e in enumerate(entries)
        ]
        with self._tx() as conn:
            conn.execute("DELETE FROM declared WHERE owner = ?", (source,))
            conn.executemany(
                "INSERT INTO declared (owner, position, metal, origin, destination, status, since,"
                " rate_pct, proposed, url, note, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def load_declared(self) -> list[DeclaredPolicy]:
        result: list[DeclaredPolicy] = []
        for row in self._conn.execute(
            "SELECT metal, origin, destination, status, since, rate_pct, proposed, url, note,"
            " source FROM declared ORDER BY owner, position"
        ):
            metal, origin, destination, status, since, rate_pct, proposed, url, note, src = row
            result.append(
                DeclaredPolicy(
                    metal=metal,
                    origin=origin,
                    destination=destination,
                    status=status,
                    since=date.fromisoformat(since) if since else None,
                    rate_pct=rate_pct,
                    proposed=bool(proposed),
                    url=url,
                    note=note,
                    source=src,
                )
            )
        return result

    # ------------------------------------------------------------------ source health

    def save_health(self, h: SourceHealth) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO health (name, kind, ok, error, warning, fetched_at,"
                " last_success, next_attempt, items, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    h.name,
                    h.kind,
                    int(h.ok),
                    h.error,
                    h.warning,
                    _dt_or_none(h.fetched_at),
                    _dt_or_none(h.last_success),
                    _dt_or_none(h.next_attempt),
                    int(h.items),
                    int(h.stale),
                ),
            )

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
                fetched_at=_parse_dt(fetched_at),
                last_success=_parse_dt(last_success),
                next_attempt=_parse_dt(next_attempt),
                items=items,
                stale=bool(stale),
            )
        return result

    # ------------------------------------------------------------------ read marks, meta

    def mark_read(self, story_ids: Iterable[str], *, at: datetime | None = None) -> None:
        stamp = _dt(at or datetime.now(UTC))
        rows = [(sid, stamp) for sid in dict.fromkeys(story_ids)]
        if not rows:
            return
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO read_stories (story_id, read_at) VALUES (?, ?)", rows
            )

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

    def load_policy_events(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key, body in self._conn.execute("SELECT key, body FROM policy_events"):
            try:
                out[key] = json.loads(body)
            except ValueError:
                continue
        return out

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

    def read_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT story_id FROM read_stories")}

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

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
        ids: list[int] = []
        with self._tx() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO alert_state (rule, state) VALUES (?, ?)",
                list(states.items()),
            )
            for a in alerts:
                fired = a.get("fired_at")
                cur = conn.execute(
                    "INSERT INTO alerts (fired_at, rule, body) VALUES (?, ?, ?)",
                    (
                        str(fired) if fired else _dt(datetime.now(UTC)),
                        str(a.get("rule", "")),
                        json.dumps(dict(a), ensure_ascii=False, default=str),
                    ),
                )
                ids.append(int(cur.lastrowid or 0))
            if alerts:
                conn.execute(
                    "DELETE FROM alerts WHERE id <= (SELECT MAX(id) FROM alerts) - ?",
                    (ALERT_LOG_MAX,),
                )
        return ids

    def set_alert_delivery(self, alert_id: int, note: str) -> None:
        """Note how delivering a logged alert went (e.g. a failed command)."""
        with self._tx() as conn:
            conn.execute("UPDATE alerts SET delivery = ? WHERE id = ?", (note, alert_id))

    def load_alerts(self, limit: int = 500) -> list[dict[str, Any]]:
        """The alerts log, newest first: each the stored alert JSON plus ``id`` and
        ``delivery`` (None, or what went wrong delivering it)."""
        out: list[dict[str, Any]] = []
        for alert_id, body, delivery in self._conn.execute(
            "SELECT id, body, delivery FROM alerts ORDER BY id DESC LIMIT ?", (max(0, limit),)
        ):
            try:
                data = json.loads(body)
            except ValueError:
                continue
            if isinstance(data, dict):
                data["id"] = alert_id
                data["delivery"] = delivery
                out.append(data)
        return out

    def get_alert_state(self, rule: str) -> str | None:
        row = self._conn.execute("SELECT state FROM alert_state WHERE rule = ?", (rule,)).fetchone()
        return None if row is None else str(row[0])

    def set_alert_state(self, rule: str, state: str) -> None:
        self.save_alert_round({rule: state}, [])

    def load_alert_states(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT rule, state FROM alert_state")}

    # ------------------------------------------------------------------ retention

    def prune(self, *, max_age_days: int, max_stories: int, now: datetime) -> int:
        """Bound the cache; returns how many headlines were removed.

        Headlines that no source has served for ``max_age_days`` (by ``last_seen``) go, then
        all but the newest ``max_stories``; read marks older than ``max_age_days`` go. Price
        points are never pruned (a source's whole history is what its chart and the snapshot
        show; 30 series of 10 years of daily points are only a few MB). Declared policy is
        left alone. An item a feed still
        carries is never pruned for its age, however old its date: what the user's sources
        show is what the user sees.
        """
        cutoff = _dt(now - timedelta(days=max_age_days))
        with self._tx() as conn:
            removed = conn.execute("DELETE FROM headlines WHERE last_seen < ?", (cutoff,)).rowcount
            removed += conn.execute(
                "DELETE FROM headlines WHERE rowid NOT IN ("
                " SELECT rowid FROM headlines ORDER BY sort_at DESC, source, identity LIMIT ?)",
                (max(0, max_stories),),
            ).rowcount
            conn.execute("DELETE FROM read_stories WHERE read_at < ?", (cutoff,))
        return removed


# ---------------------------------------------------------------------- conversions


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _dt(value: datetime) -> str:
    return _as_utc(value).isoformat(timespec="microseconds")


def _dt_or_none(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):  # a bare date: midnight UTC
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return _dt(value)


def _parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return _as_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def _json_tuple(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        data = json.loads(value)
    except ValueError:
        return ()
    return tuple(str(x) for x in data) if isinstance(data, list) else ()


def _sqlite_reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return "not a SQLite database"
    if "malformed" in text:
        return "damaged"
    return text
