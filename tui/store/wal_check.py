"""A damaged write-ahead log (the store's ``-wal``) found before SQLite reads it, kept, and said.

SQLite reads the log from its start and stops at the first frame whose salts are not the
header's or whose checksum fails (each frame's is seeded with the one before it): what was
committed after that frame is not applied, and with no word; the log is deleted when the last
connection closes, so the user's latest rows were gone for good. A damaged header (its magic,
its checksum) loses the whole log so.

Before the store is opened the log is read as SQLite will read it (SQLite's file format,
"WAL File Format"): where SQLite's reading ends, and the commits after that end that SQLite
drops though they are whole. Whole is judged frame by frame, each against the checksum stored
in the frame before it, so the frames written after a damaged one are told from a tail a crash
cut (the frames of a transaction half written: no commit frame whole after its end) and from a
frame another program is writing now. A log holding such commits is copied beside the store
(``<name>-wal.corrupt-<UTC stamp>``, as a damaged store is moved aside) before SQLite drops
them, and ``StoreBase`` says how many writes were lost (``recovered``, the header's mark).
``metalwatch check`` reads the log the same way and only says it (:func:`looked`: where the
next start keeps the copy, or where one kept it).
A log checkpointed into the store file before it was damaged still loses writes when a frame is
damaged (measured: the frames before it are read over the file's newer pages, so the reads go
back to that frame's time); only with its header damaged (none of it read) does it lose none.

The log alone cannot tell a damaged commit frame that is its last (the last write alone) from
a write a crash cut: a power cut tearing the frame's sectors, or a log SQLite reuses from its
start after a checkpoint (whose old page bytes keep the length whole), leaves a whole-length
last frame whose checksum fails, as a flipped bit does; a cut short frame is no sign either
way. The log's index (``-shm``, :mod:`tui.store.wal_index`), left beside it by the same crash,
tells them apart: the frames it counts were committed, so a damaged frame among them is a
write lost and said. With no index (lost to a power cut, the files copied without it) or one
that does not hold together or is another log's, a damaged last commit frame is still read
as a crash cut and not said; so is a log cut short of frames its index counts (nothing of
them is left to keep). Stale frames of an earlier log (other salts) are never counted.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import sqlite3
import struct
from datetime import datetime, timezone
from pathlib import Path

from tui.core.record import record
from tui.store import wal_index
from tui.store.fault import Recovery

log = logging.getLogger("tui.store")

HEADER = 32  # the log's header
FRAME_HEADER = 24  # each frame's, before its page
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # the checksums' byte order, by the magic's last bit
_VERSION = 3007000
_MASK = 0xFFFFFFFF
#: Per log (path and salts): how many of its frames were found whole and in SQLite's reading,
#: so the next store opened on a live log checks only the frames written since.
_VERIFIED: dict[tuple[str, int, int], int] = {}


@record
class LostLog:
    """A log whose committed writes SQLite will not apply: ``writes`` of them (None when its
    header is too damaged to count them), ``header`` when its header is what is damaged, and
    ``frames``: how many frames SQLite reads before it stops."""

    writes: int | None
    header: bool
    frames: int

    def said(self, kept: Path | None, why: str | None = None, *, copy: str | None = None) -> str:
        """``cache's write-ahead log was damaged: its last 2 writes are lost (a copy of the log
        is kept at <kept>)``; ``copy`` said in the brackets instead, when given."""
        n = self.writes
        if self.header:
            what = f"all {n} writes in it are lost" if n and n > 1 else "the writes in it are lost"
            what = "the write in it is lost" if n == 1 else what
        else:
            what = "its last write is lost" if n == 1 else f"its last {n} writes are lost"
        part = " (its header)" if self.header else ""
        if copy is None:
            copy = (
                f"a copy of the log is kept at {kept}"
                if kept is not None
                else f"no copy of the log could be kept: {why}"
            )
        return f"cache's write-ahead log was damaged{part}: {what} ({copy})"


def judged(
    data: bytes,
    db: Path | None = None,
    key: str | None = None,
    index: list[wal_index.Index] | None = None,
) -> LostLog | None:
    """What of the log ``data`` SQLite will drop though it was committed; None when nothing
    (a sound log, an empty one, a tail a crash cut, a log whose writes what SQLite reads holds
    already: checkpointed into the store file ``db`` before its header was damaged). ``key``:
    the log's path, to check only frames not found whole before; ``index``: the log's index as
    read before ``data`` (now, first found), whose committed frames are committed though
    damaged."""
    if len(data) <= HEADER or not any(data[HEADER:]):
        return None  # no frames (or only zeros: nothing to count)
    magic, version, page, _, salt1, salt2, sum1, sum2 = struct.unpack_from(">8I", data)
    order = _MAGIC.get(magic)
    page_ok = 512 <= page <= 65536 and page & (page - 1) == 0
    wal = _Log(data, page if page_ok else 0, salt1, salt2, order, db)
    if (
        order is None
        or version != _VERSION
        or not page_ok
        or _sum(data[:24], order, 0, 0)
        != (
            sum1,
            sum2,
        )
    ):
        if order is None or version != _VERSION:
            wal.order = None  # the checksums' order not known: frames are not judged whole
        lost = wal.commits(0)  # None: not known how many (the page size damaged)
        return LostLog(lost, header=True, frames=0) if lost != 0 else None
    count = wal.count
    cached = _VERIFIED.get((key, salt1, salt2), 0) if key is not None else 0
    start = min(cached, count)
    seed = (sum1, sum2) if start == 0 else wal.stored(start - 1)
    end = count  # where SQLite stops reading
    for i in range(start, count):
        if not wal.ours(i):
            end = i
            break
        stored = wal.stored(i)
        if wal.frame_sum(i, seed) != stored:
            end = i
            break
        seed = stored
    if key is not None:
        _VERIFIED[(key, salt1, salt2)] = end
    if end == count:
        return None
    counts = [(_vouched(wal, i), i) for i in index or ()]
    vouched, by = max(counts, key=lambda c: c[0], default=(0, None))
    lost = wal.commits(_last_commit(wal, end), vouched, by)
    return LostLog(lost, header=False, frames=end) if lost else None


def _vouched(wal: _Log, index: wal_index.Index) -> int:
    """How many of the log's frames its ``index`` counts committed: 0 unless its salts are the
    log's and the last frame it counts is in the log, a commit frame with the checksum the
    index recorded (its header as written)."""
    if index.salts != wal.data[16:24] or not 0 < index.frames <= wal.count:
        return 0
    last = index.frames - 1
    return index.frames if wal.commit(last) and wal.stored(last) == index.last_sum else 0


def _last_commit(wal: _Log, end: int) -> int:
    """The frame after the last commit before frame ``end`` (0: none)."""
    for i in range(end - 1, -1, -1):
        if wal.commit(i):
            return i + 1
    return 0


def _read(path: Path) -> tuple[bytes, list[wal_index.Index]]:
    """The log of the store ``path`` and its index (now, and as this process first found it),
    the index read first (what it counts committed is then in the log as read). Raises
    OSError when there is no log to read."""
    index = wal_index.found(path)
    return Path(f"{path}-wal").read_bytes(), index


def kept(path: Path) -> tuple[str, Recovery] | None:
    """What to say of the write-ahead log of the store ``path`` when SQLite would drop
    committed writes of it, and the copy of it kept beside it (``Recovery.log``); None when it
    drops none. Called before SQLite first reads it, under the store's open lock."""
    wal = Path(f"{path}-wal")
    try:
        data, index = _read(path)
    except OSError:  # none, or out of reach: opening the store says why
        return None
    lost = judged(data, path, str(wal), index)
    if lost is None or _kept_before(wal, data) is not None:
        return None
    try:  # a live log another program restarted as it was read is judged as it is now
        again, index = _read(path)
        if judged(again, path, index=index) != lost:
            return None
    except OSError:
        return None
    try:
        aside: Path | None = keep(wal, data)
        why = None
    except OSError as exc:
        aside, why = None, exc.strerror or type(exc).__name__
    said = lost.said(aside, why)
    log.warning("cache %s: %s", path, said)
    return said, Recovery(aside, log=True)


def looked(path: Path) -> str | None:
    """What ``metalwatch check``, which only looks, says of the write-ahead log of the store
    ``path`` (nothing kept, nothing remembered): what the next start says, with where it keeps
    the copy, or where a start kept it already (one that could not empty the log); None when
    SQLite drops no committed write of it."""
    wal = Path(f"{path}-wal")
    try:
        data, index = _read(path)
        lost = judged(data, path, index=index)
        if lost is None:
            return None
        again, index = _read(path)  # a live log restarted as it was read: judged as it is now
        if judged(again, path, index=index) != lost:
            return None
    except OSError:
        return None
    before = _kept_before(wal, data)
    if before is not None:
        return lost.said(before)
    ahead = f"the next run that opens the cache keeps a copy of the log at {wal}.corrupt-<UTC time>"
    return lost.said(None, copy=ahead)


def _kept_before(wal: Path, data: bytes) -> Path | None:
    """The copy of this very log (its header: the same salts and checksum) kept beside it
    already, if one is: said by the session that kept it, whose store could not empty it
    (another connection was reading it), or another process's that opened it at the same
    moment."""
    for copy in sorted(wal.parent.glob(f"{glob.escape(wal.name)}.corrupt-*")):
        with contextlib.suppress(OSError), open(copy, "rb") as f:
            if f.read(HEADER) == data[:HEADER]:
                return copy
    return None


def keep(wal: Path, data: bytes) -> Path:
    """``data`` (the damaged log as read) written beside it as ``<name>.corrupt-<UTC stamp>``;
    the copy's path. Raises OSError when it cannot be written."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = wal.with_name(f"{wal.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = wal.with_name(f"{wal.name}.corrupt-{stamp}-{n}")
    with open(aside, "xb") as out:
        out.write(data)
    return aside


def forget(key: str) -> None:
    """Forget what was found whole of the log at ``key`` (it was emptied or replaced)."""
    for known in [k for k in _VERIFIED if k[0] == key]:
        del _VERIFIED[known]


class _Log:
    """The frames of a log as read: ``page`` its page size (0: not known), its salts, its
    checksums' byte ``order`` (None: not known), the store file ``db`` its pages go to."""

    def __init__(
        self,
        data: bytes,
        page: int,
        salt1: int,
        salt2: int,
        order: str | None,
        db: Path | None,
    ) -> None:
        self.data, self.page, self.salts, self.order, self.db = (
            data,
            page,
            (salt1, salt2),
            order,
            db,
        )
        self.size = FRAME_HEADER + page
        self.count = (len(data) - HEADER) // self.size if page else 0

    def at(self, i: int) -> int:
        return HEADER + i * self.size

    def ours(self, i: int) -> bool:
        """Whether frame ``i`` carries the header's salts (not a stale frame of an earlier log)."""
        return struct.unpack_from(">2I", self.data, self.at(i) + 8) == self.salts

    def commit(self, i: int) -> bool:
        """Whether frame ``i`` ends a transaction (the database's size after it is stored)."""
        return struct.unpack_from(">I", self.data, self.at(i) + 4)[0] != 0

    def stored(self, i: int) -> tuple[int, int]:
        """The checksum stored in frame ``i``'s header."""
        s1, s2 = struct.unpack_from(">2I", self.data, self.at(i) + 16)
        return s1, s2

    def frame_sum(self, i: int, seed: tuple[int, int]) -> tuple[int, int]:
        """Frame ``i``'s checksum from ``seed``: its header's first 8 bytes, then its page."""
        at, order = self.at(i), self.order or "<"
        first = _sum(self.data[at : at + 8], order, *seed)
        return _sum(self.data[at + FRAME_HEADER : at + self.size], order, *first)

    def whole(self, i: int) -> bool:
        """Whether frame ``i`` is as written: its checksum from the one stored before it (the
        first frame, or any when the order is not known, is taken as it is)."""
        if self.order is None or i == 0:
            return True
        return self.frame_sum(i, self.stored(i - 1)) == self.stored(i)

    def commits(
        self, start: int, vouched: int = 0, index: wal_index.Index | None = None
    ) -> int | None:
        """How many transactions from frame ``start`` on (the frames before it are what SQLite
        applies) are this log's and end in a commit frame that is whole, or that its index
        counts committed (before frame ``vouched``); 0 when what SQLite reads holds their
        pages already (each page as the last whole frame of it leaves it: the log checkpointed
        into the store file before its header was damaged; a damaged frame the index counts,
        as the checkpoint it records copied it); None when the page size is not known (a
        header too damaged to read frames by)."""
        if not self.page:
            return None
        last: dict[int, int] = {}  # each page, by the last whole frame of it
        damaged: dict[int, int] = {}  # ... by the last damaged frame the index counts
        commits = 0
        for i in range(start, self.count):
            if not self.ours(i):
                continue
            number = struct.unpack_from(">I", self.data, self.at(i))[0]
            if not self.whole(i):
                if i < vouched:  # committed, its page as written not known
                    damaged[number] = i
                    commits += self.commit(i)
                continue
            last[number] = i
            commits += self.commit(i)
        applied: dict[int, int] = {}  # each page SQLite reads from the log, by its frame
        for i in range(start):
            applied[struct.unpack_from(">I", self.data, self.at(i))[0]] = i
        pages = _Pages(self.db, self.page)
        held = all(
            (self.content(applied[n]) if n in applied else pages.read(n)) == self.content(i)
            for n, i in last.items()
        )
        backfilled = index.backfilled if index is not None else 0
        held = held and all(  # read from the store file, where the checkpoint copied it
            last.get(n, -1) > i or (n not in applied and i < backfilled) for n, i in damaged.items()
        )
        return 0 if held else commits

    def content(self, i: int) -> bytes:
        """Frame ``i``'s page."""
        at = self.at(i) + FRAME_HEADER
        return self.data[at : at + self.page]


class _Pages:
    """The store file's pages as SQLite reads them with no log (``immutable``), read once when
    first asked for: through SQLite, never a descriptor of our own (closing one would drop the
    locks this process's own connections hold on the file); none when it cannot be read, or
    before Python 3.11 (no ``serialize``): every page then differs, and a checkpointed log
    whose header was damaged is said to have lost its writes."""

    def __init__(self, db: Path | None, page: int) -> None:
        self.db, self.page = db, page
        self.data: bytes | None = None

    def read(self, number: int) -> bytes | None:
        if self.db is None or number < 1:
            return None
        if self.data is None:
            self.data = b""
            uri = f"{self.db.resolve().as_uri()}?mode=ro&immutable=1"
            with contextlib.suppress(sqlite3.Error):
                conn = sqlite3.connect(uri, uri=True)
                try:  # Python 3.11 on (before it, no page is known: each is said lost)
                    serialize = getattr(conn, "serialize", None)
                    self.data = serialize() if serialize is not None else b""
                finally:
                    conn.close()
        at = (number - 1) * self.page
        return self.data[at : at + self.page]


def _sum(chunk: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum of ``chunk`` (a multiple of 8 bytes) from ``(s0, s1)``."""
    words = iter(struct.unpack(f"{order}{len(chunk) // 4}I", chunk))
    for x0, x1 in zip(words, words, strict=False):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1
