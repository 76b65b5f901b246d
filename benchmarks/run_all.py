"""Run every benchmark and print one line per figure next to its target.

    python benchmarks/run_all.py [--idle-seconds 20] [--quick] [--only startup,idle,...]

Each benchmark runs as its own process (one failing does not stop the others); its full output
is printed as it finishes, then a summary: every line that states a target, in one list.
`bench_big_feed.py` has no target: its figures for the big feed and the small one (the baseline
measured in the same run) go into the summary as they are.
Targets are printed, not asserted: the exit status is 0 unless a benchmark crashed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def plan(idle_seconds: float, quick: bool) -> list[tuple[str, list[str]]]:
    runs = ["--runs", "3" if quick else "7"]
    return [
        ("startup", ["bench_startup.py", *runs]),
        (
            "scale",
            [
                "bench_scale.py",
                "--runs",
                "1" if quick else "2",
                "--presses",
                "30" if quick else "60",
            ],
        ),
        ("scale-files", ["bench_scale_files.py", "--pages", "30" if quick else "60"]),
        ("news", ["bench_news_refresh.py", "--runs", "1", "--rounds", "2" if quick else "4"]),
        ("idle", ["bench_idle.py", "--seconds", f"{idle_seconds:g}"]),
        ("render", ["bench_render.py"]),
        ("cluster", ["bench_cluster.py", "--passes", "1" if quick else "3"]),
        ("classifier", ["bench_classifier.py"]),
        ("fanout", ["bench_fanout.py", "--sweep", "32"]),
        ("big-feed", ["bench_big_feed.py", "--runs", "1" if quick else "3"]),
    ]


def summary_line(line: str) -> bool:
    """A line for the summary: one that states a target, or a figure without one (the big
    feed's stages per size, which it prints against its small feed, not a target)."""
    return "(target" in line or line.startswith("this tree, ")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="run every benchmark, print a summary")
    p.add_argument("--idle-seconds", type=float, default=20.0)
    p.add_argument("--quick", action="store_true", help="fewer runs and passes")
    p.add_argument(
        "--only", help="comma-separated names: " + ", ".join(n for n, _ in plan(1, False))
    )
    args = p.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else None
    summary: list[str] = []
    crashed: list[str] = []
    started = time.perf_counter()
    for name, cmd in plan(args.idle_seconds, args.quick):
        if wanted is not None and name not in wanted:
            continue
        script = BENCH / cmd[0]
        if not script.exists():
            print(f"== {name}: {cmd[0]} not found, skipped")
            continue
        print(f"== {name}: {' '.join(cmd)}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(script), *cmd[1:]],
            capture_output=True,
            text=True,
            cwd=str(BENCH.parent),
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        sys.stdout.write(proc.stdout)
        # exit 1 is also how a script reports a missed target; a traceback is a crash
        if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in proc.stderr:
            crashed.append(name)
            sys.stdout.write(proc.stderr[-4000:])
            summary.append(f"{name}: CRASHED (exit {proc.returncode})")
        summary += [ln.strip() for ln in proc.stdout.splitlines() if summary_line(ln)]
        print(f"   ({time.perf_counter() - t0:.0f} s)", flush=True)
    print(f"\n== summary ({os.cpu_count()} CPUs, {time.perf_counter() - started:.0f} s)")
    for line in summary:
        print(line)
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
