"""Idle: CPU use of the running app between refreshes.

    python benchmarks/bench_idle.py [--seconds 60] [--settle 3] [--stories 1000] [--series 11]

A warm store is generated with every source fresh (next attempt after its cadence, 15 min or
more away), so nothing is due during the measurement. A child process runs ``MetalwatchApp``
headless at 160x48 as ``metalwatch`` does; ``--settle`` seconds after the first snapshot is
painted it reads ``getrusage(RUSAGE_SELF)`` (user + system time of all its threads), waits
``--seconds``, reads it again and exits. Prints CPU time / wall time as a percentage of one
core (target < 0.5 %), and how many screen updates were rendered during the window (each
would be a write to the terminal; with nothing changing there should be none, or only the
status bar's clock if it had one).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from bench_startup import SIZE, run_child_rss  # noqa: E402
from gen_store import env_for, generate  # noqa: E402

TARGET_PCT = 0.5

IDLE_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from textual import on
import tui.ui.app
from tui.ui.app import MetalwatchApp
from tui.core.config import load_config
from tui.ui.messages import SnapshotReady

SETTLE, SECONDS = {settle!r}, {seconds!r}

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

class Idle(MetalwatchApp):
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    paints = 0
    started = False
    result = None

    def _display(self, screen, renderable):
        render = getattr(renderable, "render_segments", None)
        if render is not None:
            render(self.console)
            Idle.paints += 1
        super()._display(screen, renderable)

    @on(SnapshotReady)
    def _first(self, message):
        if not Idle.started:
            Idle.started = True
            self.set_timer(SETTLE, self._begin)

    def _begin(self):
        self._mark = (time.perf_counter(), cpu(), Idle.paints)
        self.set_timer(SECONDS, self._end)

    def _end(self):
        wall0, cpu0, paints0 = self._mark
        Idle.result = dict(
            wall=time.perf_counter() - wall0,
            cpu=cpu() - cpu0,
            paints=Idle.paints - paints0,
        )
        self.exit()

app = Idle(load_config())
app.run(headless=True, size={size!r})
print("BENCH " + json.dumps(Idle.result or dict(error="no result")))
"""


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="CPU use while idle between refreshes")
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--settle", type=float, default=3.0)
    p.add_argument("--stories", type=int, default=1000)
    p.add_argument("--series", type=int, default=11)
    p.add_argument("--years", type=int, default=2)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mw-idle-") as tmp:
        home = Path(tmp)
        generate(home, stories=args.stories, series=args.series, years=args.years)
        print(
            f"idle setup: warm store of {args.stories} headlines, {args.series} series; "
            f"nothing due; {args.settle:g} s settle then {args.seconds:g} s measured; "
            f"{os.cpu_count()} CPUs"
        )
        code = IDLE_CHILD.format(settle=args.settle, seconds=args.seconds, size=SIZE)
        run = run_child_rss(code, env_for(home), timeout=args.seconds + args.settle + 120)
    info = run.info
    wall, cpu = float(info["wall"]), float(info["cpu"])
    pct = cpu / wall * 100
    verdict = "ok" if pct < TARGET_PCT else "MISSED"
    print(
        f"idle: {pct:.2f}% of one core over {wall:.0f} s ({cpu * 1000:.0f} ms CPU) "
        f"(target < {TARGET_PCT:g}%) {verdict}"
    )
    print(
        f"  screen updates rendered while idle: {info['paints']}; peak RSS {run.maxrss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
