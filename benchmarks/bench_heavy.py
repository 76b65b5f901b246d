"""A heavy user's dashboard: a big config on loopback servers and a store grown for years.

    python benchmarks/bench_heavy.py [--baseline DIR] [--runs 3] [--stories 30000] [--check]
                                     [--sizes 80x24,120x40,200x60] [--key-sizes 80x24,120x40]

``gen_heavy.py`` writes the home (40 metals, 60 feeds served by a loopback ``http.server``,
20 price files and 5 Yahoo charts of 30 years, a policy file of 300 entries, 30,000 stored
headlines plus one real refresh); each tree (this one and, with ``--baseline``, another
checkout such as a ``git archive`` of ``main``) runs on its own copy of it, the trees
alternating in every round. Printed per tree:

1. start-up in tmux (``tmux_start.run_once``) to the first relevant headline on screen: cold
   (no snapshot cache, no clustering memo: every headline clustered and classified before the
   paint) at the first size, warm at every size; then what the screen shows at each size
   (every panel's title and rows, ages in the headlines, the prices' and policy's row counts
   against ``metalwatch snapshot --json``) and, at the smallest, whether the last price row and
   the last policy row are reached by keyboard (``2`` ``G``, ``3`` ``G``);
2. ``heavy_child.py`` under ``run_test`` at each ``--key-sizes``: every key of a heavy
   session timed to the settled screen, with the longest the event loop was blocked meanwhile;
   the worst key, then two refreshes of everything (``R``) after a feed brought 20 items: wall
   and CPU time, the longest block, and the process's peak RSS (``VmHWM``);
3. ``metalwatch snapshot`` and ``snapshot --json``: wall time (median), and what they hold;
4. ``--check`` (this tree): a build in a new process that took the clustering memo kept
   beside the store equals one from nothing (the memo file removed), before and after news.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import tmux_start  # noqa: E402
from bench_startup import compile_tree  # noqa: E402
from gen_heavy import free_port, generate, serve  # noqa: E402
from gen_store import env_for  # noqa: E402
from heavy_report import report  # noqa: E402

from tests.tmux_session import TmuxSession  # noqa: E402

APP = "from tui.cli import main\nraise SystemExit(main([]))\n"
FILL = r"""
# what the app's load worker leaves after a start: the snapshot cache (tui.ui.loading)
from tui.core.config import load_config
from tui.core.paths import store_path
from tui.flow.price_history import KEEP_DAYS, for_display
from tui.flow.snapshot import build_snapshot
from tui.store import Store, snapshot_cache
config = load_config()
with Store(store_path()) as store:
    snap = for_display(build_snapshot(config, store, price_days=KEEP_DAYS))
    cache = snapshot_cache.cache_path(store.path)
    key = snapshot_cache.config_key(config)
    snapshot_cache.save(cache, snap, key=key, fingerprint=store.fingerprint())
"""
CHECK = r"""
import hashlib, json, sys
from datetime import datetime
from pathlib import Path
from tui.core.config import load_config
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store
store = Store(Path(sys.argv[1]))
snap = build_snapshot(load_config(), store, now=datetime.fromisoformat(sys.argv[2]))
text = json.dumps(to_json(snap), sort_keys=True, default=str)
print(hashlib.sha256(text.encode()).hexdigest()[:16], len(snap.stories))
"""


def tree_env(home: Path, tree: Path) -> dict[str, str]:
    return {**env_for(home), "PYTHONPATH": str(tree)}


def run_cli(tree: Path, env: dict[str, str], args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", f"from tui.cli import main\nraise SystemExit(main({args!r}))"],
        env={**os.environ, **env},
        cwd=str(tree),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode not in (0, 1):
        raise RuntimeError(f"metalwatch {' '.join(args)}: {out.stderr[-500:]}")
    return time.perf_counter() - start, out.stdout


def drop_caches(home: Path) -> None:
    """What a cold start lacks: the snapshot cache and the clustering memo."""
    for f in (home / "cache").glob("store.sqlite3.*"):
        if f.name.endswith((".json", ".memo")):
            f.unlink()


def screen(
    tree: Path,
    env: dict[str, str],
    size: tuple[int, int],
    needle: str,
    keys: list[list[str]],
    ready: Any = None,
) -> list[str]:
    """The screen at ``size`` once ``needle`` shows (and ``ready(shot)`` is empty, for at most
    20 s), then after each group of ``keys``."""
    sock = f"mw-heavy-{os.getpid()}-{size[0]}x{size[1]}-{time.monotonic_ns()}"
    tmux = TmuxSession("h", socket=sock, env=env, no_config=True)
    command = " ".join(
        [
            *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
            shlex.quote(sys.executable),
            "-m",
            "tui",
        ]
    )
    shots: list[str] = []
    try:
        tmux.launch(command, size, cwd=tree, export=False)
        _, shown = tmux.until(lambda shot: needle in shot, timeout=60, every=0.2)
        # the whole snapshot after the cached head: until every panel shows it, at most 20 s
        settled = time.monotonic() + 20
        while ready is not None and ready(shown) and time.monotonic() < settled:
            time.sleep(0.5)
            shown = tmux.screen()
        shots.append(shown)
        for group in keys:
            for key in group:
                tmux.tmux("send-keys", "-t", "h", key, check=True)
                time.sleep(0.4)
            time.sleep(0.8)
            shots.append(tmux.screen())
    finally:
        tmux.close()
    return shots


def what_shows(shot: str, expect: dict[str, Any]) -> list[str]:
    """What is missing or wrong on a captured screen (empty: every panel shows the data)."""
    wrong = []
    if "Headlines ·" not in shot:
        wrong.append("no headlines panel title")
    if not re.search(r"│[•⚑ ]{0,3}(?:\d\d \w{3} \d\d:\d\d )?\s*\d+[mhd] ", shot):
        wrong.append("no headline with its age")
    if f"{expect['prices']} rows" not in shot:
        wrong.append(f"prices panel does not say {expect['prices']} rows")
    if f"{expect['policy']:,} rows" not in shot and f"{expect['policy']} rows" not in shot:
        wrong.append(f"policy panel does not say {expect['policy']} rows")
    if "today" not in shot:
        wrong.append("no price as of today")
    return wrong


def expected(tree: Path, env: dict[str, str]) -> dict[str, Any]:
    took, text = run_cli(tree, env, ["snapshot", "--json"])
    data = json.loads(text)
    policy = data["policy"]
    names = {m["id"]: m["name"] for m in data["metals"]}
    return {
        "json_s": took,
        "stories": len(data["headlines"]),
        "prices": len(data["prices"]),
        "policy": len(policy),
        "sources_ok": sum(1 for s in data["sources"] if s.get("ok")),
        "sources": len(data["sources"]),
        "last_price": names.get(data["prices"][-1]["metal"], "") if data["prices"] else "",
        "last_policy": names.get(policy[-1]["metal"], "") if policy else "",
    }


def keys_child(tree: Path, env: dict[str, str], size: str, feed: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(BENCH / "heavy_child.py"), size, str(feed)],
        env={**os.environ, **env},
        cwd=str(BENCH),
        capture_output=True,
        text=True,
        timeout=900,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"heavy_child failed: {out.stderr[-1500:]}")
    return json.loads(line[6:])


def check_memo(home: Path, now: str) -> bool:
    """A new process's build with the kept memo equals one from nothing (file removed)."""
    store = home / "cache" / "store.sqlite3"
    memo = Path(f"{store}.cluster.memo")

    def build() -> str:
        out = subprocess.run(
            [sys.executable, "-c", CHECK, str(store), now],
            env={**os.environ, **env_for(home), "PYTHONPATH": str(ROOT)},
            cwd=str(ROOT),
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()

    build()  # writes the memo
    if not memo.exists():
        return False
    seeded = build()
    memo.unlink()
    return seeded == build()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="a heavy user's config and store, A/B")
    p.add_argument("--baseline", type=Path, metavar="DIR")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--stories", type=int, default=30000)
    p.add_argument("--sizes", default="80x24,120x40,200x60")
    p.add_argument("--key-sizes", default="80x24,120x40")
    p.add_argument("--check", action="store_true")
    args = p.parse_args(argv)
    sizes = [tuple(int(v) for v in s.split("x")) for s in args.sizes.split(",")]
    trees = [("this tree", ROOT)]
    if args.baseline is not None:
        trees.append(("baseline", args.baseline.resolve()))
    with tempfile.TemporaryDirectory(prefix="mw-heavy-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        (tmp / "home" / "serve").mkdir(parents=True)
        server = serve(tmp / "home" / "serve", port)
        try:
            return run(args, trees, sizes, tmp, port)
        finally:
            server.terminate()
            server.wait()


def run(args: Any, trees: list[tuple[str, Path]], sizes: list[Any], tmp: Path, port: int) -> int:
    started = time.perf_counter()
    h = generate(tmp / "home", port, stories=args.stories)
    print(
        f"heavy setup: 40 metals; {h.feeds} feeds on a loopback server ({h.big_feeds} of 1,000+ "
        f"items); {h.price_files} price files and {h.yahoo} Yahoo charts of 30 years "
        f"({h.points:,} points); {h.policy} policy-file entries; {h.stories:,} stored headlines "
        f"plus one refresh; store {h.store.stat().st_size / 1e6:.0f} MB; made in "
        f"{time.perf_counter() - started:.0f} s; {os.cpu_count()} CPUs"
    )
    homes, envs = {}, {}
    for label, tree in trees:
        compile_tree(tree)
        homes[label] = tmp / label.replace(" ", "-")
        shutil.copytree(tmp / "home", homes[label], ignore=shutil.ignore_patterns("serve"))
        envs[label] = tree_env(homes[label], tree)
    feed = tmp / "home" / "serve" / "feed-9.xml"
    res: dict[str, dict[str, Any]] = {label: {"cold": [], "warm": {}} for label, _ in trees}
    needles: dict[str, str] = {}
    for label, tree in trees:  # the first start builds the caches: the needle is its head
        run_cli(tree, envs[label], ["snapshot"])
        res[label]["expect"] = expected(tree, envs[label])
        subprocess.run(
            [sys.executable, "-c", FILL],
            env={**os.environ, **envs[label]},
            cwd=str(tree),
            check=True,
        )
        needles[label] = tmux_start.first_headline(envs[label], tree)[:20]
        if not needles[label]:
            raise SystemExit(f"{label}: no cached snapshot with a relevant story to wait for")
        tmux_start.run_once(APP, needles[label], envs[label], sizes[0], tree)  # page cache
    for r in range(args.runs):
        for label, tree in trees if r % 2 == 0 else trees[::-1]:
            env, home = envs[label], homes[label]
            drop_caches(home)
            res[label]["cold"].append(tmux_start.run_once(APP, needles[label], env, sizes[0], tree))
            for size in sizes:
                took = tmux_start.run_once(APP, needles[label], env, size, tree)
                res[label]["warm"].setdefault(size, []).append(took)
            res[label].setdefault("text_s", []).append(run_cli(tree, env, ["snapshot"])[0])
            res[label].setdefault("json_s", []).append(
                run_cli(tree, env, ["snapshot", "--json"])[0]
            )
    for label, tree in trees:
        expect = res[label]["expect"]
        res[label]["screens"] = {}
        for size in sizes:
            keys = [["2", "G"], ["3", "G"]] if size == sizes[0] else []
            shots = screen(
                tree,
                envs[label],
                size,
                needles[label],
                keys,
                lambda shot, e=expect: what_shows(shot, e),
            )
            wrong = what_shows(shots[0], expect)
            if keys:
                if expect["last_price"] and expect["last_price"].lower() not in shots[1].lower():
                    wrong.append(f"last price row ({expect['last_price']}) not reached by 2 G")
                if expect["last_policy"] and expect["last_policy"].lower() not in shots[2].lower():
                    wrong.append(f"last policy row ({expect['last_policy']}) not reached by 3 G")
            res[label]["screens"][size] = wrong
        res[label]["keys"] = {
            s: keys_child(tree, envs[label], s, feed) for s in args.key_sizes.split(",") if s
        }
    report(res, trees, sizes)
    if args.check:
        now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        check_home = tmp / "check"
        shutil.copytree(tmp / "home", check_home, ignore=shutil.ignore_patterns("serve"))
        same = check_memo(check_home, now)
        print(
            "  check: a new process's build that took the kept clustering memo equals a build "
            f"from nothing: {'yes' if same else 'NO'}"
        )
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
