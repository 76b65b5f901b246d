"""One row of the headline list drawn (``tui.ui.widgets.headline_list``): its mark (not read,
new, official), the pin, date and age, the title, the source and the metals' chips, as Rich
segments in the list's component styles; the chips' colours, one per metal whatever else is
shown, and the marks the help screen explains."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from tui.core.models import Story
from tui.core.record import record
from tui.engine.relevance import PIN
from tui.ui.number_cut import cut_whole, splits_number
from tui.ui.outlet_names import short_outlet
from tui.ui.shown import shown
from tui.ui.widgets import headline_layout as hl

__all__ = [
    "CHIP_COLOURS",
    "FAILING_MARK",
    "MARKS",
    "PIN_MARK",
    "Look",
    "chip_colour",
    "chip_segments",
    "row_strip",
    "shown_first",
]

#: The six chip colours, the theme's variables by name (the list reads them from the theme:
#: six component classes cost ~0.4 M instructions each to style at every start).
CHIP_COLOURS = ("primary", "secondary", "accent", "success", "warning", "primary-darken-2")

#: The marks before a row's age, as the help screen explains them.
PIN_MARK = "⚑"
FAILING_MARK = "!"  # as after a price's age (``tui.ui.widgets.prices.AGE_MARKS``)
MARKS = (
    ("•", "not read yet"),
    ("★", "new or changed since you last looked"),
    ("§", "an official document"),
    (
        PIN_MARK,
        f"pinned: a policy story, kept at the top for {PIN.total_seconds() / 3600:g} hours"
        " after it was published",
    ),
    (
        "~",
        "after the age: no date from the source, dated when first seen; or a time in a zone"
        " not known, read as UTC (hours off, perhaps)",
    ),
    (
        FAILING_MARK,
        "after the age: every source of the story failed on its last attempt (press {sources});"
        " the story is its last good copy",
    ),
)


def chip_colour(metal_id: str) -> str:
    """A metal keeps its chip colour (one of the theme's six) whatever else is shown."""
    return CHIP_COLOURS[sum(map(ord, metal_id)) % len(CHIP_COLOURS)]


@record
class Look:
    """What a row's drawing reads from its list: the clock (the date column's), the metal whose
    chip goes first, the list's component styles and its chips' (text legible on each)."""

    now: datetime
    first_metal: str | None
    component: Callable[[str], Style]
    chip_style: Callable[[str], Style]


def row_strip(
    story: Story,
    when: str,
    read: bool,
    new: bool,
    pin: bool,
    cols: hl.Columns,
    plain: Style,
    over: Style | None,
    look: Look,
    failing: bool = False,
) -> Strip:
    """A story's row: ``when`` its age text, ``read``/``new``/``pin`` its marks, in ``cols``;
    ``plain`` the list's own style, ``over`` the cursor's laid over every cell (the chips'
    colours excepted). ``failing``: every source of the story is failing, said by the age in
    the theme's warning colour for text, ``when`` ending in ``FAILING_MARK``."""

    def comp(name: str) -> Style:
        style = look.component(name)
        return style + over if over is not None else style

    base = plain + over if over is not None else plain
    segs: list[Segment] = []
    if story.official:
        segs.append(Segment("§", base + comp("headline-list--official")))
    elif not read:
        mark = "★" if new else "•"
        segs.append(
            Segment(mark, base + comp("headline-list--new" if new else "headline-list--mark"))
        )
    else:
        segs.append(Segment(" ", base))
    # a pinned policy story says why it stands above newer ones (in the new mark's style)
    segs.append(Segment(PIN_MARK, base + comp("headline-list--new")) if pin else Segment(" ", base))
    if cols.date:
        date = hl.fit(hl.date_text(story.published, look.now), cols.date)
        segs.append(Segment(date + " ", base + comp("headline-list--age")))
    age_style = comp("headline-list--failing" if failing else "headline-list--age")
    segs.append(Segment(hl.fit(when, cols.age) + " ", base + age_style))
    bold = not read or story.policy_event is not None
    title_style = base + comp("headline-list--unread") if bold else base
    title = shown(story.title)  # no character a terminal draws wider or narrower
    if cols.tags and story.metals:  # folded: the chips in their column at the cell's end
        # (a row of no metal keeps the whole cell: its title was cut beside blank cells)
        room = cols.title - cols.tags - 2
        segs.append(Segment(hl.fit(_title_cut(title, room), room), title_style))
        segs.append(Segment("  ", base))
        segs.extend(chip_segments(story.metals, cols.tags, base, look))
    else:
        segs.append(Segment(hl.fit(_title_cut(title, cols.title), cols.title), title_style))
    if cols.source:
        # the name as its readers shorten it ("WSJ"), where the whole does not fit
        source = hl.fit(short_outlet(shown(hl.source_text(story)), cols.source), cols.source)
        segs.append(Segment(" " + source, base + comp("headline-list--source")))
    if cols.metals:
        segs.append(Segment(" ", base))
        segs.extend(chip_segments(story.metals, cols.metals, base, look))
    return Strip(Segment.adjust_line_length(segs, cols.width, base), cols.width)


def _title_cut(title: str, width: int) -> str:
    """The title as ``hl.fit`` cuts it, except that a cut that would end inside a number ("to
    5…" for "to 50%": another figure as it reads) is made before that number's word."""
    return cut_whole(title, width) if splits_number(title, width) else title


def chip_segments(metals: Sequence[str], width: int, base: Style, look: Look) -> list[Segment]:
    """The chips that fit in ``width`` cells, then "…" when some did not, padded; the
    picked metal's first."""
    metals = shown_first(metals, look.first_metal)
    out: list[Segment] = []
    used = 0
    for i, mid in enumerate(metals):
        chip, sep = f" {mid} ", 1 if i else 0
        rest_fits = used + sep + hl.chips_width(metals[i:]) <= width
        if not rest_fits and used + sep + len(chip) + 2 > width:
            left = width - used
            if i == 0:  # not even the first chip: its name without the chip's padding,
                # cut only if it must ("zinc" whole in 5 cells, "gall…"; " zin…" said less),
                # and " …" after it when it fits and the row has more metals
                style = base + look.chip_style(chip_colour(mid))
                name = cell_len(mid)
                if len(metals) > 1 and name + 2 <= left:
                    out.append(Segment(mid, style))
                    out.append(Segment(" " + hl.ELLIPSIS + " " * (left - name - 2), base))
                else:
                    out.append(Segment(hl.fit(mid, left), style))
            elif left > 0:
                out.append(Segment(hl.fit(" " + hl.ELLIPSIS, left), base))
            return out
        if sep:
            out.append(Segment(" ", base))
        out.append(Segment(chip, base + look.chip_style(chip_colour(mid))))
        used += sep + len(chip)
    if used < width:
        out.append(Segment(" " * (width - used), base))
    return out


def shown_first(metals: Sequence[str], first: str | None) -> Sequence[str]:
    """``metals`` in the order their chips are drawn: the picked metal ``first``, if it is one."""
    if first is not None and first in metals[1:]:
        return [first, *(m for m in metals if m != first)]
    return metals
