"""``run_watch`` on a thread of its own (the test's thread holds another program's lock, fills
or frees the disk), stopped when the test has seen what it waits for, not after a fixed time.

A run of a few seconds (``stop_after``) raced the machine: on a busy CI worker the run's first
open, its imports and the lock's busy timeout could take most of it, and the run ended before
the lock let go or the disk had room. Here the run's bound is generous (``BOUND``) and
:meth:`Watch.stop` ends it as a signal would, after at least one whole round more: the round a
test's last step started (the cache back, say) is evaluated before the run stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable
from typing import Any

import pytest

from tui.flow import watch as watch_module
from tui.flow.oneshot import Stopped

BOUND = 60.0  # seconds: the run's own end, should the test never stop it


class Watch:
    """A ``run_watch`` on a daemon thread; :meth:`stop` ends it (a SIGTERM's way out)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, run: Callable[[float], int]) -> None:
        self.done = threading.Event()
        self.code: int | None = None
        armed = [False]
        real = watch_module._sleep

        async def sleep(pause: float, reload: Any, retry: Any = None) -> None:
            if armed[0]:  # a whole round ran since the test was done
                raise Stopped(signal.SIGTERM)
            task = asyncio.ensure_future(real(pause, reload, retry))
            while not task.done():
                # the test is done: cut a sleep short, never a try of the cache in progress
                if self.done.is_set() and (retry is None or not retry.wanted()):
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                    break
                await asyncio.wait({task}, timeout=0.05)
            else:
                task.result()
            armed[0] = self.done.is_set()

        monkeypatch.setattr(watch_module, "_sleep", sleep)

        def target() -> None:
            self.code = run(BOUND)

        self.thread = threading.Thread(target=target, daemon=True)
        self.thread.start()

    def stop(self, timeout: float = 30.0) -> int | None:
        """End the run after one more round; its exit code (None if it did not end)."""
        self.done.set()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the watch run did not stop"
        return self.code
