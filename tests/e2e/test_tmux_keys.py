"""Keys in a real terminal (session 17): what tmux sends for Alt+Shift+S reaches a binding
written ``alt+S``, and keys that arrive in one read each move a detail screen's text; (session
19) F1 opens the help, which lists each of the chart's moves once.

Each test runs on a tmux server of its own (``-L``), which it ends."""

from __future__ import annotations

import re
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


@pytest.fixture
def session(tmp_path: Path) -> Iterator[TmuxSession]:
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
        "COLORTERM": "truecolor",
        "TERM": "xterm-256color",
    }
    name = f"mw-keys-{uuid.uuid4().hex[:8]}"
    t = TmuxSession(name, socket=name, env=env, no_config=True)
    try:
        yield t
    finally:
        t.close()


def test_alt_and_a_capital_is_the_key_alt_shift_sends(session: TmuxSession, tmp_path: Path) -> None:
    """`sources = "alt+S"` was read as alt+s: Alt+Shift+S (Escape and "S" from the terminal)
    opened nothing, Alt+s opened the sources."""
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n[keys]\nsources = "alt+S"\n',
        encoding="utf-8",
    )
    session.launch(f"{sys.executable} -m tui --config {config}", (100, 30), tries=20)
    session.wait_for("Headlines", "Prices")
    session.keys("M-s")  # Alt and the small s: not the key written
    time.sleep(1.0)
    assert "Source health" not in session.screen()
    session.keys("M-S")  # Alt+Shift+S
    session.wait_for("Source health", timeout=10)


def _content(screen: str) -> list[str]:
    """The help's lines, less the scrollbar and the footer."""
    return [re.sub(r"\s*[▁▂▃▄▅▆▇█]+$", "", line).rstrip() for line in screen.splitlines()[:-1]]


def test_keys_that_arrive_together_each_scroll_the_help(session: TmuxSession) -> None:
    """Five j's in one write scrolled the help one line (each scroll waited for the next
    refresh and started from where the text was then)."""
    session.launch(f"{sys.executable} -m tui --demo", (100, 30), tries=20)
    session.wait_for("Trade policy")
    session.keys("?")
    before = _content(session.wait_for("metalwatch keys", "On the screen you came from"))
    session.type("jjjjj")  # one write: the app reads the five keys at once
    # the first row is the screen's padding: the text under it moved five lines
    took, screen = session.until(lambda s: _content(s)[1:11] == before[6:16], timeout=10)
    assert took is not None, "\n".join(_content(screen)[:12])


def test_f1_opens_the_help_over_the_chart_one_row_a_move(session: TmuxSession) -> None:
    """Session 19, at 80x24: F1 (what the terminal sends for it) did nothing, and the help
    over the chart listed "↑ Up" and, further down, "k Up", "Home First" beside "g Top". F1
    opens the help; the chart's moves are one row each; Escape goes back to the chart."""
    session.launch(f"{sys.executable} -m tui --demo", (80, 24), tries=20)
    session.wait_for("Trade policy", "? Help")
    session.keys("2", "Enter")
    session.wait_for("1:1M", "Esc Back")
    session.keys("F1")
    screen = _content(session.wait_for("metalwatch keys", "On the screen you came from"))
    rows = [line.split() for line in screen if line.startswith("    ")]
    assert ["↑,", "k", "Up"] in rows and ["Home,", "g", "Top"] in rows, "\n".join(screen)
    said = [row[-1] for row in rows if row[-1] in ("Up", "Down", "Top", "Bottom")]
    assert sorted(said) == ["Bottom", "Down", "Top", "Up"], "\n".join(screen)
    assert not any("Focus Next" in line or "Page Up" in line for line in screen)
    session.keys("Escape")
    took, screen = session.until(lambda s: "1:1M" in s and "metalwatch keys" not in s, timeout=10)
    assert took is not None, screen
