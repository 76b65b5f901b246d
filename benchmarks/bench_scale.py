"""Scale: 20,000 stored stories and 30 series of 10 years of daily points.

    python benchmarks/bench_scale.py [--stories 20000] [--series 30] [--years 10] [--runs 2]
                                     [--presses 60] [--news 20]

Generates the large store (``gen_store.generate``), then measures:

1. start to the first full paint against a bare Textual app, as ``bench_startup.py`` does
   (target <= 1.5x), and the peak RSS of that process;
2. in a child process driving the app with ``App.run_test`` (headless, 160x48): after the
   first snapshot is painted, ``--presses`` presses each of ``down`` and ``pagedown`` in the
   headlines panel, then ``end`` (``G``) and ``home`` (``g``); each is timed from the key
   event entering the app (sent through the driver, as a terminal's key would be) to the
   first paint that shows the cursor on its new row. Median and p95 (target < 50 ms);
3. in the same child, one reload of the large store with nothing new in it (what follows a
   refresh whose sources brought nothing: the stories on screen stand, the rest is rebuilt),
   then one after ``--news`` new headlines were saved (a refresh that brought news: every
   headline clustered and classified again), then one after ``--news`` more (the next refresh
   that brings news: what the last rebuild derived is at hand), each timed (informational: ``bench_render.py``
   holds the < 100 ms repaint target on the warm store); the child's peak RSS after the first
   and after it all (target <= 150 MB: the larger figure).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import bench_wait  # noqa: E402
import tmux_start  # noqa: E402
from bench_startup import (  # noqa: E402
    baseline_home,
    child_code,
    compare,
    compile_tree,
    describe,
    run_child_rss,
)
from gen_store import add_store_option, env_for, generate, headline_texts, store_writer  # noqa: E402

START_TARGET = 1.5
RSS_TARGET_MB = 150.0
KEY_TARGET_MS = 50.0
SIZE = (160, 48)

SCROLL_CHILD = r"""
import asyncio, json, resource, sys, time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from tui.core.models import Headline
from textual import events, on
import tui.ui.app
from tui.ui.app import MetalwatchApp
from tui.core.config import load_config
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.headlines import HeadlinesPanel

PRESSES = {presses}
NEWS = {news!r}
NEWS_AGAIN = {news_again!r}

def hwm():
    # this process's own peak RSS: ru_maxrss starts from the parent's peak at the fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class Bench(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    snapshots = 0
    snapshot_at = 0.0
    watch = None  # (table, cursor row before the key, event): set the event on the first
    painted_at = 0.0  # paint that shows the cursor elsewhere

    @on(SnapshotReady)
    def _count(self, message):
        Bench.snapshots += 1
        Bench.snapshot_at = time.perf_counter()

    def _display(self, screen, renderable):
        render = getattr(renderable, "render_segments", None)
        if render is not None:
            render(self.console)  # what a terminal write would cost, minus the write
        super()._display(screen, renderable)
        if Bench.watch is not None:
            table, before, done = Bench.watch
            if table.cursor_row != before:
                Bench.painted_at = time.perf_counter()
                Bench.watch = None
                done.set()

{workers_done}

async def repainted(app):
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()

async def timed(app, table, key):
    # the key goes in as the terminal driver would send it (Pilot.press adds idle waits)
    done = asyncio.Event()
    Bench.watch = (table, table.cursor_row, done)
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    start = time.perf_counter()
    app._driver.send_message(event)
    await asyncio.wait_for(done.wait(), 10)
    ms = (Bench.painted_at - start) * 1000
    await asyncio.sleep(0.02)  # a user does not type faster than 50 keys a second
    return ms

async def main():
    app = Bench(load_config())
    out = {{}}
    async with app.run_test(size={size!r}) as pilot:
        started = time.perf_counter()
        while Bench.snapshots == 0 and time.perf_counter() - started < 100:
            await asyncio.sleep(0.01)
        await repainted(app)
        out["first_paint_s"] = time.perf_counter() - started
        await workers_done(app)
        await pilot.pause()
        panel = app.query_one(HeadlinesPanel)
        table = panel.table
        table.focus()
        await pilot.pause()
        out["rows"] = table.row_count
        down = [await timed(app, table, "down") for _ in range(PRESSES)]
        page = [await timed(app, table, "pagedown") for _ in range(PRESSES)]
        ends = [await timed(app, table, "G"), await timed(app, table, "g")]
        out["cursor_after"] = table.cursor_row
        out["down_ms"] = down
        out["pagedown_ms"] = page
        out["end_home_ms"] = ends
        async def reload_ms():
            # the reload every refresh ends in, timed from the call to its repaint
            start = time.perf_counter()
            before = Bench.snapshots
            app.load_from_store()
            while Bench.snapshots == before:
                await asyncio.sleep(0.001)
            await repainted(app)
            return (time.perf_counter() - start) * 1000

        # a refresh: the same data rebuilt into every panel
        out["refresh_total_ms"] = await reload_ms()
        out["refresh_repaint_ms"] = (time.perf_counter() - Bench.snapshot_at) * 1000
        out["maxrss_quiet_mb"] = hwm()
        # a refresh that brought news: what a feed's delivery saves, then the reload (every
        # stored headline clustered and classified again with the new ones)
        source = app.snapshot.stories[0].source
        now = datetime.now(timezone.utc)

        async def news_refresh(path, news):
            # what a feed's delivery saves, then the reload, timed to its repaint
            fresh = [
                Headline(title, f"https://news.example.org/{{path}}/{{k}}", source,
                         now - timedelta(minutes=k), summary=summary)
                for k, (title, summary) in enumerate(news)
            ]
            app.store.save_headlines(source, fresh, seen_at=now)
            return await reload_ms()

        out["news_total_ms"] = await news_refresh("bench-news", NEWS)
        out["news_stories"] = len(app.snapshot.stories)
        # the next refresh that brings news: what this process derived the last time stands
        out["news_again_ms"] = await news_refresh("bench-news-2", NEWS_AGAIN)
    out["maxrss_mb"] = hwm()
    print("BENCH " + json.dumps(out))

asyncio.run(main())
"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="start-up, memory and scrolling with a large store")
    p.add_argument("--stories", type=int, default=20000)
    p.add_argument("--series", type=int, default=30)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--presses", type=int, default=60)
    p.add_argument("--news", type=int, default=20, help="new headlines the second refresh brings")
    p.add_argument("--home", type=Path, help="generate the store here (default: a temp dir)")
    p.add_argument("--no-tmux", action="store_true", help="headless only (no real terminal)")
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="DIR",
        help="another checkout (e.g. of main): its start-up and memory measured in the same run",
    )
    add_store_option(p)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mw-scale-") as tmp:
        home = args.home or Path(tmp)
        g = generate(
            home,
            stories=args.stories,
            series=args.series,
            years=args.years,
            tree=store_writer(args),
        )
        print(
            f"scale setup: {g.headlines} headlines, {g.series} series x {args.years} y daily "
            f"({g.points} points), store {g.store.stat().st_size / 1e6:.1f} MB, generated in "
            f"{g.seconds:.1f} s; {os.cpu_count()} CPUs"
        )
        # the first start after the fill builds the snapshot (clustering 20,000 headlines)
        # and caches it; every later start paints from that cache: time that one apart
        compile_tree(ROOT)
        cold = run_child_rss(child_code("app", SIZE, grouped=True), env_for(home), timeout=300)
        print(f"scale first start after the fill (builds the snapshot): {cold.to_paint:.2f} s")
        baseline = None
        if args.baseline is not None:
            compile_tree(args.baseline)
            baseline = (args.baseline.resolve(), baseline_home(home, Path(tmp)))
        c = compare(home, args.runs, size=SIZE, warm_up_app=False, baseline=baseline)
        for line in describe("scale start-up", c, START_TARGET):
            print(line)
        if not args.no_tmux and tmux_start.available():
            t = tmux_start.compare(env_for(home), args.runs, SIZE, baseline=baseline)
            print(t.line("scale start-up", START_TARGET))

        texts = [list(t) for t in headline_texts(2 * args.news, seed=97)]
        code = SCROLL_CHILD.format(
            presses=args.presses,
            size=SIZE,
            news=texts[: args.news],
            news_again=texts[args.news :],
            workers_done=bench_wait.SOURCE,
        )
        run = run_child_rss(code, env_for(home), timeout=300)
        info: dict[str, Any] = run.info
        keys: list[float] = [
            *info["down_ms"],
            *info["pagedown_ms"],
            *info["end_home_ms"],
        ]
        med, p95 = statistics.median(keys), pct(keys, 0.95)
        verdict = "ok" if p95 < KEY_TARGET_MS else "MISSED"
        print(
            f"scale scroll: keypress to repaint median {med:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(keys):.1f} ms over {len(keys)} presses (target < {KEY_TARGET_MS:g} ms) "
            f"{verdict}"
        )
        down: list[float] = info["down_ms"]
        page: list[float] = info["pagedown_ms"]
        ends: list[float] = info["end_home_ms"]
        print(
            f"  {info['rows']} rows; down median {statistics.median(down):.1f} ms; pagedown "
            f"median {statistics.median(page):.1f} ms; end {ends[0]:.1f} ms, home "
            f"{ends[1]:.1f} ms; first paint in run_test {float(info['first_paint_s']):.2f} s"
        )
        rss = max(run.maxrss_mb, c.app_rss)
        verdict = "ok" if rss <= RSS_TARGET_MB else "MISSED"
        print(
            f"scale memory: peak RSS {rss:.0f} MB (start-up {c.app_rss:.0f} MB; after scrolling "
            f"and a refresh with nothing new {float(info['maxrss_quiet_mb']):.0f} MB; after one "
            f"more that brought {args.news} new headlines {run.maxrss_mb:.0f} MB) "
            f"(target <= {RSS_TARGET_MB:g} MB) {verdict}"
        )
        if baseline is not None:
            base_run = run_child_rss(code, env_for(baseline[1]), timeout=300, cwd=baseline[0])
            base_rss = max(base_run.maxrss_mb, max(r.maxrss_mb for r in c.base))
            b = base_run.info
            print(
                f"  A/B in the same run: baseline tree peak RSS {base_rss:.0f} MB (after "
                f"scrolling and a refresh with nothing new {float(b['maxrss_quiet_mb']):.0f} MB, "
                f"after the news {base_run.maxrss_mb:.0f} MB); the refreshes took "
                f"{float(b['refresh_total_ms']):.0f} ms, {float(b['news_total_ms']):.0f} ms and "
                f"{float(b['news_again_ms']):.0f} ms"
            )
        print(
            f"scale refresh: a reload of the large store with nothing new took "
            f"{float(info['refresh_total_ms']):.0f} ms, of which "
            f"{float(info['refresh_repaint_ms']):.0f} ms on the UI thread after the snapshot; "
            f"one with {args.news} new headlines {float(info['news_total_ms']):.0f} ms "
            f"({info['news_stories']} stories), the next with {args.news} more "
            f"{float(info['news_again_ms']):.0f} ms (informational)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
