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
from tui.core.demo_clock import FALLBACK_MODE
from tui.core.fmt import counted
from tui.core.models import Snapshot, SourceHealth, Story


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


def items_short(h: SourceHealth, kept: dict[str, int] | None) -> str:
    """The Items cell where the names would be cut beside the whole one: "20k of 30k" for
    "30,000 (20,000 kept)" (10 cells, not 20), "246 of 250"; the count alone when all are
    kept. The line under the table says it whole (:func:`items_said`)."""
    n = kept_of(h, kept)
    if n is None or n >= h.items:
        return f"{h.items:,}"
    return f"{_compact(n)} of {_compact(h.items)}"


def _compact(n: int) -> str:
    """ "9,999", "20k" (thousands, rounded down: never more than there are), "1.2M"."""
    if n < 10_000:
        return f"{n:,}"
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n // 100_000 / 10:g}M"


def why_fewer(kept: dict[str, int] | None, max_stories: int) -> str:
    """Why a source has fewer kept than it served: "the newest 20,000 headlines of all sources
    are kept ([app] max_stories)" when the list is full; else its own repeats ("an item the
    source lists twice is kept once": GDELT's 250 articles hold an article twice now and then,
    and "250 items, 246 kept" read as four lost); "" when nothing is counted."""
    if not kept:
        return ""
    if sum(kept.values()) >= max_stories:
        return f"the newest {max_stories:,} headlines of all sources are kept ([app] max_stories)"
    return "an item the source lists twice is kept once"


#: What is said of data a cache kept when its record of the fetches was lost.
UNKNOWN_WHEN = "when it was fetched is not known (the cache lost its record of the fetches)"


def holds_data(snap: Snapshot, name: str | None = None) -> bool:
    """Whether ``snap`` shows data of source ``name`` (of any source when None) from the
    store: stories, or a price series with points. A damaged cache can keep these and lose the
    sources' record of when they were fetched (``last_success``): "no data cached yet" and
    "never worked" would then be said beside the rows shown. The demo standing in for the
    user's data (:data:`FALLBACK_MODE`) holds none: its sources may bear the names of the
    user's ("COMEX copper HG=F"), and theirs said "last good not known" on a fresh cache."""
    if snap.mode == FALLBACK_MODE:
        return False
    if any(name is None or e.source == name for s in snap.stories for e in s.entries):
        return True
    return any(p.points and (name is None or p.source == name) for p in snap.prices)


def sources_with_data(snap: Snapshot) -> frozenset[str]:
    """The sources ``snap`` shows data of (:func:`holds_data` of every name, in one pass)."""
    if snap.mode == FALLBACK_MODE:
        return frozenset()
    news = {e.source for s in snap.stories for e in s.entries}
    return frozenset(news | {p.source for p in snap.prices if p.points})


class HeldSources:
    """:func:`sources_with_data` of the last snapshot asked, for a widget that asks at every
    draw (an age tick, a cursor move): the stories are read once a snapshot, not at each draw.
    It holds only the snapshot its owner already shows."""

    def __init__(self) -> None:
        self._snap: Snapshot | None = None
        self._names: frozenset[str] = frozenset()

    def of(self, snap: Snapshot) -> frozenset[str]:
        if snap is not self._snap:
            self._snap, self._names = snap, sources_with_data(snap)
        return self._names
