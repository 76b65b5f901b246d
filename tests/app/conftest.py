"""What the app's tests share: another program holding the store locked; the price files'
parses kept between the tests' starts (``parse_memo``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import pytest

from tests.app.parse_memo import remembering
from tui.sources import registry

#: The price files' parses, kept for every app test this pytest process runs.
_PARSE = remembering(registry.parse)


@pytest.fixture(autouse=True)
def price_files_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each app test's demo start takes the price files' series parsed by an earlier start in
    this process, when their bytes are the same (``tests/app/parse_memo.py``); outside the app
    tests ``registry.parse`` is the real one."""
    monkeypatch.setattr(registry, "parse", _PARSE)


class LockHolder:
    """Another program holding the store at ``path`` locked, exclusive and mid-write (a real
    second SQLite connection, ``locking_mode = EXCLUSIVE``): reads wait too. A ``with`` block,
    or held until :meth:`release` (the fixture releases it at the end whatever happens)."""

    def __init__(self, path: Path) -> None:
        self.conn: sqlite3.Connection | None = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.conn.execute("BEGIN EXCLUSIVE")
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')")

    def release(self, *, commit: bool = False) -> None:
        """The other program lets go: what it wrote in its transaction is kept with
        ``commit``, else rolled back (its write of ``holder`` with it)."""
        conn, self.conn = self.conn, None
        if conn is None:
            return
        if commit:
            conn.execute("DELETE FROM meta WHERE key = 'holder'")
        conn.execute("COMMIT" if commit else "ROLLBACK")
        conn.close()

    def __enter__(self) -> LockHolder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


@pytest.fixture
def hold_lock() -> Iterator[Callable[[Path], LockHolder]]:
    """``hold_lock(path)``: another program holds the store at ``path`` locked from now
    (:class:`LockHolder`), until released, the ``with`` block ends or the test does."""
    held: list[LockHolder] = []

    def hold(path: Path) -> LockHolder:
        holder = LockHolder(path)
        held.append(holder)
        return holder

    yield hold
    for holder in held:
        holder.release()
