"""The app in a real terminal ended by a signal rather than ``q``: SIGTERM (``kill``, a logout,
a service manager) and SIGHUP (the terminal closed, ``tmux kill-session``, ssh dropped).

tmux (its own server, on a socket of this test) runs `python -m tui --config ...` on a config
of local files (the captured Reuters feed, a copper CSV); the shell around it prints the exit
status and keeps the pane open, so the terminal's state after the app is read from tmux.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
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

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
FEED = FEED / "reuters_via_googlenews_direct.rss.xml"


class Terminal(TmuxSession):
    """A session "t" on a tmux server of its own; the shell around the app prints its exit
    status and keeps the pane."""

    def __init__(self, tmp_path: Path) -> None:
        self.cache = tmp_path / "cache"
        env = {
            "METALWATCH_CACHE_DIR": str(self.cache),
            "METALWATCH_CONFIG_DIR": str(tmp_path / "nowhere"),
            "TERM": "xterm-256color",
        }
        super().__init__("t", socket=f"mw-signals-{uuid.uuid4().hex[:8]}", env=env)

    def start(self, config: Path) -> int:
        """Start the app; the pid of its process (the pane's shell's child)."""
        app = " ".join([sys.executable, "-m", "tui", "--config", str(config)])
        self.launch(f"{app}; echo EXITED $?; sleep 60", (120, 36))
        shell = int(self.display("#{pane_pid}"))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            kids = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True)
            if kids.stdout.strip():
                return int(kids.stdout.split()[0])
            time.sleep(0.05)
        raise AssertionError("the app did not start")

    def modes(self) -> str:
        return self.display("#{alternate_on} #{mouse_any_flag} #{cursor_flag}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    t = Terminal(tmp_path)
    try:
        yield t
    finally:
        t.close()


def write_config(folder: Path) -> Path:
    shutil.copyfile(FEED, folder / "news.xml")
    (folder / "copper.csv").write_text("Date,Close\n2026-11-30,9000\n2026-12-01,9010\n")
    config = folder / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n\n'
        '[[sources]]\nname = "My news"\nkind = "rss"\nurl = "news.xml"\n\n'
        '[[sources]]\nname = "My copper"\nkind = "csv"\nmetal = "copper"\nurl = "copper.csv"\n'
        'unit = "USD/t"\n',
        encoding="utf-8",
    )
    return config


def seen_at(cache: Path) -> str | None:
    """When the store says the last session ended (the "since you last looked" baseline)."""
    with sqlite3.connect(cache / "store.sqlite3") as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'session_seen_at'").fetchone()
    return None if row is None else str(row[0])


def gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_sigterm_gives_the_terminal_back_and_remembers_the_session(
    terminal: Terminal, tmp_path: Path
) -> None:
    """Found by the audit: `kill <pid>` ended the app by Python's default action (exit status
    143) with the terminal still in the alternate screen, mouse reporting on (every move of
    the mouse typed escape codes into the shell) and the cursor hidden; and what the session
    showed was not remembered, so the next start's "since you last looked" counted from the
    session before. SIGTERM now ends it as `q` does."""
    pid = terminal.start(write_config(tmp_path))
    terminal.wait_for("My copper")  # painted, and the sources read
    terminal.wait_for("Copper")
    time.sleep(1.0)  # the first refresh stored
    assert terminal.modes().startswith("1 1"), "the app runs in the alternate screen"
    os.kill(pid, signal.SIGTERM)
    assert gone(pid)
    screen = terminal.wait_for("EXITED")
    assert "EXITED 0" in screen, screen
    assert terminal.modes() == "0 0 1", "normal screen, no mouse reporting, a cursor"
    assert seen_at(terminal.cache) is not None


def test_sighup_ends_the_app_and_remembers_the_session(terminal: Terminal, tmp_path: Path) -> None:
    """The terminal closed under the app (SIGHUP): it ends, and the session is remembered."""
    pid = terminal.start(write_config(tmp_path))
    terminal.wait_for("My copper")
    time.sleep(1.0)
    os.kill(pid, signal.SIGHUP)
    assert gone(pid)
    assert "EXITED 0" in terminal.wait_for("EXITED")
    assert seen_at(terminal.cache) is not None


# the command runs until the test releases it (at most 60 s, the config's alert_timeout): the
# app's quit is measured against a command that cannot end first, whatever the machine's load
DELIVERY = (
    "import os, sys, time; data = sys.stdin.read(); open(sys.argv[1], 'w').write('started')\n"
    "end = time.monotonic() + 60\n"
    "while not os.path.exists(sys.argv[3]) and time.monotonic() < end: time.sleep(0.05)\n"
    "open(sys.argv[2], 'w').write(data)"
)
QUIT_LIMIT = 10.0  # s: far under the command's 60 s, far over a loaded machine's slowest quit


def test_quitting_while_an_alert_command_runs_does_not_wait_for_it(
    terminal: Terminal, tmp_path: Path
) -> None:
    """Found by the audit: `q` while an alert's command ran (a hook posting to a chat, a slow
    notifier) left the app waiting for the command to end, up to `alert_timeout`: 35 s with a
    command of 40 s. The app ends at once now, and the command, in a session of its own,
    still finishes its delivery."""
    import json

    config = write_config(tmp_path)
    started, delivered = tmp_path / "started", tmp_path / "delivered.json"
    release = tmp_path / "release"
    command = json.dumps(
        [sys.executable, "-c", DELIVERY, str(started), str(delivered), str(release)]
    )
    config.write_text(
        f'[app]\nretention_days = 36500\nalert_timeout = "60s"\nalert_command = {command}\n\n'
        + config.read_text(encoding="utf-8")
        + '\n[[alerts]]\nname = "copper news"\nwhen = "headline"\nkeywords = ["copper"]\n',
        encoding="utf-8",
    )
    pid = terminal.start(config)
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), "the alert fired and its command started"
    asked = time.monotonic()
    terminal.keys("q")
    assert gone(pid, timeout=20)
    took = time.monotonic() - asked
    assert took < QUIT_LIMIT, f"the app took {took:.1f} s to quit"
    assert "EXITED 0" in terminal.wait_for("EXITED")
    assert not delivered.exists(), "the command was still running when the app ended"
    release.touch()  # the command, in a session of its own, still delivers
    deadline = time.monotonic() + 15
    while not delivered.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert json.loads(delivered.read_text(encoding="utf-8"))["rule"] == "copper news"


@pytest.mark.parametrize("settle", [0.0, 1.0])
def test_the_terminal_closed_under_the_app_ends_it(
    terminal: Terminal, tmp_path: Path, settle: float
) -> None:
    """The terminal itself gone (its window closed, an ssh connection dropped, tmux's server
    ended): the app's writes then fail, Textual's output thread ends, and its queue filled up
    under the screen's next updates with the event loop blocked on it, so SIGHUP's handler (a
    callback of that loop) never ran: a process left behind for good, deaf to SIGTERM too. It
    ends now, remembering the session. ``settle``: closed in the middle of the first updates,
    or once the screen is quiet and keys were typed."""
    pid = terminal.start(write_config(tmp_path))
    terminal.wait_for("My copper")
    if settle:
        time.sleep(settle)
    terminal.keys("j", "j", "k", "?", "Escape", "j")
    terminal.close()  # the pane's terminal and its tmux server gone
    try:
        assert gone(pid), "the app outlived its terminal"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert seen_at(terminal.cache) is not None


def test_a_terminal_gone_without_a_sighup_ends_the_app(terminal: Terminal, tmp_path: Path) -> None:
    """SIGHUP ignored by the shell that started the app (``trap '' HUP``, as ``nohup`` does):
    the terminal gone sends no signal the app hears, and it ran on with no terminal, its input
    thread spinning. It notices the hang-up itself now and ends as ``q`` does."""
    config = write_config(tmp_path)
    app = " ".join([sys.executable, "-m", "tui", "--config", str(config)])
    # the shell, the terminal's session leader, ignores the hang-up and lives on: the kernel
    # then sends the app (its child) no SIGHUP at all
    terminal.launch(f"trap '' HUP; {app}; true", (120, 36))
    shell = int(terminal.display("#{pane_pid}"))
    terminal.wait_for("My copper")
    kids = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True)
    pid = int(kids.stdout.split()[0])
    terminal.keys("j", "k")
    terminal.close()
    try:
        assert gone(pid), "the app outlived its terminal"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert seen_at(terminal.cache) is not None
