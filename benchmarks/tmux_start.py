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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
        )


def available() -> bool:
    return shutil.which("tmux") is not None


def first_headline(env: dict[str, str]) -> str:
    """The title the first paint must show: the first relevant story of the cached head."""
    code = (
        "from pathlib import Path\n"
        "from tui.core import paths\n"
        "from tui.core.config import load_config\n"
        "from tui.store import snapshot_cache\n"
        "config = load_config()\n"
        "cached = snapshot_cache.load_head(snapshot_cache.cache_path(paths.store_path()),"
        " key=snapshot_cache.config_key(config))\n"
        "stories = [s for s in cached[0].stories if s.relevant] if cached else []\n"
        "print(stories[0].title if stories else '')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def run_once(code: str, needle: str, env: dict[str, str], size: tuple[int, int]) -> float:
    """Seconds from launching ``python -c code`` in tmux to ``needle`` on its screen."""
    run_once.count += 1  # type: ignore[attr-defined]
    socket = f"mw-bench-{os.getpid()}-{run_once.count}"  # type: ignore[attr-defined]
    full_env = {**os.environ, **env}
    full_env.pop("TMUX", None)
    command = " ".join(
        [
            *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
            shlex.quote(sys.executable),
            "-c",
            shlex.quote(code),
        ]
    )
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    width, height = size
    try:
        start = time.perf_counter()
        started = subprocess.run(
            [*tmux, "new-session", "-d", "-s", "b", "-x", str(width), "-y", str(height), command],
            env=full_env,
            cwd=str(ROOT),
            capture_output=True,
            text=True,
        )
        if started.returncode:
            raise RuntimeError(f"tmux new-session failed: {started.stderr.strip()}")
        while time.perf_counter() - start < 120:
            shown = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True
            ).stdout
            if needle in shown:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(f"{needle!r} never appeared in tmux")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


run_once.count = 0  # type: ignore[attr-defined]


def compare(env: dict[str, str], runs: int, size: tuple[int, int]) -> TmuxComparison:
    """Alternate bare and metalwatch starts (after a discarded warm-up of each)."""
    needle = first_headline(env)[:20]
    if not needle:
        raise RuntimeError("no cached snapshot with a relevant story to wait for")
    run_once(BARE_CODE, BARE_TEXT, env, size)
    run_once(APP_CODE, needle, env, size)
    bare, app = [], []
    for _ in range(runs):
        bare.append(run_once(BARE_CODE, BARE_TEXT, env, size))
        app.append(run_once(APP_CODE, needle, env, size))
    return TmuxComparison(bare, app)
