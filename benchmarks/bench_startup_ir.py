"""Start-up in instructions: process start to the first paint of the content, under valgrind.

    python benchmarks/bench_startup_ir.py [--stories 1000] [--series 11] [--years 2] [--demo]
    python benchmarks/bench_startup_ir.py --baseline ../metalwatch-main

The children of ``bench_startup.py`` (a bare Textual app; ``MetalwatchApp`` as ``metalwatch``
starts it), each run once under ``valgrind --tool=cachegrind --cache-sim=no`` after an ordinary
warm-up run (which builds the snapshot and config caches), with ``PYTHONHASHSEED=0``; each exits
at the paint that shows its content (the bare app's text; the newest relevant headline). The
instruction count (``I refs``) does not move with the load of a shared machine, so it settles
an A/B that the wall clock there cannot (a run differs from the next by well under 1%). It
counts work, not waiting: the write to the terminal and the page cache are not in it. Needs
valgrind; prints the counts and their ratio to the bare app's.

The store is generated at a fixed clock (``gen_store.FIXED_NOW``) and every child sees that
moment as its ``datetime.now`` (``METALWATCH_BENCH_NOW``), so the first screen, and the count,
is the same from one generated store to the next. Each child runs in its own tree with only
that tree on ``PYTHONPATH`` (the warm-up checks which ``tui`` it imported), so the script may be
run with this tree on ``PYTHONPATH`` or without.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import bench_startup as bs  # noqa: E402
from gen_store import (  # noqa: E402
    FIXED_NOW,
    add_store_option,
    clock_env,
    env_for,
    generate,
    store_writer,
)

_PAINTED = "super()._display(screen, renderable)"
_EXIT = _PAINTED + "\n        if PaintHook.first is not None:\n            import os; os._exit(0)"


def child(kind: str, demo: bool) -> str:
    """The child of ``bench_startup.py``, ending the process at the paint that showed it."""
    code = bs.child_code(kind, demo=demo)
    assert _PAINTED in code
    return code.replace(_PAINTED, _EXIT, 1)


def tree_env(home: Path, tree: Path) -> dict[str, str]:
    """A child's environment: ``home``'s folders, the store's fixed clock, and ``tree`` alone on
    the path. The child runs in ``tree`` (``python -c`` puts the working folder first), and
    ``PYTHONPATH`` is set to it too, so that a ``PYTHONPATH`` of the caller's (this tree, for
    the checks) never puts another tree's ``tui`` before a baseline's own."""
    return {**env_for(home), **clock_env(FIXED_NOW), "PYTHONPATH": str(tree)}


def own_tree(code: str, env: dict[str, str], tree: Path) -> None:
    """The warm-up start (it builds the snapshot and config caches); it fails unless the
    ``tui`` it imported is ``tree``'s."""
    try:
        run = bs.run_child_rss(code, env, timeout=300, cwd=tree)
    except RuntimeError as exc:  # the demo's first start may paint before its stories are in
        if "content never painted" not in str(exc):
            raise
        return
    ran = Path(run.info.get("tui", "")).resolve()
    if not ran.is_relative_to(tree.resolve()):
        raise SystemExit(f"the child of {tree} imported another tree's tui: {ran}")


def instructions(code: str, env: dict[str, str], cwd: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={Path(tmp) / 'out'}",
                sys.executable,
                "-c",
                code,
            ],
            env={**os.environ, **env, "PYTHONHASHSEED": "0"},
            cwd=str(cwd),
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
    m = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or m is None:
        raise RuntimeError(f"valgrind child failed:\n{proc.stderr[-3000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="start-up instructions against a bare Textual app")
    p.add_argument("--stories", type=int, default=1000)
    p.add_argument("--series", type=int, default=11)
    p.add_argument("--years", type=int, default=2)
    p.add_argument("--demo", action="store_true", help="start with --demo (the bundled data)")
    p.add_argument("--baseline", type=Path, metavar="DIR", help="another checkout, same run")
    add_store_option(p)
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("startup instructions: valgrind is not installed; skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="mw-bench-ir-") as tmp:
        home = Path(tmp) / "home"
        generate(
            home,
            stories=args.stories,
            series=args.series,
            years=args.years,
            now=FIXED_NOW,
            tree=store_writer(args),
        )
        trees = [("this tree", ROOT, home)]
        if args.baseline is not None:
            trees.append(("baseline", args.baseline.resolve(), bs.baseline_home(home, Path(tmp))))
        label = "--demo" if args.demo else f"{args.stories} stories, {args.series} series"
        bare_code = child("bare", args.demo)
        bs.run_child_rss(bs.child_code("bare"), tree_env(home, ROOT))
        bare = instructions(bare_code, tree_env(home, ROOT), ROOT)
        print(f"startup instructions ({label}): bare Textual app {bare / 1e6:.1f} M")
        for name, tree, tree_home in trees:
            bs.compile_tree(tree)
            env = tree_env(tree_home, tree)
            own_tree(bs.child_code("app", demo=args.demo, grouped=True), env, tree)
            n = instructions(child("app", args.demo), env, tree)
            print(
                f"  {name}: {n / 1e6:.1f} M = {n / bare:.3f}x bare "
                f"(+{(n - bare) / 1e6:.1f} M over it)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
