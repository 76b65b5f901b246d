"""Clustering and classification: 10,000 headlines through ``build_stories`` and ``classify``.

    python benchmarks/bench_cluster.py [--headlines 10000] [--passes 3]

The headlines are ``gen_store.headline_texts`` (seeded synthetic market and trade-policy
headlines, a third with a summary) spread over 365 days and six sources, with one in ten
repeated by a second source an hour later under a slightly different title (so the fuzzy stage
has real merging to do). The watch list is the default 22 metals. One pass is what
``tui.flow.snapshot.build_snapshot`` does: ``build_stories`` over all headlines, then ``classify``
on every story. Prints the best of ``--passes`` (other processes only ever add time), the split
between the two stages, and the counts. Target: < 2 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="build_stories + classify over many headlines")
    p.add_argument("--headlines", type=int, default=10000)
    p.add_argument("--passes", type=int, default=3)
    args = p.parse_args(argv)
    items = headlines(args.headlines)
    one_pass(items[:300])  # warm-up: compile patterns, import rapidfuzz
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
