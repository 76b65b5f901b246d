"""The app under a heavy user's keys: the child process of ``bench_heavy.py``.

Runs ``MetalwatchApp`` headless (``run_test``) on the home the environment names, at the
size given, against the tree first on ``sys.path`` (the caller's ``cwd``), and prints one
``BENCH {json}`` line. Every action is a key sent as the terminal driver sends it; each is
timed from the key to the moment the app is settled (workers done, what they posted painted),
with the process's CPU time meanwhile, and a ticker every 5 ms measures the longest the event
loop was blocked (what a user sees as a frozen screen). The first price's chart (a metal in the
news: hundreds of markers) is opened three times and every time frame shown each time. Then two refreshes of everything (``R``), each after new items
were written into a served feed file: the first after the start, and a later one.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bench_wait import workers_done
from textual import events, on

import tui.ui.app
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.messages import RefreshFinished, SnapshotReady


def hwm() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Bench(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    snapshots = 0
    finished = 0

    @on(SnapshotReady)
    def _count(self, message: Any) -> None:
        Bench.snapshots += 1

    @on(RefreshFinished)
    def _done(self, message: Any) -> None:
        Bench.finished += 1

    def _display(self, screen: Any, renderable: Any) -> None:
        render = getattr(renderable, "render_segments", None)
        if render is not None:
            render(self.console)  # what a terminal write costs, minus the write
        super()._display(screen, renderable)


class Ticker:
    """The longest gap between 5 ms ticks of the event loop since ``reset``."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.task: asyncio.Task[None] | None = None

    async def run(self) -> None:
        while True:
            t = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - t - 0.005)

    def reset(self) -> None:
        self.worst = 0.0


async def repainted(app: Any) -> None:
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()


async def settle(app: Any) -> None:
    for _ in range(2):
        await workers_done(app)
        await asyncio.sleep(0.01)
        await repainted(app)


def send(app: Any, key: str) -> None:
    char = {"question_mark": "?"}.get(key, key if len(key) == 1 else None)
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


def feed_news(path: Path, n: int, tag: str) -> None:
    """``n`` new items at the top of a served RSS file (a feed that brought news)."""
    now = datetime.now(timezone.utc)
    text = path.read_text(encoding="utf-8")
    items = "".join(
        f"<item><title>Smelter {tag} {k} restarts line after outage</title>"
        f"<link>https://news.example.org/heavy/{tag}/{k}</link>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=k))}</pubDate></item>\n"
        for k in range(n)
    )
    head, sep, rest = text.partition("<item>")
    path.write_text(head + items + sep + rest, encoding="utf-8")


async def main(size: tuple[int, int], feed: Path | None, refresh: bool) -> dict[str, Any]:
    app = Bench(load_config())
    out: dict[str, Any] = {"keys": {}}
    ticker = Ticker()
    started = time.perf_counter()
    async with app.run_test(size=size):
        while Bench.snapshots == 0 and time.perf_counter() - started < 120:
            await asyncio.sleep(0.01)
        await repainted(app)
        out["first_paint_s"] = time.perf_counter() - started
        await settle(app)
        out["settled_s"] = time.perf_counter() - started
        ticker.task = asyncio.create_task(ticker.run())

        async def act(name: str, key: str, gap: float = 0.02) -> None:
            await asyncio.sleep(gap)
            ticker.reset()
            start, cpu = time.perf_counter(), time.process_time()
            send(app, key)
            await asyncio.sleep(0)
            await settle(app)
            ms = (time.perf_counter() - start) * 1000
            row = out["keys"].setdefault(name, [])
            cpu_ms = (time.process_time() - cpu) * 1000
            row.append((round(ms, 1), round(ticker.worst * 1000, 1), round(cpu_ms, 1)))

        for _ in range(10):
            await act("headlines down", "down")
        for _ in range(10):
            await act("headlines pagedown", "pagedown")
        await act("headlines end", "G")
        await act("headlines home", "g")
        await act("all stories on", "A")
        await act("headlines end (all)", "G")
        await act("all stories off", "A")
        await act("focus prices", "2")
        for row in ("first", "first", "first", "last"):  # the first: a metal in the news
            if row == "last":
                await act("prices end", "G")
            await act(f"chart open ({row} price)", "enter")
            for key, frame in zip("123456", ("1M", "3M", "6M", "1Y", "5Y", "Max"), strict=True):
                await act(f"chart {frame}" + (" (last price)" if row == "last" else ""), key)
            await act("chart close", "escape")
        await act("focus policy", "3")
        await act("policy evidence", "enter")
        await act("evidence close", "escape")
        await act("policy end", "G")
        await act("policy evidence (last row)", "enter")
        await act("evidence close", "escape")
        await act("help", "question_mark")
        await act("help close", "escape")
        await act("theme picker", "t")
        await act("theme close", "escape")
        await act("focus headlines", "1")
        await act("story open", "enter")
        await act("story close", "escape")
        out["rss_keys_mb"] = hwm()
        if refresh:
            for label, n in (("first", 20), ("next", 20)):
                if feed is not None:  # new to every child: each refresh brings news
                    feed_news(feed, n, f"{label}-{size[0]}x{size[1]}-{time.time_ns()}")
                before = Bench.finished
                ticker.reset()
                cpu, start = time.process_time(), time.perf_counter()
                send(app, "R")
                while Bench.finished == before and time.perf_counter() - start < 300:
                    await asyncio.sleep(0.005)
                await settle(app)
                out[f"refresh_{label}"] = {
                    "wall_s": round(time.perf_counter() - start, 3),
                    "cpu_s": round(time.process_time() - cpu, 3),
                    "block_ms": round(ticker.worst * 1000, 1),
                    "stories": len(app.snapshot.stories),
                    "failed": sorted(h.name for h in app.snapshot.sources if not h.ok),
                }
        out["rss_mb"] = hwm()
        ticker.task.cancel()
    return out


if __name__ == "__main__":
    width, height = (int(v) for v in sys.argv[1].split("x"))
    feed_arg = Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "-" else None
    result = asyncio.run(main((width, height), feed_arg, "--no-refresh" not in sys.argv))
    print("BENCH " + json.dumps(result))
