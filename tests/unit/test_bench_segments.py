"""benchmarks/startup_segments.py: each stretch between two markers is given to the module or
function running then, and the dumps are added up by those names.

The markers are ``os.getppid()`` calls (callgrind dumps before each); run without valgrind they
only write the labels, which is what is checked here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from startup_segments import _HOOK, child, totals  # noqa: E402

WRAPS = [("tui.core.fmt", "signed_pct")]


def _labels(tmp_path: Path, body: str, wraps: list[tuple[str, str]] = WRAPS) -> list[str]:
    labels = tmp_path / "labels.txt"
    code = f"_MW_WRAPS = {wraps!r}\n_MW_LABELS = {str(labels)!r}\n" + _HOOK + body + "\n_dump()\n"
    subprocess.run(
        [sys.executable, "-c", code], cwd=str(ROOT), check=True, timeout=120, capture_output=True
    )
    return labels.read_text().split("\n")


def test_a_modules_code_and_a_wrapped_function_are_their_own_stretches(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path, "import tui.core.fmt\n_wrap_all()\nimport tui.core.fmt as f\nf.signed_pct(1.5)"
    )
    # tui's own code, then tui.core's, each closed before the caller's stretch goes on
    assert labels[:2] == ["<top>", "mod:tui"]
    assert "mod:tui.core.fmt" in labels
    fn = "fn:tui.core.fmt:signed_pct"
    at = labels.index(fn)
    assert labels[at - 1] == "<top>" and labels[at + 1] == "<top>", "called from the top"
    assert labels.count(fn) == 1 and labels[-1] == "<top>"


def test_a_name_that_is_no_plain_function_is_said_and_left_alone(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "_wrap_all()", [("tui.core.fmt", "__name__")])
    assert not [label for label in labels if label.startswith("fn:")]


def test_the_dumps_are_added_up_by_name(tmp_path: Path) -> None:
    (tmp_path / "labels.txt").write_text("<top>\nmod:tui\n<top>\nfn:x:f")
    for i, n in enumerate((100, 20, 5, 7), start=1):
        (tmp_path / f"cg.{i}").write_text(f"events: Ir\nsummary: {n}\ntotals: {n}\n")
    assert totals(tmp_path) == {"<top>": 105, "mod:tui": 20, "fn:x:f": 7}


def test_the_child_counts_to_the_paint_and_writes_the_labels_there(tmp_path: Path) -> None:
    code = child(False, ["tui.core.fmt:signed_pct"], tmp_path / "labels.txt")
    assert code.index("_MW_WRAPS") < code.index("from tui.ui.app import MetalwatchApp")
    assert "MetalwatchApp\n_wrap_all()" in code
    assert "_dump(); import os; os._exit(0)" in code
