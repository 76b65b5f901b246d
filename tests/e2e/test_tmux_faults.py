"""The first seconds under faults in a real terminal (session 15's start audit).

tmux runs ``python -m tui`` on a config of local files (see ``test_tmux_own_data``). (a) A store
another process holds locked (``PRAGMA locking_mode=EXCLUSIVE`` after a write) from before the
start: the last screen comes from the cache at once, keys are answered while the refresh opens
the store (it waited the busy timeout on the screen's thread: ``?`` took ~6 s), and ``q`` quits
at once (a worker still waiting for the lock held the exit back). (b) A key typed right after
``q`` ("qs"): the screen it opened never composed and its traceback was left on the terminal.
Bounds are generous: they tell a wait for the busy timeout from none, not tenths.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.e2e.test_tmux_own_data import Session, write_config

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(
        shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"
    ),
]

BUSY = 8.0  # the busy timeout: what a wait for the lock on the screen's thread costs
PROMPT = BUSY / 2
MARK = "LME gripped by flash squeeze"  # a story of the captured feed: the user's data

HOLD = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "c.execute(\"INSERT OR REPLACE INTO meta (key, value) VALUES ('holder', 'x')\")\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
    "c.execute('ROLLBACK')\n"
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    env = {
        "METALWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "METALWATCH_CONFIG_DIR": str(tmp_path / "nowhere"),
        "METALWATCH_BUSY_TIMEOUT": str(BUSY),
        "TERM": "xterm-256color",
    }
    s = Session("metalwatch-faults", socket=f"mw-faults-{uuid.uuid4().hex[:8]}", env=env)
    try:
        yield s
    finally:
        s.close()


def quit_took(s: Session, typed: str = "q") -> float:
    started = time.monotonic()
    s.type(typed)
    while s.alive() and time.monotonic() - started < 3 * BUSY:
        time.sleep(0.02)
    return time.monotonic() - started


def filled(s: Session, config: Path) -> None:
    """A first session: the local files stored and the last screen cached."""
    s.start("--config", str(config))
    s.wait_for(MARK, "My copper")
    # the last screen is saved before it is painted; wait for the file rather than a fixed time
    cached = Path(s.env["METALWATCH_CACHE_DIR"]) / "store.sqlite3.snapshot.json"
    deadline = time.monotonic() + 30
    while not (cached.exists() and MARK in cached.read_text(encoding="utf-8")):
        assert time.monotonic() < deadline, f"no snapshot cached at {cached}"
        time.sleep(0.05)
    assert quit_took(s) < PROMPT
    s.kill()


def test_a_store_locked_at_the_start_answers_keys_and_quits_at_once(
    session: Session, tmp_path: Path
) -> None:
    config = write_config(tmp_path / "user")
    filled(session, config)
    db = tmp_path / "cache" / "store.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        session.start("--config", str(config))
        screen = session.wait_for(MARK)
        painted = time.monotonic()  # the refresh begins now, and opens the store
        time.sleep(0.3)
        session.type("?")
        session.wait_for("metalwatch keys", timeout=3 * BUSY)
        took = time.monotonic() - painted
        print(f"help {took:.2f} s after the first paint (busy timeout {BUSY:g} s)")
        assert took < PROMPT, f"? took {took:.1f} s on a locked store"
        session.type("\x1b")
        screen = session.wait_for(MARK, timeout=PROMPT)
        assert "Traceback" not in screen
        assert "cache busy" in screen or "cache locked" in screen, screen
        took = quit_took(session)
        assert not session.alive(), "q did not quit"
        assert took < PROMPT, f"q took {took:.1f} s with the store's opening still waiting"
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)


@pytest.mark.parametrize("typed", ["qs", "qa", "qm"])
def test_a_key_typed_right_after_q_leaves_no_traceback(
    session: Session, tmp_path: Path, typed: str
) -> None:
    config = write_config(tmp_path / "user")
    command = f"{sys.executable} -m tui --config {config} 2>&1; echo exited $?; sleep 30"
    session.launch(command, (120, 40))
    session.wait_for(MARK, "My copper")
    time.sleep(1)
    session.type(typed)
    screen = session.wait_for("exited", timeout=PROMPT)
    assert "Traceback" not in screen and "NoMatches" not in screen, screen
    assert "exited 0" in screen, screen


def with_a_new_item(news: Path, title: str) -> None:
    """The local feed gains an item dated now: what only the next session fetches."""
    rss = news.read_text(encoding="utf-8")
    at = rss.index("<item>")
    stamp = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    item = (
        f"<item><title>{title}</title><link>https://example.org/smelter</link>"
        f"<guid>smelter-1</guid><pubDate>{stamp}</pubDate></item>"
    )
    news.write_text(rss[:at] + item + rss[at:], encoding="utf-8")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_a_store_locked_at_the_start_saves_the_session_once_the_lock_lets_go(
    session: Session, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Another process holds the store locked (reads too) from before the start, then lets
    go with the app still open: the header said "cache locked: not saved" until a restart,
    and nothing the session fetched was saved. Now the header says the cache is available
    again, and the story only this session fetched is in the file after the quit."""
    session.env["METALWATCH_BUSY_TIMEOUT"] = "0.5"  # the lock said for good sooner
    config = write_config(tmp_path / "user")
    # the cache tried again every half second rather than 5 s: back soon after the lock lets go
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[app]\n", '[app]\nlock_retry = "0.5s"\n', 1), encoding="utf-8")
    filled(session, config)
    db = tmp_path / "cache" / "store.sqlite3"
    new = "Copper smelter restarts after strike"
    with_a_new_item(tmp_path / "user" / "news.xml", new)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        session.launch(f"{sys.executable} -m tui --config {config}", size)
        session.wait_for(MARK, "cache locked: not saved", new)  # this session's fetch
    finally:
        if holder.stdin is not None:
            holder.stdin.close()  # the other process lets go
        holder.wait(timeout=30)
    screen = session.wait_for("cache available again", new, timeout=30)
    assert "not saved" not in screen and "Traceback" not in screen, screen
    assert quit_took(session) < PROMPT
    with sqlite3.connect(db) as conn:
        (n,) = conn.execute("SELECT COUNT(*) FROM headlines WHERE title = ?", (new,)).fetchone()
    assert n == 1, "the session's fetch was saved once the lock let go"
