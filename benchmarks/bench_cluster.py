"""Clustering and classification: 10,000 headlines through ``build_stories`` and ``classify``.

    python benchmarks/bench_cluster.py [--headlines 10000] [--passes 3] [--baseline REV|PATH]

The headlines are ``gen_store.headline_texts`` (seeded synthetic market and trade-policy
headlines, a third with a summary) spread over 365 days and six sources, with one in ten
repeated by a second source an hour later under a slightly different title (so the fuzzy stage
has real merging to do). The watch list is the default 22 metals. One pass is what
``tui.flow.snapshot.build_snapshot`` does: ``build_stories`` over all headlines, then ``classify``
on every story. Prints the best of ``--passes`` (other processes only ever add time), the split
between the two stages, and the counts. Target: < 2 s.

With ``--baseline`` (a git revision, e.g. ``main`` or ``7d3bbb6``, or the path of another
checkout) the same passes run for both engines in the same run, alternating, each pass in a
fresh process on its tree's ``tui`` (this script and its headlines for both): on a shared machine
only the ratio of the two, measured side by side, says whether a change made it faster. A
revision is checked out in a temporary worktree, removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
# a pass for another tree (``--baseline``) runs this script on that tree's ``tui``: the variable
# ``gen_store`` reads too, so the one ``tui`` imported is that tree's
TREE_ENV = "METALWATCH_BENCH_TREE"
sys.path.insert(0, os.environ.get(TREE_ENV) or str(ROOT))

from bench_trees import baseline_tree  # noqa: E402
from gen_store import METALS, NEWS_SOURCES, headline_texts  # noqa: E402

from tui.core.models import Headline, Metal  # noqa: E402
from tui.engine.classifier import classify  # noqa: E402
from tui.engine.cluster import build_stories  # noqa: E402

TARGET_S = 2.0
WATCH = tuple(Metal(mid, name, aliases) for mid, name, aliases in METALS[:22])


def headlines(n: int, seed: int = 5) -> list[Headline]:
    rnd = random.Random(seed)
    now = datetime(2026, 6, 1, tzinfo=timezone.utc)
    texts = headline_texts(n - n // 10, seed)
    out: list[Headline] = []
    for i, (title, summary) in enumerate(texts):
        when = now - timedelta(seconds=rnd.uniform(0, 364 * 86400))
        source = NEWS_SOURCES[i % len(NEWS_SOURCES)]
        out.append(
            Headline(title, f"https://a.example.org/{i}", source, when, summary, outlet=source)
        )
        if len(out) < n and i % 9 == 0:  # the same story from another outlet
            other = NEWS_SOURCES[(i + 1) % len(NEWS_SOURCES)]
            out.append(
                Headline(
                    title.replace(" in ", " during ", 1) + " - " + other,
                    f"https://b.example.org/{i}",
                    other,
                    when + timedelta(hours=1),
                    outlet=other,
                )
            )
    return out[:n]


def one_pass(items: list[Headline]) -> tuple[float, float, int, int]:
    start = time.perf_counter()
    stories = build_stories(items, WATCH)
    mid = time.perf_counter()
    events = sum(1 for s in stories if classify(s.title, s.summary, WATCH) is not None)
    end = time.perf_counter()
    return mid - start, end - mid, len(stories), events


def _child_pass(tree: Path, n: int) -> tuple[float, float, int, int]:
    """A pass in a fresh process on ``tree``'s ``tui``: the best of two after the warm-up (the
    first full pass still compiles the patterns only the whole set reaches)."""
    env = {**os.environ, TREE_ENV: str(tree)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--headlines", str(n)],
        stdout=subprocess.PIPE,  # its errors go to this run's stderr
        text=True,
        env=env,
        check=True,
    ).stdout
    a, b, stories, events = json.loads(out.strip().splitlines()[-1])
    return float(a), float(b), int(stories), int(events)


def _side_by_side(baseline: str, n: int, passes: int) -> int:
    """Alternate passes of this tree and the baseline's; print both bests and their ratio."""
    with tempfile.TemporaryDirectory() as tmp, baseline_tree(baseline, Path(tmp)) as path:
        assert path is not None
        mine: list[tuple[float, float, int, int]] = []
        base: list[tuple[float, float, int, int]] = []
        for _ in range(passes):
            mine.append(_child_pass(ROOT, n))
            base.append(_child_pass(path, n))
    best_mine = min(a + b for a, b, _, _ in mine)
    best_base = min(a + b for a, b, _, _ in base)
    for name, runs, best in (("this tree", mine, best_mine), (baseline, base, best_base)):
        a, b, stories, events = min(runs, key=lambda r: r[0] + r[1])
        print(
            f"{name}: {n} headlines in {best:.2f} s (build_stories {a:.2f} + classify {b:.2f}; "
            f"{stories} stories, {events} events); passes "
            + ", ".join(f"{x + y:.2f}" for x, y, _, _ in runs)
            + " s"
        )
    verdict = "ok" if best_mine < TARGET_S else "MISSED"
    print(
        f"this tree / {baseline}: {best_mine / best_base:.2f}x in the same run; "
        f"this tree {best_mine:.2f} s (target < {TARGET_S:g} s) {verdict}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="build_stories + classify over many headlines")
    p.add_argument("--headlines", type=int, default=10000)
    p.add_argument("--passes", type=int, default=3)
    p.add_argument("--baseline", help="a git revision or another checkout, run side by side")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.baseline:
        return _side_by_side(args.baseline, args.headlines, args.passes)
    items = headlines(args.headlines)
    one_pass(items[:300])  # warm-up: compile patterns, import rapidfuzz
    if args.child:  # a pass of --baseline's: the best of two, as in-process passes are
        print(json.dumps(min(one_pass(items), one_pass(items), key=lambda r: r[0] + r[1])))
        return 0
    results = [one_pass(items) for _ in range(args.passes)]
    cluster_s, classify_s, n_stories, n_events = min(results, key=lambda r: r[0] + r[1])
    total = cluster_s + classify_s
    verdict = "ok" if total < TARGET_S else "MISSED"
    print(
        f"cluster+classify: {len(items)} headlines in {total:.2f} s "
        f"(target < {TARGET_S:g} s) {verdict}"
    )
    print(
        f"  build_stories {cluster_s:.2f} s + classify {classify_s:.2f} s; {n_stories} stories, "
        f"{n_events} policy events; passes "
        + ", ".join(f"{a + b:.2f}" for a, b, _, _ in results)
        + " s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
