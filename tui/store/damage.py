"""Rows the store's reads leave out as damaged, and the sentence that says so.

A block of the file zeroed on disk in place (a sector a crash or a disk left unwritten) opens
as SQLite sees it, whole: the pages' structure holds and ``quick_check`` passes, only a row's
bytes turned zeros. Such a row reads as text holding NULs (a title, a URL, a rule's state), a
date that is no date, a price of 0 (or NULL, or a number with its exponent zeroed, under
``PRICE_FLOOR``) where the store never writes one: text is sanitised and JSON escapes a NUL,
and a price of nothing or less is refused before it is stored. Each read leaves such a row out
(never a crash, never a wrong number on screen) and counts it in the store's ``left_out``, and
the snapshot's notes (the app's notice, ``snapshot``'s output) say how many rows of what.

What is not told apart: bytes zeroed inside a price's mantissa alone (a number still over the
floor) or inside an integer, which read as another plausible value.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Hashable, Iterator
from datetime import date
from typing import Any

NUL = "\x00"
#: A price under this is a stored number whose high bytes were zeroed (prices are refused at
#: zero or less before they are stored, and no metal trades under a billionth of a unit).
PRICE_FLOOR = 1e-9
#: The start of the sentence (the words before its colon: one notice per session).
TOPIC = "damaged rows in the cache left out"
#: The meta key a session that found a story's key zeroed leaves for the next ones
#: (``DamageStore.close``): their saves mend such keys (``story_identity.mend_zeroed_keys``)
#: before any read of theirs found one.
ZEROED_KEYS = "damage:story-keys"


def holds_nul(*values: object) -> bool:
    """Whether any of ``values`` is text holding a NUL (the store never writes one)."""
    return any(isinstance(v, str) and NUL in v for v in values)


def is_price(value: object) -> bool:
    """A stored price as the store writes one: a finite number at least ``PRICE_FLOOR``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and value >= PRICE_FLOOR


def day(value: object) -> date | None:
    """A stored ``YYYY-MM-DD`` as a date, or None when the text is no date (zeroed)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class LeftOut:
    """The rows reads left out, per table, each counted once however often it is read."""

    def __init__(self) -> None:
        self.rows: dict[str, set[Hashable]] = {}
        # where each row left out is, by its columns as read (``Store.remove_left_out``): only
        # that very row, still as read, is removed (a row a later write mended differs)
        self.where: dict[str, list[dict[str, object]]] = {}
        self.removed = 0  # rows removed from the file by this session
        # the sources of stories read with their key zeroed (``mend_zeroed_keys`` is due)
        self.keys_zeroed: set[str] = set()
        self.stories_read = False  # every stored story was read (none zeroed: no mend due)
        # the sources saved without the mend (none was due): a story row of theirs left out
        # for its key may be one such a save landed on, kept for the next save to mend
        self.unmended: set[str] = set()

    def add(self, table: str, key: Hashable, where: dict[str, object] | None = None) -> None:
        """``where``: the row's columns as read, when removing it loses nothing a write could
        mend (its key damaged, or nothing else holds it): no write ever lands on a key zeroed."""
        keys = self.rows.setdefault(table, set())
        if where is not None and key not in keys:
            self.where.setdefault(table, []).append(where)
        keys.add(key)

    def merge(self, other: LeftOut) -> None:
        """What ``other`` (another connection's reads of the same file) left out, counted here
        too: its rows removable by this store (``remove_left_out``), its zeroed keys mended by
        this store's saves."""
        for table, keys in other.rows.items():
            wheres = {_key(w) for w in self.where.get(table, ())}
            for where in other.where.get(table, ()):
                if _key(where) not in wheres:
                    self.where.setdefault(table, []).append(where)
            self.rows.setdefault(table, set()).update(keys)
        self.keys_zeroed |= other.keys_zeroed

    def __bool__(self) -> bool:
        return any(self.rows.values())

    def said(self) -> str | None:
        """``damaged rows in the cache left out: 2 price points, 1 declared policy entry``,
        or None when no read left a row out."""
        from tui.store.salvage import TABLES  # what the user calls each table's rows

        parts = []
        for table, one, many in TABLES:
            n = len(self.rows.get(table, ()))
            if n:
                parts.append(f"{n} {one if n == 1 else many}")
        if not parts:
            return None
        gone = " (removed from the cache: the sources were fetched again)" if self.removed else ""
        return f"{TOPIC}: {', '.join(parts)}{gone}"


def _key(where: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((c, repr(v)) for c, v in where.items())


@contextlib.contextmanager
def switched(conn: Any, pragma: str, value: str) -> Iterator[None]:
    """``PRAGMA pragma = value`` for the statements inside, on damaged rows that SQLite's own
    checks would refuse; back to what it was after, whatever they raised. Called outside a
    transaction: SQLite takes ``foreign_keys`` only there."""
    before = conn.execute(f"PRAGMA {pragma}").fetchone()[0]  # names of this package's callers
    conn.execute(f"PRAGMA {pragma} = {value}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA {pragma} = {int(before)}")
