"""The quick ways to draw a prices/policy cell give Rich's segments, segment for segment, or
decline (``tui.ui.cell_lines``)."""

from __future__ import annotations

import random

from rich.console import Console
from rich.style import Style
from rich.text import Span, Text

from tui.ui.cell_lines import plain_lines, rich_lines, spanned_lines

WORDS = ["Copper", "copper price", "▼0.71%", "1d", "Rare earths", "稀土 price", "", "a", "…x"]
STYLES = ["", "bold", "dim", "italic", "rgb(229,72,77)", "red on blue", "bold dim"]


def _cell(rng: random.Random) -> Text:
    lines = [rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    plain = "\n".join(lines)
    justify = rng.choice([None, "left", "right", "center"])
    text = Text(plain, style=rng.choice(STYLES), justify=justify)  # type: ignore[arg-type]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        kind = rng.random()
        i = rng.randrange(len(lines))
        a, b = starts[i], starts[i] + len(lines[i])
        if kind < 0.5:  # a whole line, or from its start to the text's end (over the newline)
            span = Span(a, b if rng.random() < 0.5 else len(plain), rng.choice(STYLES[1:]))
        elif kind < 0.7 and b > a + 1:  # part of a line
            span = Span(a + 1, b, rng.choice(STYLES[1:]))
        elif kind < 0.85:  # empty, or past the end (Rich's split fails on that: one line)
            past = len(lines) == 1 and rng.random() < 0.5
            span = Span(a, len(plain) + 3, "dim") if past else Span(a, a, "bold")
        elif i < len(lines) - 1:  # the newline only
            span = Span(b, b + 1, "dim")
        else:
            continue
        text.spans.append(span)
    return text


def test_the_quick_ways_draw_what_rich_draws() -> None:
    console = Console(width=200, color_system="truecolor")
    rng = random.Random(7)
    drawn = declined = spanned = 0
    for _ in range(3000):
        cell = _cell(rng)
        width = rng.randint(1, 14)
        style = Style.parse(rng.choice(["", "on #264458", "#d8dee4 on #1e2a33"]))
        over = rng.choice([None, Style(color="#ffcc00"), Style(bold=True)])
        expected = rich_lines(cell, width, style, over, console)
        quick = plain_lines if not cell.spans else spanned_lines
        got = quick(cell, width, style, over, console)
        if got is None:
            declined += 1
            continue
        drawn += 1
        spanned += bool(cell.spans)
        assert got == expected, (cell.plain, cell.spans, cell.style, cell.justify, width)
    assert drawn > 1000 and spanned > 300 and declined > 100  # every way taken


def test_the_panels_cells_take_the_quick_way() -> None:
    console = Console(width=200)
    name = Text("Rare earths\nrare-earths price", style="bold")
    name.spans.append(Span(11, 29, "dim"))
    change = Text("▼0.74%\n1d", style="rgb(229,72,77)")
    change.spans.append(Span(6, 9, "dim"))
    for cell in (name, change):
        got = spanned_lines(cell, 8, Style(), None, console)
        assert got is not None
        assert got == rich_lines(cell, 8, Style(), None, console)
