"""Waiting for another program's write lock on the store without stopping the event loop.

A store write waits up to the busy timeout for a lock another program holds (sqlite3 sleeps in
the calling thread). The refresh runs on the app's event loop (and on the one-shot commands'),
so that wait would freeze the screen and make the other sources' requests miss their deadlines
("no answer within 5 s" from a server that answered). :func:`wait_writable` asks the store
without waiting, sleeps asynchronously between asks, and after the busy timeout puts the store
in read-only mode as the blocking write would have (``Store.locked``).
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.store import Store

POLL_S = 0.05  # between two asks while the lock is held


async def wait_writable(store: Store) -> None:
    """Return once ``store`` can be written without waiting (or has gone read-only).

    Each ask, and the switch to memory when the wait gives up (a copy of the whole file), runs
    on a worker thread: both take the store's own lock, which a worker may hold through a
    write's busy timeout (the hourly prune, an alert's log line), and the copy grows with the
    store."""
    if store.read_only is not None:
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + store.busy_timeout
    while not await asyncio.to_thread(store.write_lock_free):
        if loop.time() >= deadline:
            await asyncio.to_thread(store.give_up_on_lock)
            return
        await asyncio.sleep(POLL_S)


def wait_writable_here(store: Store) -> None:
    """:func:`wait_writable` for a worker thread (the app's alert rules): asked without waiting
    and slept between asks, so the wait for another program's lock does not hold the store's
    own lock (the screen's reads take it), read-only mode after the busy timeout."""
    if store.read_only is not None:
        return
    deadline = time.monotonic() + store.busy_timeout
    while not store.write_lock_free():
        if time.monotonic() >= deadline:
            store.give_up_on_lock()
            return
        time.sleep(POLL_S)
