"""Where the start-up's instructions go: each of our modules and chosen functions, counted alone.

    python benchmarks/startup_segments.py [--stories 1000] [--series 11] [--years 2] [--demo]
        [--wrap textual.css.stylesheet:Stylesheet.apply ...] [--top 60]

The app child of ``bench_startup_ir.py`` (a store generated at the fixed clock, one ordinary
warm-up start first) runs once under ``valgrind --tool=callgrind --dump-before=getppid``, with a
few lines put before its code: an import hook that calls ``os.getppid()`` as each ``tui`` module's
code starts and ends, and the same around each ``--wrap`` function (``module:Class.method`` or
``module:function``; a default set of the app's and Textual's steps to the first paint otherwise).
Callgrind writes one dump per call, so each dump holds the instructions of one stretch, given to
the module or function running then: its own cost, without what it imports or calls of the other
counted ones (``<top>`` is everything outside them). Prints the totals by name, largest first.
The markers cost a few thousand instructions each, so the total runs ~1.5% over the plain
count of ``bench_startup_ir.py``; compare names within a run, and settle a cut with that script.
Needs valgrind; about a minute.
"""

from __future__ import annotations

import argparse
import collections
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
import bench_startup_ir as ir  # noqa: E402
from gen_store import FIXED_NOW, generate  # noqa: E402

DEFAULT_WRAPS = (
    "textual.css.stylesheet:Stylesheet.apply",
    "textual.css.stylesheet:Stylesheet._process_component_classes",
    "textual.screen:Screen._refresh_layout",
    "textual.screen:Screen._compositor_refresh",
    "textual._compositor:Compositor.render_update",
    "textual._compositor:Compositor.reflow",
    "textual.widget:Widget.render_lines",
    "textual.widget:Widget._compose",
    "textual.strip:Strip.apply_filter",
    "textual.message_pump:MessagePump._dispatch_message",
    "textual.app:App.__init__",
    "tui.ui.css_cache:CachedStylesheet._load",
    "tui.ui.loading:Loading._paint_cached",
    "tui.ui.loading:Loading.on_snapshot_ready",
    "tui.ui.theming:Theming._register_themes",
    "tui.ui.themes:load_themes",
    "tui.store.snapshot_cache:load_head",
    "tui.store.snapshot_cache:config_key",
    "tui.flow.health:source_health",
    "tui.ui.widgets.headline_list:HeadlineList.render_lines",
    "tui.ui.widgets.panel_rows:PanelRows.render_lines",
    "tui.ui.widgets.panel_rows:PanelRows.render_line",
    "tui.ui.widgets.prices:PricesPanel.fill",
    "tui.ui.widgets.policy:PolicyPanel.show",
    "tui.ui.widgets.headlines:HeadlinesPanel.show",
)

# Put before the child's code. ``_MW_WRAPS`` (module, attribute path) pairs are wrapped once
# ``tui.ui.app`` is imported (the child's own imports are still counted by module).
_HOOK = r"""
import builtins as _b, importlib.abc as _iabc, os as _o, sys as _s
_LOG, _STACK, _gp = [], ["<top>"], _o.getppid

def _mark(push=None, pop=False):
    _LOG.append(_STACK[-1]); _gp()  # the stretch that ends here is the top's
    if pop: _STACK.pop()
    if push is not None: _STACK.append(push)

class _Finder(_iabc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "tui" and not name.startswith("tui."):
            return None
        for f in _s.meta_path:
            spec = None if f is self or not hasattr(f, "find_spec") else f.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        run = spec.loader.exec_module
        def exec_module(module, _run=run, _name=name):
            _mark("mod:" + _name)
            try:
                _run(module)
            finally:
                _mark(pop=True)
        spec.loader.exec_module = exec_module
        return spec

_SEG = _Finder()
_s.meta_path.insert(0, _SEG)

def _wrap_all():
    import functools, importlib, inspect
    for module, dotted in _MW_WRAPS:
        owner = importlib.import_module(module)
        *outer, name = dotted.split(".")
        for part in outer:
            owner = getattr(owner, part)
        raw = inspect.getattr_static(owner, name)
        if not inspect.isfunction(raw):
            print(f"SEGMENTS not a plain function, not counted: {module}:{dotted}")
            continue
        label = f"fn:{module}:{dotted}"
        if inspect.iscoroutinefunction(raw):
            async def wrapped(*a, _f=raw, _l=label, **k):
                _mark(_l)
                try:
                    return await _f(*a, **k)
                finally:
                    _mark(pop=True)
        else:
            def wrapped(*a, _f=raw, _l=label, **k):
                _mark(_l)
                try:
                    return _f(*a, **k)
                finally:
                    _mark(pop=True)
        setattr(owner, name, functools.wraps(raw)(wrapped))

def _dump():
    _mark()
    with open(_MW_LABELS, "w") as f:
        f.write("\n".join(_LOG))
"""

_IMPORTED = "from tui.ui.app import MetalwatchApp\n"
# the kept module code's finder (``tui.core.module_code``) goes first on ``sys.meta_path`` as it
# is installed: the hook's finder is put back before it, so kept modules are counted as theirs
_INSTALLED = "    module_code.install(str(_paths.cache_dir()))\n"
_FIRST_AGAIN = "    _s.meta_path.remove(_SEG); _s.meta_path.insert(0, _SEG)\n"
_EXIT = "import os; os._exit(0)"


def child(demo: bool, wraps: list[str], labels: Path) -> str:
    code = ir.child("app", demo)
    assert _IMPORTED in code and _EXIT in code
    pairs = [tuple(w.split(":", 1)) for w in wraps]
    head = f"_MW_WRAPS = {pairs!r}\n_MW_LABELS = {str(labels)!r}\n" + _HOOK
    code = code.replace(_IMPORTED, _IMPORTED + "_wrap_all()\n", 1)
    code = code.replace(_INSTALLED, _INSTALLED + _FIRST_AGAIN, 1)
    return head + code.replace(_EXIT, "_dump(); " + _EXIT, 1)


def totals(folder: Path) -> collections.Counter[str]:
    """Instructions by name: dump ``i`` (``cg.i``) is the stretch the ``i``-th label names."""
    labels = (folder / "labels.txt").read_text().split("\n")
    out: collections.Counter[str] = collections.Counter()
    for i, label in enumerate(labels, start=1):
        dump = folder / f"cg.{i}"
        if dump.is_file():
            m = re.search(r"^totals: (\d+)", dump.read_text(), re.M)
            out[label] += int(m.group(1)) if m else 0
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="start-up instructions by module and function")
    p.add_argument("--stories", type=int, default=1000)
    p.add_argument("--series", type=int, default=11)
    p.add_argument("--years", type=int, default=2)
    p.add_argument("--demo", action="store_true")
    p.add_argument("--wrap", action="append", metavar="MODULE:NAME", help="count this function")
    p.add_argument("--top", type=int, default=60)
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("startup segments: valgrind is not installed; skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="mw-bench-seg-") as tmp:
        home, out = Path(tmp) / "home", Path(tmp) / "out"
        out.mkdir()
        generate(home, stories=args.stories, series=args.series, years=args.years, now=FIXED_NOW)
        env = ir.tree_env(home, ROOT)
        bs.compile_tree(ROOT)
        ir.own_tree(bs.child_code("app", demo=args.demo, grouped=True), env, ROOT)
        code = child(args.demo, args.wrap or list(DEFAULT_WRAPS), out / "labels.txt")
        proc = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                "--dump-instr=no",
                "--dump-line=no",
                f"--callgrind-out-file={out / 'cg'}",
                sys.executable,
                "-c",
                code,
            ],
            env={**os.environ, **env, "PYTHONHASHSEED": "0"},
            cwd=str(ROOT),
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        for line in proc.stdout.splitlines():
            if line.startswith("SEGMENTS"):
                print(line)
        if proc.returncode != 0 or not (out / "labels.txt").is_file():
            raise SystemExit(f"the child failed:\n{proc.stderr[-3000:]}")
        counts = totals(out)
    total = sum(counts.values())
    print(f"startup segments: {total / 1e6:.1f} M in all (markers included)")
    for label, n in counts.most_common(args.top):
        print(f"{n / 1e6:9.2f} M  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
