"""A refresh that brings a few new headlines into a large store: the worker's rebuild, A/B.

    python benchmarks/bench_news_refresh.py [--stories 20000] [--news 20] [--rounds 3] [--runs 2]
                                            [--baseline DIR] [--check] [--profile]

Generates the ``gen_store`` store (``--stories`` headlines, 30 price series of 10 years), then
in a child process per tree (this one and, with ``--baseline``, another checkout such as one
of ``main``; each on its own copy of the store), what the app's load worker does
(``tui.ui.loading``): ``build_snapshot`` with the snapshot on screen as ``reuse``, cut for
display, then ``snapshot_cache.save``:

1. a first build (nothing held: every headline clustered and classified), then a reload with
   nothing new (the stories on screen stand);
2. ``--rounds`` times: ``--news`` new headlines saved from one source (published in the last
   minutes, as in ``bench_scale.py``), then the rebuild, timed (build, then the cache write).

The children run ``--runs`` times, the trees alternating (the order swapped each run, so a
change of load on a shared machine hits both). Printed: the median and best news rebuild of
each tree, the first build, and each child's peak RSS (``VmHWM``: after the first build and
after it all). Each rebuild's snapshot (``to_json`` at a fixed clock: stories in order with
their events and relevance, the board, prices, sources) is hashed: the two trees must give
the same every round, else the script says so and exits 1. ``--check`` adds one child of this
tree that, after each news round, builds the snapshot again from nothing (the clustering
memo and the classifier's cache emptied) and compares. ``--profile`` prints a cProfile of
this tree's first news rebuild.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from bench_startup import compile_tree, run_child_rss  # noqa: E402
from gen_store import add_store_option, env_for, generate, headline_texts, store_writer  # noqa: E402

CHILD = r"""
import cProfile, dataclasses, hashlib, io, json, pstats, sys, time
sys.path.insert(0, {tree!r})
from datetime import datetime, timedelta
from pathlib import Path
from tui.core.config import load_config
from tui.core.models import Headline
import tui.flow.snapshot as flow
from tui.flow.price_history import KEEP_DAYS, for_display
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store, snapshot_cache

NOW = datetime.fromisoformat({now!r})
NEWS = {news!r}
CHECK = {check!r}
PROFILE = {profile!r}

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

config = load_config()
path = Path({store!r})
store = Store(path)
cache, key = snapshot_cache.cache_path(path), snapshot_cache.config_key(config)

def build(reuse):
    start = time.perf_counter()
    snap = for_display(build_snapshot(config, store, now=NOW, price_days=KEEP_DAYS, reuse=reuse))
    built = time.perf_counter()
    snapshot_cache.save(cache, snap, key=key, fingerprint=store.fingerprint())
    return snap, built - start, time.perf_counter() - built

def digest(snap):
    text = json.dumps(to_json(snap), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]

def written():
    # the cache files as written, but for the header's key (it names the tree's code) and the
    # format with the first line's size and CRC (of the key too): /3 and /4 compare
    h = hashlib.sha256()
    for target in (cache, snapshot_cache.head_path(cache)):
        first, _, rest = target.read_text(encoding="utf-8").partition("\n")
        if "crc32" in json.loads(first):  # the format's line (/4 on), then the header
            first, _, rest = rest.partition("\n")
        header = json.loads(first)
        header.pop("key")
        header.pop("format", None)
        h.update(json.dumps(header, sort_keys=True).encode() + rest.encode())
    return h.hexdigest()[:16]

def from_nothing():
    memo = getattr(flow, "_CLUSTER_MEMO", None)
    if memo is not None:
        memo.clear()
    # nor the memo a tree that keeps it wrote beside the store (tui.flow.cluster_keep)
    Path(str(path) + ".cluster.memo").unlink(missing_ok=True)
    from tui.flow.snapshot_events import _CLASSIFIED  # the classifier's cache (this tree)

    _CLASSIFIED.clear()
    return build(None)[0]

out = {{"rounds": []}}
if {fill!r}:  # the first start after the store was filled: it builds and caches the snapshot
    snap, out["first_s"], out["first_save_s"] = build(None)
    out["vmhwm_mb"] = hwm()
    print("BENCH " + json.dumps(out))
    sys.exit(0)
# a later start: the cached snapshot is on screen, then the refreshes
snap = snapshot_cache.load(cache, key=key)[0]
snap, out["quiet_s"], _ = build(snap)
out["rss_quiet_mb"] = hwm()
source = snap.stories[0].source
for r, batch in enumerate(NEWS):
    fresh = [
        Headline(title, f"https://news.example.org/bench-news/{{r}}-{{k}}", source,
                 NOW - timedelta(minutes=k), summary=summary)
        for k, (title, summary) in enumerate(batch)
    ]
    store.save_headlines(source, fresh, seen_at=NOW)
    prof = cProfile.Profile() if PROFILE and r < 2 else None
    if prof is not None:
        prof.enable()
    snap, took, saved = build(snap)
    if prof is not None:
        prof.disable()
        text = io.StringIO()
        pstats.Stats(prof, stream=text).sort_stats("cumulative").print_stats(25)
        out["profile"] = out.get("profile", "") + f"refresh {{r + 1}}:" + text.getvalue()
    row = {{"build_s": took, "save_s": saved, "stories": len(snap.stories),
           "digest": digest(snap), "file": written()}}
    if CHECK:
        row["rebuilt"] = digest(from_nothing())
        snap = build(snap)[0]  # the memo filled again, as after a build
    out["rounds"].append(row)
out["vmhwm_mb"] = hwm()
print("BENCH " + json.dumps(out))
"""


def child(tree: Path, home: Path, news: list[list[list[str]]], now: datetime, **kw: bool) -> Any:
    code = CHILD.format(
        fill=kw.get("fill", False),
        tree=str(tree),
        store=str(home / "cache" / "store.sqlite3"),
        now=now.isoformat(),
        news=news,
        check=kw.get("check", False),
        profile=kw.get("profile", False),
    )
    return run_child_rss(code, env_for(home), timeout=600, cwd=tree)


def fresh_home(home: Path, tmp: Path, label: str) -> Path:
    """A copy of the generated home: every child starts from the same store and no cache."""
    copy = tmp / label
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(home, copy)
    return copy


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="a refresh that brought news into a large store")
    p.add_argument("--stories", type=int, default=20000)
    p.add_argument("--news", type=int, default=20, help="new headlines each refresh brings")
    p.add_argument("--rounds", type=int, default=4, help="refreshes with news after a start")
    p.add_argument("--runs", type=int, default=2, help="children per tree")
    p.add_argument("--baseline", type=Path, metavar="DIR", help="another checkout, same run")
    p.add_argument("--check", action="store_true", help="also rebuild from nothing and compare")
    p.add_argument("--profile", action="store_true", help="cProfile this tree's first two")
    add_store_option(p)
    args = p.parse_args(argv)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    texts = headline_texts(args.news * args.rounds, seed=97)
    news = [
        [list(t) for t in texts[r * args.news : (r + 1) * args.news]] for r in range(args.rounds)
    ]
    trees = [("this tree", ROOT)]
    if args.baseline is not None:
        trees.append(("baseline", args.baseline.resolve()))
    failed = False
    with tempfile.TemporaryDirectory(prefix="mw-news-") as tmp_name:
        tmp = Path(tmp_name)
        # the baseline's code writes the store (an older tree refuses a newer schema's store)
        g = generate(tmp / "home", stories=args.stories, now=now, tree=store_writer(args))
        print(
            f"news refresh setup: {g.headlines} headlines, {g.series} price series, store "
            f"{g.store.stat().st_size / 1e6:.1f} MB; {args.rounds} refreshes of {args.news} new "
            f"headlines each, {args.runs} run(s) per tree"
        )
        for _label, tree in trees:
            compile_tree(tree)
        runs: dict[str, list[Any]] = {label: [] for label, _ in trees}
        fills: dict[str, list[Any]] = {label: [] for label, _ in trees}
        for run in range(args.runs):
            for label, tree in trees if run % 2 == 0 else trees[::-1]:
                home = fresh_home(tmp / "home", tmp, label.replace(" ", "-"))
                fills[label].append(child(tree, home, news, now, fill=True))
                profile = args.profile and run == 0 and tree == ROOT
                runs[label].append(child(tree, home, news, now, profile=profile))
        medians: dict[str, tuple[float, float]] = {}
        for label, _tree in trees:
            done = runs[label]
            first = [c.info["rounds"][0]["build_s"] + c.info["rounds"][0]["save_s"] for c in done]
            later = [r["build_s"] + r["save_s"] for c in done for r in c.info["rounds"][1:]]
            cut = [r["save_s"] for c in done for r in c.info["rounds"]]
            medians[label] = (statistics.median(first), statistics.median(later or first))
            filled = fills[label]
            print(
                f"{label}: {args.news} new headlines rebuilt in "
                f"{medians[label][0] * 1000:.0f} ms at the first refresh after a start (best "
                f"{min(first) * 1000:.0f}), {medians[label][1] * 1000:.0f} ms at the next ones "
                f"(best {min(later or first) * 1000:.0f}; median of {len(later)}); the cache "
                f"write {statistics.median(cut) * 1000:.0f} ms of each"
            )
            print(
                f"  first start after the fill builds it in "
                f"{statistics.median(c.info['first_s'] for c in filled):.2f} s; a reload with "
                f"nothing new {statistics.median(c.info['quiet_s'] for c in done) * 1000:.0f} ms; "
                f"peak RSS {max(c.maxrss_mb for c in done):.0f} MB over the refreshes "
                f"({max(c.maxrss_mb for c in filled):.0f} MB for the first build); "
                f"{done[0].info['rounds'][-1]['stories']} stories"
            )
        ours = [[r["digest"] for r in c.info["rounds"]] for c in runs["this tree"]]
        if any(d != ours[0] for d in ours):
            print("DIFFERENT: this tree's runs gave different snapshots")
            failed = True
        if args.baseline is not None:
            base = runs["baseline"][0].info["rounds"]
            same = [r["digest"] for r in base] == ours[0]
            same &= [r["file"] for r in base] == [
                r["file"] for r in runs["this tree"][0].info["rounds"]
            ]
            failed |= not same
            print(
                "  identical snapshots to the baseline's every round (stories in order, events, "
                "board, prices) and cache files (but for the key naming the code)"
                if same
                else "DIFFERENT: the snapshots or cache files differ from the baseline's"
            )
            ours_m, base_m = medians["this tree"], medians["baseline"]
            print(
                f"  this tree / baseline (medians): {ours_m[0] / base_m[0]:.2f}x the time at the "
                f"first refresh after a start, {ours_m[1] / base_m[1]:.2f}x at the next ones"
            )
        if args.check:
            home = fresh_home(tmp / "home", tmp, "check")
            child(ROOT, home, news, now, fill=True)
            rows = child(ROOT, home, news, now, check=True).info["rounds"]
            same = all(r["digest"] == r["rebuilt"] for r in rows)
            failed |= not same
            print(
                f"  check: each of {len(rows)} news rebuilds equals a build from nothing "
                f"(memo and classifier cache emptied): {'yes' if same else 'NO'}"
            )
        if args.profile:
            print(runs["this tree"][0].info.get("profile", ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
