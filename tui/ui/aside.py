"""Work the screen's thread must not wait for, on a daemon thread of its own.

Textual's thread workers run in the event loop's default executor, whose threads the end of
``asyncio.run`` (and then the interpreter) joins: a store another program held locked kept `q`
waiting for the busy timeout after the screen was gone. :class:`DaemonExecutor`, the loop's
default executor while the app runs, runs each call (thread workers, ``asyncio.to_thread``) on
a daemon thread: quitting never waits for them (SQLite's transactions are whole or not at all,
so a write cut short by the exit is simply not made).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

_T = TypeVar("_T")


class DaemonExecutor(ThreadPoolExecutor):
    """Each call on a daemon thread of its own; ``shutdown`` waits for none of them. (A
    ``ThreadPoolExecutor`` only as asyncio's ``set_default_executor`` requires: its pool is
    never used.)"""

    def submit(self, fn: Callable[..., _T], /, *args: Any, **kwargs: Any) -> Future[_T]:
        future: Future[_T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:
                future.set_exception(exc)

        threading.Thread(target=run, name="metalwatch-worker", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        return None
