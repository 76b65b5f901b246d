"""One very large RSS feed: parse, cluster, classify and ``metalwatch snapshot --json``.

    python benchmarks/bench_big_feed.py [--entries 5000] [--small 500] [--runs 3]
    python benchmarks/bench_big_feed.py --baseline ../metalwatch-base   # a checkout of main
    python benchmarks/bench_big_feed.py --app    # also the app on 20,000 stored stories
    python benchmarks/bench_big_feed.py --atom   # an Atom feed instead (bench_feed_parse's)

The feed is ``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml`` with its 500 items
repeated (each copy with its own title, guid and link, and
dated two days before the previous copy) to ``--entries`` items (with ``--atom``,
``bench_feed_parse.big_atom``: ``heise_developer.atom.xml``'s entries, carrying their articles as
HTML, repeated the same way); the baseline in
the same run is the same feed cut to ``--small`` items, and, with ``--baseline``, the same
stages run by that checkout's code (its own Python, this script's file handed over). Stages,
each the least CPU time (``process_time``) of ``--runs`` in this process:

- ``feedparser``: the parser alone (``feed_document.parse``);
- ``parse``: the whole of ``tui.sources.feeds.parse`` (feedparser and our text cleaning);
- ``ours``: ``feeds.parse`` with the parser's document kept from the first stage (our share);
- ``cluster``: ``build_stories`` over the parsed headlines with the default metals, no memo;
- ``classify``: ``classify`` on every story;

then ``snapshot``: ``metalwatch snapshot --json`` in a fresh process on a config naming the
feed as a local file and a fresh cache folder (first run: the feed read, stored, clustered,
classified; second run: the same feed again, the snapshot from the store), wall and CPU time
and the peak RSS. With ``--app``: ``gen_store``'s 20,000 stories with the feed added as a
source, the app under ``run_test`` (160x48) started twice on it (a first start that fetches
the feed, then one with the snapshot cache the first wrote): seconds from the app's creation
to the first snapshot posted (the first screen) and to the first holding the feed's stories,
the child's peak RSS. Prints the figures; exits 0 (nothing is asserted), non-zero on a crash.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
FIXTURE = ROOT / "tests" / "fixtures" / "feeds" / "reuters_via_googlenews_direct.rss.xml"
_ITEM = re.compile(rb"<item>.*?</item>", re.S)
_TITLE = re.compile(rb"(<title>)(.*?)( - Reuters</title>)", re.S)
_DATE = re.compile(rb"<pubDate>(.*?)</pubDate>")
_URL_END = re.compile(rb"(https://www\.reuters\.com/[^<]*?)/(</(?:link|guid)>)")


def big_feed(n: int, fixture: Path = FIXTURE) -> bytes:
    """The fixture with its items repeated to ``n``: copy k of an item gets "(k)" after its
        title, "-k" at the end of its link and guid, and its date 2k days earlier, so that most
    entries are their own story (4,375 stories of 5,000; a first copy often joins its original)."""
    data = fixture.read_bytes()
    items = _ITEM.findall(data)
    head, tail = data[: data.index(items[0])], data[data.rindex(items[-1]) + len(items[-1]) :]
    out = []
    for i in range(n):
        item, k = items[i % len(items)], i // len(items)
        if k:
            item = _TITLE.sub(lambda m, k=k: m[1] + m[2] + b" (%d)" % k + m[3], item, count=1)
            item = _URL_END.sub(lambda m, k=k: m[1] + b"-%d/" % k + m[2], item)
            item = _DATE.sub(lambda m, k=k: b"<pubDate>%s</pubDate>" % _earlier(m[1], k), item)
        out.append(item)
    return head + b"\n    ".join(out) + tail


def _earlier(date: bytes, k: int) -> bytes:
    when = parsedate_to_datetime(date.decode()) - timedelta(days=2 * k)
    return format_datetime(when, usegmt=True).encode()


def _best(fn: Any, runs: int) -> tuple[float, Any]:
    """The least CPU time of ``runs`` calls, each cold: nothing remembered of an earlier parse
    (``tui.sources.feed_subset``, in trees that have it)."""
    try:
        from tui.sources.feed_subset import forget_all
    except ImportError:  # an older tree
        forget_all = None  # type: ignore[assignment]
    best, result = float("inf"), None
    for _ in range(runs):
        if forget_all is not None:
            forget_all()
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return best, result


def stages(path: Path, runs: int) -> dict[str, float]:
    """Seconds per in-process stage for the feed file at ``path`` (this interpreter's tui)."""
    from tui.core.config import load_config
    from tui.core.config_types import SourceConfig
    from tui.core.paths import default_config_file
    from tui.engine.classifier import classify
    from tui.engine.cluster import build_stories
    from tui.sources import feed_document, feeds

    data = path.read_bytes()
    metals = load_config(default_config_file()).metals
    src = SourceConfig(name="Big feed", kind="rss", url=str(path))
    now = datetime(2026, 8, 23, tzinfo=timezone.utc)
    out: dict[str, float] = {}
    out["feedparser"], doc = _best(lambda: feed_document.parse(data, {}), runs)
    out["parse"], result = _best(lambda: feeds.parse(data, src, fetched_at=now), runs)
    real = feed_document.parse
    feed_document.parse = lambda *_: doc  # type: ignore[assignment]  # the parser's answer kept
    try:
        out["ours"], _ = _best(lambda: feeds.parse(data, src, fetched_at=now), runs)
    finally:
        feed_document.parse = real  # type: ignore[assignment]
    heads = result.headlines
    out["cluster"], stories = _best(lambda: build_stories(heads, metals), runs)
    out["classify"], _ = _best(
        lambda: [classify(s.title, s.summary, metals) for s in stories], runs
    )
    out["headlines"], out["stories"] = len(heads), len(stories)
    return out


def snapshot(python: str, tree: Path, feed: Path, runs: int = 2) -> list[dict[str, float]]:
    """``metalwatch snapshot --json`` ``runs`` times on one fresh cache: wall, CPU, peak RSS."""
    out = []
    with tempfile.TemporaryDirectory(prefix="bigfeed-") as tmp:
        home = Path(tmp)
        (home / "config").mkdir()
        (home / "config" / "config.toml").write_text(
            # a body as big as the feed's (the 20,000-item RSS feed is 11.8 MB: over the
            # default 10 MB, it was cut off and the snapshot failed without parsing it)
            f"[app]\nmax_body_mb = {feed.stat().st_size // 2**20 + 2}\n\n"
            f'[[sources]]\nname = "Big feed"\nkind = "rss"\nurl = "{feed}"\nrefresh = "1m"\n',
            encoding="utf-8",
        )
        env = dict(os.environ, METALWATCH_CONFIG_DIR=str(home / "config"))
        env["METALWATCH_CACHE_DIR"] = str(home / "cache")
        for _ in range(runs):
            code = (
                "import resource,sys,time;t=time.perf_counter();from tui.cli import main;"
                "sys.stdout=open('/dev/null','w');rc=main(['snapshot','--json','--force']);"
                "r=resource.getrusage(resource.RUSAGE_SELF);"
                "sys.stderr.write('BIGFEED %f %f %d %s\\n'%(time.perf_counter()-t,"
                "r.ru_utime+r.ru_stime,r.ru_maxrss,rc))"
            )
            proc = subprocess.run(
                [python, "-c", code], cwd=tree, env=env, capture_output=True, text=True
            )
            line = [x for x in proc.stderr.splitlines() if x.startswith("BIGFEED ")]
            if not line:
                raise SystemExit(f"snapshot failed:\n{proc.stderr[-2000:]}")
            wall, cpu, rss, _rc = line[-1].split()[1:]
            out.append({"wall": float(wall), "cpu": float(cpu), "rss_mb": int(rss) / 1024})
    return out


APP_CHILD = r"""
import asyncio, json, sys, time
from pathlib import Path
from textual import on
import tui.ui.app
from tui.ui.app import MetalwatchApp
from tui.core.config import load_config
from tui.ui.messages import SnapshotReady

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

class Bench(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    firsts = {}
    seen = 0

    @on(SnapshotReady)
    def _seen(self, message):
        now = time.perf_counter()
        Bench.seen += 1
        Bench.firsts.setdefault("screen", now)
        if any(s.source == "Big feed" for s in message.snapshot.stories):
            Bench.firsts.setdefault("data", now)

async def main():
    started = time.perf_counter()
    app = Bench(load_config())
    async with app.run_test(size=(160, 48)) as pilot:
        # the feed's stories, and the whole snapshot after a cached head: two snapshots
        while ("data" not in Bench.firsts or Bench.seen < 2) and (
            time.perf_counter() - started < 120
        ):
            await asyncio.sleep(0.01)
        shown = sum(1 for s in app.snapshot.stories if s.source == "Big feed")
    print("BIGAPP " + json.dumps({
        "screen_s": Bench.firsts.get("screen", float("nan")) - started,
        "data_s": Bench.firsts.get("data", float("nan")) - started,
        "big_stories": shown, "rss_mb": hwm()}))

asyncio.run(main())
"""


def app_run(python: str, tree: Path, store_home: Path, feed: Path) -> dict[str, float]:
    """The app under ``run_test`` on a copy of ``store_home`` (gen_store's 20,000 stories)
    with the big feed added as a source, started twice (the first start fetches the feed, the
    second has the snapshot cache the first wrote): seconds to the first snapshot on screen and
    to the first one holding the feed's stories, the peak RSS."""
    import shutil

    sys.path.insert(0, str(BENCH))
    from gen_store import env_for

    with tempfile.TemporaryDirectory(prefix="bigfeed-app-") as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(store_home, home)
        config = home / "config" / "config.toml"
        with config.open("a", encoding="utf-8") as out:
            out.write(f'\n[[sources]]\nname = "Big feed"\nkind = "rss"\nurl = "{feed}"\n')
        env = dict(os.environ, **env_for(home))
        result: dict[str, float] = {}
        for run in ("cold", "warm"):  # a first start, then one with its snapshot cache
            proc = subprocess.run(
                [python, "-c", APP_CHILD], cwd=tree, env=env, capture_output=True, text=True
            )
            line = [x for x in proc.stdout.splitlines() if x.startswith("BIGAPP ")]
            if not line:
                raise SystemExit(f"app run failed:\n{proc.stderr[-2000:]}")
            got = json.loads(line[-1][len("BIGAPP ") :])
            result.update({f"{run}_{k}": v for k, v in got.items()})
        return result


def _line(label: str, st: dict[str, float], snaps: list[dict[str, float]]) -> str:
    ms = {
        k: f"{st[k] * 1000:.0f} ms" for k in ("feedparser", "parse", "ours", "cluster", "classify")
    }
    first, second = snaps[0], snaps[-1]
    return (
        f"{label}: {int(st['headlines'])} headlines, {int(st['stories'])} stories; "
        f"feedparser {ms['feedparser']}, parse {ms['parse']} (ours {ms['ours']}), cluster {ms['cluster']}, "
        f"classify {ms['classify']}; snapshot --json: first {first['wall']:.2f} s "
        f"(cpu {first['cpu']:.2f} s, peak {first['rss_mb']:.0f} MB), second "
        f"{second['wall']:.2f} s (cpu {second['cpu']:.2f} s)"
    )


def _tree_python(tree: Path) -> str:
    venv = tree / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=5000)
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="another checkout, measured in the same run")
    ap.add_argument("--app", action="store_true", help="also the app on 20,000 stored stories")
    ap.add_argument("--atom", action="store_true", help="an Atom feed instead of RSS")
    ap.add_argument("--stages-only", type=Path, help=argparse.SUPPRESS)  # child: JSON out
    args = ap.parse_args(argv)
    if args.stages_only:
        sys.path.insert(0, str(Path.cwd()))
        print(json.dumps(stages(args.stages_only, args.runs)))
        return 0
    trees = [("this tree", ROOT)]
    if args.baseline:
        trees.append(("baseline", args.baseline.resolve()))
    with tempfile.TemporaryDirectory(prefix="bigfeed-feeds-") as tmp:
        feeds = {}
        make, kind = big_feed, "rss"
        if args.atom:
            sys.path.insert(0, str(BENCH))
            from bench_feed_parse import big_atom

            make, kind = big_atom, "atom"
        for n in (args.entries, args.small):
            feeds[n] = Path(tmp) / f"big-{n}.{kind}.xml"
            feeds[n].write_bytes(make(n))
        size = feeds[args.entries].stat().st_size / 1e6
        print(
            f"big {kind} feed: {args.entries} entries, {size:.1f} MB; small: {args.small} entries"
        )
        for label, tree in trees:
            py = _tree_python(tree)
            for n in (args.entries, args.small):
                cmd = [py, str(Path(__file__).resolve()), "--stages-only", str(feeds[n])]
                cmd.extend(["--runs", str(args.runs)])
                child = subprocess.run(
                    cmd,
                    cwd=tree,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                st = json.loads(child.stdout.splitlines()[-1])
                print(_line(f"{label}, {n} entries", st, snapshot(py, tree, feeds[n])))
        if args.app:
            sys.path.insert(0, str(BENCH))
            from gen_store import generate

            store_home = Path(tmp) / "store-home"
            generate(store_home, stories=20000)
            for label, tree in trees:
                for n in (args.entries, args.small):
                    got = app_run(_tree_python(tree), tree, store_home, feeds[n])
                    print(
                        f"app ({label}), 20000 stored stories + {n}-entry feed: first start: "
                        f"first screen {got['cold_screen_s']:.2f} s, the feed's stories "
                        f"{got['cold_data_s']:.2f} s ({got['cold_big_stories']} shown), peak "
                        f"{got['cold_rss_mb']:.0f} MB; next start: first screen "
                        f"{got['warm_screen_s']:.2f} s, the feed's stories "
                        f"{got['warm_data_s']:.2f} s, peak {got['warm_rss_mb']:.0f} MB"
                    )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"(largest child peak RSS {peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
