"""The quit, beside the screen's thread: the baseline of what this session showed saved (for
the next "since you last looked"), a read mark being written let finish, and the store closed,
what the next first paint reads of it kept beside it (``tui.store.look_file``).
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
from tui.ui.theming import LOOK_KEYS

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
                self._close_store_looking(store)

    def _close_store_looking(self, store: Any) -> None:
        """The store closed, and what the next first paint reads of it kept beside it
        (``tui.store.look_file``), read as it closes. A theme being saved (on its own
        connection) is saved before or after, not between the read and the file's identity
        taken after the close: after, it changes the file and the look is not used."""
        seen: list[tuple[Any, ...] | None] = []
        with self._theme_lock:
            store.close(last=lambda: seen.append(_look_of(store)))
            if seen and seen[0] is not None and store.path == self.store_path:
                from tui.store import look_file, write_mark

                look_file.write(self.store_path, *seen[0])
                write_mark.write(self.store_path)  # a clean quit's: with a watch's log beside

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
                self._close_store_looking(own)


def _look_of(store: Any) -> tuple[Any, ...] | None:
    """What the next start's first paint reads of the session's ``store`` (the theme picked,
    the sources' health, the read marks: ``tui.store.look_file``), read from it as it closes;
    None when it does not save to its file (nothing of this session is in the file)."""
    if not store.saves or store.read_only is not None:
        return None
    try:
        meta = {k: store.get_meta(k) for k in LOOK_KEYS}
        return meta, store.health_rows(), store.read_ids()
    except Exception:
        return None
