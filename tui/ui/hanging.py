"""Text whose long lines wrap under their own column, not back at the left edge.

A line of a detail screen often starts with a label or an indent: an outlet's link under its
date, a chart marker's title after its number and day, a key's description after the key. Rich
wraps such a line back to column 0, where the continuation reads as a line of its own (at 80
columns a link's tail sat under the section's headings). ``Hanging`` wraps each line of a
``Text`` in the room after its hang column and puts every continuation there: by default the
line's indent; where a part was appended with ``hang_from``, that part's first column.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Span, Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import RenderOptions, Visual

#: the style of a zero-width mark: where a line's continuations start (``hang_from``)
HANG = Style(meta={"hang": True})
#: the console the lines are wrapped with (only its measure of cells is used)
_WRAP = Console(color_system=None, width=80, legacy_windows=False)
#: a line hangs only when this much room is left after its hang column (else it wraps whole)
MIN_ROOM = 20


def hang_from(text: Text, part: str, style: str | Style = "") -> None:
    """Append ``part`` to ``text``; the continuations of its line start at its first column."""
    start = len(text)
    text.append(part, style=style)
    if part:
        text.spans.append(Span(start, start + 1, HANG))


def hang_column(line: Text) -> int:
    """Where a line's continuations start: its ``hang_from`` mark, else its indent (cells)."""
    plain = line.plain
    marks = [s.start for s in line.spans if s.style == HANG]
    at = min(marks) if marks else len(plain) - len(plain.lstrip(" "))
    return cell_len(plain[:at])


def hung_lines(text: Text, width: int, console: Console) -> list[Text]:
    """The lines of ``text`` wrapped to ``width``, each continuation under its hang column."""
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        if line.cell_len <= width:
            out.append(line)
            continue
        col = hang_column(line)
        if width - col < MIN_ROOM:
            col = 0
        at = _index_at(line, col)
        head, body = line[:at], line[at:]
        for n, part in enumerate(body.wrap(console, width - col, overflow="fold")):
            lead = head.copy() if n == 0 else Text(" " * col)
            lead.append_text(part)
            out.append(lead)
    return out


def _index_at(line: Text, col: int) -> int:
    """The index of the character at cell ``col`` of ``line``."""
    cells = 0
    for i, ch in enumerate(line.plain):
        if cells >= col:
            return i
        cells += cell_len(ch)
    return len(line.plain)


class Hanging(Visual):
    """``text`` drawn with each wrapped line under its own column (``hung_lines``): a Textual
    visual (for a ``Static`` or an option's prompt) drawn as the ``Content`` of its lines at the
    width it is given. ``str()`` is the text's plain characters, as a ``Text``'s is."""

    def __init__(self, text: Text) -> None:
        self.text = text
        self._drawn: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.text.plain

    @property
    def plain(self) -> str:
        return self.text.plain

    def content(self, width: int) -> Content:
        """The lines, hung at ``width``, as Textual content (kept for the last width asked)."""
        if self._drawn is None or self._drawn[0] != width:
            joined = Text("\n").join(hung_lines(self.text, max(width, 1), _WRAP))
            joined.spans = [s for s in joined.spans if s.style != HANG]
            self._drawn = (width, Content.from_rich_text(joined))
        return self._drawn[1]

    def render_strips(
        self, width: int, height: int | None, style: VisualStyle, options: RenderOptions
    ) -> list[Strip]:
        return self.content(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content(container_width).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.content(width).get_height(rules, width)
