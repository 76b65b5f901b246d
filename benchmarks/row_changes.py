"""Rows gained and lost per labelled set: this tree's engine against an older revision's.

    python benchmarks/row_changes.py REV [--skip NAME ...] [--quiet] [--dump FILE]

Every labelled set of real headlines (``ALL_SETS`` of ``tests/unit/real_headlines_set.py``:
the studied sets, the blind sets and both gate training sets), the two written sets of
``tests/unit/data/*.toml`` and the paraphrase audit there (``paraphrases.toml``, read with the
sets' watch list, each paraphrase a row named ``<of>/<n>``) are read twice, each row judged
right (its exact reading: status, origin, destination, metals, proposed and rate) or wrong: once
with this tree's engine and once with ``REV``'s, whose ``tui/`` package (and ``themes/``) is
exported with ``git archive`` as ``engine_history.py`` does. Each reading runs in a child
process that puts its engine first on the path; the labels are this tree's in both readings, so
a label corrected here counts for both and only the engine differs. Prints, per set, the rows
right in each reading and the rows gained and lost with their ids; a round that claims "0 rows
lost" is checked by this script against the revision it started from. Exits 1 when any row is
lost.

A set still scored only (``SCORED_ONLY`` of ``score_real_headlines.py``) is counted but its rows
are never named, so its misses stay unread; ``--skip NAME`` leaves a set out altogether (a set
being collected by someone else is never read).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from engine_history import export_engine

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys
engine, root = sys.argv[1], sys.argv[2]
skip = set(sys.argv[3:])
sys.path[:0] = [engine, root + "/tests/unit", root + "/benchmarks"]
import tui
assert tui.__file__.startswith(engine), tui.__file__
import tomllib
from pathlib import Path
from classifier_scoring import expected_from_label, expected_from_row, reading_of, wrong_fields
import real_headlines_set as rs
from tui.core.gazetteer import Gazetteer
from tui.engine.classifier import classify

out = {}
metals = rs.watch_list()
gazetteer = Gazetteer.default()
for path in rs.ALL_SETS:
    name = path.parent.name
    if name in skip:
        continue
    rows = out.setdefault(name, {})
    for item in rs.load_items(path):
        event = classify(item["title"], item["summary"], metals, gazetteer=gazetteer)
        want = expected_from_label(item["label"])
        rows[item["id"]] = not wrong_fields(want, reading_of(event))
from test_classifier import METALS
for toml in sorted(Path(root, "tests", "unit", "data").glob("*.toml")):
    rows = out.setdefault(toml.stem, {})
    data = tomllib.loads(toml.read_text(encoding="utf-8"))
    for group in data.get("group", []):  # the paraphrase audit: titles under one label
        want = expected_from_row(group)
        for k, title in enumerate(group["paraphrases"]):
            event = classify(title, "", metals, gazetteer=gazetteer)
            rows[f"{group['of']}/{k + 1}"] = not wrong_fields(want, reading_of(event))
    for i, row in enumerate(data.get("row", [])):
        event = classify(row["title"], row.get("summary", ""), METALS)
        rows[f"row{i + 1:03d}"] = not wrong_fields(expected_from_row(row), reading_of(event))
print(json.dumps(out))
"""


def read_rows(engine: Path, skip: list[str]) -> dict[str, dict[str, bool]]:
    """Each set's rows, right or wrong, as ``engine``'s ``tui`` reads them."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(engine), str(ROOT), *skip],
        capture_output=True,
        text=True,
        cwd=str(engine),
    )
    if done.returncode != 0:
        raise SystemExit(f"{engine}: cannot be read: {done.stderr.strip()[-2000:]}")
    rows: dict[str, dict[str, bool]] = json.loads(done.stdout.strip().splitlines()[-1])
    return rows


def scored_only() -> set[str]:
    """The folder names of the sets still scored only (their rows are never named)."""
    sys.path[:0] = [str(ROOT / "tests" / "unit"), str(ROOT / "benchmarks")]
    import score_real_headlines as s

    return {s.SETS[name][0].parent.name for name in s.SCORED_ONLY}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the commit whose engine is the baseline (e.g. main)")
    parser.add_argument("--skip", action="append", default=[], help="a set folder to leave out")
    parser.add_argument("--quiet", action="store_true", help="counts only, no ids")
    parser.add_argument("--dump", type=Path, help="write this tree's rows (id: right) as JSON")
    args = parser.parse_args(argv)
    hidden = scored_only()
    with tempfile.TemporaryDirectory() as tmp:
        base = read_rows(export_engine(args.rev, Path(tmp)), args.skip)
    now = read_rows(ROOT, args.skip)
    if args.dump is not None:
        shown = {name: rows for name, rows in now.items() if name not in hidden}
        args.dump.write_text(json.dumps(shown, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    lost_any = 0
    total_before = total_after = total = 0
    for name, rows in now.items():
        before = base.get(name, {})
        gained = sorted(i for i, ok in rows.items() if ok and not before.get(i, False))
        lost = sorted(i for i, ok in rows.items() if not ok and before.get(i, False))
        right_before = sum(before.get(i, False) for i in rows)
        right_now = sum(rows.values())
        total_before += right_before
        total_after += right_now
        total += len(rows)
        lost_any += len(lost)
        line = f"{name}: {right_before} -> {right_now} of {len(rows)}, +{len(gained)} -{len(lost)}"
        if not args.quiet and name not in hidden:
            line += "".join(f"\n  gained {i}" for i in gained)
            line += "".join(f"\n  LOST   {i}" for i in lost)
        print(line)
    print(f"all: {total_before} -> {total_after} of {total}, rows lost: {lost_any}")
    return 1 if lost_any else 0


if __name__ == "__main__":
    raise SystemExit(main())
