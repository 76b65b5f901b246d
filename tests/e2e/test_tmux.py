"""The real app in a real terminal: tmux runs `python -m tui --demo`, we type and read the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
    ),
]


class Tmux:
    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, *args: str) -> str:
        return subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=10).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.name, *keys)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} not on screen after {timeout} s:\n{screen}")

    def alive(self) -> bool:
        return (
            subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True).returncode
            == 0
        )


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    name = f"metalwatch-test-{uuid.uuid4().hex[:8]}"
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "config"),
        "COLORTERM": "truecolor",
        "TERM": "xterm-256color",
    }
    command = f"{sys.executable} -m tui --demo"
    args = ["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40"]
    for key, value in env.items():
        args += ["-e", f"{key}={value}"]
    # The previous test's kill-session may leave the tmux server exiting as this one starts
    # ("server exited unexpectedly"): try again, briefly.
    for _ in range(20):
        done = subprocess.run(
            [*args, command], capture_output=True, timeout=10, env={**os.environ, **env}
        )
        if done.returncode == 0:
            break
        time.sleep(0.25)
    else:
        raise AssertionError(f"tmux new-session failed: {done.stderr!r}")
    t = Tmux(name)
    try:
        yield t
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def test_real_terminal_keys_and_screen(tmux: Tmux) -> None:
    screen = tmux.wait_for("Gold steadies, heads for third")  # a relevant story (the default)
    assert "DEMO snapshot" in screen
    assert "Headlines" in screen and "Prices" in screen and "Trade policy" in screen
    assert "resuming" in screen
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
    tmux.run("resize-window", "-t", tmux.name, "-x", "80", "-y", "24")
    tmux.wait_for("Trade policy")
    _wait_layout(tmux, wide=False)
    screen = tmux.wait_for("Refresh")
    footer = screen.splitlines()[23]  # the last of 24 lines
    for word in ("Quit", "Help", "Filter", "Metal", "Refresh"):
        assert word in footer, screen
    tmux.run("resize-window", "-t", tmux.name, "-x", "200", "-y", "60")
    _wait_layout(tmux, wide=True)
    tmux.run("resize-window", "-t", tmux.name, "-x", "80", "-y", "24")
    _wait_layout(tmux, wide=False)
    tmux.run("resize-window", "-t", tmux.name, "-x", "200", "-y", "60")
    _wait_layout(tmux, wide=True)
