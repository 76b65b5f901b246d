"""The store's file on disk: can it be written (why not, as a :class:`tui.store.fault.CacheFault`),
and moving a corrupt one aside."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from tui.store.fault import CacheFault, Kind

# SQLite's companions of a database file, which belong to it.
COMPANIONS = ("-wal", "-shm", "-journal")


def unwritable(path: Path) -> CacheFault | None:
    """Why the database file ``path`` cannot be written (its folder cannot be made or written,
    the file or its ``-wal`` or ``-shm`` cannot be written), or None when it can (a companion
    left read-only by a session on the file made read-only is given the file's bits: ``_mend``).
    The folder by a real attempt (a path below a regular file, a read-only mount, an immutable
    folder refuse root too); the files by ``os.access``, which on Linux also refuses root for an
    immutable file or a read-only mount.

    Never by opening the file: closing any descriptor of a database file drops every POSIX lock
    this process holds on it, so the store's own connections would look closed to other
    processes: the last of those to close then deletes the WAL and shared-memory files under
    them, and this process's next look finds the file "damaged" and moves it aside."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in _NO_ROOM:
            return full(folder)
        in_the_way = _in_the_way(folder)
        return CacheFault(Kind.NO_FOLDER, folder, exc.errno, in_the_way or _why(exc))
    try:
        fd, probe = tempfile.mkstemp(prefix=".metalwatch-probe-", dir=folder)
    except OSError as exc:
        if exc.errno in _NO_ROOM or disk_full(folder):
            return full(folder)
        return CacheFault(Kind.FOLDER_NOT_WRITABLE, folder, exc.errno, _why(exc))
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass
    if (gone := _link_into_nothing(path)) is not None:  # SQLite: "unable to open database file"
        return gone
    if os.path.isdir(path):  # SQLite would say only "unable to open database file"
        return CacheFault(Kind.FOLDER_IN_PLACE, path, errno.EISDIR, os.strerror(errno.EISDIR))
    for suffix in COMPANIONS:  # SQLite: "unable to open database file", "disk I/O error"
        companion = Path(f"{path}{suffix}")
        if os.path.isdir(companion):
            return CacheFault(
                Kind.FOLDER_IN_PLACE, companion, errno.EISDIR, os.strerror(errno.EISDIR)
            )
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return _refused(path)
    for suffix in _SHARED:
        companion = Path(f"{path}{suffix}")
        if (
            os.path.exists(companion)
            and not os.access(companion, os.W_OK)
            and not _mend(companion, path)
        ):
            return _refused(companion)
    return None


def _link_into_nothing(path: Path) -> CacheFault | None:
    """The file is a symbolic link into a folder that does not exist (a cache linked to a drive
    not mounted, a folder removed): the folder named, never made (it would be made on whatever
    disk holds the path now, not the one the link means)."""
    if not os.path.islink(path) or os.path.exists(path):
        return None
    target = Path(os.path.join(path.parent, os.readlink(path)))
    if target.parent.is_dir():  # a link to a file not there yet: SQLite makes it
        return None
    return CacheFault(
        Kind.NO_FOLDER, target.parent, errno.ENOENT, f"the cache file {path} is a link into it"
    )


def unreadable(path: Path) -> CacheFault | None:
    """Why the database file ``path`` cannot be read at all (its folder, or the folder above that
    it is in, cannot be searched; the file refuses reads), or None (``os.access``: root is never
    refused). A folder that is not there yet is :func:`unwritable`'s to make."""
    for part in (path.parent, *path.parent.parents):
        try:
            os.stat(part)
        except PermissionError:  # out of reach: the folder above it is why
            continue
        except OSError:
            return None
        if os.path.isdir(part) and not os.access(part, os.X_OK):
            return CacheFault(
                Kind.FOLDER_NOT_READABLE, part, errno.EACCES, os.strerror(errno.EACCES)
            )
        break
    if os.path.isfile(path) and not os.access(path, os.R_OK):
        return CacheFault(Kind.FILE_NOT_READABLE, path, errno.EACCES, os.strerror(errno.EACCES))
    return None


def _refused(path: Path) -> CacheFault:
    """The file ``path`` refuses writes (``os.access``), with the errno a write would give."""
    code = _access_errno(path)
    return CacheFault(Kind.FILE_NOT_WRITABLE, path, code, os.strerror(code))


# The companions a session shares with other connections (SQLite reuses them as they are).
_SHARED = ("-wal", "-shm")


def _mend(companion: Path, path: Path) -> bool:
    """Give ``companion`` the permission bits of its writable database ``path`` when this user
    owns it; whether it takes writes now. SQLite makes a companion with its database's bits, so
    a session on a file made read-only (``chmod``) leaves a read-only ``-shm`` behind: once the
    file is writable again, every write was refused through it, for good."""
    import stat

    try:
        if companion.stat().st_uid != os.geteuid():
            return False
        os.chmod(companion, stat.S_IMODE(path.stat().st_mode))
    except FileNotFoundError:  # gone meanwhile (moved aside with a damaged store): no refusal
        return not os.path.exists(companion)
    except (OSError, AttributeError):  # not ours to change, or no geteuid on this system
        return False
    return os.access(companion, os.W_OK)


def _in_the_way(folder: Path) -> str | None:
    """ "a file is in its place" / "<part> is a file, not a folder": the usual reason a cache
    folder cannot be made (``File exists`` and ``Not a directory`` say it in C's words)."""
    for part in (folder, *folder.parents):  # os.path's: never an error (a part out of reach)
        if os.path.exists(part) and not os.path.isdir(part):
            return "a file is in its place" if part == folder else f"{part} is a file, not a folder"
    return None


def _access_why(path: Path) -> str:
    """Why ``os.access`` refused, as ``strerror`` would say it."""
    return os.strerror(_access_errno(path))


def _access_errno(path: Path) -> int:
    """The errno a write refused by ``os.access`` would give."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return errno.EROFS
    except (OSError, AttributeError):
        pass
    # root is refused only by an attribute (immutable); anyone else by the permission bits
    geteuid = getattr(os, "geteuid", None)
    return errno.EPERM if geteuid is not None and geteuid() == 0 else errno.EACCES


def read_only_uris(path: Path) -> list[str]:
    """URIs that open ``path`` for reading without writing anything: plain read-only first;
    then ``immutable`` for a WAL file whose folder does not let SQLite make its ``-shm``."""
    uri = path.resolve().as_uri()
    return [f"{uri}?mode=ro", f"{uri}?mode=ro&immutable=1"]


def move_aside(path: Path, *, inode: int | None = None) -> Path | None:
    """Rename ``path`` (and its companions) to ``<name>.corrupt-<UTC stamp>``; returns the new
    path. With ``inode``, only that very file is moved: when another process has already
    replaced it (with a fresh store), nothing is moved and None is returned."""
    if inode is not None:
        try:
            if path.stat().st_ino != inode:
                return None
        except FileNotFoundError:
            return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.rename(aside)
    # The WAL and shared-memory files belong to the old file: a stale WAL next to a
    # fresh database could be replayed into it.
    for suffix in COMPANIONS:
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.rename(Path(f"{aside}{suffix}"))
    return aside


def file_id(path: Path) -> tuple[int, int] | None:
    """The file ``path`` names (its device and inode), None when it names none."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def replaced(path: Path, opened: tuple[int, int]) -> CacheFault | None:
    """Why ``path`` no longer names the file opened as ``opened`` (removed, or another file or
    a folder put in its place while a session had it open: what it writes goes to a file no
    name reaches, lost at its end), else None."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return CacheFault(Kind.REPLACED, path, words="removed")
    except OSError:
        return None  # out of reach now: the write says why
    if (st.st_dev, st.st_ino) == opened:
        return None
    by = "a folder" if stat.S_ISDIR(st.st_mode) else "another file"
    return CacheFault(Kind.REPLACED, path, words=f"replaced by {by}")


def inode_of(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


#: Less room than this left for the store's folder is a full disk: SQLite then often says only
#: "disk I/O error" (the WAL index cannot be made or grown), not SQLITE_FULL.
FULL_BELOW = 1 << 20


_NO_ROOM = (errno.ENOSPC, errno.EDQUOT)


def full(folder: Path | None) -> CacheFault:
    """A full disk, the store's ``folder`` named (``read_only``; None: not known)."""
    return CacheFault(Kind.DISK_FULL, folder, errno.ENOSPC, os.strerror(errno.ENOSPC))


def disk_full(folder: Path) -> bool:
    """Whether the file system holding ``folder`` has (almost) no room left for us (ENOSPC's
    condition: Python's sqlite3 does not pass the C library's errno on)."""
    try:
        fs = os.statvfs(folder)
    except (OSError, AttributeError):  # gone, or no statvfs on this system
        return False
    return fs.f_bavail * fs.f_frsize < FULL_BELOW
