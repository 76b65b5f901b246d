"""benchmarks/bench_cluster.py ``--baseline``: two engines side by side in the same run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "bench_cluster.py"


def test_a_baseline_checkout_runs_beside_this_tree_and_the_ratio_is_printed(
    tmp_path: Path,
) -> None:
    # the baseline is a copy of this tree's tui in another folder: a checkout of its own
    (tmp_path / "base").mkdir()
    subprocess.run(["cp", "-r", str(ROOT / "tui"), str(tmp_path / "base" / "tui")], check=True)
    out = subprocess.run(
        [
            *(sys.executable, str(SCRIPT), "--baseline", str(tmp_path / "base")),
            *("--headlines", "300", "--passes", "1"),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.splitlines()
    assert out[0].startswith("this tree: 300 headlines in ")
    assert out[1].startswith(f"{tmp_path / 'base'}: 300 headlines in ")
    # both engines read the same headlines into the same stories and events
    counts = [line.split("; ", 1)[1].split(")", 1)[0] for line in out[:2]]
    assert counts[0] == counts[1] == "270 stories, 11 events"
    assert f"this tree / {tmp_path / 'base'}: " in out[2] and "x in the same run" in out[2]


def test_a_pass_of_a_baseline_reads_that_tree_s_engine(tmp_path: Path) -> None:
    """The child imports the baseline's ``tui``, not this tree's: a broken baseline fails."""
    (tmp_path / "base" / "tui").mkdir(parents=True)
    (tmp_path / "base" / "tui" / "__init__.py").write_text("raise ImportError('baseline tui')\n")
    with pytest.raises(subprocess.CalledProcessError) as info:
        subprocess.run(
            [
                *(sys.executable, str(SCRIPT), "--baseline", str(tmp_path / "base")),
                *("--headlines", "50", "--passes", "1"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    assert "baseline tui" in info.value.stderr
