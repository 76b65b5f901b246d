"""A read-only look into the store for the first paint: the meta keys (the theme the user
picked) and the sources' health, without importing or opening the rest of the store
(``StoreBase.peek``: no integrity check, WAL or schema set-up)."""

from __future__ import annotations

from tui.store.health import HealthStore
from tui.store.meta import MetaStore


class Glance(HealthStore, MetaStore):
    """``Glance.peek(path)``: reads only; None when there is no file or it cannot be opened."""
