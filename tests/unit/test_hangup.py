"""The rescue of an app whose terminal went away (``tui/ui/hangup.py``): a hang-up told from a
live terminal, and a dead output thread's queue emptied. The whole path runs in a real
terminal in ``tests/e2e/test_tmux_signals.py``."""

from __future__ import annotations

import os
import pty
import queue
import threading
from types import SimpleNamespace

from tui.ui import hangup


def test_a_terminal_whose_other_end_closed_has_hung_up() -> None:
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as tty:
        driver = SimpleNamespace(_file=tty)
        assert not hangup.hung_up(driver)
        os.close(master)
        assert hangup.hung_up(driver)


def test_a_driver_without_a_file_is_never_taken_for_hung_up() -> None:
    assert not hangup.hung_up(SimpleNamespace())


def test_the_queue_of_a_dead_output_thread_is_emptied() -> None:
    pending: queue.Queue[str | None] = queue.Queue(3)
    for text in ("a", "b", "c"):
        pending.put(text)
    blocked = threading.Thread(target=pending.put, args=("d",), daemon=True)
    blocked.start()  # a writer waiting on the full queue, as the screen's loop did
    assert hangup.drain(pending) >= 3
    blocked.join(timeout=5)
    assert not blocked.is_alive()
