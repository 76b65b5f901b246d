"""The real app in a real terminal: tmux runs `python -m tui --demo`, we type and read the screen."""

from __future__ import annotations

import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tmux_session import TmuxSession

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
    ),
]


class Tmux(TmuxSession):
    def wait_for(  # a slower poll and a shorter wait than the default
        self, *texts: str, timeout: float = 20.0, absent: str = "", every: float = 0.2
    ) -> str:
        return super().wait_for(*texts, timeout=timeout, absent=absent, every=every)


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "config"),
        "COLORTERM": "truecolor",
        "TERM": "xterm-256color",
    }
    t = Tmux("metalwatch-test", socket=f"mw-test-{uuid.uuid4().hex[:8]}", env=env)
    # a tmux server of its own (``close`` ends it): no other test's session, in this process or
    # a parallel one (``pytest -n``), ends the server under this one
    t.launch(f"{sys.executable} -m tui --demo", (120, 40))
    try:
        yield t
    finally:
        t.close()


def test_real_terminal_keys_and_screen(tmux: Tmux) -> None:
    # the first screen whole: a relevant story (the default), the demo's label, every panel and
    # a policy row (a loaded machine may show the screen half drawn for a moment)
    tmux.wait_for(
        "Gold steadies, heads for third",
        "DEMO snapshot",
        "Headlines",
        "Prices",
        "Trade policy",
        "resuming",
    )
    tmux.keys("?")
    tmux.wait_for("metalwatch keys")
    tmux.keys("Escape")
    tmux.wait_for("Trade policy")
    tmux.keys("2", "Enter")  # the copper chart
    screen = tmux.wait_for("1:1M")
    assert "Source: COMEX copper HG=F" in screen
    tmux.keys("Escape")
    tmux.wait_for("Trade policy")
    tmux.keys("q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not tmux.alive(), "q did not quit the app"


def _side_by_side(screen: str) -> bool:
    """Prices and Trade policy boxes start on the same line (the wide layout)."""
    return any("Prices" in line and "Trade policy" in line for line in screen.splitlines())


def _wait_layout(tmux: Tmux, wide: bool, timeout: float = 10.0) -> str:
    # the layout follows within a second on an idle machine (0.3 s measured); a one-step lag
    # (the layout of the previous size) would never come right without another resize, so a
    # long wait catches it as well as a short one and leaves room for a loaded CI machine
    deadline = time.monotonic() + timeout
    screen = tmux.screen()
    while _side_by_side(screen) != wide and time.monotonic() < deadline:
        time.sleep(0.05)
        screen = tmux.screen()
    assert _side_by_side(screen) == wide, screen
    return screen


def test_layout_follows_resizes_both_ways_within_a_second(tmux: Tmux) -> None:
    tmux.tmux("resize-window", "-t", tmux.name, "-x", "80", "-y", "24")
    tmux.wait_for("Trade policy")
    _wait_layout(tmux, wide=False)
    screen = tmux.wait_for("Refresh")
    footer = screen.splitlines()[23]  # the last of 24 lines
    for word in ("Quit", "Help", "Filter", "Metal", "Refresh"):
        assert word in footer, screen
    tmux.tmux("resize-window", "-t", tmux.name, "-x", "200", "-y", "60")
    _wait_layout(tmux, wide=True)
    tmux.tmux("resize-window", "-t", tmux.name, "-x", "80", "-y", "24")
    _wait_layout(tmux, wide=False)
    tmux.tmux("resize-window", "-t", tmux.name, "-x", "200", "-y", "60")
    _wait_layout(tmux, wide=True)
