"""Stories marked read: on screen at once, in the store from a thread."""

from __future__ import annotations

from textual import work

from tui.ui.alerting import Alerting


class Marking(Alerting):
    def mark_read(self, ids: list[str]) -> None:
        """Mark stories read: on screen at once, in the store from a thread. Written here, a
        store another program held locked froze the screen for the busy timeout (5 s) on every
        story opened (Enter), and left the session's cache read-only after it."""
        self.read_ids.update(ids)
        self._read_here.update(ids)  # kept over the loads' reading until the store has them
        self._save_read(list(ids))
        focused = self.focused_panel()
        if focused is not None:
            focused.show()

    @work(thread=True, group="mark-read", exit_on_error=False)
    def _save_read(self, ids: list[str]) -> None:
        from tui.store import Store

        with self._read_lock:  # one at a time, in order
            todo = [*self._read_unsaved, *ids]  # with those a lock kept out before
            shared = self._store if self._store is not None and self._store.read_only else None
            try:
                store = shared or Store(self.store_path)
            except Exception:  # locked against reads too: tried again with the next mark
                self._read_unsaved.update(ids)
                return
            try:
                store.mark_read(todo)
                if store is shared or store.read_only is None:  # written (or never will be)
                    self._read_unsaved.difference_update(todo)
                elif store.locked:  # waited out by another program's lock: the next mark
                    self._read_unsaved.update(ids)
                else:  # the file takes no writes: the session's store says so (notice,
                    # header) and keeps the marks in memory, as for any write this session
                    self._read_only_seen(todo)
            except Exception:
                self._read_unsaved.update(ids)
            finally:
                if store is not shared:
                    store.close()

    def _read_only_seen(self, ids: list[str]) -> None:
        """On the marking thread: the session's store (opened here if it is not yet: read-only,
        it says so) keeps the marks; a store open already says it went read-only now."""
        try:
            self._open_store().mark_read(ids)
        except Exception:
            pass
        self._on_screen(self._note_cache)
