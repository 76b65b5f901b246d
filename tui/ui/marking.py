"""Stories marked read: on screen at once, in the store from a thread, never lost to a lock.

A mark is pending (``_read_pending``, with when it was made) until it is known to be in the
cache file. Another program's lock keeps it pending: it is written again with the next mark,
once the session's store is back on the file, and what is still pending at the quit is kept in
a small file beside the store (``tui.store.marks_aside``) for the next start. A cache that takes
no writes for good (read-only) keeps the marks in memory for the session, as any write, and says
so."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from textual import work

from tui.ui.alerting import Alerting


class Marking(Alerting):
    def mark_read(self, ids: list[str]) -> None:
        """Mark stories read: on screen at once, in the store from a thread. Written here, a
        store another program held locked froze the screen for the busy timeout (5 s) on every
        story opened (Enter), and left the session's cache read-only after it."""
        self.read_ids.update(ids)
        self._read_here.update(ids)  # kept over the loads' reading until the store has them
        now = datetime.now(timezone.utc)
        with self._read_pending_lock:
            for story in ids:
                self._read_pending.setdefault(story, now)
        self._save_read()
        focused = self.focused_panel()
        if focused is not None:
            focused.show()

    def pending_reads(self) -> dict[str, datetime]:
        """The marks not yet known to be in the cache file (a copy)."""
        with self._read_pending_lock:
            return dict(self._read_pending)

    def _saved_reads(self, marks: dict[str, datetime]) -> None:
        with self._read_pending_lock:
            for story in marks:
                self._read_pending.pop(story, None)

    @work(thread=True, group="mark-read", exit_on_error=False)
    def _save_read(self) -> None:
        """Write every pending mark (those a lock kept out before with the new ones), one
        writer at a time; and the marks an earlier session kept aside, once the file takes
        writes."""
        from tui.store import Store
        from tui.store.marks_aside import take

        with self._read_lock:  # one at a time, in order
            todo = self.pending_reads()
            shared = self._store if self._store is not None and self._store.read_only else None
            try:
                store: Any = shared or Store(self.store_path)
            except Exception:  # locked against reads too: pending, written later
                return
            try:
                if todo:
                    store.keep_read(todo)
                if shared is not None and store is shared:  # the session's store, in memory
                    if not store.locked:  # read-only for good: kept there, as any write
                        self._saved_reads(todo)
                elif store.read_only is None:  # in the file
                    self._saved_reads(todo)
                    take(store, self.store_path)
                elif not store.locked:  # the file takes no writes: the session's store says
                    # so (notice, header) and keeps the marks in memory, as for any write
                    self._read_only_seen(todo)
                    self._saved_reads(todo)
            except Exception:
                pass  # pending: written with the next mark, or kept aside at the quit
            finally:
                if store is not shared:
                    store.close()

    def _read_only_seen(self, marks: dict[str, datetime]) -> None:
        """On the marking thread: the session's store (opened here if it is not yet: read-only,
        it says so) keeps the marks; a store open already says it went read-only now."""
        try:
            self._open_store().keep_read(marks)
        except Exception:
            pass
        self._on_screen(self._note_cache)

    def keep_reads_aside(self) -> str | None:
        """At the quit, once the store is closed or the wait for it is over: the marks still
        pending kept beside the store (``tui.store.marks_aside``); what to say when they could
        not be kept (lost), else None."""
        from tui.store.marks_aside import aside_path, keep

        marks = self.pending_reads()
        if not marks:
            return None
        why = keep(self.store_path, marks)
        if why is None:
            return None
        n = len(marks)
        return (
            f"{n} read mark{'s' if n != 1 else ''} could not be saved: the cache was held by "
            f"another program and {aside_path(self.store_path)} cannot be written ({why})"
        )
