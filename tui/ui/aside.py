"""Work the screen's thread must not wait for, on a daemon thread of its own.

Textual's thread workers run in the event loop's default executor, whose threads the end of
``asyncio.run`` (and then the interpreter) joins: a store another program held locked kept `q`
waiting for the busy timeout after the screen was gone. :func:`aside` runs one call on a daemon
thread and awaits its result; :class:`DaemonExecutor`, the loop's default executor while the
app runs, does the same for the thread workers: quitting never waits for them (SQLite's
transactions are whole or not at all, so a write cut short by the exit is simply not made).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

_T = TypeVar("_T")


async def aside(fn: Callable[[], _T]) -> _T:
    """``fn()`` on a daemon thread; its result (or its exception) here."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[_T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if done.done():  # the awaiting task was cancelled (the app quit)
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)

    def run() -> None:
        try:
            result: Any = fn()
        except BaseException as exc:  # handed to the awaiting task
            outcome: tuple[Any, BaseException | None] = (None, exc)
        else:
            outcome = (result, None)
        try:
            loop.call_soon_threadsafe(settle, *outcome)
        except RuntimeError:  # the loop has closed: nobody is waiting any more
            pass

    threading.Thread(target=run, name="metalwatch-aside", daemon=True).start()
    return await done


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
