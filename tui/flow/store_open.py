"""Opening the user's store for a command: the cache file, or memory when it cannot be opened."""

from __future__ import annotations

import sys

from tui.core import paths
from tui.core.config_types import Config
from tui.store import Store


def open_store(config: Config) -> Store:
    """The store for ``config`` (the demo has its own); problems are one line on stderr."""
    path = paths.store_path(demo=config.demo)
    try:
        store = Store(path)
    except OSError as exc:
        print(
            f"metalwatch: cannot open the cache at {path} ({exc}); using memory only",
            file=sys.stderr,
        )
        return Store.memory()
    if store.recovered:
        print(f"metalwatch: {store.recovered}", file=sys.stderr)
    return store
