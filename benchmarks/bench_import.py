"""What a fresh process pays before it works: importing the engine, ``snapshot``, ``check``.

    python benchmarks/bench_import.py [--runs 7] [--entries 50]
    git worktree add --detach ../metalwatch-base main
    python benchmarks/bench_import.py --baseline ../metalwatch-base

Each figure is the median of ``--runs`` fresh processes (this tree's and, with ``--baseline``,
the other checkout's, alternated in the same rounds after a discarded warm-up of each):

- ``import``: ``import tui.engine.classifier, tui.engine.cluster`` (what ``snapshot``, ``watch``
  and the app's load worker import), timed in the child from before the import to after it;
  with the number of regular expressions compiled meanwhile (``re._compile`` counted);
- ``snapshot``: ``metalwatch snapshot --json --force`` on a small config, two local feed files
  (``reuters_via_googlenews_direct.rss.xml`` cut to ``--entries`` items, and
  ``google_alerts.atom.xml``), each run on a fresh cache folder (the feeds read, stored,
  clustered, classified); wall time in the child from before ``tui.cli`` is imported to the
  end, and its CPU time;
- ``check``: ``metalwatch check`` on the same config.

The children run with ``-B`` off and the ``tui`` package byte-compiled first, as an installed
wheel is. Prints the figures; exits 0 (nothing is asserted), non-zero on a crash.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
FEEDS = ROOT / "tests" / "fixtures" / "feeds"

IMPORT_CHILD = r"""
import re, sys, time
n = [0]
real = re._compile
def counted(pattern, flags):
    if not isinstance(pattern, re.Pattern) and (type(pattern), pattern, flags) not in re._cache:
        n[0] += 1
    return real(pattern, flags)
re._compile = counted
t = time.perf_counter()
import tui.engine.classifier, tui.engine.cluster
sys.stderr.write("IMPORT %f %d\n" % (time.perf_counter() - t, n[0]))
"""

CLI_CHILD = r"""
import resource, sys, time
t = time.perf_counter()
from tui.cli import main
sys.stdout = open("/dev/null", "w")
rc = main(sys.argv[1:])
r = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write("CLI %f %f %s\n" % (time.perf_counter() - t, r.ru_utime + r.ru_stime, rc))
"""


def _child(python: str, tree: Path, code: str, args: list[str], env: dict[str, str]) -> list[str]:
    proc = subprocess.run(
        [python, "-c", code, *args], cwd=tree, env=env, capture_output=True, text=True
    )
    tag = "IMPORT " if code is IMPORT_CHILD else "CLI "
    line = [x for x in proc.stderr.splitlines() if x.startswith(tag)]
    if not line:
        raise SystemExit(f"child failed in {tree}:\n{proc.stderr[-2000:]}")
    return line[-1].split()[1:]


def _python(tree: Path) -> str:
    venv = tree / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def measure(trees: list[tuple[str, Path]], runs: int, entries: int) -> dict[str, dict[str, list]]:
    sys.path.insert(0, str(BENCH))
    from bench_big_feed import big_feed

    got: dict[str, dict[str, list]] = {label: {} for label, _ in trees}
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        feed = Path(tmp) / "reuters-small.rss.xml"
        feed.write_bytes(big_feed(entries))
        config = Path(tmp) / "config"
        config.mkdir()
        (config / "config.toml").write_text(
            f'[[sources]]\nname = "Reuters"\nkind = "rss"\nurl = "{feed}"\n\n'
            f'[[sources]]\nname = "Alerts"\nkind = "rss"\nurl = "{FEEDS / "google_alerts.atom.xml"}"\n',
            encoding="utf-8",
        )
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["METALWATCH_CONFIG_DIR"] = str(config)
        for _label, tree in trees:
            compileall.compile_dir(str(tree / "tui"), quiet=1)
        for rnd in range(runs + 1):  # round 0: a warm-up, not counted
            for label, tree in trees:
                py = _python(tree)
                cache = Path(tmp) / f"cache-{label.replace(' ', '-')}-{rnd}"
                env = dict(base_env, METALWATCH_CACHE_DIR=str(cache))
                imp = _child(py, tree, IMPORT_CHILD, [], env)
                snap = _child(py, tree, CLI_CHILD, ["snapshot", "--json", "--force"], env)
                check = _child(py, tree, CLI_CHILD, ["check"], env)
                if rnd == 0:
                    continue
                row = got[label]
                row.setdefault("import", []).append(float(imp[0]))
                row.setdefault("patterns", []).append(int(imp[1]))
                row.setdefault("snapshot", []).append(float(snap[0]))
                row.setdefault("snapshot_cpu", []).append(float(snap[1]))
                row.setdefault("check", []).append(float(check[0]))
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--entries", type=int, default=50)
    ap.add_argument("--baseline", type=Path, help="another checkout, measured in the same rounds")
    args = ap.parse_args(argv)
    trees = [("this tree", ROOT)]
    if args.baseline:
        trees.append(("baseline", args.baseline.resolve()))
    got = measure(trees, args.runs, args.entries)
    med = statistics.median
    print(
        f"import setup: medians of {args.runs} fresh processes; small config: "
        f"{args.entries} Reuters entries + Google Alerts (20), a fresh cache each run"
    )
    for label, row in got.items():
        print(
            f"import ({label}): engine import {med(row['import']) * 1000:.0f} ms "
            f"({med(row['patterns']):.0f} patterns compiled); snapshot --json "
            f"{med(row['snapshot']):.2f} s (cpu {med(row['snapshot_cpu']):.2f} s); "
            f"check {med(row['check']):.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
