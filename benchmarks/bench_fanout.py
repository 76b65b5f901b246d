"""Fan-out: how long a full refresh of many feeds takes, next to the slowest single fetch.

40 loopback HTTP servers (stdlib ``ThreadingHTTPServer``, one port each, so the per-host bound
does not apply) answer every request after a fixed delay (300 ms) with a real captured feed.
A full refresh of all of them through :class:`tui.flow.refresh.Refresher` should cost little more
than one latency over the same refresh with no latency (the same servers answering at once): the
target is an extra of <= 1.3 latencies. Also printed: the ratio to the slowest single fetch. The
same 40 feeds are then reloaded by newsboat (``reload-threads`` 8) when it is installed, with
and without the latency, for comparison.

    python benchmarks/bench_fanout.py [--feeds 40] [--delay-ms 300] [--sweep 8,16,32,64]

Loopback only: nothing here touches the network. Exit status 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tui.core.config import parse_config  # noqa: E402
from tui.core.config_types import Config  # noqa: E402
from tui.flow.refresh import MAX_CONCURRENCY, PER_HOST, Refresher  # noqa: E402
from tui.store import Store  # noqa: E402

FEED = REPO / "tests" / "fixtures" / "refresh" / "nbc_newyork.rss.xml"
NEWSBOAT_TARGET = 1.0  # our refresh over newsboat's with 8 reload threads (issue 18)
TARGET = 1.3  # extra latencies over a no-latency run


# --------------------------------------------------------------------------- servers


def make_handler(body: bytes, delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")  # every run really fetches
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def serve(n: int, body: bytes, delay: float) -> None:
    """Run ``n`` threaded HTTP servers on 127.0.0.1 (a port each); print their ports; wait."""
    handler = make_handler(body, delay)
    running = []
    for _ in range(n):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        running.append(srv)
    print(" ".join(str(s.server_address[1]) for s in running), flush=True)
    sys.stdin.read()  # until the parent closes our stdin


@contextmanager
def servers(n: int, feed: Path, delay: float) -> Iterator[list[str]]:
    """``n`` feed URLs served by a child process, so server threads do not share our GIL."""
    cmd = [sys.executable, __file__, "--serve", str(n), "--feed", str(feed)]
    cmd += ["--delay-ms", str(delay * 1000)]
    child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        ports = child.stdout.readline().split()
        if len(ports) != n:
            raise SystemExit("bench_fanout: the server process did not start")
        yield [f"http://127.0.0.1:{port}/feed.xml" for port in ports]
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


# --------------------------------------------------------------------------- metalwatch


def config_for(urls: list[str], timeout: float) -> Config:
    data = {
        "app": {"timeout": f"{timeout:g}s"},
        "metals": [{"id": "copper", "name": "Copper"}],
        "sources": [{"name": f"feed {i:02d}", "kind": "rss", "url": u} for i, u in enumerate(urls)],
    }
    return parse_config(data, None)


async def _full_refresh(config: Config, warm: Config, path: Path, **bounds: int) -> float:
    """Warm up (imports, the client) on a spare feed, then time one run of every source."""
    store = Store(path)
    refresher = Refresher(config, store, **bounds)  # type: ignore[arg-type]
    try:
        await refresher.run(list(warm.sources))
        started = time.perf_counter()
        outcomes = await refresher.run(list(config.sources))
        elapsed = time.perf_counter() - started
    finally:
        await refresher.aclose()
        store.close()
    failed = [o for o in outcomes if not o.ok]
    if failed or len(outcomes) != len(config.sources):
        raise SystemExit(f"bench_fanout: {len(failed)} fetches failed: {failed[0].error}")
    return elapsed


async def _singles(config: Config, warm: Config, path: Path) -> list[float]:
    """Each source alone, one after another, through one warm Refresher."""
    store = Store(path)
    refresher = Refresher(config, store)
    try:
        await refresher.run(list(warm.sources))
        times = []
        for src in config.sources:
            started = time.perf_counter()
            (outcome,) = await refresher.run([src])
            times.append(time.perf_counter() - started)
            if not outcome.ok:
                raise SystemExit(f"bench_fanout: single fetch failed: {outcome.error}")
        return times
    finally:
        await refresher.aclose()
        store.close()


# --------------------------------------------------------------------------- newsboat


def newsboat_reload(urls: list[str], folder: Path, threads: int) -> float | None:
    """Wall time of ``newsboat -x reload`` over ``urls`` in an isolated HOME, or None."""
    exe = shutil.which("newsboat")
    if exe is None:
        return None
    home = folder / f"newsboat-{len(urls)}"
    for sub in ("config", "data", "cache"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "urls").write_text("".join(u + "\n" for u in urls), encoding="utf-8")
    (home / "config.txt").write_text(
        f"reload-threads {threads}\ndownload-timeout 30\nshow-read-feeds yes\n", encoding="utf-8"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "no_proxy": "*",
    }
    cmd = [
        exe,
        "-u", str(home / "urls"),
        "-c", str(home / "cache.db"),
        "-C", str(home / "config.txt"),
        "-x", "reload",
    ]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        print(f"newsboat: exit {proc.returncode}: {proc.stderr.strip()[:200]}", file=sys.stderr)
        return None
    return elapsed


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--feeds", type=int, default=40, help="number of feeds (servers)")
    ap.add_argument("--delay-ms", type=float, default=300, help="server delay per response")
    ap.add_argument("--feed", type=Path, default=FEED, help="feed body to serve")
    ap.add_argument(
        "--sweep", default="8,16,32,64", help="also time these max_concurrency values ('' for none)"
    )
    ap.add_argument("--no-newsboat", action="store_true", help="skip the newsboat comparison")
    ap.add_argument("--serve", type=int, default=0, help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args(argv)

    n, delay = args.feeds, args.delay_ms / 1000
    body = args.feed.read_bytes()
    if args.serve:
        serve(args.serve, body, delay)
        return 0
    default_bound, per_host = MAX_CONCURRENCY, PER_HOST
    print(
        f"fanout setup: {n} feeds of {len(body)} B on {n} loopback ports, {args.delay_ms:g} ms "
        f"per response; Refresher defaults max_concurrency={default_bound}, per_host={per_host}"
    )
    timeout = max(20.0, 4 * delay * n)
    with (
        tempfile.TemporaryDirectory(prefix="bench_fanout.") as tmp,
        servers(n + 1, args.feed, delay) as urls,
        servers(n + 1, args.feed, 0.0) as urls0,
    ):
        folder = Path(tmp)
        feeds, warm_url = urls[:n], urls[n:]
        config, warm = config_for(feeds, timeout), config_for(warm_url, timeout)
        config0, warm0 = config_for(urls0[:n], timeout), config_for(urls0[n:], timeout)
        singles = asyncio.run(_singles(config, warm, folder / "singles.sqlite3"))
        slowest = max(singles)
        print(
            f"single fetch: slowest {slowest:.3f} s, median {sorted(singles)[len(singles) // 2]:.3f} s"
            f" (each of {n} feeds alone)"
        )

        def line(label: str, elapsed: float, base: float, check: bool) -> str:
            extra = (elapsed - base) / delay if delay else 0.0
            verdict = ""
            if check:
                verdict = " ok" if extra <= TARGET else " MISSED"
            return (
                f"{label}: {n} feeds x {args.delay_ms:g} ms: {elapsed:.2f} s, no latency"
                f" {base:.2f} s: extra {extra:.2f} latencies (target <= {TARGET}){verdict};"
                f" {elapsed / slowest:.2f}x slowest single fetch"
            )

        base = min(
            asyncio.run(_full_refresh(config0, warm0, folder / f"zero{i}.sqlite3"))
            for i in range(3)
        )
        elapsed = min(
            asyncio.run(_full_refresh(config, warm, folder / f"default{i}.sqlite3"))
            for i in range(3)
        )
        missed = (elapsed - base) / delay > TARGET if delay else False
        print(line(f"fanout (defaults, max_concurrency={default_bound})", elapsed, base, True))
        for bound in [int(b) for b in args.sweep.split(",") if b.strip()]:
            if bound == default_bound:
                continue
            path = folder / f"c{bound}.sqlite3"
            swept = asyncio.run(_full_refresh(config, warm, path, max_concurrency=bound))
            zero = asyncio.run(
                _full_refresh(config0, warm0, folder / f"z{bound}.sqlite3", max_concurrency=bound)
            )
            print(line(f"fanout (max_concurrency={bound})", swept, zero, False))

        if args.no_newsboat:
            print("newsboat: skipped (--no-newsboat)")
        elif shutil.which("newsboat") is None:
            print("newsboat: not installed, comparison skipped (apt-get install newsboat)")
        else:
            one = newsboat_reload(feeds[:1], folder, 8)
            full = newsboat_reload(feeds, folder, 8)
            if one is None or full is None:
                print("newsboat: reload failed, comparison skipped")
            else:
                # ours with the defaults (not a swept bound; in-process, no start-up) against newsboat's
                # whole process (its start-up included)
                ratio = elapsed / full
                missed = missed or ratio > NEWSBOAT_TARGET
                verdict = "ok" if ratio <= NEWSBOAT_TARGET else "MISSED"
                print(
                    f"fanout against newsboat: our full refresh {elapsed:.2f} s = {ratio:.2f}x"
                    f" newsboat's {full:.2f} s ({n} feeds x {args.delay_ms:g} ms, reload-threads 8)"
                    f" (target <= {NEWSBOAT_TARGET}x) {verdict}; newsboat alone on one feed:"
                    f" {one:.2f} s"
                )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
