"""Columns of a log table fitted to the screen's width, so none is pushed off its right edge.

At 80 columns the source health screen's table was wider than the screen: a long source name
("Reuters via Google News (direct links)") took 38 cells, and "Next try" and "Message" were off
the right edge, reachable only by scrolling sideways. The columns now fit: each short column
keeps what its widest cell needs, and the two long ones (the name and the message, the first
and the last) share the rest, each cut with an ellipsis when it must be (the line under the
table says the highlighted row whole). Pure arithmetic on the cells text takes on a terminal
(a wide character two): no textual here.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

#: The cells a table gives each column's padding (one each side) and its scrollbar.
PADDING, SCROLLBAR = 2, 2


def fitted(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    last_keeps: int | None = None,
) -> list[int]:
    """The width of each column for a table ``width`` cells wide: every column between the
    first and the last as wide as its widest cell (or header); the first (a name) and the last
    (a message) as wide as they need when that fits, else sharing the rest, the first at most
    two fifths of it; with ``last_keeps``, the first as wide as it needs before the last, which
    keeps that many cells (or what it needs, if less; never less than its header): at 60
    columns the sources screen cut its names to 8 cells, "FRED co…" beside "FRED al…", while
    the message, said whole under the table, kept more."""
    natural = natural_widths(headers, rows)
    middle = natural[1:-1]
    left = width - PADDING * len(headers) - SCROLLBAR - sum(middle)
    first, last = natural[0], natural[-1]
    if first + last > left:  # neither narrower than its header
        if last_keeps is not None:
            keep = max(len(headers[-1]), min(last, last_keeps))
            first = min(first, max(len(headers[0]), left - keep))
        else:
            first = min(first, max(len(headers[0]), left * 2 // 5, left - last))
        last = max(len(headers[-1]), left - first)
    return [first, *middle, last]


def natural_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    """The cells each column's widest cell (or header) takes on the terminal."""
    return [max([cell_len(h), *(cell_len(r[i]) for r in rows)]) for i, h in enumerate(headers)]


def favoured(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    long: Sequence[int],
    favour: int,
    side: int = 4,
) -> list[int]:
    """The width of each column for a table ``width`` cells wide: every column but the
    ``long`` ones (their indexes) as wide as its widest cell (or header); the long ones as wide
    as they need when that fits, else the one to ``favour`` takes what the others leave, each
    of them given at most a ``side``-th of the room, and any room the favoured one does not
    need goes back to them; none narrower than its header. The alerts log's rule, message and
    delivery shared the room evenly: at 80 columns the message, what an alert says, read
    "Copper at …" in 10 cells beside a rule of as many."""
    natural = natural_widths(headers, rows)
    widths = list(natural)
    room = width - PADDING * len(headers) - SCROLLBAR
    room -= sum(w for i, w in enumerate(natural) if i not in long)
    if sum(natural[i] for i in long) <= room:
        return widths
    others = [i for i in long if i != favour]
    for i in others:
        widths[i] = max(cell_len(headers[i]), min(natural[i], max(room, 0) // side))
    rest = room - sum(widths[i] for i in others)
    widths[favour] = max(cell_len(headers[favour]), min(natural[favour], rest))
    spare = rest - widths[favour]
    for i in others:  # what the favoured one does not need, back to the others in order
        give = max(0, min(spare, natural[i] - widths[i]))
        widths[i] += give
        spare -= give
    return widths


def table_width(widths: Sequence[int]) -> int:
    """The cells a table of columns this wide takes, padding and scrollbar included."""
    return sum(widths) + PADDING * len(widths) + SCROLLBAR
