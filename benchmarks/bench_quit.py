"""Quitting the dashboard on a 20,000-story store, in a real terminal (tmux): `q` to the screen
given back, and to the process gone.

    python benchmarks/bench_quit.py [--runs 5] [--stories 20000] [--baseline DIR]

A home is generated once (``gen_store``: 20,000 stories, 30 series of 10 years, every source
fresh so nothing is due) and the app run on it once (its snapshot cache written, as for any
start after the first); each run starts ``python -m tui`` on a fresh copy of it in a detached
tmux session on a private server socket, waits for the whole store loaded (the headlines
panel's count of 20,000) and for the screen to settle (3 s), and types ``q``. Measured by polling tmux every 5 ms: seconds from
``q`` to the terminal's normal screen back (``#{alternate_on}`` off: the app's screen gone) and
to the shell's next line on the screen (the process gone, everything saved). After the process
ended, the store is opened and the baseline it saved at quit (the "since you last looked"
record) must be there. ``--baseline DIR``: another checkout's ``tui`` (an A/B with the same
copies, alternating runs); both run with ``python -S`` and ``PYTHONPATH`` set to their tree and
this environment's site-packages, so neither's editable install decides which code runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import site
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import gen_store  # noqa: E402

from tests.tmux_session import TmuxSession  # noqa: E402

SOCKET = f"mw-quit-{os.getpid()}"
SETTLE_S = 3.0
DONE = "metalwatch-ended"


def env_for(home: Path) -> dict[str, str]:
    return {**gen_store.env_for(home), "TERM": "xterm-256color"}


def loaded(screen: str, thousands: str) -> bool:
    """The whole store on screen: "Headlines · 19,682 of 19,682" (stories told in the same
    words are one: a little under the stored headlines)."""
    found = re.search(r"Headlines · ([\d,]+) of", screen)
    return found is not None and len(found.group(1).replace(",", "")) == len(thousands) + 3


def one_run(tree: Path, pristine: Path, work: Path, needle: str, n: int) -> tuple[float, float]:
    """(q to the screen given back, q to the process gone), in seconds, for ``tree``; run on
    ``pristine`` itself when ``n`` is 0 (the warm-up)."""
    home = work / f"run{n}"
    if n:
        shutil.copytree(pristine, home)
    else:
        home = pristine
    packages = ":".join(site.getsitepackages())
    env = {**env_for(home), "PYTHONPATH": f"{tree}:{packages}"}
    command = f"{sys.executable} -S -m tui; echo {DONE}; sleep 30"
    tmux = TmuxSession(f"q{n}", socket=SOCKET, env=env, no_config=True)
    try:
        tmux.launch(command, (120, 40), cwd=home, tries=20)
        took, screen = tmux.until(lambda s: loaded(s, needle), timeout=60, every=0.02)
        if took is None:
            raise RuntimeError(f"no stored headline on screen:\n{screen}")
        time.sleep(SETTLE_S)
        start = time.perf_counter()
        tmux.type("q")
        back = gone = None
        while time.perf_counter() - start < 30:
            now = time.perf_counter() - start
            if back is None and tmux.display("#{alternate_on}") == "0":
                back = now
            if DONE in tmux.screen():  # the shell's next command: the process has ended
                gone = now
                back = back if back is not None else now
                break
            time.sleep(0.005)
        if back is None or gone is None:
            raise RuntimeError("the app did not quit within 30 s")
    finally:
        tmux.kill()
    store = home / "cache" / "store.sqlite3"
    with sqlite3.connect(store) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'session_seen_at'").fetchone()
    if row is None:
        raise RuntimeError(f"{tree}: the baseline was not saved at quit")
    if n:
        shutil.rmtree(home)
    return back, gone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stories", type=int, default=20000)
    parser.add_argument("--baseline", type=Path, help="another checkout's root (its tui/)")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("bench_quit: tmux is not installed; skipped")
        return 0
    trees = {"this tree": ROOT}
    if args.baseline is not None:
        trees = {"baseline": args.baseline.resolve(), **trees}
    with tempfile.TemporaryDirectory(prefix="mw-quit-") as tmp:
        work = Path(tmp)
        pristine = work / "home"
        gen_store.generate(pristine, stories=args.stories)
        needle = f"{args.stories // 1000}"  # the headlines panel's count: the store loaded
        one_run(ROOT, pristine, work, needle, 0)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        n = 0
        for _ in range(args.runs):
            for name, tree in trees.items():
                n += 1
                times[name].append(one_run(tree, pristine, work, needle, n))
    for name, got in times.items():
        back = statistics.median(b for b, _ in got)
        gone = statistics.median(g for _, g in got)
        print(
            f"quit, {args.stories} stories ({name}): q to the screen given back {back:.3f} s, "
            f"to the process gone {gone:.3f} s (medians of {len(got)}; "
            f"gone {', '.join(f'{g:.2f}' for _, g in got)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
