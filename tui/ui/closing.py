"""The quit, beside the screen's thread: the baseline of what this session showed saved (for
the next "since you last looked"), a read mark being written let finish, and the store closed.
The app's run waits for it at most ``QUIT_WAIT``: another program's lock does not hold the exit
(the read marks it still keeps out are kept beside the store, ``tui.store.marks_aside``).
``Loading.on_unmount`` starts it."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from datetime import datetime
from typing import Any

from tui.core.models import Snapshot
from tui.flow.changes import save_baseline
from tui.ui.marking import Marking

#: The longest `q` waits for what the app saves at the quit (the last look, the store's closing:
#: ``Loading.on_unmount``), in seconds.
QUIT_WAIT = 1.0


class Closing(Marking):
    async def _close_aside(
        self, store: Any, snap: Snapshot | None, seen_as_of: datetime | None
    ) -> None:
        """``_close_store`` on a thread of its own, waited for at most ``QUIT_WAIT``."""
        loop = asyncio.get_running_loop()
        done = asyncio.Event()

        def close() -> None:
            try:
                self._close_store(store, snap, seen_as_of)
            finally:
                with contextlib.suppress(RuntimeError):  # the loop is gone: nobody waits
                    loop.call_soon_threadsafe(done.set)

        threading.Thread(target=close, name="metalwatch-close", daemon=True).start()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), QUIT_WAIT)

    def _close_store(self, store: Any, snap: Snapshot | None, seen_as_of: datetime | None) -> None:
        """At the quit, beside the screen: the baseline saved (with the store not open yet,
        locked by another program at the start or `q` before the first refresh, opening it here
        checks the file and may wait the busy timeout), a read mark being written let finish,
        then the store closed (a worker's write in progress finishes first: the store's
        lock)."""
        try:
            if snap is not None:
                self._save_baseline(store, snap, seen_as_of)
            with self._read_lock:  # a mark being written is written whole
                pass
        finally:
            if store is not None:
                store.close()

    def _save_baseline(self, store: Any, snap: Snapshot, seen_as_of: datetime | None) -> None:
        """Seen as of the last read of the store that is on screen, not as of the quit: what
        another program stored since was never shown, and is new next time."""
        from tui.store import Store

        own = None
        try:
            if store is None:
                store = own = Store(self.store_path)
            save_baseline(store, snap, now=seen_as_of)
        except Exception:
            pass
        finally:
            if own is not None:
                own.close()
