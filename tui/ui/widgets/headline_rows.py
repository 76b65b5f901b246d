"""The rows of the headlines panel: the stories that pass its filters, with their index.

Filtering every stored story is O(stories) (20,000 stories: ~20 ms with the index and the
column widths); the load worker does it ahead for the panel's current filters
(``HeadlineSpec.build``), and the panel takes the result when it shows that snapshot.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from tui.core.models import Snapshot, Story
from tui.core.record import record
from tui.ui.widgets import headline_layout as hl

_LOCK = threading.Lock()
_AHEAD: dict[HeadlineSpec, tuple[Sequence[Story], Shown]] = {}  # built by the worker
_AHEAD_MAX = 4


@record
class Shown:
    """The stories shown, in order; by id, their row; the widths the list needs."""

    stories: list[Story]
    index: dict[str, int]
    by_id: dict[str, Story]
    needed: hl.Needs


@record
class HeadlineSpec:
    """The headlines panel's filters: every story or the relevant ones, metals, text."""

    show_all: bool
    metals: frozenset[str] | None
    needle: str  # lower case

    def passing(self, stories: Sequence[Story]) -> list[Story]:
        """The stories that pass the relevance, metal and text filters, in the given order."""
        wanted, needle, everything = self.metals, self.needle, self.show_all
        out = []
        for story in stories:
            if not everything and not story.relevant:
                continue
            if wanted is not None and wanted.isdisjoint(story.metals):
                continue
            if needle and not (
                needle in story.title.lower()
                or needle in story.source.lower()
                or any(needle in m for m in story.metals)
            ):
                continue
            out.append(story)
        return out

    def shown(self, stories: Sequence[Story]) -> Shown:
        out = self.passing(stories)
        return Shown(
            out,
            {s.id: i for i, s in enumerate(out)},
            {s.id: s for s in out},
            hl.needed(out),
        )

    def build(self, snapshot: Snapshot) -> None:
        shown = self.shown(snapshot.stories)
        with _LOCK:  # only the newest snapshot's rows: an older one's stories are let go
            for spec in [
                k for k, (stories, _) in _AHEAD.items() if stories is not snapshot.stories
            ]:
                del _AHEAD[spec]
            _AHEAD[self] = (snapshot.stories, shown)
            while len(_AHEAD) > _AHEAD_MAX:
                del _AHEAD[next(iter(_AHEAD))]

    def take(self, stories: Sequence[Story]) -> Shown | None:
        """What the worker built for these very stories and these filters (once)."""
        with _LOCK:
            hit = _AHEAD.get(self)
            if hit is None or hit[0] is not stories:
                return None
            del _AHEAD[self]  # the panel keeps it; the cache lets go of the stories
        return hit[1]
