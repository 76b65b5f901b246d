"""The app's first seconds under faults, in a real terminal (tmux), as a user meets them.

A config of local files (the captured Reuters feed of tests/fixtures, a copper CSV) and one
network feed on a loopback port is run once to fill a store and the cached last screen; then,
for each fault, a copy of that cache is damaged (or the network made to fail) and the app
started again in a detached tmux session on a private server socket. Measured by polling
``tmux capture-pane -p``: seconds from launch to the first screen with the user's last known
data (a stored headline), the key latencies right after (``?`` opens help, Escape closes it,
``j`` moves the cursor), the header's words, and seconds from ``q`` to the app gone.

    python benchmarks/tmux_faults.py [--size 120x40] [--only NAME ...] [--busy 5]

Nothing touches the internet: the network sources are loopback ports (refused, silent,
trickling). The lock fault is another process holding the store with
``PRAGMA locking_mode=EXCLUSIVE`` after a write, released after ``--hold`` seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tmux_fault_kinds import FAULTS, serve_port, silent, trickle  # noqa: E402

from tests.tmux_session import TmuxSession  # noqa: E402

FEED = ROOT / "tests" / "fixtures" / "feeds" / "reuters_via_googlenews_direct.rss.xml"
MARK = "LME gripped by flash squeeze"  # a stored headline: the user's last known data
SOCKET = f"mw-faults-{os.getpid()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(folder: Path, port: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FEED, folder / "news.xml")
    last = date.today() - timedelta(days=2)
    rows, day, value = ["Date,Close"], last - timedelta(days=200), 9000.0
    while day <= last:
        if day.weekday() < 5:
            rows.append(f"{day.isoformat()},{value:.2f}")
            value += 7.5
        day += timedelta(days=1)
    (folder / "copper.csv").write_text("\n".join(rows) + "\n")
    config = folder / "config.toml"
    config.write_text(
        f"""
[app]
refresh = "30s"
timeout = "4s"

[[metals]]
id = "copper"
name = "Copper"
unit = "USD/t"

[[sources]]
name = "My news"
kind = "rss"
url = "news.xml"

[[sources]]
name = "My copper"
kind = "csv"
metal = "copper"
url = "copper.csv"
symbol = "CU"
unit = "USD/t"
value_column = "Close"

[[sources]]
name = "Wire"
kind = "rss"
url = "http://127.0.0.1:{port}/feed.xml"
"""
    )
    return config


class Run(TmuxSession):
    """One start of the app, in a session of this benchmark's own tmux server."""

    def __init__(self, env: dict[str, str], size: tuple[int, int]) -> None:
        super().__init__(f"mw{uuid.uuid4().hex[:6]}", socket=SOCKET, env=env)
        self.size = size
        self.started = 0.0

    def start(self, config: Path) -> None:
        command = f"{sys.executable} -m tui --config {config}; sleep 30"
        # run from the work folder: ``-m tui`` from this tree's root would import this tree's
        # code ahead of ``PYTHONPATH`` (``--tree``)
        # right after the last session ended, the server may still be exiting: tried again
        launched = self.launch(command, self.size, cwd=config.parent.parent, tries=20)
        self.started = time.monotonic() - (time.perf_counter() - launched)

    def until(
        self, test: Callable[[str], bool], timeout: float = 30.0, every: float = 0.01
    ) -> tuple[float | None, str]:
        return super().until(test, timeout, every)

    def key(self, key: str, test: Callable[[str], bool], timeout: float = 15) -> float | None:
        if len(key) == 1:
            self.type(key)
        else:
            self.keys(key)
        return self.until(test, timeout)[0]

    def gone(self) -> bool:
        # the app ended: the shell's ``sleep`` keeps the pane, the app's screen is left
        return "python" not in self.display("#{pane_current_command}")


def header(screen: str) -> str:
    return next((ln.strip() for ln in screen.splitlines() if "metalwatch" in ln), "")


def on_help(screen: str) -> bool:
    return "metalwatch keys" in screen


def prepare(
    work: Path, size: tuple[int, int], tree: str = ""
) -> tuple[Path, Path, int, dict[str, str]]:
    port = free_port()
    config = write_config(work / "user", port)
    cache = work / "template"
    env = {
        "METALWATCH_CACHE_DIR": str(cache),
        "METALWATCH_CONFIG_DIR": str(work / "conf"),
        "XDG_CONFIG_HOME": str(work / "xdg-config"),
        "XDG_CACHE_HOME": str(work / "xdg-cache"),
        "XDG_DATA_HOME": str(work / "xdg-data"),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
    }
    if tree:  # another tree's code (a baseline) on the same data
        env["PYTHONPATH"] = str(Path(tree).resolve())
    run = Run(env, size)
    run.start(config)
    took, screen = run.until(lambda s: MARK in s and "Copper" in s, 60)
    assert took is not None, screen
    time.sleep(3)  # the refresh cycle ends, the snapshot is cached
    run.keys("q")
    run.until(lambda s: run.gone(), 15)
    run.kill()
    return config, cache, port, env


def measure(name: str, work: Path, base: tuple[Path, Path, int, dict[str, str]], args: Any) -> str:
    config, template, port, env = base
    cache = work / f"cache-{name}"
    shutil.copytree(template, cache)
    env = {**env, "METALWATCH_CACHE_DIR": str(cache), "METALWATCH_BUSY_TIMEOUT": str(args.busy)}
    if name == "config-broken":
        broken = work / "broken.toml"
        broken.write_text(config.read_text() + "\n[[sources]\nname = \n")
        config = broken
    net: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if name == "silent-server":
        net = contextlib.contextmanager(serve_port)(port, silent)
    elif name == "trickle-server":
        net = contextlib.contextmanager(serve_port)(port, trickle)
    fault = FAULTS[name]
    run = Run(env, args.size)
    try:
        with net, fault(cache, args.hold) if name == "locked" else fault(cache):
            run.start(config)
            first, screen = run.until(lambda s: MARK in s, 20)
            top = header(screen)
            latencies = []
            if first is not None:
                t = run.key("?", on_help)
                latencies.append(("?", t))
                t = run.key("Escape", lambda s: MARK in s and not on_help(s))
                latencies.append(("Esc", t))
                before = run.screen()
                t = run.key("j", lambda s: s != before)
                latencies.append(("j", t))
                time.sleep(max(0.0, 4 - (time.monotonic() - run.started)))
            later = run.screen()
            start = time.monotonic()
            run.keys("q")
            quit_s, _ = run.until(lambda s: run.gone(), 20)
            if quit_s is not None:
                quit_s = time.monotonic() - start
            after = run.screen()
    finally:
        run.kill()
    keys = ", ".join(f"{k} {'-' if t is None else f'{t:.2f}'}" for k, t in latencies)
    trace = "Traceback" in later or "Traceback" in after
    gone_text = " | ".join(ln.strip() for ln in after.splitlines() if ln.strip())[-300:]
    return (
        f"{name:17} first data {'NEVER' if first is None else f'{first:.2f}s'}; keys {keys or '-'}; "
        f"q {'STUCK' if quit_s is None else f'{quit_s:.2f}s'}"
        f"{'; TRACEBACK' if trace else ''}\n    first header: {top[:150]}\n"
        f"    at 4 s:       {header(later)[:150]}\n"
        + (f"    after q:      {gone_text}\n" if not first else "")
        + (f"{later}\n" if args.screens else "")
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="120x40")
    p.add_argument("--only", nargs="*", default=None)
    p.add_argument("--busy", type=float, default=5.0, help="METALWATCH_BUSY_TIMEOUT")
    p.add_argument("--tree", default="", help="run this source tree's tui (e.g. a baseline)")
    p.add_argument("--screens", action="store_true", help="print the screen at 4 s")
    p.add_argument("--hold", type=float, default=10.0, help="seconds the lock is held")
    args = p.parse_args()
    w, h = args.size.split("x")
    args.size = (int(w), int(h))
    if shutil.which("tmux") is None:
        print("tmux is not installed")
        return 1
    with tempfile.TemporaryDirectory(prefix="mw-faults-") as tmp:
        work = Path(tmp)
        try:
            base = prepare(work, args.size, args.tree)
            for name in args.only or list(FAULTS):
                print(measure(name, work, base, args), flush=True)
        finally:
            TmuxSession("", socket=SOCKET).close()  # this benchmark's server, every session
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
