"""A price file whose dates change form part-way (``2026-11-10`` then ``11/11/2026``, a file kept
by hand or appended to by another tool): the rows in the second form are read too, when that
form is a whole date (day, month, year) and its own rows decide how to read it.

Before, those rows were skipped and said (``10 of 20 rows skipped: unreadable date
'11/11/2026'``): the newest prices of the file left out. Now they are read by the form their own
cells show (:func:`tui.sources.csv_dates.choose_date_parser` on them alone: a day/month order
they do not decide, ``11/01/2026`` to ``11/10/2026``, still leaves them skipped and said), and
the health line says how many rows were read in which second form. A month or a year alone
(``2026-11``, a footer's average) is no day's price: never read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tui.core.fmt import counted
from tui.sources.base import SourceError
from tui.sources.csv_dates import DateParser, any_date, choose_date_parser
from tui.sources.prices_common import snippet

#: A whole date: year, month and day in numbers, or a day with a month's name.
_WHOLE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T].*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?: .*)?"
    r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[ -][A-Za-z]{3,9}\.?[ -]\d{4}"
)


@dataclass
class Forms:
    """The file's date parser with a second form's rows read too; ``said()`` what to tell."""

    main: DateParser
    second: DateParser | None = None
    example: str = ""
    read: int = 0

    def __call__(self, text: str) -> date | None:
        day = self.main(text)
        if day is None and self.second is not None and _WHOLE.fullmatch(text.strip()):
            day = self.second(text)
            if day is not None:
                self.read += 1
                self.example = self.example or text.strip()
        return day

    def said(self) -> str | None:
        if not self.read:
            return None
        return (
            f"{counted(self.read, 'row')} dated in another form than the rest "
            f"({snippet(self.example, 24)!r}) read as that form shows; set date_format if wrong"
        )


def with_second_form(main: DateParser, cells: Sequence[str], column: str) -> Forms:
    """``main``, and the form the cells it does not read are written in, when at least two
    are whole dates and their own cells decide how to read them."""
    other = [c for c in cells if main(c) is None and any_date(c) and _WHOLE.fullmatch(c.strip())]
    if len(other) < 2:
        return Forms(main)
    try:
        second = choose_date_parser(other, column)
    except SourceError:  # a day/month order the rows do not decide, or several forms again
        return Forms(main)
    return Forms(main, second)
