"""benchmarks: the start-up children's fixed clock and their own tree on the path.

A store generated at ``gen_store.FIXED_NOW`` reads the same on every run only if the child sees
that moment as ``datetime.now``; a ``--baseline`` child must import its own tree's ``tui``."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from bench_startup_ir import tree_env  # noqa: E402
from gen_store import FIXED_NOW, NOW_ENV, clock_env  # noqa: E402
from startup_children import _CLOCK  # noqa: E402

SHOW = "\nfrom datetime import datetime, timezone\nprint(datetime.now(timezone.utc).isoformat())\n"


def child_now(env: dict[str, str]) -> datetime:
    base = {k: v for k, v in os.environ.items() if k != NOW_ENV}
    done = subprocess.run(
        [sys.executable, "-c", _CLOCK + SHOW],
        env={**base, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return datetime.fromisoformat(done.stdout.strip())


def test_a_child_given_the_clock_sees_that_moment() -> None:
    assert child_now(clock_env(FIXED_NOW)) == FIXED_NOW


def test_a_child_without_it_sees_the_real_time() -> None:
    seen = child_now({})
    assert abs((seen - datetime.now(timezone.utc)).total_seconds()) < 60
    assert seen != FIXED_NOW


def test_each_child_has_its_own_tree_alone_on_the_path(tmp_path: Path) -> None:
    env = tree_env(tmp_path / "home", tmp_path / "tree")
    assert env["PYTHONPATH"] == str(tmp_path / "tree")
    assert env[NOW_ENV] == FIXED_NOW.isoformat()
    assert env["METALWATCH_CACHE_DIR"] == str(tmp_path / "home" / "cache")
