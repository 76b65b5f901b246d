"""The faults of ``tmux_faults.py``: each prepares a copy of the cache folder (a lock another
process holds, read-only files and folders, a truncated or garbled store, a torn WAL, a damaged
or newer cached screen) and may return a context to run inside; loopback servers that never
answer or trickle their answer."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# ---- faults: each prepares the cache folder (and may return a context to run inside) -------


@contextlib.contextmanager
def nothing(cache: Path) -> Iterator[None]:
    yield


@contextlib.contextmanager
def locked(cache: Path, hold: float = 10.0) -> Iterator[None]:
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute(\"INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')\")\n"
        "print('held', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "c.execute('ROLLBACK')\n"
        "c.close()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(cache / "store.sqlite3"), str(hold)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    try:
        yield
    finally:
        proc.wait(timeout=hold + 10)


def _unwritable(path: Path) -> Callable[[], None]:
    """Make ``path`` refuse writes for real, root included (``chattr +i`` as root, where the
    permission bits stop nothing); the undo."""
    if os.geteuid() == 0 and shutil.which("chattr"):
        subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
        return lambda: subprocess.run(["chattr", "-i", str(path)], capture_output=True) and None
    mode = path.stat().st_mode
    path.chmod(mode & ~0o222)
    return lambda: path.chmod(mode)


@contextlib.contextmanager
def file_read_only(cache: Path) -> Iterator[None]:
    undo = [_unwritable(f) for f in sorted(cache.glob("store.sqlite3*"))]
    try:
        yield
    finally:
        for u in undo:
            u()


@contextlib.contextmanager
def folder_read_only(cache: Path) -> Iterator[None]:
    undo = _unwritable(cache)
    try:
        yield
    finally:
        undo()


@contextlib.contextmanager
def truncated(cache: Path) -> Iterator[None]:
    db = cache / "store.sqlite3"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    yield


@contextlib.contextmanager
def garbage_header(cache: Path) -> Iterator[None]:
    db = cache / "store.sqlite3"
    data = bytearray(db.read_bytes())
    data[:100] = os.urandom(100)
    db.write_bytes(bytes(data))
    yield


@contextlib.contextmanager
def torn_wal(cache: Path) -> Iterator[None]:
    wal = cache / "store.sqlite3-wal"
    header = bytes.fromhex("377f0682002de218") + os.urandom(4000)
    wal.write_bytes(header)
    yield


@contextlib.contextmanager
def folder_missing(cache: Path) -> Iterator[None]:
    shutil.rmtree(cache)
    yield


@contextlib.contextmanager
def folder_is_file(cache: Path) -> Iterator[None]:
    shutil.rmtree(cache)
    cache.write_text("not a folder\n")
    yield


@contextlib.contextmanager
def snapshot_damaged(cache: Path) -> Iterator[None]:
    for f in cache.glob("store.sqlite3.snapshot*"):
        data = f.read_bytes()
        f.write_bytes(data[: len(data) // 2] + b"\x00garbage{")
    yield


@contextlib.contextmanager
def snapshot_newer(cache: Path) -> Iterator[None]:
    for f in cache.glob("store.sqlite3.snapshot*"):
        text = f.read_text(encoding="utf-8")
        f.write_text(text.replace('"format": ', '"format": 99, "was": ', 1), encoding="utf-8")
    yield


def serve_port(port: int, handle: Callable[[socket.socket], None]) -> Iterator[None]:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(16)
    stop = threading.Event()
    held: list[socket.socket] = []

    def loop() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            held.append(conn)
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield
    finally:
        stop.set()
        t.join()
        for c in held:
            with contextlib.suppress(OSError):
                c.close()
        srv.close()


def silent(conn: socket.socket) -> None:
    time.sleep(120)  # accepts, never answers


def trickle(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n")
        for _ in range(600):
            conn.sendall(b"<")
            time.sleep(0.2)


FAULTS: dict[str, Callable[..., contextlib.AbstractContextManager[None]]] = {
    "healthy": nothing,
    "locked": locked,
    "file-read-only": file_read_only,
    "folder-read-only": folder_read_only,
    "truncated": truncated,
    "garbage-header": garbage_header,
    "torn-wal": torn_wal,
    "folder-missing": folder_missing,
    "folder-is-file": folder_is_file,
    "snapshot-damaged": snapshot_damaged,
    "snapshot-newer": snapshot_newer,
    "no-network": nothing,
    "silent-server": nothing,
    "trickle-server": nothing,
    "config-broken": nothing,
}
