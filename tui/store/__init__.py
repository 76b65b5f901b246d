"""The SQLite store: the cache of everything fetched, shared by the app, ``snapshot`` and ``watch``."""

from tui.store.store import SCHEMA_VERSION, Store, StoreError, headline_identity

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "headline_identity"]
