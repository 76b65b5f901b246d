"""Column widths and cell text of the headline list: pure functions, no widget state.

The title takes what is left after the fixed columns. The outlet and Metals columns shrink to
what the shown rows need (within a cap that grows with the width); where the widest title would
still be cut, the Metals column gives it room down to each row's first metal whole and "…" (at
120 columns the founding story's title was cut, "…Months-Long S…", beside a Metals column half
empty on every other row); below ``FOLD_BELOW`` columns
the metal chips fold into the title cell after the title, in a column of their own there
(``Columns.tags``, one place on every row: at 100 columns they stood two cells after each title,
ragged). From ``DATES_FROM`` columns the date stands next to the age. Every cell that is cut
ends with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from rich.cells import cell_len, set_cell_size

from tui.core.fmt import age
from tui.core.models import Story
from tui.core.record import record
from tui.ui.shown import shown

FOLD_BELOW = 100  # narrower than this (content columns): metals go on the title line
MID_FROM = 116  # from this width (a 120-column terminal: 117 cells inside the border): wider caps
DATES_FROM = 150  # from this width: "22 Aug 14:05" (another year: "05 Dec 2024") by the age
MIN_TITLE = 40  # the title keeps at least this many columns when metals fold into it
# ... except where that leaves no room for the row's first metal: a metals desk needs the metal
# more than the title's tail, so the first metal's name gets up to FIRST_NAME cells (cut with
# "…" past that) and the title is cut instead, down to SHORTEST_TITLE
FIRST_NAME = 8
SHORTEST_TITLE = 16
AGE = 4
SOURCE = 14  # the outlet column's cap at 70 columns and below (its names shortened to fit,
NARROW_SOURCE = 19  # ``tui.ui.outlet_names``), growing up to this below MID_FROM
DATE = 12
ELLIPSIS = "…"
SAMPLE = 2000  # rows that decide the Metals and Source widths
METALS_HEAD = len("Metals") + 1  # the Metals column's least width: its name and a blank


@record
class Columns:
    """Widths of one layout; 0 means the column is not shown."""

    width: int
    mark: int
    date: int
    age: int
    title: int
    source: int
    metals: int  # 0: the chips fold into the title cell
    tags: int = 0  # folded: the chips' cells at the title cell's end (two blanks before them)

    @property
    def folded(self) -> bool:
        return self.metals == 0


def chips_width(metals: Sequence[str]) -> int:
    """Cells the chips of these metals take: " cu " each, one space between."""
    if not metals:
        return 0
    return sum(cell_len(m) + 2 for m in metals) + len(metals) - 1


def outlet(story: Story) -> str:
    """The outlet a row names: the first entry's publisher, else the source name."""
    for entry in story.entries:
        if entry.outlet:
            return entry.outlet
    return story.source


def source_text(story: Story) -> str:
    name = outlet(story)
    more = story.sources - 1
    return f"+{more} {name}" if more > 0 else name


@record
class Needs:
    """What the sampled rows need (:func:`needed`): the widest chips, source cell and title,
    and the widest first chip (the one a narrowed Metals column still shows whole)."""

    metals: int = 0
    source: int = 0
    title: int = 0
    first_chip: int = 0


def layout(
    width: int,
    metals_needed: int,
    source_needed: int,
    age: int = AGE,
    title_needed: int = 0,
    first_chip: int = 0,
) -> Columns:
    """The columns for ``width`` content cells, given the widest chips and source of the rows,
    the widest age (:func:`age_width`), and the widest title and first chip (0: not known)."""
    dates = DATE if width >= DATES_FROM else 0
    if width >= DATES_FROM:
        source_cap, metals_cap = 32, 48
    elif width >= MID_FROM:
        source_cap, metals_cap = 22, 28
    else:
        # 14 cells at 70 columns and below; from there it grows with the width, up to 19 at
        # 80 columns (77 cells), where "Founding scenario" read "Founding scen…" beside a
        # title of 54 cells: the title keeps at least 50 (its chips folded in)
        source_cap, metals_cap = min(NARROW_SOURCE, max(SOURCE, width - 58)), 24
    # at least a cell wider than "Source": with outlets of five letters or fewer ("Local",
    # "AP") the header read "Source Metals", one name of one column
    source = max(len("Source") + 1, min(source_needed, source_cap)) if source_needed else 0
    # at least a cell wider than "Metals" too: with chips of "gold" or "tin" alone the header
    # ran into the panel's right border ("Source  Metals┃")
    metals = min(max(metals_needed, METALS_HEAD), metals_cap) if metals_needed else 0
    age = max(AGE, age)
    fixed = 1 + 1 + (dates + 1 if dates else 0) + age + 1 + (source + 1 if source else 0)
    if width < FOLD_BELOW or width - fixed - (metals + 1) < MIN_TITLE:
        metals = 0
    title = max(1, width - fixed - (metals + 1 if metals else 0))
    if metals and title < title_needed:  # the title before the chips after the first
        floor = min(metals, max(first_chip + 2, METALS_HEAD))  # the first chip whole, " …"
        give = min(metals - floor, title_needed - title)
        metals, title = metals - give, title + give
    tags = 0 if metals else tag_room(title, metals_needed, title_needed, first_chip)
    return Columns(width, 1, dates, age, title, source, metals, tags)


def needed(stories: Sequence[Story], sample: int = SAMPLE) -> Needs:
    """What the first ``sample`` stories need: bounded work whatever the store holds (a wider
    cell further down is cut, with its ellipsis)."""
    tags: set[tuple[str, ...]] = set()
    sources: set[str] = set()
    title = 0
    for story in stories[:sample]:
        tags.add(story.metals)
        sources.add(source_text(story))
        title = max(title, cell_len(shown(story.title)))
    return Needs(
        metals=max((chips_width(t) for t in tags), default=0),
        source=max((cell_len(shown(s)) for s in sources), default=0),
        title=title,
        first_chip=max((chips_width(t[:1]) for t in tags), default=0),
    )


def age_text(story: Story, now: datetime) -> str:
    """The row's age (``tui.core.fmt.age``), ``~`` after it when the date is only the first
    sighting or its clock time is of a zone that could not be placed."""
    rough = story.date_estimated or story.zone_unknown
    return age(story.published, now) + ("~" if rough else "")


def age_width(stories: Sequence[Story], now: datetime, sample: int = SAMPLE) -> int:
    """Cells the ages of the first ``sample`` stories need, at least ``AGE``: a cut age hides
    what it says ("in 22h" read "in …") or says another thing ("11mo~" read "11m…", minutes).
    Only an age ahead of ``now`` or marked ``~`` can be wider, so only those are written out."""
    width = AGE
    for story in stories[:sample]:
        ahead = story.published is not None and story.published > now
        if ahead or story.date_estimated or story.zone_unknown:
            width = max(width, len(age_text(story, now)))
    return width


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: padded, or cut with an ellipsis at the end."""
    if width <= 0:
        return ""
    size = cell_len(text)
    if size <= width:
        return text + " " * (width - size)
    return set_cell_size(text, width - 1) + ELLIPSIS


def header_text(cols: Columns) -> str:
    """The header line: each column's name over it."""
    parts = [" " * (cols.mark + 1)]
    if cols.date:  # the dates are UTC's, as the story screen and `snapshot` say; the
        # sources screen and the alerts log show local times, so the column names its zone
        parts.append(fit("Date UTC", cols.date + 1))
    parts.append(fit("Age", cols.age + 1))
    if cols.tags >= len("Metals"):  # the folded chips' column named over it
        parts.append(fit("Headline", cols.title - cols.tags - 2) + "  " + fit("Metals", cols.tags))
    else:
        parts.append(fit("Headline" if not cols.folded else "Headline · metals", cols.title))
    if cols.source:
        parts.append(" " + fit("Source", cols.source))
    if cols.metals:
        parts.append(" " + fit("Metals", cols.metals))
    return fit("".join(parts), cols.width)


def tag_room(cell: int, metals_needed: int, title_needed: int = 0, first_chip: int = 0) -> int:
    """The cells of a folded title ``cell`` that the chips take, the same on every row so that
    they stand in one column (two blanks between the titles and them): the widest chips, where
    the widest title still fits beside them (0: not known); else the chips give way first, down
    to the first chip whole and " …"; the titles keep ``MIN_TITLE`` cells, except that the first
    metal's name keeps its room (up to ``FIRST_NAME`` cells, and " …" when a row has more
    metals), the titles cut for it down to ``SHORTEST_TITLE``: at 60 columns a long title kept
    its 40 cells and no row showed its metal. 0: no row names a metal, or no room for one."""
    if not metals_needed:
        return 0
    tags = metals_needed
    if title_needed and title_needed + 2 + tags > cell:
        least = min(tags, first_chip + 2) if first_chip else tags  # the first chip, " …"
        tags = max(least, cell - 2 - title_needed)
    keep = min(MIN_TITLE, title_needed or MIN_TITLE)  # titles shorter than 40 need no more
    if cell - 2 - tags < keep:
        more = 2 if metals_needed > first_chip else 0  # some row has more metals than its first
        name = min(max(first_chip - 2, 1), FIRST_NAME) + more if first_chip else 0
        tags = max(cell - 2 - keep, min(tags, name))
    tags = min(tags, cell - 2 - SHORTEST_TITLE)
    return tags if tags > 2 else 0


def date_text(when: datetime | None, now: datetime) -> str:
    """The Date cell, in UTC: "22 Aug 14:05" for a story of the year ``now`` is in, else
    its year in place of the time, "05 Dec 2024": a story two years old never reads as
    today's (the year left out, its date was today's, only the age beside it said "2y")."""
    if when is None:
        return "undated"
    when = when.astimezone(timezone.utc)
    if when.year != now.astimezone(timezone.utc).year:
        return when.strftime("%d %b %Y")
    return when.strftime("%d %b %H:%M")
