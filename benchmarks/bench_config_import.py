"""What the config schema costs at start-up: importing msgspec and ``tui.core.config``, and
loading the built-in default config, against a baseline checkout measured in the same run.

    python benchmarks/bench_config_import.py                      # this tree only
    git worktree add ../metalwatch-base <commit-before>           # a tree to compare with
    python benchmarks/bench_config_import.py --baseline ../metalwatch-base

Each import is timed in fresh processes with ``python -X importtime`` (the cumulative figure of
the module's own line, so interpreter start-up is left out); the median and the fastest of
``--runs`` are printed. Loading is timed in one process, after the imports, median of 20.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD = (
    "import time, statistics\n"
    "from tui.core.config import load_config\n"
    "load_config()\n"
    "t = []\n"
    "for _ in range(20):\n"
    "    s = time.perf_counter(); load_config(); t.append(time.perf_counter() - s)\n"
    "print(statistics.median(t) * 1000)\n"
)


def import_ms(module: str, tree: Path, runs: int, part: str | None = None) -> list[float]:
    """Cumulative import time of ``module`` (ms) in ``runs`` fresh interpreters; with ``part``,
    the share of that module (as imported there, after what came before it)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out: list[float] = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            env=env,
            cwd=tree,
            check=True,
        )
        name = part or module
        pattern = rf"^import time:\s+\d+ \|\s+(\d+) \|\s*{re.escape(name)}$"
        m = re.search(pattern, proc.stderr, re.M)
        if m is None:
            if part:
                return []
            raise SystemExit(f"no importtime line for {name} in {tree}")
        out.append(int(m.group(1)) / 1000)
    return out


def load_ms(tree: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run(
        [sys.executable, "-c", LOAD], capture_output=True, text=True, env=env, cwd=tree, check=True
    )
    return float(proc.stdout.strip())


def line(label: str, values: list[float]) -> str:
    if not values:
        return f"{label}: not imported"
    return f"{label}: median {statistics.median(values):.1f} ms, fastest {min(values):.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, help="a checkout to compare with (its tui package)")
    ap.add_argument("--runs", type=int, default=9, help="fresh processes per figure (default 9)")
    args = ap.parse_args()

    trees = [("this tree", ROOT)]
    if args.baseline:
        trees.append(("baseline", args.baseline.resolve()))
    print(f"config import cost: Python {sys.version.split()[0]}, {args.runs} runs per figure")
    print(line("import msgspec", import_ms("msgspec", ROOT, args.runs)))
    for label, tree in trees:
        print(
            line(f"import tui.core.config ({label})", import_ms("tui.core.config", tree, args.runs))
        )
        share = import_ms("tui.core.config", tree, args.runs, part="msgspec")
        print(line(f"  of which msgspec ({label})", share))
        print(f"load_config() of the default config ({label}): median {load_ms(tree):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
