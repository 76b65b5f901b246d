"""What the load worker builds ahead of a repaint, off the UI thread.

Each panel describes, on the UI thread, what its next repaint will need (``Panel.ahead_spec``:
its sparkline size and colours, its filters); the load worker builds that for the new snapshot
before it posts ``SnapshotReady`` (the sparklines of the prices panel, the filtered rows of the
headlines panel), and the UI thread then takes the results from a cache. A head start only:
a panel builds whatever is missing (another size, a filter typed meanwhile) itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tui.core.models import Snapshot


class AheadSpec(Protocol):
    """What one panel's next repaint needs, read on the UI thread (immutable)."""

    def build(self, snapshot: Snapshot) -> None:
        """Build it for ``snapshot`` into the panel's cache (called from the worker thread)."""


def prewarm(snapshot: Snapshot, specs: Sequence[AheadSpec]) -> None:
    for spec in specs:
        spec.build(snapshot)
