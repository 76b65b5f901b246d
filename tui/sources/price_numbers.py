"""How the numbers of one price column are written, decided from the whole column.

A file's convention (a semicolon file is a decimal-comma locale's, a comma file a decimal
point's) is the fallback; a column whose own numbers show their decimal mark (``9812,5``,
``9.812,50``, ``9 812,5``, ``1,526.25``) is read by them, whatever another column shows (a
change column written ``0.5`` beside prices written ``9812,5`` read them 98125).

A number with one mark followed by exactly three digits (``9,812``, ``13.484``) could be
either: it is read by the column's convention unless the column's other prices say otherwise
(``9,812`` among ``9812,5`` and ``9820,25`` is 9812, not 9.812: the reading nearer the prices
around it). Where neither reading is near them, the value is left out and said, never guessed.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.fmt import counted
from tui.sources.prices_common import detect_decimal, parse_number, snippet

_NOISE = re.compile(r"[$€£¥%()+\-\u2212]|US\$|USD|EUR|GBP", re.I)
_GAPS = re.compile(r"(?<=\d)[\s\u00a0\u2009\u202f'](?=\d{3}(?!\d))")  # "9 812,5", "9'812.5"
_OTHER = {",": ".", ".": ","}
_NAMES = {",": "comma", ".": "point"}
#: The reading kept must be within this factor of the nearest price that says its own mark;
#: the two readings of ``9,812`` are 1000 times apart, so at most one is.
_NEAR = 10.0
#: ... and at most this many rows from it (a file written with three decimals throughout,
#: ``38.000`` in 1968, shows its mark only decades later: ``1023.500``).
_ROWS = 10


def shown_mark(cell: str) -> str | None:
    """``","`` or ``"."`` when the cell shows for sure which mark is its decimal one
    (``9812,5``, ``9.812,50``, ``9 812,5``, ``1,234,567`` (thousands commas: a point),
    ``0,512``); ``"?"`` for one mark followed by exactly three digits (``9,812``: either);
    None for a number without a mark, or no number."""
    text = _NOISE.sub("", cell).strip()
    grouped = bool(_GAPS.search(text))  # digits grouped by spaces: the mark is a decimal one
    text = re.sub(r"[\s\u00a0\u2009\u202f']", "", text)
    if not re.fullmatch(r"[\d.,]*\d[\d.,]*", text):
        return None
    marks = [c for c in text if c in ".,"]
    if not marks:
        return None
    last = marks[-1]
    whole, _, fraction = text.rpartition(last)
    if len(set(marks)) == 2:  # both: the last one is the decimal one, if the rest groups
        return last if _groups(whole, _OTHER[last]) else None
    if len(marks) > 1:  # "1,234,567": the mark separates thousands
        return _OTHER[last] if _groups(text, last) else None
    if grouped or len(fraction) != 3 or not whole or len(whole) > 3 or whole.startswith("0"):
        return last
    return "?"


def _groups(whole: str, mark: str) -> bool:
    return bool(re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+|\d+", whole))


def column_mark(cells: Sequence[str], fallback: str) -> str:
    """The decimal mark of a column: the one most of its numbers show, else (as many show each)
    the one its numbers with both marks show (``13.990,54``), else ``fallback`` (the file's).
    One row typed the other way (``9,830.25`` among nineteen ``9812,5``) never outvotes the
    rest: :func:`read_column` reads it by its own mark and says so."""
    both: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for cell in cells:
        mark = shown_mark(cell)
        if mark in (",", "."):
            shown[mark] += 1
            if "," in cell and "." in cell:
                both[mark] += 1
    for votes in (shown, both):
        if votes and votes[","] != votes["."]:
            return max(votes, key=lambda m: votes[m])
    return fallback


#: A file whose numbers never show their decimal mark is read in its delimiter's convention: a
#: semicolon file is a decimal-comma locale's (European Excel), any other (a site's download, a
#: comma or tab file) a decimal point's. Every price kind reads such a file by this one rule.
_UNDECIDED = "?"


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def file_mark(delimiter: str) -> str:
    """The decimal mark a file separated by ``delimiter`` is written with when nothing in it
    says: a comma for a semicolon file, else a point."""
    return "," if delimiter == ";" else "."


def decide_mark(
    column: Sequence[str], others: Sequence[str], delimiter: str
) -> tuple[str, str | None]:
    """The decimal mark of a price ``column`` and, when no number in the column or the file's
    ``others`` showed it and some price could be read either way (a lone ``11,018``: 11.018 or
    11018), what to say of it on the health line. The column's own numbers decide first, then
    the file's, then :func:`file_mark` (the delimiter's convention): the same rule for every
    price kind (csv, stooq, fred)."""
    found = column_mark(column, detect_decimal(others, lean=_UNDECIDED))
    if found != _UNDECIDED:
        return found, None
    mark = file_mark(delimiter)
    either = [c.strip() for c in column if shown_mark(c) == "?"]
    if not either:  # whole numbers, or no number: either reading is the same
        return mark, None
    value = parse_number(either[0], mark) or 0.0
    sep = next(c for c in either[0] if c in ".,")
    taken = "decimal mark" if sep == mark else "thousands separator"
    kind = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    more = f" and {counted(len(either) - 1, 'other price')}" if len(either) > 1 else ""
    return mark, (
        f"decimal mark ambiguous: {snippet(either[0], 16)!r}{more} read with its {_NAMES[sep]} "
        f"as the {taken} ({value:.10g}), as {kind}-separated files write it; "
        'set decimal = "," or "." if that is wrong'
    )


def _around(anchors: Sequence[float | None], i: int) -> list[float]:
    """The nearest price above row ``i`` and the nearest below it that show their own mark,
    each at most ``_ROWS`` rows away."""
    found: list[float] = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(anchors) and abs(j - i) <= _ROWS:
            if (near := anchors[j]) is not None:
                found.append(near)
                break
            j += step
    return found


def _steady(anchors: Sequence[float | None]) -> bool:
    """True when the prices that show their own mark move less than ``_NEAR`` times from one
    to the next: one series. A column of several (a long file's metals, a unit changing
    mid-file) says nothing of a number's size by the numbers around it."""
    shown = [(i, v) for i, v in enumerate(anchors) if v is not None]
    return all(
        abs(math.log(b / a)) <= math.log(_NEAR)
        for (i, a), (j, b) in itertools.pairwise(shown)
        if j - i <= _ROWS
    )


def _verdict(value: float, other: float, near: float) -> str:
    """Which reading of an either-way number the price ``near`` it bears out."""
    if abs(math.log(value / near)) <= math.log(_NEAR):
        return "value"
    return "other" if abs(math.log(other / near)) <= math.log(_NEAR) else "neither"


@dataclass(frozen=True)
class ColumnValues:
    """The numbers of a column (None where a cell does not read) and what to say of them."""

    values: list[float | None]
    note: str | None


def read_column(cells: Sequence[str], decimal: str) -> ColumnValues:
    """Each cell read with ``decimal``; a cell that could be read either way (``9,812``) takes
    the other reading when the nearest prices above and below it that show their own mark (at
    most ``_ROWS`` rows away) both bear it out and not the column's (within ``_NEAR`` times:
    a thousands comma among decimal commas is a slip of one row, not a price 1000 times lower).
    When both (one above, one below) bear out neither reading, the cell is left out (None);
    either way the note says so. With no such price near it, or prices that disagree, the column's reading."""
    values = [parse_number(c, decimal) for c in cells]
    marks = [shown_mark(c) for c in cells]
    # a number that shows the other mark for sure (``9,830.25`` in a decimal-comma column):
    # a row typed the other way, read by its own mark, never 1000 times off nor left out
    # (only rows fewer than those showing ``decimal``: a column written the other way
    # throughout, against a ``decimal`` option, is unreadable, never read as the option says)
    typed = [i for i, m in enumerate(marks) if m == _OTHER[decimal]]
    if len(typed) >= marks.count(decimal):
        typed = []
    for i in typed:
        values[i] = parse_number(cells[i], _OTHER[decimal])
    anchors = [
        v if m != "?" and v is not None and v > 0 else None
        for m, v in zip(marks, values, strict=True)
    ]
    steady = "?" in marks and _steady(anchors)
    turned: list[tuple[str, float, str]] = []
    left: list[str] = []
    for i, (mark, value) in enumerate(zip(marks, values, strict=True)):
        if mark != "?" or value is None or value <= 0 or not steady:
            continue
        sep = next(c for c in cells[i] if c in ".,")
        other = value * 1000 if sep == decimal else value / 1000
        verdicts = {_verdict(value, other, near) for near in _around(anchors, i)}
        if verdicts == {"other"}:
            values[i] = other
            taken = "a thousands separator" if sep == decimal else "the decimal mark"
            turned.append((cells[i], other, f"{_NAMES[sep]} taken as {taken}"))
        elif verdicts == {"neither"} and len(_around(anchors, i)) == 2:
            values[i] = None
            left.append(cells[i])
    notes: list[str] = []
    if typed and (first := values[typed[0]]) is not None:
        notes.append(
            f"{counted(len(typed), 'price')} written with a decimal {_NAMES[_OTHER[decimal]]} "
            f"among {counted(len(cells) - len(typed), 'row')} with a decimal {_NAMES[decimal]}, "
            f"read by {'its' if len(typed) == 1 else 'their'} own mark ({snippet(cells[typed[0]], 16)!r} as {first:.10g}): check "
            "the file"
        )
    if turned:
        cell, value, why = turned[0]
        notes.append(
            f"{counted(len(turned), 'price')} read as the prices around "
            f"{'it show' if len(turned) == 1 else 'them show'} "
            f"({snippet(cell, 16)!r} as {value:g}: its {why})"
        )
    if left:
        notes.append(
            f"{counted(len(left), 'price')} left out: {snippet(left[0], 16)!r} could have a "
            "decimal or a thousands mark, and neither reading is near the prices around it "
            '(set decimal = "," or ".")'
        )
    return ColumnValues(values, "; ".join(notes) or None)
