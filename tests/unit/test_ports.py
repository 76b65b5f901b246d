"""The tests' own servers get a port no other test is handed meanwhile, and start again on
another when the port was taken after all (``tests/ports.py``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ports import listen_port, serve_on_free_port

# says so before it listens: a connection it accepts finds its words in the log (said after
# ``listen``, a loaded machine connected first and read an empty log)
LISTENER = (
    "import socket, sys, time\n"
    "s = socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))\n"
    "print('serving the dashboard', flush=True); s.listen(4); time.sleep(30)\n"
)


def test_listen_ports_lie_below_the_ephemeral_range() -> None:
    ports = {listen_port() for _ in range(50)}
    assert all(20000 <= p <= 32000 for p in ports)
    assert len(ports) > 1  # picked at random, not one fixed port every parallel run would share


def test_a_server_finding_its_port_taken_is_started_again(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    ports: list[int] = []

    def launch(port: int) -> subprocess.Popen[bytes]:
        ports.append(port)
        with log.open("wb") as out:
            if len(ports) == 1:  # as metalwatch serve says a port taken, then exits
                code = (
                    "import sys; print('metalwatch: cannot serve on 127.0.0.1:%s: "
                    "[Errno 98] Address already in use' % sys.argv[1]); sys.exit(1)"
                )
            else:
                code = LISTENER
            return subprocess.Popen(
                [sys.executable, "-c", code, str(port)], stdout=out, stderr=subprocess.STDOUT
            )

    proc, port = serve_on_free_port(launch, log, timeout=10)
    try:
        assert len(ports) == 2 and port == ports[1]
        assert "serving the dashboard" in log.read_text()
    finally:
        proc.kill()
        proc.wait()


def test_a_server_failing_otherwise_fails_the_test_with_its_output(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"

    def launch(port: int) -> subprocess.Popen[bytes]:
        with log.open("wb") as out:
            return subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "print('metalwatch: config is broken'); raise SystemExit(2)",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    with pytest.raises(AssertionError, match="config is broken"):
        serve_on_free_port(launch, log, timeout=10)
