"""The bundled demo's snapshot, shipped built, so the very first ``metalwatch --demo`` paints it.

``tui/demo/snapshot.json`` (and its head, ``snapshot.head.json``) hold what the app builds from
the bundled files in ``tui/demo/`` at the demo's fixed clock, in the snapshot cache's format
(``tui.store.snapshot_cache``). They are read only for ``--demo`` and only while the user's own
cache has no snapshot of the demo; the app refreshes the bundled files and rebuilds as always,
and what it builds replaces this one. ``docs/build_demo_snapshot.py`` writes them and a unit
test checks they are what it writes now. Anything wrong with them (missing, damaged, written by
another version or format) means no bundled snapshot, never an error.
"""

from __future__ import annotations

import json
from pathlib import Path

from tui import __version__
from tui.core import paths
from tui.core.models import Snapshot
from tui.store import snapshot_cache

FINGERPRINT = "bundled-demo"  # never a store's fingerprint: the app's first load builds anew


def path() -> Path:
    return paths.demo_dir() / "snapshot.json"


def key() -> str:
    """Independent of where metalwatch is installed; dependent on its version and the cache's
    format, so a file of another version is never read."""
    return json.dumps([__version__, snapshot_cache.FORMAT, "bundled demo"])


def build() -> Snapshot:
    """What ``metalwatch --demo`` builds on a first start, after its first refresh: the bundled
    files read into a throw-away store at the demo's clock. The sources' health is a fresh
    store's (nothing delivered yet on this machine), so the header says what is true then."""
    from tui.core.demo_clock import DEMO_NOW
    from tui.flow.demo_fallback import read_demo
    from tui.flow.health import source_health
    from tui.flow.price_history import KEEP_DAYS, for_display
    from tui.store import Store

    demo, built = read_demo(price_days=KEEP_DAYS)
    snap = for_display(built)
    with Store.memory() as fresh:
        snap.sources = source_health(demo, fresh, DEMO_NOW)
    snap.data_as_of = None
    return snap


def texts() -> dict[str, str]:
    """The bundled files' names and texts, as ``build`` makes them now."""
    whole, head = snapshot_cache.dumps(build(), key=key(), fingerprint=FINGERPRINT)
    return {path().name: whole, snapshot_cache.head_path(path()).name: head}


def load_head(relevant: int | None = None) -> Snapshot | None:
    """The bundled snapshot's head (a first screen), or None."""
    cached = snapshot_cache.load_head(path(), key=key(), relevant=relevant)
    return cached[0] if cached is not None else None


def load() -> tuple[Snapshot, str] | None:
    """The whole bundled snapshot and its fingerprint, or None."""
    return snapshot_cache.load(path(), key=key())
