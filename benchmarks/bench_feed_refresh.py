"""A big feed refreshed in one process, as the app does all day: ``feeds.parse`` on the first
body, then on the next one (``--new`` new items on top, as many old ones gone off the end, the
channel's date moved on), against a baseline tree in the same run.

    python benchmarks/bench_feed_refresh.py [--items 2000,20000] [--new 50] [--max-items N]
                                            [--baseline main] [--runs 3]

For each size and tree, in a fresh process each run (alternating trees): seconds (CPU) of the
first parse and of the refresh's, the headlines each gave, and the process's peak RSS. With
``--max-items`` the source sets that limit (the default limit otherwise). Prints the best of
``--runs``; exits 0 (nothing is asserted).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import gen_feed  # noqa: E402
from bench_trees import baseline_tree  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from datetime import datetime, timezone
from tui.core.config_types import SourceConfig
from tui.sources import feeds
first, second = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
opts = {"max_items": int(sys.argv[3])} if int(sys.argv[3]) else {}
src = SourceConfig("Big feed", "rss", "/big.xml", None, None, opts)
now = datetime(2026, 8, 23, 13, tzinfo=timezone.utc)
out = {}
for name, body in (("first", first), ("refresh", second)):
    t = time.process_time()
    got = feeds.parse(body, src, fetched_at=now)
    out[name] = time.process_time() - t
    out[name + "_n"] = len(got.headlines)
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("REFRESH " + json.dumps(out))
"""


def dated(body: bytes, when: str) -> bytes:
    """``body`` whose channel says when it was built (as real feeds do, a new time each time)."""
    stamp = b"<lastBuildDate>%s</lastBuildDate>" % when.encode()
    return body.replace(b"</description>", b"</description>" + stamp, 1)


def refreshed(body: bytes, new: int) -> bytes:
    """``body`` with ``new`` items on top, its last ``new`` gone, the channel's date moved."""
    head, _, rest = body.partition(b"<item>")
    lines = (b"<item>" + rest).split(b"\n")
    items = [x for x in lines if x.startswith(b"<item>")]
    tail = b"\n".join(x for x in lines if not x.startswith(b"<item>"))
    fresh = [
        b"<item><title>Fresh copper tariff headline %d</title><link>https://fresh.example/%d"
        b"</link><pubDate>Sun, 23 Aug 2026 12:30:%02d GMT</pubDate></item>" % (i, i, i % 60)
        for i in range(new)
    ]
    head = head.replace(b"Sun, 23 Aug 2026 12:00:00 GMT", b"Sun, 23 Aug 2026 12:31:00 GMT", 1)
    return head + b"\n".join(fresh + items[: len(items) - new]) + b"\n" + tail


def one(tree: Path, first: Path, second: Path, limit: int) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(first), str(second), str(limit)],
        cwd=tree,
        env=dict(os.environ, PYTHONPATH=str(tree)),
        capture_output=True,
        text=True,
    )
    lines = [x for x in proc.stdout.splitlines() if x.startswith("REFRESH ")]
    if not lines:
        raise SystemExit(f"run failed:\n{proc.stderr[-2000:]}")
    return dict(json.loads(lines[-1][8:]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", default="2000,20000")
    ap.add_argument("--new", type=int, default=50)
    ap.add_argument("--max-items", type=int, default=0)
    ap.add_argument("--titles", default="varied")
    ap.add_argument("--baseline")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="feedrefresh-") as tmp_name:
        tmp = Path(tmp_name)
        trees: list[tuple[str, Path]] = [("this tree", ROOT)]
        with baseline_tree(args.baseline, tmp) as base:
            if base is not None:
                trees.append((args.baseline, base))
            for n in (int(x) for x in args.items.split(",")):
                first, second = tmp / f"first-{n}.xml", tmp / f"second-{n}.xml"
                first.write_bytes(
                    dated(gen_feed.feed(n, args.titles), "Sun, 23 Aug 2026 12:00:00 GMT")
                )
                second.write_bytes(refreshed(first.read_bytes(), args.new))
                runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
                for _ in range(args.runs):
                    for label, tree in trees:
                        runs[label].append(one(tree, first, second, args.max_items))
                print(f"{n} items ({args.titles}), then {args.new} new:")
                for label, got in runs.items():
                    best = {k: min(r[k] for r in got) for k in got[0]}
                    print(
                        f"  {label}: first parse {best['first']:.2f} s cpu "
                        f"({best['first_n']:.0f} headlines), refresh {best['refresh']:.2f} s "
                        f"({best['refresh_n']:.0f}); peak {best['rss_mb']:.0f} MB "
                        f"(best of {len(got)}; first parse runs: "
                        + ", ".join(f"{r['first']:.2f}" for r in got)
                        + "; refresh: "
                        + ", ".join(f"{r['refresh']:.2f}" for r in got)
                        + ")"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
