"""The product owner's scale case: local source files re-read by a refresh.

    python benchmarks/bench_scale_files.py [--stories 20000] [--series 30] [--years 10]
                                           [--pages 60] [--new 20] [--baseline DIR]

``gen_files.generate`` writes one 20,000-item RSS file and 30 daily price files of 10 years and
a config naming them as local sources; ``gen_files.fill_store`` fills the store by one real
refresh of them, run by the measured tree's own code (the content records of
``tui.flow.unchanged`` are keyed by a stamp of the code that wrote them: a tree whose store
another tree's code filled parses every file again on its first refresh). Then:

1. one start after the fill (it builds the snapshot and writes the snapshot cache), timed
   apart;
2. a child drives the app with ``App.run_test`` (160x48): time to the first paint of the
   newest story (from the cached snapshot), ``--pages`` ``pagedown`` presses and ``G`` / ``g``
   in the headlines, then ONE refresh of every source (``action_refresh_all``, what ``R``
   does) with the files unchanged (``tui.flow.unchanged`` skips them: nothing parsed), timed
   from the key to the repaint after the refresh finished and its load was painted;
3. in the same child, the heavy path: the feed file replaced by its next version
   (``gen_files.next_feed``: ``--new`` items on top, as many dropped off the end, every other
   item's bytes the same) and one price file by itself with a day appended, then a second
   refresh of every source, timed the same way: the 20,000-item feed parsed again
   (feedparser, ``tui.sources.feed_subset``), the news saved, clustered and classified.

Printed: the child's peak RSS (``VmHWM``) after the paging, after the first refresh and after
the second (target <= 150 MB, the verdict on each), both refreshes' wall and CPU time, whether
each rewrote the snapshot cache file, the story counts and the sources' health.

``--baseline DIR`` runs the same on another checkout (say, a ``git archive`` of ``main``), in
the same run, on its own copy of the generated files (``gen_files.copy_home``, its config naming
the copy's files) whose store that checkout's code fills: the before / after figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import bench_wait  # noqa: E402
from bench_startup import child_code, compile_tree, run_child_rss  # noqa: E402
from gen_files import copy_home, env_for, fill_store, generate, next_feed, next_prices  # noqa: E402

RSS_TARGET_MB = 150.0
SIZE = (160, 48)

CHILD = r"""
import asyncio, json, os, resource, time
from pathlib import Path
from textual import events, on
import tui.ui.app
from tui.ui.app import MetalwatchApp
from tui.core.config import load_config
from tui.ui.messages import RefreshFinished, SnapshotReady
from tui.ui.widgets.headlines import HeadlinesPanel

PAGES = {pages}
NEXT = {next_files!r}
CACHE = Path(os.environ["METALWATCH_CACHE_DIR"]) / "store.sqlite3.snapshot.json"

class Bench(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    snapshots = 0
    finished = 0

    @on(SnapshotReady)
    def _count(self, message):
        Bench.snapshots += 1

    @on(RefreshFinished)
    def _done(self, message):
        Bench.finished += 1

def rss():
    # this process's own high-water mark (ru_maxrss would include the parent's at the fork)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

{workers_done}

async def repainted(app):
    done = asyncio.Event()
    app.call_after_refresh(done.set)
    await done.wait()

async def settle(app, pilot):
    # every load and refresh worker done, and what they posted painted
    for _ in range(3):
        await workers_done(app)
        await pilot.pause()
        await repainted(app)

async def press(app, key):
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)
    await asyncio.sleep(0.02)

async def main():
    app = Bench(load_config())
    out = {{}}
    started = time.perf_counter()
    async with app.run_test(size={size!r}) as pilot:
        while Bench.snapshots == 0 and time.perf_counter() - started < 100:
            await asyncio.sleep(0.01)
        await repainted(app)
        out["first_paint_s"] = time.perf_counter() - started
        await settle(app, pilot)
        out["stories"] = len(app.snapshot.stories)
        table = app.query_one(HeadlinesPanel).table
        table.focus()
        await pilot.pause()
        for _ in range(PAGES):
            await press(app, "pagedown")
        await press(app, "G")
        await press(app, "g")
        await settle(app, pilot)
        out["rss_paged_mb"] = rss()
        cache_mtime = CACHE.stat().st_mtime_ns if CACHE.exists() else None
        cpu = time.process_time()
        start = time.perf_counter()
        app.action_refresh_all()
        while Bench.finished == 0 and time.perf_counter() - start < 300:
            await asyncio.sleep(0.005)
        await settle(app, pilot)
        out["refresh_s"] = time.perf_counter() - start
        out["refresh_cpu_s"] = time.process_time() - cpu
        out["cache_rewritten"] = (CACHE.stat().st_mtime_ns if CACHE.exists() else None) != cache_mtime
        out["stories_after"] = len(app.snapshot.stories)
        out["health"] = sorted({{(h.ok, h.error or "") for h in app.snapshot.sources}})[:3]
        out["rss_refresh_mb"] = rss()
        # the feed and one price file as their publishers write them next (prepared by the
        # parent; a rename here, so the child allocates nothing for it), then refresh again
        for src, dst in NEXT:
            os.replace(src, dst)
        finished = Bench.finished
        cache_mtime = CACHE.stat().st_mtime_ns if CACHE.exists() else None
        cpu = time.process_time()
        start = time.perf_counter()
        app.action_refresh_all()
        while Bench.finished == finished and time.perf_counter() - start < 300:
            await asyncio.sleep(0.005)
        await settle(app, pilot)
        out["changed_s"] = time.perf_counter() - start
        out["changed_cpu_s"] = time.process_time() - cpu
        out["changed_cache_rewritten"] = (
            CACHE.stat().st_mtime_ns if CACHE.exists() else None
        ) != cache_mtime
        out["stories_changed"] = len(app.snapshot.stories)
        out["changed_health"] = sorted({{(h.ok, h.error or "") for h in app.snapshot.sources}})[:3]
        out["rss_changed_mb"] = rss()
    print("BENCH " + json.dumps(out))

asyncio.run(main())
"""


def prepare_next(home: Path, stories: int, new: int) -> list[tuple[str, str]]:
    """Write the feed with ``new`` items on top (as many dropped off its end) and the first
    price file with a day appended, beside the files the config names (``*.next``); the
    (next, current) paths the child renames after its first refresh."""
    files = home / "files"
    feed = files / "news.xml"
    prices = sorted(files.glob("*.csv"))[0]
    pairs = []
    for path, data in (
        (feed, next_feed(feed.read_bytes(), stories, new, now=datetime.now(timezone.utc))),
        (prices, next_prices(prices.read_bytes())),
    ):
        ahead = path.with_name(path.name + ".next")
        ahead.write_bytes(data)
        pairs.append((str(ahead), str(path)))
    return pairs


def run_tree(
    label: str, tree: Path, home: Path, pages: int, stories: int, new: int
) -> dict[str, Any]:
    compile_tree(tree)
    fill_s = fill_store(home, tree)
    env = env_for(home)
    cold = run_child_rss(child_code("app", SIZE, grouped=True), env, timeout=600, cwd=tree)
    code = CHILD.format(
        pages=pages,
        size=SIZE,
        workers_done=bench_wait.SOURCE,
        next_files=prepare_next(home, stories, new),
    )
    run = run_child_rss(code, env, timeout=900, cwd=tree)
    info = dict(run.info, cold_s=cold.to_paint, cold_mb=cold.maxrss_mb, fill_s=fill_s)
    for peak, what, before in (
        (info["rss_refresh_mb"], "one refresh of the unchanged files", "after paging"),
        (info["rss_changed_mb"], f"a second refresh, {new} new feed items", "after the first"),
    ):
        was = info["rss_paged_mb"] if before == "after paging" else info["rss_refresh_mb"]
        verdict = "ok" if float(peak) <= RSS_TARGET_MB else "MISSED"
        print(
            f"{label}: peak RSS {peak:.0f} MB after paging and {what} ({before} {was:.0f} MB) "
            f"(target <= {RSS_TARGET_MB:g} MB) {verdict}"
        )
    print(
        f"  refresh of every source, files unchanged: {info['refresh_s']:.2f} s to its repaint "
        f"(CPU {info['refresh_cpu_s']:.2f} s); snapshot cache rewritten: "
        f"{info['cache_rewritten']}; stories {info['stories']} -> {info['stories_after']}; "
        f"health {info['health']}"
    )
    print(
        f"  refresh of every source, feed and one price file changed: {info['changed_s']:.2f} s "
        f"to its repaint (CPU {info['changed_cpu_s']:.2f} s); snapshot cache rewritten: "
        f"{info['changed_cache_rewritten']}; stories -> {info['stories_changed']}; health "
        f"{info['changed_health']}"
    )
    print(
        f"  store filled by the tree's own code in {fill_s:.1f} s; first paint in run_test "
        f"{info['first_paint_s']:.2f} s; first start after the fill {cold.to_paint:.2f} s "
        f"(peak {cold.maxrss_mb:.0f} MB)"
    )
    return info


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="the owner's scale case: refresh from local files")
    p.add_argument("--stories", type=int, default=20000)
    p.add_argument("--series", type=int, default=30)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--pages", type=int, default=60)
    p.add_argument("--new", type=int, default=20, help="items the second refresh finds new")
    p.add_argument("--baseline", type=Path, metavar="DIR", help="another checkout, same run")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mw-files-") as tmp:
        home = Path(tmp) / "home"
        g = generate(home, stories=args.stories, series=args.series, years=args.years, fill=False)
        print(
            f"scale-files setup: feed of {g.items} items ({g.feed_bytes / 1e6:.1f} MB), "
            f"{g.series} price files ({g.points} points), each tree's store filled by one "
            f"refresh with its own code; {os.cpu_count()} CPUs"
        )
        if args.baseline is not None:
            base = copy_home(home, Path(tmp) / "baseline-home")
            run_tree(
                "scale-files baseline",
                args.baseline.resolve(),
                base,
                args.pages,
                args.stories,
                args.new,
            )
        run_tree("scale-files this tree", ROOT, home, args.pages, args.stories, args.new)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
