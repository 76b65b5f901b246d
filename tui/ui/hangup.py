"""SIGTERM and SIGHUP end the app as ``q`` does, even when its terminal is already gone.

Registered with the event loop (``loop.add_signal_handler``), a signal's callback runs only when
the loop turns. When the terminal itself goes (its window closed, an ssh connection dropped,
tmux's server ended), the loop may never turn again: the app's next write to the terminal fails,
Textual's output thread ends on that error, its bounded queue (30 writes) fills under the screen's
next updates, and the loop blocks for good on the next ``put``. The process stayed behind,
deaf to SIGTERM too (seen in tmux: every app whose server was ended mid-update).

A hang-up may bring a SIGCONT too, on which the driver starts application mode again with an
output thread of its own (which dies at its first write): the screen writes to the newest one.

So the handlers here are Python's own (``signal.signal``): they run in the main thread even while
it waits on that queue. Each asks the app to exit on its loop and starts, once, a rescue thread
that empties the driver's current output queue whenever its thread is dead or the terminal hung
up (the writes go nowhere: there is no terminal to write to), so the loop turns again and the
app ends as ``q`` does, saving what the session showed. Should it still not have ended after
:data:`GRACE` seconds, the rescue thread ends the process (status 128 + the signal's number, as
a shell reports a process killed by it). A terminal that hangs up with no SIGHUP delivered (the
shell that started the app ignores it and lives on) is noticed by a watcher thread, which
polls the terminal's file once a second, and taken as one.
"""

from __future__ import annotations

import asyncio
import os
import queue
import select
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

GRACE = 10.0  # seconds from the signal to the forced end (the quit's own saving waits ≤ 1 s)
STEP = 0.05
WATCH_EVERY = 1.0  # seconds between two looks at the terminal (a poll of its file, no I/O)


def install(loop: asyncio.AbstractEventLoop, exit_app: Callable[[], None], driver: Any) -> bool:
    """SIGTERM and SIGHUP handlers that call ``exit_app`` on ``loop`` and rescue a blocked loop
    (module docstring); False where they cannot be set (not the main thread, no SIGHUP)."""
    if not hasattr(signal, "SIGHUP") or threading.current_thread() is not threading.main_thread():
        return False
    once = threading.Lock()

    def handler(signum: int, _frame: FrameType | None) -> None:
        if once.acquire(blocking=False):  # held for good: one rescue
            threading.Thread(
                target=_rescue, args=(driver, signum), name="metalwatch-hangup", daemon=True
            ).start()
        try:
            loop.call_soon_threadsafe(exit_app)
        except RuntimeError:  # the loop is closed: the app is ending anyway
            pass

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)
    threading.Thread(
        target=_watch, args=(driver, handler), name="metalwatch-terminal", daemon=True
    ).start()
    return True


def _watch(driver: Any, hang_up: Callable[[int, FrameType | None], None]) -> None:
    """A terminal that hung up with no SIGHUP delivered (a parent that ignores it, ``nohup``,
    ``trap '' HUP``: the app then ran on, its input thread spinning on the dead terminal, about
    a third of a core) is taken as one, looked at every :data:`WATCH_EVERY` seconds."""
    while not hung_up(driver):
        time.sleep(WATCH_EVERY)
    hang_up(signal.SIGHUP, None)


def _output_queue(driver: Any) -> tuple[threading.Thread, queue.Queue[Any]] | None:
    """Textual's output thread and its queue, when the driver has them (Linux and macOS)."""
    writer = getattr(driver, "_writer_thread", None)
    pending = getattr(writer, "_queue", None)
    if isinstance(writer, threading.Thread) and isinstance(pending, queue.Queue):
        return writer, pending
    return None


def _rescue(driver: Any, signum: int, grace: float = GRACE) -> None:
    """Empty the output queue of a dead output thread until the process ends; end it after
    ``grace`` seconds."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        # looked up at every step: the driver starts another output thread when it resumes
        # (the SIGCONT a hang-up may bring), and the screen then writes to that one
        output = _output_queue(driver)
        if output is not None and (not output[0].is_alive() or hung_up(driver)):
            drain(output[1])
        time.sleep(STEP)
    os._exit(128 + signum)


def hung_up(driver: Any) -> bool:
    """Whether the terminal the driver writes to is gone (a hang-up on its file: the window
    closed, the connection dropped); False when that cannot be told."""
    try:
        fd = driver._file.fileno()
        poller = select.poll()
        poller.register(fd, select.POLLOUT)
        events = poller.poll(0)
    except (AttributeError, OSError, ValueError):
        return False
    return any(mask & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, mask in events)


def drain(pending: queue.Queue[Any]) -> int:
    """Take every write waiting in ``pending`` (no thread writes them any more); how many."""
    taken = 0
    while True:
        try:
            pending.get_nowait()
        except queue.Empty:
            return taken
        taken += 1
