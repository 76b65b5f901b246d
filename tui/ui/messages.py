"""Messages that carry data from workers to the UI.

Plain classes, not dataclasses: ``@dataclass`` compiles ``__init__``, ``__repr__`` and ``__eq__``
for each (three ``exec`` calls, before the first paint) and a message is never compared.
"""

from __future__ import annotations

from datetime import datetime

from textual.message import Message

from tui.core.models import Snapshot


class SnapshotReady(Message):
    """A new snapshot was built (from the store, after a refresh, or the demo fallback)."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        bundled: bool = False,
        read_at: datetime | None = None,
        grouping: bool = False,
    ) -> None:
        self.snapshot = snapshot
        self.bundled = bundled  # the demo's snapshot shipped built, not built from the store
        self.read_at = read_at  # when the store was read for it (None: not read whole)
        self.grouping = grouping  # stored headlines not yet grouped (``flow.snapshot`` grouped=)
        super().__init__()

    def __repr__(self) -> str:
        return f"SnapshotReady(snapshot={self.snapshot!r})"

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SnapshotReady)


class RefreshFinished(Message):
    """A refresh ended: how many sources delivered, how many failed and why."""

    def __init__(self, ok: int, failed: int, errors: list[str], manual: bool = False) -> None:
        self.ok = ok
        self.failed = failed
        self.errors = errors
        self.manual = manual
        super().__init__()

    def __repr__(self) -> str:
        return (
            f"RefreshFinished(ok={self.ok!r}, failed={self.failed!r}, errors={self.errors!r}, "
            f"manual={self.manual!r})"
        )
