"""Start-up: process start to the first full paint of the main screen, next to a bare Textual app.

    python benchmarks/bench_startup.py [--runs 7] [--stories 1000] [--series 11] [--years 2]
    python benchmarks/bench_startup.py --cold --stories 20000 --runs 3 --baseline ../metalwatch-base

A warm store is generated first (``gen_store.generate``: ``--stories`` headlines, ``--series``
daily series of ``--years`` years, every source fresh and on an unreachable loopback port).
Then, alternately, ``--runs`` times each (after one discarded warm-up of each):

- ``bare``: ``python -c`` running a Textual ``App`` that shows one ``Static``;
- ``metalwatch``: ``python -c`` running ``MetalwatchApp`` on that store, as ``metalwatch`` does.

Both run headless at 160x48 and exit themselves on the first paint that shows their content
(the bare app's text; for metalwatch, the newest headline's title, i.e. after the first
``SnapshotReady`` from the store has been painted). "Paint" includes rendering the update to
the terminal byte string (only the write to a terminal is skipped: the driver is headless).

It prints the median time from spawning the process to that paint (the child stamps the wall
clock at the paint; the parent stamps it before ``Popen``), the median whole-process time, the
ratio metalwatch/bare (target <= 1.2x), the child's peak RSS, and which heavy modules were
already imported at the first paint (they belong after it).

``--cold``: every app start (this tree's and the baseline's) finds the store but not its
snapshot cache nor its clustering memo, as the first start after an upgrade does (both are keyed
by the code); the first paint is then the first screen built from the stored stories.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import tmux_start  # noqa: E402
from gen_store import add_store_option, env_for, generate, store_writer  # noqa: E402
from startup_children import SIZE, child_code  # noqa: E402

TARGET = 1.2


@dataclass
class Run:
    to_paint: float  # process spawn -> first full paint, seconds
    wall: float  # process spawn -> exit
    maxrss_mb: float
    info: dict[str, Any] = field(default_factory=dict)


def compile_tree(root: Path) -> None:
    """Byte-compile the ``tui`` package of ``root`` as ``pip install`` does for an installed
    wheel (Textual in site-packages is compiled that way). Without it, where
    ``PYTHONDONTWRITEBYTECODE`` is set, every start compiles metalwatch's sources again and the
    figure measures the compiler, not the start (about 70 ms on a quiet 2-core machine)."""
    compileall.compile_dir(str(root / "tui"), quiet=1)


def run_child_rss(code: str, env: dict[str, str], timeout: float = 120.0, cwd: Path = ROOT) -> Run:
    """Spawn ``python -c code``; time it; its own peak RSS (the ``vmhwm_mb`` its BENCH line
    reports, else ``os.wait4``'s, which counts the parent's peak at the fork); its BENCH line."""
    full_env = {**os.environ, **env}
    full_env.pop("TEXTUAL", None)
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        spawned_wall = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", code], stdout=out_f, stderr=err_f, env=full_env, cwd=str(cwd)
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                raise TimeoutError(f"child still running after {timeout:g} s")
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    lines = [ln for ln in out.decode("utf-8", "replace").splitlines() if ln.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"child failed (exit {proc.returncode}):\n{err.decode('utf-8', 'replace')[-3000:]}"
        )
    info = json.loads(lines[-1][6:])
    if "error" in info:
        tail = err.decode("utf-8", "replace")[-3000:]
        raise RuntimeError(f"child: {info['error']}\n{tail}")
    painted_at = float(info.pop("painted_at", time.time()))
    return Run(
        to_paint=painted_at - spawned_wall,
        wall=wall,
        maxrss_mb=float(info.pop("vmhwm_mb", usage.ru_maxrss / 1024)),  # KiB on Linux
        info=info,
    )


@dataclass
class Comparison:
    bare: list[Run]
    app: list[Run]
    base: list[Run] = field(default_factory=list)  # the app of the --baseline tree

    @property
    def bare_paint(self) -> float:
        return statistics.median(r.to_paint for r in self.bare)

    @property
    def app_paint(self) -> float:
        return statistics.median(r.to_paint for r in self.app)

    @property
    def ratio(self) -> float:
        return self.app_paint / self.bare_paint

    @property
    def app_rss(self) -> float:
        return max(r.maxrss_mb for r in self.app)


def compare(
    home: Path,
    runs: int,
    *,
    size: tuple[int, int] = SIZE,
    warm_up_app: bool = True,
    baseline: tuple[Path, Path] | None = None,
    demo: bool = False,
    cold: bool = False,
) -> Comparison:
    """Alternate bare and metalwatch children (after discarded warm-ups: .pyc, page cache).
    ``baseline``: (another checkout, its own copy of the home): its app runs in the same
    rounds, so the A/B comes from one run on one machine state. ``cold``: each app starts
    without the snapshot cache and the clustering memo (``drop_caches``)."""
    env = env_for(home)
    bare_code, app_code = child_code("bare", size), child_code("app", size, demo)
    # the warm-up writes the snapshot cache: it runs until the grouped snapshot is painted
    warm_code = child_code("app", size, demo, grouped=True)
    run_child_rss(bare_code, env)
    if warm_up_app:
        _warm_up(warm_code, env, ROOT)
    if baseline is not None:
        _warm_up(warm_code, env_for(baseline[1]), baseline[0])
    bare: list[Run] = []
    app: list[Run] = []
    base: list[Run] = []
    for _ in range(runs):
        bare.append(_retry_once(bare_code, env))
        if cold:
            drop_caches(home)
        app.append(_retry_once(app_code, env))
        if baseline is not None:
            if cold:
                drop_caches(baseline[1])
            base.append(_retry_once(app_code, env_for(baseline[1]), cwd=baseline[0]))
    return Comparison(bare, app, base)


def drop_caches(home: Path) -> list[str]:
    """What an upgrade makes stale, removed from ``home``'s cache folder: the snapshot cache
    (``store.sqlite3.snapshot.json`` and its head) and the clustering memo
    (``store.sqlite3.cluster.memo``): both are keyed by the code. The store stays."""
    gone = []
    for f in (home / "cache").glob("store.sqlite3.*"):
        if f.name.endswith((".snapshot.json", ".snapshot.head.json", ".memo")):
            f.unlink()
            gone.append(f.name)
    return gone


def _warm_up(code: str, env: dict[str, str], cwd: Path) -> None:
    """A first start that builds the snapshot cache (the demo's first start paints before the
    bundled stories are in, so it may find no headline to wait for)."""
    try:
        run_child_rss(code, env, timeout=300, cwd=cwd)
    except RuntimeError as exc:
        if "content never painted" not in str(exc):
            raise


def _retry_once(code: str, env: dict[str, str], cwd: Path = ROOT) -> Run:
    """A child that failed is run again once; the failure is printed, not hidden."""
    try:
        return run_child_rss(code, env, cwd=cwd)
    except RuntimeError as exc:
        print(f"  warning: a child failed and was run again: {str(exc)[-1500:]}", flush=True)
        return run_child_rss(code, env, cwd=cwd)


def baseline_home(home: Path, tmp: Path) -> Path:
    """A copy of the generated home for the baseline tree: each tree keeps its own snapshot
    cache (their formats may differ; sharing one file would rebuild it on every start)."""
    copy = tmp / "baseline-home"
    if not copy.exists():
        shutil.copytree(home, copy)
    return copy


def describe(label: str, c: Comparison, target: float) -> list[str]:
    bare_wall = statistics.median(r.wall for r in c.bare)
    app_wall = statistics.median(r.wall for r in c.app)
    verdict = "ok" if c.ratio <= target else "MISSED"
    last = c.app[-1].info
    return [
        f"{label}: first full paint {c.app_paint:.3f} s vs bare Textual app {c.bare_paint:.3f} s "
        f"= {c.ratio:.2f}x (target <= {target:g}x) {verdict}",
        f"  medians of {len(c.app)} runs; whole process {app_wall:.3f} s vs {bare_wall:.3f} s; "
        f"peak RSS {c.app_rss:.0f} MB vs {max(r.maxrss_mb for r in c.bare):.0f} MB",
        f"  at first paint: rows {last.get('rows')}, {last.get('paints')} paint(s), "
        f"{last.get('painted_bytes')} bytes; heavy modules already imported: "
        f"{', '.join(last.get('heavy', [])) or 'none'}",
        _cpu_line(c),
        *_baseline_lines(c),
    ]


def _cpu(runs: list[Run]) -> float:
    return statistics.median(float(r.info.get("cpu_s", 0.0)) for r in runs)


def _cpu_line(c: Comparison) -> str:
    """CPU time (all threads) from the interpreter's start to the first paint: what a busy
    machine inflates least, so the steadier figure for comparing trees."""
    line = (
        f"  CPU to first paint (median): {_cpu(c.app) * 1000:.0f} ms vs bare "
        f"{_cpu(c.bare) * 1000:.0f} ms = {_cpu(c.app) / _cpu(c.bare):.2f}x"
    )
    if c.base:
        line += f"; baseline tree {_cpu(c.base) * 1000:.0f} ms"
    return line


def _baseline_lines(c: Comparison) -> list[str]:
    if not c.base:
        return []
    base = statistics.median(r.to_paint for r in c.base)
    return [
        f"  A/B in the same rounds: baseline tree {base:.3f} s = {base / c.bare_paint:.2f}x bare "
        f"(this tree {c.app_paint:.3f} s, {c.app_paint / base:.2f}x the baseline); fastest "
        f"{min(r.to_paint for r in c.app):.3f} s vs {min(r.to_paint for r in c.base):.3f} s; "
        f"peak RSS {max(r.maxrss_mb for r in c.base):.0f} MB"
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="start-up time against a bare Textual app")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--stories", type=int, default=1000)
    p.add_argument("--series", type=int, default=11)
    p.add_argument("--years", type=int, default=2)
    p.add_argument("--home", type=Path, help="reuse/generate the store here (default: temp)")
    p.add_argument("--no-tmux", action="store_true", help="headless only (no real terminal)")
    p.add_argument("--demo", action="store_true", help="start with --demo (the bundled data)")
    p.add_argument(
        "--cold",
        action="store_true",
        help="every app start without its snapshot cache and clustering memo (after an upgrade)",
    )
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="DIR",
        help="another checkout (e.g. of main) whose app is timed in the same rounds (A/B)",
    )
    add_store_option(p)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mw-bench-") as tmp:
        home = args.home or Path(tmp)
        g = generate(
            home,
            stories=args.stories,
            series=args.series,
            years=args.years,
            tree=store_writer(args),
        )
        print(
            f"startup setup: warm store of {g.headlines} headlines, {g.series} series x "
            f"{args.years} y daily; {SIZE[0]}x{SIZE[1]} headless; {os.cpu_count()} CPUs; "
            "bytecode compiled as pip install does"
        )
        compile_tree(ROOT)
        baseline = None
        if args.baseline is not None:
            compile_tree(args.baseline)
            baseline = (args.baseline.resolve(), baseline_home(home, Path(tmp)))
        label = "startup (--demo)" if args.demo else "startup (warm store)"
        if args.cold:
            label = "startup (no snapshot cache)"
        c = compare(home, args.runs, baseline=baseline, demo=args.demo, cold=args.cold)
        for line in describe(label, c, TARGET):
            print(line)
        if not args.no_tmux and not args.cold and tmux_start.available():
            t = tmux_start.compare(
                env_for(home), args.runs, SIZE, baseline=baseline, demo=args.demo
            )
            print(t.line(label, TARGET))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
