"""The tree a benchmark compares with (``--baseline``): another checkout as it is, or a git
revision checked out in a temporary worktree, removed afterwards."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def baseline_tree(rev: str | None, tmp: Path) -> Iterator[Path | None]:
    """The baseline's tree for ``rev`` (a path holding ``tui/``, or a revision checked out
    under ``tmp`` for the ``with`` block); None when no baseline is asked for."""
    if not rev:
        yield None
        return
    path = Path(rev)
    if (path / "tui").is_dir():
        yield path.resolve()
        return
    made = tmp / "baseline"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(made), rev], check=True
    )
    try:
        yield made
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(made)], check=False
        )
