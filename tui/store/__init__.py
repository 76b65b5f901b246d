"""The SQLite store: the cache of everything fetched, shared by the app, ``snapshot`` and ``watch``.

The names below load their modules when first used, so a look into the file before the first
paint (``tui.store.glance``) or the snapshot cache does not import every part of the store
(the stories part brings the text cleaner and its HTML entity table).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.store.base import StoreError
    from tui.store.schema import SCHEMA_VERSION
    from tui.store.store import Store
    from tui.store.story_identity import headline_identity

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "headline_identity"]

_HOMES = {
    "SCHEMA_VERSION": "tui.store.schema",
    "Store": "tui.store.store",
    "StoreError": "tui.store.base",
    "headline_identity": "tui.store.story_identity",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
