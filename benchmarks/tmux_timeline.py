"""Where a start in tmux spends its time: the phases of each start, stamped inside the process.

    python benchmarks/tmux_timeline.py [--rounds 7] [--stories 1000] [--baseline DIR]

Each round starts, in turn, the bare Textual app, ``metalwatch`` of this tree and (with
``--baseline``) of another checkout, in a detached tmux session of 160x48 on a private server
socket, as ``tmux_start.py`` does, and polls ``capture-pane`` until the content is on screen. A
few lines put before the child's code (nothing imported: the terminal's file object wrapped,
``queue.Queue.put`` stamped) note the time, CPU time and minor page faults

- when the process began running Python,
- at its first write to the terminal (Textual's driver starting: imports and app object done),
- when the first full frame was handed to Textual's writer thread (made),
- when the writer began writing it and when the write returned (the terminal took it: a pty
  write of more than its buffer returns only as tmux reads and parses),

and the parent stamps when ``capture-pane`` first showed the content. It prints the median of
each phase, the frame's bytes, the faults, and the CPU time to the frame. The stamps cost the
same for every tree; the tmux polling is that of ``tmux_start.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import bench_startup as bs  # noqa: E402
import tmux_start as ts  # noqa: E402
from gen_store import add_store_option, env_for, generate, store_writer  # noqa: E402

from tests.tmux_session import TmuxSession  # noqa: E402

SIZE = (160, 48)
FRAME_CHARS = 3000  # a write this long is the first full frame (the driver's are a few bytes)

_STAMPS = r"""
import time as _t, os as _os, sys as _sys, resource as _r, threading as _th, queue as _q, json as _j
_S = dict(t0=_t.time())
def _ru():
    return _r.getrusage(_r.RUSAGE_SELF).ru_minflt
class _Stamped:
    def __init__(self, f):
        self._f = f
    def write(self, text):
        begun = _t.time()
        if "first_write" not in _S:
            _S.update(first_write=begun, faults_first_write=_ru(), cpu_first_write=_t.process_time())
        n = self._f.write(text)  # line-buffered: a frame (it has newlines) goes out here
        if len(text) > FRAME and "written" not in _S:
            _S.update(write_begun=begun, written=_t.time(), frame_bytes=len(text.encode()))
            _th.Timer(0.3, _dump).start()
        return n
    def __getattr__(self, name):
        return getattr(self._f, name)
_put = _q.Queue.put
def _stamped_put(self, item, *args, **kwargs):
    if isinstance(item, str) and len(item) > FRAME and "made" not in _S:
        _S.update(made=_t.time(), faults_made=_ru(), cpu_made=_t.process_time())
    return _put(self, item, *args, **kwargs)
_q.Queue.put = _stamped_put
_sys.__stderr__ = _Stamped(_sys.__stderr__)
def _dump():
    with open(_os.environ["MW_TIMELINE"], "w") as f:
        _j.dump(_S, f)
    _os._exit(0)
""".replace("FRAME", str(FRAME_CHARS))


def run(code: str, needle: str, env: dict[str, str], cwd: Path, out: Path) -> dict[str, float]:
    """One start in tmux: the child's stamps, and when the parent saw ``needle``, all in ms
    since the parent called ``tmux new-session``."""
    out.unlink(missing_ok=True)
    env = {**env, "MW_TIMELINE": str(out)}
    command = " ".join(
        [
            *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
            shlex.quote(sys.executable),
            "-c",
            shlex.quote(_STAMPS + code),
        ]
    )
    tmux = TmuxSession(
        "b", socket=f"mw-timeline-{os.getpid()}-{time.time_ns()}", env=env, no_config=True
    )
    start = time.time()  # the child's stamps are time.time()'s
    try:
        tmux.launch(command, SIZE, cwd=cwd, export=False)
        took, _ = tmux.until(lambda shown: needle in shown, timeout=120, every=0.005)
        if took is None:
            raise TimeoutError(f"{needle!r} never appeared in tmux")
        seen = time.time()
        while time.time() - start < 120 and not (out.exists() and out.stat().st_size):
            time.sleep(0.01)
        time.sleep(0.05)
    finally:
        tmux.close()
    s = json.loads(out.read_text())

    def ms(t: float) -> float:
        return (t - start) * 1000

    return {
        "python": ms(s["t0"]),
        "driver": ms(s["first_write"]),
        "made": ms(s["made"]),
        "write_begun": ms(s["write_begun"]),
        "written": ms(s["written"]),
        "seen": ms(seen),
        "frame_bytes": s["frame_bytes"],
        "faults_driver": s["faults_first_write"],
        "faults_frame": s["faults_made"],
        "cpu_frame": s["cpu_made"] * 1000,
    }


PHASES = (
    ("on screen (from new-session)", lambda r: r["seen"]),
    ("  process start -> Python running", lambda r: r["python"]),
    ("  -> driver starts (imports, app object)", lambda r: r["driver"] - r["python"]),
    ("  -> first frame made (compose .. render)", lambda r: r["made"] - r["driver"]),
    ("  -> writer begins the write", lambda r: r["write_begun"] - r["made"]),
    ("  -> write returned (tmux took it)", lambda r: r["written"] - r["write_begun"]),
    ("  frame made -> on screen", lambda r: r["seen"] - r["made"]),
    ("CPU to the frame (ms)", lambda r: r["cpu_frame"]),
    ("minor faults to driver start", lambda r: r["faults_driver"]),
    ("minor faults to the frame", lambda r: r["faults_frame"]),
    ("first frame (bytes)", lambda r: r["frame_bytes"]),
)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="the phases of a start in tmux")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--stories", type=int, default=1000)
    p.add_argument("--series", type=int, default=11)
    p.add_argument("--years", type=int, default=2)
    p.add_argument("--baseline", type=Path, metavar="DIR", help="another checkout, same rounds")
    add_store_option(p)
    args = p.parse_args(argv)
    if not ts.available():
        print("tmux timeline: tmux is not installed; skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="mw-bench-timeline-") as tmp:
        home = Path(tmp) / "home"
        generate(
            home,
            stories=args.stories,
            series=args.series,
            years=args.years,
            tree=store_writer(args),
        )
        trees = [("this tree", ROOT, home)]
        if args.baseline is not None:
            trees.append(("baseline", args.baseline.resolve(), bs.baseline_home(home, Path(tmp))))
        starts: list[tuple[str, str, str, dict[str, str], Path]] = [
            ("bare", ts.BARE_CODE, ts.BARE_TEXT, env_for(home), ROOT)
        ]
        for name, tree, tree_home in trees:
            bs.compile_tree(tree)
            env = env_for(tree_home)
            bs._warm_up(bs.child_code("app", grouped=True), env, tree)
            needle = ts.first_headline(env, tree)[:20]
            if not needle:
                raise RuntimeError(f"{name}: no cached snapshot with a relevant story")
            starts.append((name, ts.APP_CODE, needle, env, tree))
        out = Path(tmp) / "timeline.json"
        for _, code, needle, env, cwd in starts:  # warm-ups, discarded
            run(code, needle, env, cwd, out)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name, *_ in starts}
        for _ in range(args.rounds):
            for name, code, needle, env, cwd in starts:
                runs[name].append(run(code, needle, env, cwd, out))
    load = os.getloadavg()
    print(
        f"tmux timeline ({args.stories} stories, {SIZE[0]}x{SIZE[1]}): medians of {args.rounds} "
        f"rounds, ms; load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    names = list(runs)
    print(f"{'':44s}" + "".join(f"{n:>12s}" for n in names))
    for label, get in PHASES:
        row = [statistics.median(get(r) for r in runs[n]) for n in names]
        print(f"{label:44s}" + "".join(f"{v:12.1f}" for v in row))
    bare_seen = statistics.median(r["seen"] for r in runs["bare"])
    for n in names[1:]:
        seen = statistics.median(r["seen"] for r in runs[n])
        print(f"  {n}: on screen {seen / bare_seen:.2f}x bare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
