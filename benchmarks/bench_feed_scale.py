"""One feed of 20,000 items, varied or near-identical titles: ``metalwatch snapshot --json``
and the app refreshing it, against a baseline measured in the same run.

    python benchmarks/bench_feed_scale.py [--items 20000] [--titles near,varied] [--serve]
                                          [--baseline main] [--app] [--keep DIR]
                                          [--max-body-mb 100]

The feeds are ``gen_feed.feed`` (``near``: a few dozen headlines each repeated with small
changes, the clustering's worst case; ``varied``: ``gen_store``'s seeded headlines; ``mixed``),
written to a temporary folder and named in the config as a local file, or with ``--serve``
served by a loopback HTTP server in this process (the snapshot runs in a child process). For
each feed and each tree (this tree; with ``--baseline`` a git revision checked out in a
temporary worktree, or the path of another checkout):

- ``snapshot``: ``metalwatch snapshot --json --force`` in a fresh process on a fresh cache:
  wall and CPU seconds and peak RSS (on a machine shared with other work, the CPU figure and
  the ratio between the trees are what to read);
- ``stages``: the least CPU time of one run of each stage in this process, as
  ``bench_big_feed.py`` measures them (feedparser; our share of ``feeds.parse``; clustering;
  classifying);
- ``same``: whether the two trees' JSON answers are the same once the run's own times
  (``generated_at``, ``data_as_of``, the sources' fetch times) are set aside;
- with ``--app``: the app under ``App.run_test`` (160x48) started on the config with a fresh
  cache, refreshing the feed: seconds to the first snapshot holding the feed's stories, and
  the event loop's responsiveness meanwhile: a 10 ms sleep repeated, its lateness (p50, p99,
  max) and the time a key press (``down``) takes to be handled right after.

``--max-body-mb``: ``[app] max_body_mb`` in the config (a feed of more than about 30,000 items
is over the default 10 MB, which cuts it off).

Prints the figures; exits 0 (nothing is asserted), non-zero on a crash.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import gen_feed  # noqa: E402
from bench_trees import baseline_tree  # noqa: E402

#: what differs between two runs on the same input: the run's own times (a story's age too)
VOLATILE = {"generated_at", "data_as_of", "fetched_at", "last_success", "next_attempt", "age_hours"}

SNAP_CHILD = (
    "import resource,sys,time;t=time.perf_counter();from tui.cli import main;"
    "out=open(sys.argv[1],'w');sys.stdout=out;rc=main(['snapshot','--json','--force']);out.close();"
    "r=resource.getrusage(resource.RUSAGE_SELF);"
    "sys.stderr.write('SNAP %f %f %d %s\\n'%(time.perf_counter()-t,"
    "r.ru_utime+r.ru_stime,r.ru_maxrss,rc))"
)

APP_CHILD = r"""
import asyncio, json, time
from pathlib import Path
from textual import on
import tui.ui.app
from tui.ui.app import MetalwatchApp
from tui.core.config import load_config
from tui.ui.messages import SnapshotReady

class Bench(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    data_at = None

    @on(SnapshotReady)
    def _seen(self, message):
        if Bench.data_at is None and any(s.source == "Big feed" for s in message.snapshot.stories):
            Bench.data_at = time.perf_counter()

async def main():
    started = time.perf_counter()
    app = Bench(load_config())
    late = []
    async with app.run_test(size=(160, 48)) as pilot:
        last = time.perf_counter()
        while Bench.data_at is None and time.perf_counter() - started < 600:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            late.append(now - last - 0.01)
            last = now
        t = time.perf_counter()
        await pilot.press("down")
        await pilot.pause()
        key = time.perf_counter() - t
    late.sort()
    print("APPLAG " + json.dumps({
        "data_s": (Bench.data_at or float("nan")) - started,
        "p50_ms": late[len(late) // 2] * 1000, "p99_ms": late[int(len(late) * 0.99)] * 1000,
        "max_ms": late[-1] * 1000, "key_ms": key * 1000}))

asyncio.run(main())
"""


def normalised(doc: Any) -> Any:
    """``doc`` without the run's own times."""
    if isinstance(doc, dict):
        return {k: normalised(v) for k, v in doc.items() if k not in VOLATILE}
    if isinstance(doc, list):
        return [normalised(v) for v in doc]
    return doc


#: ``[app] max_body_mb`` written in the children's config (None: the default)
MAX_BODY_MB: list[float | None] = [None]


def _env(home: Path, url: str, tree: Path) -> dict[str, str]:
    (home / "config").mkdir(parents=True, exist_ok=True)
    app = f"[app]\nmax_body_mb = {MAX_BODY_MB[0]}\n\n" if MAX_BODY_MB[0] else ""
    (home / "config" / "config.toml").write_text(
        app + f'[[sources]]\nname = "Big feed"\nkind = "rss"\nurl = "{url}"\nrefresh = "1m"\n',
        encoding="utf-8",
    )
    env = dict(os.environ, METALWATCH_CONFIG_DIR=str(home / "config"))
    env["METALWATCH_CACHE_DIR"] = str(home / "cache")
    env["PYTHONPATH"] = str(tree)
    return env


def _child_line(tree: Path, url: str, args: list[str], tag: str, stream: str) -> str:
    """Run ``python -c ARGS`` in ``tree`` on a fresh home; the last line of its ``stream``
    ("stdout" or "stderr") that opens with ``tag``, without the tag."""
    with tempfile.TemporaryDirectory(prefix="feedscale-") as tmp:
        proc = subprocess.run(
            [sys.executable, "-c", *args],
            cwd=tree,
            env=_env(Path(tmp), url, tree),
            capture_output=True,
            text=True,
        )
    lines = [x for x in getattr(proc, stream).splitlines() if x.startswith(tag)]
    if not lines:
        raise SystemExit(f"{tag.strip()} run failed:\n{proc.stderr[-2000:]}")
    return lines[-1][len(tag) :]


def snapshot(tree: Path, url: str, out: Path) -> dict[str, float]:
    """One ``snapshot --json --force`` on a fresh cache; its JSON written to ``out``."""
    wall, cpu, rss, _rc = _child_line(tree, url, [SNAP_CHILD, str(out)], "SNAP ", "stderr").split()
    return {"wall": float(wall), "cpu": float(cpu), "rss_mb": int(rss) / 1024}


def stages(tree: Path, path: Path) -> dict[str, float]:
    cmd = [sys.executable, str(BENCH / "bench_big_feed.py"), "--stages-only", str(path)]
    proc = subprocess.run(
        [*cmd, "--runs", "1"],
        cwd=tree,
        env=dict(os.environ, PYTHONPATH=str(tree)),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.splitlines()[-1])


def app_lag(tree: Path, url: str) -> dict[str, float]:
    return json.loads(_child_line(tree, url, [APP_CHILD], "APPLAG ", "stdout"))


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a: Any, **k: Any) -> None:
            super().__init__(*a, directory=str(folder), **k)

        def log_message(self, *_: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--titles", default="near,varied", help="comma-separated: near,varied,mixed")
    ap.add_argument("--serve", action="store_true", help="from a loopback HTTP server")
    ap.add_argument("--baseline", help="a git revision or another checkout, run side by side")
    ap.add_argument("--app", action="store_true", help="also the app refreshing the feed")
    ap.add_argument("--keep", type=Path, help="keep the feeds and JSON answers in this folder")
    ap.add_argument("--max-body-mb", type=float, help="[app] max_body_mb (default: 10)")
    args = ap.parse_args(argv)
    MAX_BODY_MB[0] = args.max_body_mb
    with tempfile.TemporaryDirectory(prefix="feedscale-run-") as tmp_name:
        tmp = Path(args.keep or tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        trees: list[tuple[str, Path]] = [("this tree", ROOT)]
        server, base_url = _serve(tmp) if args.serve else (None, "")
        with baseline_tree(args.baseline, Path(tmp_name)) as base:
            if base is not None:
                trees.append((args.baseline, base))
            for titles in args.titles.split(","):
                path = tmp / f"feed-{titles}-{args.items}.xml"
                path.write_bytes(gen_feed.feed(args.items, titles))
                url = base_url + path.name if server else str(path)
                size = path.stat().st_size / 1e6
                print(
                    f"{titles} titles: {args.items} items, {size:.1f} MB, from "
                    f"{'a loopback server' if server else 'a local file'}"
                )
                answers = []
                for label, tree in trees:
                    out = tmp / f"snapshot-{titles}-{len(answers)}.json"
                    snap = snapshot(tree, url, out)
                    st = stages(tree, path)
                    answers.append(normalised(json.loads(out.read_text(encoding="utf-8"))))
                    print(
                        f"  {label}: snapshot --json {snap['wall']:.2f} s wall, "
                        f"{snap['cpu']:.2f} s cpu, peak {snap['rss_mb']:.0f} MB; cpu by stage: "
                        f"feedparser {st['feedparser']:.2f} s, ours {st['ours']:.2f} s, cluster "
                        f"{st['cluster']:.2f} s, classify {st['classify']:.2f} s; "
                        f"{len(answers[-1]['headlines'])} stories"
                    )
                    if args.app:
                        lag = app_lag(tree, url)
                        print(
                            f"  {label}, app: the feed's stories at {lag['data_s']:.2f} s; loop "
                            f"lateness p50 {lag['p50_ms']:.0f} ms, p99 {lag['p99_ms']:.0f} ms, "
                            f"max {lag['max_ms']:.0f} ms; a key after: {lag['key_ms']:.0f} ms"
                        )
                if len(answers) > 1:
                    print(f"  same JSON answer: {'yes' if answers[0] == answers[1] else 'NO'}")
        if server is not None:
            server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
