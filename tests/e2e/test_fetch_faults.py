"""The fetcher under faults, as real ``metalwatch`` processes against misbehaving loopback servers:
a price body cut mid-number, a server asking to wait an hour, hung servers beside good ones on
one host, a gzip bomb, and a signal during a hung fetch.

The servers are raw sockets (one thread per connection) so they can do what a library server
would not: stop mid-number, never answer, or stream compressed zeros forever.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from tui.store import Store

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "refresh"
FRED = (FIXTURES / "fred_PCOPPUSDM_2026-05.csv").read_bytes()
NBC = (FIXTURES / "nbc_newyork.rss.xml").read_bytes()
LAST_DATE, LAST_VALUE = date(2026, 5, 1), 13483.751538461540

Handler = Callable[[socket.socket, "RawServer"], None]


def reply(conn: socket.socket, body: bytes, head: str = "", status: str = "200 OK") -> None:
    conn.sendall(
        f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{head}\r\n".encode()
        + body
    )


class RawServer:
    """HTTP/1.1 on 127.0.0.1, one thread per connection, routed by path; counts requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: dict[str, int] = {}
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            path = data.split(b" ", 2)[1].decode()
            self.hits[path] = self.hits.get(path, 0) + 1
            handler = self.routes.get(path)
            if handler is None:
                reply(conn, b"not here", status="404 Not Found")
            else:
                handler(conn, self)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def srv() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


def hang(conn: socket.socket, server: RawServer) -> None:
    server.stop.wait(120)  # never answers


def feed(conn: socket.socket, server: RawServer) -> None:
    reply(conn, NBC, "Content-Type: application/rss+xml\r\nCache-Control: no-store\r\n")


def config(tmp_path: Path, sources: str, app: str = 'timeout = "5s"') -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[app]\n{app}\n\n[[metals]]\nid = "copper"\nname = "Copper"\n\n{sources}',
        encoding="utf-8",
    )
    return path


def rss(name: str, url: str) -> str:
    return f'[[sources]]\nname = "{name}"\nkind = "rss"\nurl = "{url}"\n\n'


def metalwatch(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# --------------------------------------------------------------------------- cut-off prices


CUT_LINE = "last line cut off, left out: "  # the parser: fewer decimals than every row above


@pytest.mark.parametrize(
    ("cut", "said"),
    [
        # the newest row cut mid-number ("13" of "13483.75..."): no line break after it and
        # fewer decimals than the rows above: the parser leaves it out, the store keeps its value
        pytest.param(FRED[: FRED.rindex(b",") + 3], CUT_LINE, id="newest-point-cut-mid-number"),
        # a new date cut off: that point alone is left out, the rest of the answer is stored
        pytest.param(FRED + b"2026-06-01,92", CUT_LINE, id="new-point-cut-mid-number"),
        # the same cut ending with a line break (the writer's own slip): the price guard's move
        pytest.param(
            FRED + b"2026-06-01,92\n", "newest point left out, cut off", id="new-point-moves-99%"
        ),
        pytest.param(
            FRED.replace(b"2026-04-01,12890.687727272731", b"2026-04-01,128"),
            None,
            id="history-rewritten",
        ),
    ],
)
def test_a_cut_price_body_is_held_back_and_fires_no_alert(
    srv: RawServer, tmp_path: Path, cut: bytes, said: str | None
) -> None:
    bodies = [FRED, cut]

    def prices(conn: socket.socket, server: RawServer) -> None:
        body = bodies[min(server.hits["/fred.csv"], 2) - 1]
        # no Content-Length, the connection closed after the last byte: HTTP calls it complete
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nConnection: close\r\n\r\n" + body
        )

    srv.routes["/fred.csv"] = prices
    srv.routes["/news.xml"] = feed
    sources = (
        f'[[sources]]\nname = "FRED copper"\nkind = "fred"\nmetal = "copper"\n'
        f'series = "PCOPPUSDM"\nurl = "{srv.url("/fred.csv")}"\n\n'
        + rss("News", srv.url("/news.xml"))
    )
    alerts = '[[alerts]]\nname = "Copper crash"\nwhen = "price"\nmetal = "copper"\nbelow = 5000\n'
    cfg = config(tmp_path, sources + alerts)
    first = metalwatch("snapshot", "--json", "--config", str(cfg))
    assert first.returncode == 0, first.stderr
    second = metalwatch("snapshot", "--json", "--config", str(cfg))
    assert srv.hits["/fred.csv"] == 2
    assert second.returncode == 0, second.stderr  # the news source is fine
    doc = json.loads(second.stdout)
    assert doc["alerts"] == [], "an alert fired on a suspect price"
    (health,) = [s for s in doc["sources"] if s["name"] == "FRED copper"]
    if said:
        assert health["error"] is None and health["ok"], health
        assert health["warning"].startswith(said), health
        if said == CUT_LINE:
            assert "fewer decimals than the rows above" in health["warning"], health
        else:
            assert "2026-06-01 moves -99%" in health["warning"]
    else:
        assert health["error"].startswith("suspect update held back"), health
        assert "suspect update held back" in second.stderr
    store = Store(_store_path())
    try:
        (series,) = store.load_series()
    finally:
        store.close()
    stored = dict(series.points)
    assert stored[LAST_DATE] == pytest.approx(LAST_VALUE), "the good value was overwritten"
    assert stored[date(2026, 4, 1)] == pytest.approx(12890.687727272731)
    assert date(2026, 6, 1) not in stored


def _store_path() -> Path:
    from tui.core import paths

    return paths.store_path(demo=False)


# --------------------------------------------------------------------------- Retry-After


def test_a_wait_asked_by_the_server_is_honoured_across_runs(srv: RawServer, tmp_path: Path) -> None:
    def limited(conn: socket.socket, server: RawServer) -> None:
        reply(conn, b"slow down", "Retry-After: 3600\r\n", status="429 Too Many Requests")

    srv.routes["/limited.xml"] = limited
    srv.routes["/news.xml"] = feed
    cfg = config(tmp_path, rss("Busy", srv.url("/limited.xml")) + rss("News", srv.url("/news.xml")))
    runs = [metalwatch("snapshot", "--config", str(cfg)) for _ in range(3)]
    assert srv.hits["/limited.xml"] == 1, "the server said wait an hour"
    assert srv.hits["/news.xml"] == 3, "a healthy source is fetched every time"
    assert "HTTP 429 Too Many Requests" in runs[0].stderr
    for later in runs[1:]:
        assert later.returncode == 0
        line = [ln for ln in later.stderr.splitlines() if "'Busy'" in ln]
        assert line and "not due until " in line[0] and "(server asked to wait)" in line[0], line
        # it never delivered: nothing of it is stored to show (it said "showing stored data")
        assert line[0].endswith("; nothing stored from it yet"), line[0]
        assert "not due until" in later.stdout  # on the source's health line
    once = metalwatch("watch", "--once", "--config", str(cfg))
    assert srv.hits["/limited.xml"] == 1 and "(server asked to wait)" in once.stderr
    forced = metalwatch("snapshot", "--force", "--config", str(cfg))
    assert srv.hits["/limited.xml"] == 2, "--force fetches anyway"
    assert "HTTP 429" in forced.stderr
    metalwatch("watch", "--once", "--force", "--config", str(cfg))
    assert srv.hits["/limited.xml"] == 3


# --------------------------------------------------------------------------- starvation


def test_hung_servers_do_not_starve_good_sources_on_their_host(
    srv: RawServer, tmp_path: Path
) -> None:
    srv.routes.update({f"/hang{i}": hang for i in range(6)})
    srv.routes.update({"/good0.xml": feed, "/good1.xml": feed})
    # the hung ones first in the config: they take the host's slots before the good ones
    sources = "".join(rss(f"hung {i}", srv.url(f"/hang{i}")) for i in range(6))
    sources += rss("good 0", srv.url("/good0.xml")) + rss("good 1", srv.url("/good1.xml"))
    cfg = config(tmp_path, sources, 'timeout = "1s"')
    started = time.monotonic()
    run = metalwatch("snapshot", "--json", "--config", str(cfg))
    took = time.monotonic() - started
    assert run.returncode == 0, run.stderr  # not "every source failed"
    health = {s["name"]: s for s in json.loads(run.stdout)["sources"]}
    assert health["good 0"]["ok"] and health["good 1"]["ok"]
    for i in range(6):
        assert health[f"hung {i}"]["error"] == "no answer within 1 s"
    assert srv.hits["/good0.xml"] == srv.hits["/good1.xml"] == 1
    assert took < 20, f"took {took:.1f} s"


# --------------------------------------------------------------------------- memory


def bomb(conn: socket.socket, server: RawServer) -> None:
    """1 GB of zeros, gzip'd as it is sent with Content-Encoding: gzip."""
    send_gzip_bomb(conn, server, b"Content-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n")


def send_gzip_bomb(conn: socket.socket, server: RawServer, headers: bytes) -> None:
    """1 GB of zeros, gzip'd as it is sent (about 1 MB on the wire) after ``headers`` (each
    line ending in CRLF), until the client leaves."""
    conn.sendall(b"HTTP/1.1 200 OK\r\n" + headers + b"Connection: close\r\n\r\n")
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    for _ in range(1024):
        if server.stop.is_set():
            return
        conn.sendall(packer.compress(zeros))
    conn.sendall(packer.flush())


def test_a_gzip_bomb_stays_within_the_body_limit(srv: RawServer, tmp_path: Path) -> None:
    srv.routes["/news.xml"] = feed
    srv.routes["/bomb.xml"] = bomb
    normal = config(tmp_path, rss("News", srv.url("/news.xml")))
    wrapper = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run([sys.executable, '-m', 'tui', *sys.argv[1:]], capture_output=True,"
        " text=True)\n"
        "sys.stderr.write(p.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )

    def measured(cfg: Path) -> tuple[float, str]:
        run = subprocess.run(
            [sys.executable, "-c", wrapper, "snapshot", "--config", str(cfg)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return int(run.stdout.strip().splitlines()[-1]) / 1024, run.stderr

    base, _ = measured(normal)
    bombed = tmp_path / "bomb"
    bombed.mkdir()
    cfg = config(bombed, rss("News", srv.url("/news.xml")) + rss("Bomb", srv.url("/bomb.xml")))
    peak, stderr = measured(cfg)
    assert "source 'Bomb': response larger than 10 MB (max_body_mb): cut off" in stderr, stderr
    assert peak <= base + 40, f"peak RSS {peak:.0f} MB against {base:.0f} MB for a normal run"


# --------------------------------------------------------------------------- quick stop


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("command", [["snapshot"], ["watch"], ["watch", "--once"]])
def test_a_signal_stops_a_hung_fetch_at_once(
    srv: RawServer, tmp_path: Path, sig: signal.Signals, command: list[str]
) -> None:
    """The fetch hangs under a 60 s timeout: a stop that waited for it would take a minute. The
    bound is 8 s (2 s until session 23: a loaded CI machine can take that to start the
    interpreter's shutdown), far under the hang it tells apart."""
    srv.routes["/hang"] = hang
    cfg = config(tmp_path, rss("Hung", srv.url("/hang")), 'timeout = "60s"')
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", *command, "--config", str(cfg)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while srv.hits.get("/hang", 0) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert srv.hits.get("/hang") == 1, "the fetch never started"
        time.sleep(0.3)
        sent = time.monotonic()
        proc.send_signal(sig)
        proc.wait(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    _, err = proc.communicate()
    assert took < 8.0, f"{' '.join(command)} took {took:.1f} s to stop on {sig.name}"
    assert "Traceback" not in err, err
    if command == ["snapshot"]:
        assert proc.returncode == 128 + sig and f"stopped ({sig.name})" in err
    else:
        assert proc.returncode == 0


def test_a_reader_that_closes_the_pipe_early_is_no_error() -> None:
    """``metalwatch check | head -1``: no traceback, exit 0."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "check"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # before the command has written anything
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err, err
