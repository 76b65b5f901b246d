"""Whether a price file's last row, ending the file with no line break, was cut off inside its
number though the rest still reads as one: ``2026-12-04,4.`` or ``2026-12-04,4.5`` under rows
that all write ``4.5125``.

A writer of fixed decimals (a spreadsheet's export, a script's ``%.4f``, a database dump) gives
every price as many digits after the decimal mark. A last row with fewer, and no line break
after it, is the start of a number whose download or write stopped there. Its value can be a
few percent off (``4.`` for ``4.5125`` is -11%: a plausible day's move, which the price guard
lets through), so it would be shown as the newest price. A file whose decimals vary (FRED,
stooq: ``9812.5`` beside ``9812.53``) is never judged so, nor is a last row that ends with a
line break (the writer finished it), nor one with as many decimals as the rows above. A last
price ending the file with no line break that no such rule shows whole (``172`` of ``1729.15``
under prices of varying decimals) is taken as cut too (:func:`ends_in_price`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.sources.prices_common import MISSING

#: How many price cells above the last must all be written alike for the last to be judged.
ALIKE_ROWS = 5

_NUMBER = re.compile(r"\d[\d.,'\u00a0\u202f ]*")


def _shape(cell: str, mark: str) -> tuple[int, bool] | None:
    """How ``cell`` writes its number: the digits after the decimal ``mark`` (0 with none) and
    whether it ends with the mark itself (``4.``). None for a cell with no number."""
    text = cell.strip()
    if text.lower() in MISSING:
        return None
    found = _NUMBER.findall(text)
    if not found:
        return None
    number = found[-1].rstrip(" \u00a0\u202f'")
    if number.endswith(mark):
        return 0, True
    if mark not in number:
        return 0, False
    tail = number.rsplit(mark, 1)[1]
    if not tail.isdigit():  # "9,812.50" read with a decimal comma: not its mark
        return None
    return len(tail), False


def _alike_above(cells: Sequence[str], mark: str) -> tuple[int, bool] | None:
    """How each of the ``ALIKE_ROWS`` prices above the last writes its number, when they all
    write it alike, else None."""
    above: list[tuple[int, bool]] = []
    for cell in reversed(cells[:-1]):
        shape = _shape(cell, mark)
        if shape is not None:
            above.append(shape)
            if len(above) == ALIKE_ROWS:
                break
    if len(above) < ALIKE_ROWS or len(set(above)) != 1:
        return None
    return above[0]


def short_of_digits(text: str, cells: Sequence[str], mark: str) -> bool:
    """True when ``cells``'s last (the price cell of the file's last row) is written with fewer
    digits after ``mark`` than each of the ``ALIKE_ROWS`` prices above it, all written alike,
    and ``text`` (the whole answer) ends with no line break: a number cut off."""
    if not cells or text.rstrip(" \t").endswith(("\n", "\r")):
        return False
    last = _shape(cells[-1], mark)
    alike = _alike_above(cells, mark)
    if last is None or alike is None:
        return False
    digits, bare = alike
    return last[0] < digits or (last[1] and not bare)


def whole_by_digits(text: str, cells: Sequence[str], mark: str) -> bool:
    """True when the last of ``cells`` (the price cell of the file's last row) is shown whole
    though no line break follows it: it closes its quote (``"1729.15"``), or the prices above
    it all write the same digits after the decimal mark, at least one, and it writes as many
    (``1729.15`` under ``1718.10``). A number with no decimals, or in a file whose decimals
    vary, shows nothing: ``172`` may be the start of ``1729.15``."""
    if not cells or text.rstrip(" \t").endswith('"'):
        return bool(cells)
    last = _shape(cells[-1], mark)
    alike = _alike_above(cells, mark)
    if last is None or alike is None:
        return False
    digits, bare = alike
    return digits > 0 and not bare and last == (digits, False)


WHY = "fewer decimals than the rows above and no line break after it; end the file with one if it is whole"
"""What the health line adds to ``last line cut off, left out: ...`` for such a row."""


def ends_in_price(text: str, row: Sequence[str], price_col: int) -> bool:
    """True for a file whose last row ends the answer with its price and no line break: the
    start of a number, maybe (``1`` or ``172`` for ``1729.15``). A site's download (Stooq's,
    FRED's: :mod:`tui.sources.download_table`) ends every line with a line break, as does a
    spreadsheet saving the file again: a file ending mid-line was cut off, whatever its number
    looks like. The csv kind keeps such a row only when :func:`whole_by_digits` shows it whole."""
    ended = text.rstrip(" \t").endswith(("\n", "\r"))
    return not ended and price_col == len(row) - 1


OPEN_END = "no line break after its price; end the file with one if it is whole"
"""What the health line adds for such a row with all its cells there."""


def comma_for_digit(
    row: Sequence[str], a_row: int, col: int, cells: Sequence[str], at: int
) -> bool:
    """True for the row ``at`` whose price (``cells[at]``, its last filled cell) is followed by
    one empty cell more than a whole row's ``a_row`` (``2021-08-10,...,1729.1,`` for
    ``1729.15``: its last digit turned into the delimiter) and written with fewer digits after
    the decimal point than most of the ``2 * ALIKE_ROWS`` prices nearest it write, one or more:
    a price a digit short. A trailing empty cell after a price written as its neighbours are
    (``9020,`` among ``9000``) is harmless; one after a price that lost a digit is skipped and
    said, never shown as a price a digit short (a stray ``,`` after ``1729.1`` written for
    ``1729.10`` is said too: the two read alike)."""
    if len(row) != a_row + 1 or col != a_row - 1 or row[-1].strip():
        return False
    last = _shape(cells[at], ".")
    near: list[tuple[int, bool]] = []
    for j in sorted(range(len(cells)), key=lambda j: abs(j - at))[1:]:
        if (shape := _shape(cells[j], ".")) is not None:
            near.append(shape)
            if len(near) == 2 * ALIKE_ROWS:
                break
    if last is None or len(near) < ALIKE_ROWS:
        return False
    usual = max(set(near), key=near.count)  # the decimals most of them write
    if 2 * near.count(usual) < len(near):
        return False
    return usual[0] > 0 and not usual[1] and last[0] < usual[0]
