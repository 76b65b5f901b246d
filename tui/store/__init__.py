"""The SQLite store: the cache of everything fetched, shared by the app, ``snapshot`` and ``watch``."""

from tui.store.base import StoreError
from tui.store.schema import SCHEMA_VERSION
from tui.store.store import Store
from tui.store.stories import headline_identity

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "headline_identity"]
