"""What ``metalwatch check`` says of the local files a config names: each read (never the
network; capped at ``max_body_mb``, as a refresh reads it) and parsed by its kind's own parser,
so a file whose entries would all be skipped fails ``check``, not the first refresh.

One line per local source: what it holds (``12 entries``, ``340 points, 2024-01-02 to
2026-12-03``, ``25 headlines``) and the first reason anything was skipped, then, when a policy
file skipped (or left out, or found dated years ahead) more than one entry, each of them on a
line of its own with its place and reason (the health line names only the first); ``usable`` is False
where the source would deliver nothing (a file that cannot be read or parsed, a policy file
whose entries are all skipped, a price file whose every point is left out; entries of metals
not watched are said, as a refresh says them, and never fail the check).

With a cache beside the config (the store a refresh writes), a price file is also judged as the
next refresh would judge it against what is stored (:func:`tui.flow.saving.judge_series`): a
file now holding another series than the source gave until now, or prices the guard holds back
against the stored history (another unit, a rewritten past, an implausible move). The cache is
only looked into (read-only, a short wait for another program's lock, never written), whatever
the sources: a locked, damaged or newer cache is a note, and those checks are not run. A damaged write-ahead log's
writes SQLite would drop are a note too (:func:`tui.store.wal_check.looked`, read before the
look opens the store), whatever the sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.core.config_types import Config, SourceConfig
from tui.core.fmt import counted
from tui.core.models import PriceSeries
from tui.core.text import clean_text
from tui.sources.policy_file import ALL_LISTED, Declared
from tui.sources.prices_common import join_warnings

if TYPE_CHECKING:
    from tui.store import Store

#: What becomes of a damaged cache (``tui.store.salvage``), said by ``check``, which only looks.
SALVAGED = "moves it aside and keeps what can still be read of it"
#: How long the look into the cache waits for another program's lock (a refresh writing).
CACHE_WAIT_S = 0.5

#: the longest reason a line carries (a skipped row's cell, a parser's message)
_SAID_MAX = 240


@dataclass(frozen=True)
class FileReading:
    """What one local source's file gives, as ``check`` says it."""

    source: SourceConfig
    said: str  # "12 entries; 2 of 14 entries skipped: policy[3]: ..." or why nothing is read
    usable: bool
    # every entry the line speaks of (skipped, left out, dated years ahead), each with its place
    # and reason, when it names only the first: listed under it
    details: tuple[str, ...] = ()

    def line(self) -> str:
        return f"{self.source.kind} {self.source.name!r} ({self.source.url}): {self.said}"

    def lines(self) -> list[str]:
        """:meth:`line`, then each of ``details`` on a line of its own, indented."""
        return [self.line(), *(f"  - {d}" for d in self.details)]


@dataclass(frozen=True)
class LocalCheck:
    """Each local source's reading, and what to say of the cache they were judged against
    (None: read, or none there yet)."""

    readings: list[FileReading]
    cache_note: str | None = None


def _holds(
    parsed: Any, src: SourceConfig, metals: set[str], today: date, cache: Store | None
) -> tuple[str, bool]:
    from tui.flow.saving import judge_series, unwatched

    if isinstance(parsed, PriceSeries):
        judged = judge_series(
            cache or _NOTHING_STORED, src, parsed, today, fresh=_fresh(cache, src)
        )
        kept = judged.series
        if kept is None:
            error = str(judged.error)
            said = "a refresh would store nothing" if "held back" in error else "nothing usable"
            return f"{said}: {error}", False
        first, last = kept.points[0][0], kept.points[-1][0]
        span = f"{first}" if first == last else f"{first} to {last}"
        unit = f" ({kept.unit})" if kept.unit else " (no unit: the source's unit option names it)"
        held = f"{counted(len(kept.points), 'point')}, {span}{unit}"
        return _with(held, kept.warning), True
    if isinstance(parsed, Declared):
        entries = parsed.entries
        held = counted(len(entries), "entry", "entries") if entries else "no entries"
        # entries of metals not watched are stored and said, as a refresh does (a register
        # shared by several desks): a warning, never a failure of the check
        astray = unwatched(parsed, metals)
        return _with(held, join_warnings(parsed.warning, astray)), True
    headlines = getattr(parsed, "headlines", parsed)
    held = counted(len(headlines), "headline")
    return _with(held, getattr(parsed, "warning", None)), True


def _with(held: str, warning: str | None) -> str:
    return f"{held}; {warning}" if warning else held


def read_local_sources(
    config: Config, now: datetime | None = None, *, cache: Path | None = None
) -> LocalCheck:
    """Each enabled local source's file read and parsed as a refresh would (no network; the
    cache at ``cache``, when there is one, only looked into): what it holds, or why it would
    deliver nothing."""
    from tui.flow.http import FetchError
    from tui.flow.http.local import read_local_bytes
    from tui.flow.source_fetch import http_settings
    from tui.sources import registry
    from tui.sources.base import SourceError

    now = now or datetime.now(timezone.utc)
    max_bytes = http_settings(config).max_bytes
    metals = {m.id for m in config.metals}
    local = [s for s in config.sources if s.is_local and s.url is not None]
    store, note = _look(cache, judged=bool(local)) if cache is not None else (None, None)
    out: list[FileReading] = []
    try:
        for src in local:
            try:
                data = read_local_bytes(str(src.url), max_bytes)
                parsed = registry.parse(src, data, fetched_at=now, keep=config.app.max_stories)
            except (FetchError, SourceError) as exc:
                said, notes = _listed(f"nothing usable: {exc}", getattr(exc, "notes", ()))
                out.append(FileReading(src, said, False, notes))
                continue
            said, usable = _holds(parsed, src, metals, now.date(), store)
            said, notes = _listed(said, parsed.notes if isinstance(parsed, Declared) else ())
            out.append(FileReading(src, said, usable, notes))
    finally:
        if store is not None:
            store.close()
    return LocalCheck(out, note)


def _look(path: Path, *, judged: bool = True) -> tuple[Store | None, str | None]:
    """A read-only look into the cache at ``path`` that can read it now, or None and what to
    say (nothing when there is no cache yet: nothing stored to judge by). ``judged``: local
    price files would be judged against it, which the note then says they were not."""
    import sqlite3

    from tui.store import Store, StoreError
    from tui.store.schema import is_corrupt

    if not path.exists():
        return None, None
    store = Store.peek(path, busy_timeout=CACHE_WAIT_S)
    problem = "cannot be opened" if store is None else None
    if store is not None:
        try:
            problem = store.schema_problem()
        except StoreError:  # another program holds it locked, reads too, past the wait
            problem = f"locked by another program (waited {CACHE_WAIT_S:g} s)"
        except Exception as exc:  # damaged: "file is not a database", a malformed page...
            problem = _short(str(exc)) or type(exc).__name__
            if isinstance(exc, sqlite3.DatabaseError) and is_corrupt(exc):
                problem = f"{problem}; the next run that opens it {SALVAGED}"
        if problem is not None:
            store.close()
            store = None
    if problem is None:
        return store, None
    tail = "; local price files were not judged against the stored prices" if judged else ""
    return None, f"cache ({path}) not read: {problem}{tail}"


def _fresh(store: Store | None, src: SourceConfig) -> bool:
    """Whether the next refresh judges ``src``'s series by its own history: its definition
    changed since the last refresh (a new URL, unit or symbol), as the refresher decides."""
    from tui.flow.saving import described, source_key

    if store is None:
        return True
    try:
        before = store.get_meta(source_key(src))
    except Exception:  # unreadable: judged by the stored history, as a refresh does
        return False
    return before is not None and before != described(src)


class _NothingStored:
    """The store a check without a cache judges by: nothing stored, nothing remembered."""

    def get_meta(self, key: str) -> str | None:
        return None

    def series_points(self, source: str, symbol: str) -> list[tuple[date, float]]:
        return []


_NOTHING_STORED: Any = _NothingStored()


def _listed(said: str, notes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A line naming the first of several entries, pointing below where each is listed
    (``details``), and those entries; a line that names its one entry, as it is."""
    if len(notes) < 2:
        return _short(said), ()
    return _short(said.replace(ALL_LISTED, "each below")), tuple(_short(n) for n in notes)


def _short(text: str) -> str:
    """One line, no control characters, cut to a readable length."""
    return clean_text(text, _SAID_MAX, html_input=False)


def check_report(config: Config) -> tuple[list[str], list[str], bool]:
    """What ``metalwatch check`` says after validating ``config``: the lines for stderr
    (warnings, a note on the cache, the sources that would deliver nothing: config errors),
    the lines under ``local files:``, and whether a source fails the check."""
    from tui.core import paths
    from tui.flow.config_warnings import config_warnings
    from tui.store import wal_check

    said = [f"warning: {w}" for w in config_warnings(config)]  # said, never failing the check
    cache = paths.store_path(demo=config.demo)
    if lost_log := wal_check.looked(cache):  # read before SQLite reads the log (the look does)
        said.append(f"note: {lost_log}")
    looked = read_local_sources(config, cache=cache)
    if looked.cache_note:
        said.append(f"note: {looked.cache_note}")
    failing = [r for r in looked.readings if not r.usable]
    for r in failing:
        said += [f"config error: source {r.line()}", *r.lines()[1:]]
    return said, [line for r in looked.readings for line in r.lines()], bool(failing)
