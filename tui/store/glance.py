"""A read-only look into the store for the first paint: the meta keys (the theme the user
picked), the sources' health and the read marks, without importing or opening the rest of the store
(``StoreBase.peek``: no integrity check, WAL or schema set-up)."""

from __future__ import annotations

from tui.store.access import reads
from tui.store.health import HealthStore
from tui.store.meta import MetaStore


class Glance(HealthStore, MetaStore):
    """``Glance.peek(path)``: reads only; None when there is no file or it cannot be opened."""

    @reads
    def read_ids(self) -> set[str]:
        """The stories marked read, as ``StoriesStore.read_ids`` reads them: the first paint
        shows them read (without it the look raised, and the first paint fell back to the
        cached health and showed every story unread until the store was loaded)."""
        return {r[0] for r in self._conn.execute("SELECT story_id FROM read_stories")}
