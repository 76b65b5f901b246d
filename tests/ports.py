"""Loopback ports for the tests: ones that refuse connections (a source that cannot be reached)
and ones a test's own ``metalwatch serve`` listens on.

A port found free (bound, then closed) may be taken by another test before it is used, in this
process or a parallel one (``pytest -n``): it would then answer, or hang. The port here stays
bound by this process (never listening: a connection is refused at once) until the process
ends, so no other test can listen on it meanwhile.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_HELD: list[socket.socket] = []


def refused_port() -> int:
    """A loopback port on which every connection is refused, held for the rest of the run."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    _HELD.append(s)
    return int(s.getsockname()[1])


def listen_port() -> int:
    """A loopback port a server started by a test may listen on.

    Picked at random below the kernel's ephemeral range (32768-60999 on Linux), where ports
    bound to 0 (every other test's servers and clients, here or in a parallel run) are
    allocated, so the port is not taken between this check and the server's bind by a
    port the system handed out; two picks of the same port in parallel runs are one chance in
    thousands, and a server that still finds it taken exits saying so (see ``serve_on_free_port``)."""
    for _ in range(200):
        port = random.randint(20000, 32000)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise OSError("no free loopback port between 20000 and 32000")


def serve_command(log: Path, *args: str) -> Callable[[int], subprocess.Popen[bytes]]:
    """``launch(port)`` for :func:`serve_on_free_port`: ``metalwatch serve *args --port PORT``
    from the repository, in a session of its own, its output in ``log``."""

    def launch(port: int) -> subprocess.Popen[bytes]:
        with log.open("wb") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "tui", "serve", *args, "--port", str(port)],
                cwd=REPO,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    return launch


def serve_on_free_port(
    launch: Callable[[int], subprocess.Popen[bytes]],
    log: Path,
    timeout: float = 20.0,
) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``metalwatch serve`` through ``launch(port)`` on a ``listen_port()`` and wait until
    that port accepts connections; a server that exits because the port was taken after all
    ("cannot serve on ...: [Errno 98] Address already in use") is started again on another
    port, up to three times. Any other early exit fails the test with the server's output."""
    for _ in range(3):
        port = listen_port()
        proc = launch(port)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            except OSError:
                time.sleep(0.05)
                continue
            return proc, port
        said = log.read_text(errors="replace")
        if proc.poll() is not None and "cannot serve on" in said and "in use" in said:
            continue
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise AssertionError(f"the server did not listen on port {port} in {timeout:g} s:\n{said}")
    raise AssertionError("three free ports were taken before the server could bind them")
