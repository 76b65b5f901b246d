"""Start-up in a real terminal: tmux, from launch to the first headline in ``capture-pane``.

Used by ``bench_startup.py`` and ``bench_scale.py`` (``--tmux``). Each run starts a detached tmux
session on a private server socket (``-L``: other tmux users on the machine are not touched),
running either a bare Textual app or ``metalwatch``, and polls ``tmux capture-pane -p`` every
few milliseconds until the expected text is on the screen. The figure is the time from the
``new-session`` call to that capture; the polling costs the same for both apps.
"""

from __future__ import annotations

import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.tmux_session import TmuxSession  # noqa: E402

BARE_TEXT = "bare textual app: first paint"
BARE_CODE = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Bare(App):\n"
    "    def compose(self):\n"
    f"        yield Static({BARE_TEXT!r})\n"
    "Bare().run()\n"
)
APP_CODE = "from tui.cli import main\nraise SystemExit(main([]))\n"


@dataclass
class TmuxComparison:
    bare: list[float]
    app: list[float]
    base: list[float] = field(default_factory=list)  # the app of the baseline tree

    @property
    def ratio(self) -> float:
        return statistics.median(self.app) / statistics.median(self.bare)

    def line(self, label: str, target: float) -> str:
        verdict = "ok" if self.ratio <= target else "MISSED"
        return (
            f"{label} (tmux, real terminal): first headline on screen "
            f"{statistics.median(self.app):.3f} s vs bare Textual app "
            f"{statistics.median(self.bare):.3f} s = {self.ratio:.2f}x (target <= {target:g}x) "
            f"{verdict}; medians of {len(self.app)} runs"
        ) + self._baseline()

    def _baseline(self) -> str:
        if not self.base:
            return ""
        base = statistics.median(self.base)
        return (
            f"; A/B: baseline tree {base:.3f} s = {base / statistics.median(self.bare):.2f}x bare, "
            f"this tree {statistics.median(self.app) / base:.2f}x the baseline; fastest "
            f"{min(self.app):.3f} s vs baseline {min(self.base):.3f} s vs bare {min(self.bare):.3f} s"
        )


def available() -> bool:
    return shutil.which("tmux") is not None


def first_headline(env: dict[str, str], cwd: Path = ROOT, demo: bool = False) -> str:
    """The title the first paint must show: the first relevant story of the cached head (for
    ``--demo`` with nothing cached yet, of the bundled demo snapshot's, which it paints)."""
    code = (
        "from pathlib import Path\n"
        "from tui.core import paths\n"
        "from tui.core.config import load_config\n"
        "from tui.store import snapshot_cache\n"
        f"config = load_config(demo={demo!r})\n"
        f"cached = snapshot_cache.load_head(snapshot_cache.cache_path(paths.store_path(demo={demo!r})),"
        " key=snapshot_cache.config_key(config))\n"
        "if not cached and config.demo:  # a first --demo start paints the bundled snapshot\n"
        "    try:\n"
        "        from tui.flow import demo_snapshot\n"
        "    except ImportError:  # an older tree (a baseline) without one\n"
        "        pass\n"
        "    else:\n"
        "        cached = snapshot_cache.load_head(demo_snapshot.path(), key=demo_snapshot.key())\n"
        "stories = [s for s in cached[0].stories if s.relevant] if cached else []\n"
        "print(stories[0].title if stories else '')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        cwd=str(cwd),
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def run_once(
    code: str, needle: str, env: dict[str, str], size: tuple[int, int], cwd: Path = ROOT
) -> float:
    """Seconds from launching ``python -c code`` in tmux to ``needle`` on its screen."""
    run_once.count += 1  # type: ignore[attr-defined]
    socket = f"mw-bench-{os.getpid()}-{run_once.count}"  # type: ignore[attr-defined]
    command = " ".join(
        [
            *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
            shlex.quote(sys.executable),
            "-c",
            shlex.quote(code),
        ]
    )
    tmux = TmuxSession("b", socket=socket, env=env, no_config=True)
    try:
        start = tmux.launch(command, size, cwd=cwd, export=False)
        took, _ = tmux.until(lambda shown: needle in shown, timeout=120, every=0.005)
        if took is None:
            raise TimeoutError(f"{needle!r} never appeared in tmux")
        return time.perf_counter() - start
    finally:
        tmux.close()


run_once.count = 0  # type: ignore[attr-defined]


def compare(
    env: dict[str, str],
    runs: int,
    size: tuple[int, int],
    baseline: tuple[Path, Path] | None = None,
    demo: bool = False,
) -> TmuxComparison:
    """Alternate bare and metalwatch starts (after a discarded warm-up of each); with
    ``baseline`` (another checkout, its own home) its metalwatch too, in the same rounds."""
    app_code = APP_CODE.replace("main([])", 'main(["--demo"])') if demo else APP_CODE
    needle = first_headline(env, demo=demo)[:20]
    if not needle:
        raise RuntimeError("no cached snapshot with a relevant story to wait for")
    run_once(BARE_CODE, BARE_TEXT, env, size)
    run_once(app_code, needle, env, size)
    bare: list[float] = []
    app: list[float] = []
    base: list[float] = []
    if baseline is not None:
        base_env = env_for_home(env, baseline[1])
        base_needle = first_headline(base_env, baseline[0], demo)[:20]
        run_once(app_code, base_needle, base_env, size, baseline[0])
    for _ in range(runs):
        bare.append(run_once(BARE_CODE, BARE_TEXT, env, size))
        app.append(run_once(app_code, needle, env, size))
        if baseline is not None:
            base.append(run_once(app_code, base_needle, base_env, size, baseline[0]))
    return TmuxComparison(bare, app, base)


def env_for_home(env: dict[str, str], home: Path) -> dict[str, str]:
    """``env`` with every path under its home moved to ``home`` (the baseline's copy)."""
    old = Path(env["METALWATCH_CONFIG_DIR"]).parent
    return {k: v.replace(str(old), str(home)) for k, v in env.items()}
