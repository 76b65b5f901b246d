"""The two children of ``bench_startup.py`` (and of the benchmarks that import its
``child_code``): a bare Textual app and metalwatch, each exiting itself on its first full paint
and printing what it measured (the paint's time and text, the bytes it would write, the heavy
modules already imported)."""

from __future__ import annotations

SIZE = (160, 48)
HEAVY = (
    "httpx",
    "hishel",
    "feedparser",
    "plotext",
    "rapidfuzz",
    "textual_plotext",
    "tui.flow.refresh",
    "tui.flow.http",
    "tui.flow.snapshot",
    "tui.engine.cluster",
)

# Shared by both children, first: with ``METALWATCH_BENCH_NOW`` set (an ISO time), every
# ``datetime.now`` of the process returns that moment, so a store generated at that clock
# (``gen_store.FIXED_NOW``) reads the same, ages and all, whenever it is started. ``now`` is
# replaced in the type's own dict before anything has looked it up (no cached lookup to
# invalidate; the check below fails loudly if one had). Both children run it, so its few
# instructions cancel in the ratio.
_CLOCK = r"""
import os as _os
if _os.environ.get("METALWATCH_BENCH_NOW"):
    import datetime as _dt, gc as _gc
    _fixed = _dt.datetime.fromisoformat(_os.environ["METALWATCH_BENCH_NOW"])

    def _frozen_now(cls, tz=None):
        return _fixed.astimezone(tz) if tz is not None else _fixed.astimezone().replace(tzinfo=None)

    _gc.get_referents(_dt.datetime.__dict__)[0]["now"] = classmethod(_frozen_now)
    assert _dt.datetime.now(_dt.timezone.utc) == _fixed, "the bench clock did not take"
    del _dt, _gc
"""

# Shared by both children: count what each paint would write, keep its text for the check.
_PAINT_HOOK = (
    _CLOCK
    + r"""
import json, re, sys, time

def bench_result(app):
    # the child's own peak RSS (VmHWM): ru_maxrss, here or from wait4 in the parent, starts
    # from the parent's peak at the fork, so a child smaller than its parent read as its parent
    out = dict(getattr(app, "bench_result", dict(error="no result")))
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            out["vmhwm_mb"] = int(line.split()[1]) / 1024
    return out
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
HEAVY = {heavy!r}

class PaintHook:
    painted_bytes = 0
    painted_text = ""
    paints = 0
    needle = ""  # the content to wait for, known before the paint that shows it
    first = None  # (wall clock, bytes, paints, heavy modules, CPU s) at the paint that showed it
    written = staticmethod(lambda renderable: renderable)  # what the app writes for a paint

    def _display(self, screen, renderable):
        render = getattr(self.written(renderable), "render_segments", None)
        if render is not None:
            out = render(self.console)
            text = _ANSI.sub("", out)
            PaintHook.painted_bytes += len(out.encode())
            PaintHook.painted_text += text
            PaintHook.paints += 1
            if PaintHook.first is None and PaintHook.needle and PaintHook.needle in text:
                PaintHook.first = (
                    time.time(),
                    PaintHook.painted_bytes,
                    PaintHook.paints,
                    [m for m in HEAVY if m in sys.modules],
                    time.process_time(),
                )
        super()._display(screen, renderable)

    def bench_wait_for(self, needle, extra, tries=200):
        # the clock stops at the paint that showed the needle (stamped in _display), not when
        # this check runs: work queued after that paint is not start-up
        PaintHook.needle = PaintHook.needle or needle
        if PaintHook.first is None and needle and needle in PaintHook.painted_text:
            PaintHook.first = (  # painted before the needle was known: now is an upper bound
                time.time(),
                PaintHook.painted_bytes,
                PaintHook.paints,
                [m for m in HEAVY if m in sys.modules],
                time.process_time(),
            )
        if PaintHook.first is not None:
            at, painted, paints, heavy, cpu = PaintHook.first
            result = dict(
                painted_at=at, painted_bytes=painted, paints=paints, heavy=heavy, cpu_s=cpu
            )
            result.update(extra())
            self.bench_result = result
            self.exit()
        elif tries > 0:
            self.call_after_refresh(self.bench_wait_for, needle, extra, tries - 1)
        else:
            self.bench_result = dict(error="content never painted: " + repr(needle))
            self.exit()
"""
)

BARE_CHILD = (
    _PAINT_HOOK
    + r"""
from textual.app import App
from textual.widgets import Static

class Bare(PaintHook, App):
    def compose(self):
        yield Static("bare textual app: first paint")

    def on_mount(self):
        PaintHook.needle = "bare textual app: first paint"
        self.call_after_refresh(self.bench_wait_for, "bare textual app: first paint", dict)

app = Bare()
app.run(headless=True, size={size!r})
print("BENCH " + json.dumps(bench_result(app)))
"""
)

APP_CHILD = (
    _PAINT_HOOK
    + r"""
# as `metalwatch` starts (tui.cli): the collector held from before the app's first import until
# its first paint (the app takes the hold over); a tree from before that has no tui.ui.start_gc
try:
    from tui.ui import start_gc
    start_gc.hold()
except ImportError:
    pass
# ... and the app's modules given the code an earlier start kept (a tree without it: none)
try:
    from tui.core import module_code, paths as _paths
    module_code.install(str(_paths.cache_dir()))
except ImportError:
    pass
from pathlib import Path
from textual import on
import tui.ui.app
try:  # the full frame as the app writes it (a tree from before tui.ui.compact_frame: Textual's)
    from tui.ui.compact_frame import compact as _compact
    PaintHook.written = staticmethod(_compact)
except ImportError:
    pass
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady

# the config as `metalwatch` gets it: from the config cache when the file is as validated last
# time (validated again after the paint), else validated now (a tree without the cache: always)
try:
    from tui.core import config_cache
except ImportError:
    config_cache = None
config = config_cache.load(demo={demo!r}) if config_cache else None
extra = {{}}
if config is None:
    from tui.core.config import load_config
    config = load_config(demo={demo!r})
    if config_cache:
        config_cache.save(config, demo={demo!r})
elif config_cache:
    def _recheck():
        from tui.core.config import load_config
        return load_config(demo={demo!r})
    extra = dict(recheck=_recheck)

class FirstPaint(PaintHook, MetalwatchApp):
    # a relative CSS_PATH is resolved against the subclass's file, and -c code has none
    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))
    first = True

    @on(SnapshotReady)
    def _bench_snapshot(self, message):
        if not self.first or ({grouped!r} and getattr(message, "grouping", False)):
            return  # a warm-up waits for the grouped snapshot (the one the cache keeps)
        self.first = False
        stories = [s for s in message.snapshot.stories if s.relevant]  # what the panel shows
        needle = stories[0].title[:20] if stories else ""
        PaintHook.needle = needle
        self.call_after_refresh(self.bench_wait_for, needle, self._bench_rows)

    def _bench_rows(self):
        # which tree's code ran (a --baseline child must import its own tree's tui)
        return dict(rows={{p.kind: p.table.row_count for p in self.panels}}, tui=tui.__file__)

app = FirstPaint(config, **extra)
app.run(headless=True, size={size!r})
print("BENCH " + json.dumps(bench_result(app)))
"""
)


def child_code(
    kind: str, size: tuple[int, int] = SIZE, demo: bool = False, grouped: bool = False
) -> str:
    """``grouped``: the app child waits for the first grouped snapshot, not for a first screen
    of ungrouped stored headlines (a start without the snapshot cache shows one first)."""
    if kind == "bare":
        return BARE_CHILD.format(heavy=HEAVY, size=size)
    return APP_CHILD.format(heavy=HEAVY, size=size, demo=demo, grouped=grouped)
