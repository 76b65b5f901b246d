"""How many of a news source's items are kept, beside how many it served.

A feed of 30,000 items said "30,000 items" on its health line while the store keeps the newest
``[app] max_stories`` (20,000 by default) of every source together, so a third of them were in
no list. The count kept is read from what a snapshot holds (each story's entries: one per
stored item of a source), so the panel, the text snapshot, the JSON and the sources screen say
the same: ``30,000 items, 20,000 kept``. No textual here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tui.core.config_types import NEWS_KINDS
from tui.core.fmt import counted
from tui.core.models import SourceHealth, Story


def kept_by_source(stories: Iterable[Story], sources: Iterable[SourceHealth]) -> dict[str, int]:
    """The items of each news source among ``sources`` the stories hold (a story told by three
    outlets counts once for each of their sources)."""
    counts = Counter(e.source for s in stories for e in s.entries)
    return {h.name: counts.get(h.name, 0) for h in sources if h.kind in NEWS_KINDS}


def kept_of(h: SourceHealth, kept: dict[str, int] | None) -> int | None:
    """How many of a news source's items are kept; None for a price or policy source (its
    items are points or entries, all kept) or one not counted (``kept`` None, or without it:
    a fetch newer than the snapshot counted in)."""
    if kept is None or h.kind not in NEWS_KINDS:
        return None
    return kept.get(h.name)


def items_said(h: SourceHealth, kept: dict[str, int] | None) -> str:
    """ "30,000 items, 20,000 kept" when fewer are kept than the source served, else
    "30,000 items"."""
    said = counted(h.items, "item")
    n = kept_of(h, kept)
    if n is not None and n < h.items:
        said += f", {n:,} kept"
    return said


def items_cell(h: SourceHealth, kept: dict[str, int] | None) -> str:
    """The sources screen's Items cell: "30,000" or "30,000 (20,000 kept)"."""
    n = kept_of(h, kept)
    return f"{h.items:,}" + (f" ({n:,} kept)" if n is not None and n < h.items else "")


def why_fewer(kept: dict[str, int] | None, max_stories: int) -> str:
    """Why fewer are kept, when the list is full: "the newest 20,000 headlines of all sources
    are kept ([app] max_stories)"; else "" (an item served twice is kept once)."""
    if not kept or sum(kept.values()) < max_stories:
        return ""
    return f"the newest {max_stories:,} headlines of all sources are kept ([app] max_stories)"
