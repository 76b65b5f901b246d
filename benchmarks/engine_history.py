"""Score labelled sets with the engines of earlier commits: do rule rounds lift news never seen?

    python benchmarks/engine_history.py --set blind7 [--set blind6 ...] REV [REV ...]

Each REV (a commit, tag or branch) has its ``tui/`` package (and ``themes/``) exported with ``git archive`` into a
temporary folder, and a child process scores each set with that engine: the child puts the
exported tree first on its path and imports ``tui`` before anything else, then reads the set
with this tree's ``tests/unit/real_headlines_set.py`` (the same ``classify`` call as the
product's snapshot). The labels are this tree's, so a label corrected later counts for every
engine. Only the aggregate line is printed (exact, status-only, false and missed events, and
which fields are wrong), never a miss, so a set that is still scored only can be read this way.

Setting ``PYTHONPATH`` to an old tree does not do this: ``score_real_headlines.py`` puts this
tree's root first on the path, so it always reads this tree's engine.

An engine older than the layer packages (``tui/core``, ``tui/engine``) cannot be read: the
child says so and the matrix shows ``-``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
engine, root, name = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path[:0] = [engine, root + "/tests/unit", root + "/benchmarks"]
import tui
assert tui.__file__.startswith(engine), tui.__file__
import score_real_headlines as s
path, _title = s.SETS[name]
result = s.score(s.classify_cases(s.load_items(path), s.watch_list()))
print(json.dumps({
    "line": result.line(name),
    "exact": result.exact, "total": result.total,
    "fields": dict(sorted(result.field_errors().items())),
}))
"""


def export_engine(rev: str, into: Path) -> Path:
    """``rev``'s ``tui/`` package and ``themes/`` (the built-in config names a theme), written
    under ``into``; returns the tree's root."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "tui", "themes"],
        check=True,
        capture_output=True,
    ).stdout
    tree = into / rev.replace("/", "_")
    tree.mkdir(parents=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return tree


def score_with(tree: Path, name: str) -> dict[str, object] | None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(ROOT), name],
        capture_output=True,
        text=True,
        cwd=str(tree),
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        print(f"  {name}: this engine cannot be read here: {last}", file=sys.stderr)
        return None
    reading: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return reading


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revs", nargs="+", help="commits whose engine reads the sets")
    parser.add_argument("--set", dest="sets", action="append", required=True, help="set name")
    args = parser.parse_args(argv)
    table: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rev in args.revs:
            short = subprocess.run(
                ["git", "-C", str(ROOT), "rev-parse", "--short", rev],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            tree = export_engine(rev, Path(tmp))
            row = table.setdefault(f"{rev} ({short})", {})
            for name in args.sets:
                reading = score_with(tree, name)
                if reading is None:
                    row[name] = "-"
                    continue
                print(f"{rev} ({short}): {reading['line']}; fields {reading['fields']}")
                exact, total = reading["exact"], reading["total"]
                assert isinstance(exact, int) and isinstance(total, int)
                row[name] = f"{100 * exact / total:.1f}% ({exact}/{total})"
    print()
    print("| engine | " + " | ".join(args.sets) + " |")
    print("|---|" + "---|" * len(args.sets))
    for rev, row in table.items():
        print(f"| {rev} | " + " | ".join(row[n] for n in args.sets) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
