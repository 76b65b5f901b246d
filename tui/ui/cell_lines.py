"""The lines of a prices or policy cell (``PanelRows``), drawn to segments.

Rich's way (``rich_lines``: ``Text.split``, ``Text.truncate``, ``Text.render``) is the reference.
Two shortcuts give the same segments, segment for segment and style for style, for the cells the
panels hold almost always, at a fraction of the cost (the first paint draws ~190 cells):
``plain_lines`` for a cell without spans whose lines fit, ``spanned_lines`` for a cell whose
spans each cover whole lines (a metal's name over its dim source, a change over its dim
period: ~0.4 M instructions a cell through Rich). Anything else: None, and Rich draws it.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

PAD = 1  # blank cells on each side of a column, as a DataTable has


def rich_lines(
    cell: Text, width: int, style: Style, over: Style | None, console: Console
) -> list[list[Segment]]:
    """Every line of ``cell``, ``width`` wide and padded: its own styles over ``style``; ``over``
    (the cursor's text colour) over those; a line too long cut with an ellipsis."""
    parts = cell.split("\n", allow_blank=True) if "\n" in cell.plain else [cell]
    out: list[list[Segment]] = []
    for part in parts:
        if part.cell_len > width:
            part = part.copy()
            part.truncate(width, overflow="ellipsis")
        room = width - part.cell_len
        justify = cell.justify
        left = room if justify == "right" else room // 2 if justify == "center" else 0
        # ``Text.render`` leaves the text's own style out when it has no spans
        own = style + console.get_style(part.style, default=Style.null()) if part.style else style
        line = [Segment(" " * (PAD + left), style)]
        for seg in part.render(console):
            seg_style = own + seg.style if seg.style else own
            line.append(Segment(seg.text, seg_style + over if over is not None else seg_style))
        line.append(Segment(" " * (PAD + room - left), style))
        out.append(line)
    return out


def plain_lines(
    cell: Text, width: int, style: Style, over: Style | None, console: Console
) -> list[list[Segment]] | None:
    """``rich_lines`` for a cell without spans; None when a line must be cut."""
    own = style + console.get_style(cell.style, default=Style.null()) if cell.style else style
    if over is not None:
        own = own + over
    justify = cell.justify
    out: list[list[Segment]] = []
    for text in cell.plain.split("\n"):
        room = width - cell_len(text)
        if room < 0:
            return None
        left = room if justify == "right" else room // 2 if justify == "center" else 0
        out.append(
            [
                Segment(" " * (PAD + left), style),
                Segment(text, own),
                Segment(" " * (PAD + room - left), style),
            ]
        )
    return out


def spanned_lines(
    cell: Text, width: int, style: Style, over: Style | None, console: Console
) -> list[list[Segment]] | None:
    """``rich_lines`` for a cell whose every span covers each line it touches whole (a line
    then renders as one segment in its own style combined with those spans', as ``Text.render``
    combines them); lines cut as ``Text.truncate`` cuts them. None for any other cell: a span
    over part of a line, an empty span or one past the text, a character that is not printable
    (``Text`` strips control codes when a line is cut)."""
    plain = cell.plain
    spans = cell.spans
    if not plain.replace("\n", "").isprintable():
        return None
    if any(s.start < 0 or s.start >= s.end or s.end > len(plain) for s in spans):
        return None
    get_style = console.get_style
    null = Style.null()
    base = get_style(cell.style, default=null)
    own = style + base if cell.style else style
    justify = cell.justify
    out: list[list[Segment]] = []
    start = 0
    for text in plain.split("\n"):
        end = start + len(text)
        covering = []
        for span in spans:
            if span.end > start and span.start < end:  # overlaps the line's characters
                if span.start > start or span.end < end:
                    return None  # over part of the line: Rich splits it
                covering.append(span.style)
        if cell_len(text) > width:  # ``Text.truncate`` with an ellipsis
            text = set_cell_size(text, width - 1) + "…"
        room = width - cell_len(text)
        left = room if justify == "right" else room // 2 if justify == "center" else 0
        if covering and text:
            combined = Style.combine([base, *(get_style(s, default=null) for s in covering)])
            seg_style = own + combined if combined else own
        else:
            seg_style = own
        out.append(
            [
                Segment(" " * (PAD + left), style),
                Segment(text, seg_style + over if over is not None else seg_style),
                Segment(" " * (PAD + room - left), style),
            ]
        )
        start = end + 1
    return out
