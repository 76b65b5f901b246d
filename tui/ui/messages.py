"""Messages that carry data from workers to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.core.models import Snapshot


@dataclass
class SnapshotReady(Message):
    """A new snapshot was built (from the store, after a refresh, or the demo fallback)."""

    snapshot: Snapshot

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SnapshotReady)


@dataclass
class RefreshFinished(Message):
    """A refresh ended: how many sources delivered, how many failed and why."""

    ok: int
    failed: int
    errors: list[str]
    manual: bool = False
