"""The offline cache: headlines, price series, declared policy, source health, read marks.

``Store`` is composed of one part per concern, each in its own module:

- :mod:`tui.store.base`: opening the file (WAL, busy timeout, read-only mode, recovery of
  a corrupt file: moved aside by one opener at a time, :mod:`tui.store.open_lock` and
  :mod:`tui.store.recover`; what can still be read of it salvaged, :mod:`tui.store.salvage`),
  transactions, closing; :mod:`tui.store.schema` the tables and migrations;
  :mod:`tui.store.files` the file on disk; :mod:`tui.store.locking` another program's lock
  (asked without waiting, and the file taken back once it lets go, :mod:`tui.store.merge`).
- :mod:`tui.store.stories`: headlines, read marks, retention.
- :mod:`tui.store.prices`: price series.
- :mod:`tui.store.policy`: declared policy and remembered policy events.
- :mod:`tui.store.health`: source health and next attempts.
- :mod:`tui.store.meta`: meta keys, the data fingerprint, the alerts log and rule state.
- :mod:`tui.store.damage_drop`: the rows reads left out as damaged, removed once said.

The cache only ever holds what the sources can give again (and the alerts log), so starting
fresh loses history, never anything the user wrote. See :mod:`tui.store.base` for
durability, locking, read-only mode and threads.
"""

from __future__ import annotations

from tui.store.damage_drop import DamageStore
from tui.store.health import HealthStore
from tui.store.locking import LockingStore
from tui.store.meta import MetaStore
from tui.store.policy import PolicyStore
from tui.store.prices import PricesStore
from tui.store.stories import StoriesStore


class Store(
    StoriesStore, PricesStore, PolicyStore, HealthStore, MetaStore, DamageStore, LockingStore
):
    """The SQLite cache. ``Store(path)``, ``Store.memory()``; ``recovered``, ``read_only``
    and ``locked`` say what happened to the file (see :mod:`tui.store.base`)."""
