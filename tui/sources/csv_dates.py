"""Reading the date column of a price CSV: the format is detected from the data.

ISO dates (with or without a time and offset), ``YYYY-MM``, ``1960M01`` (World Bank), ``2000-M01``
(IMF), ``2020-Q1``, ``Mar 31, 2020``, ``31 Mar 2020``, ``Mar 2020``, ``31.03.2020``, ``MM/DD/YYYY``
or ``DD/MM/YYYY`` (decided from the data; ambiguous files must set ``date_format``),
``YYYY/MM/DD``, ``YYYYMMDD``, a bare year and Unix time; or a ``strptime`` format the config
gives.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone

from tui.sources.base import SourceError
from tui.sources.month_names import month_number
from tui.sources.prices_common import MISSING, snippet

SAMPLE = 100  # values read from each end of a long column to decide its format


DateParser = Callable[[str], "date | None"]


def _ymd(y: int | str, m: int | str, d: int | str = 1) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:  # as strptime's %y: 69-99 -> 1900s, 00-68 -> 2000s
        y += 1900 if y >= 69 else 2000
    return y


def _rx(pattern: str, build: Callable[[re.Match[str]], date | None]) -> DateParser:
    rx = re.compile(pattern, re.I)

    def parse(text: str) -> date | None:
        m = rx.match(text)
        return build(m) if m else None

    return parse


def _named(m: re.Match[str], day: str | None, mon: str, year: str) -> date | None:
    month = month_number(mon)
    if month is None:
        return None
    return _ymd(_year(year), month, int(day) if day else 1)


# (label, parser) in order of preference when several parse the same sample.
_AUTO_FORMATS: list[tuple[str, DateParser]] = [
    ("YYYY-MM-DD", _rx(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d.*)?$", lambda m: _ymd(*m.groups()))),
    ("YYYY-MM", _rx(r"^(\d{4})-(\d{2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYYMmm", _rx(r"^(\d{4})M(\d{1,2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYY-Mmm", _rx(r"^(\d{4})-M(\d{1,2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYY-Qn", _rx(r"^(\d{4})-?Q([1-4])$", lambda m: _ymd(m[1], int(m[2]) * 3 - 2))),
    (
        "Mon DD, YYYY",
        _rx(r"^([^\W\d_]{3,9})\.? (\d{1,2}),? (\d{4})$", lambda m: _named(m, m[2], m[1], m[3])),
    ),
    (
        "DD Mon YYYY",
        _rx(
            r"^(\d{1,2})[ \-.]+([^\W\d_]{3,9})\.?[ \-,]+(\d{4}|\d{2})$",
            lambda m: _named(m, m[1], m[2], m[3]),
        ),
    ),
    (
        "Mon YYYY",
        _rx(r"^([^\W\d_]{3,9})\.?[ \-](\d{4})$", lambda m: _named(m, None, m[1], m[2])),
    ),
    (
        "DD.MM.YYYY",
        _rx(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \d.*)?$", lambda m: _ymd(m[3], m[2], m[1])),
    ),
    (
        "MM/DD/YYYY",
        _rx(
            r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: \d.*)?$",
            lambda m: _ymd(_year(m[3]), m[1], m[2]),
        ),
    ),
    (
        "DD/MM/YYYY",
        _rx(
            r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: \d.*)?$",
            lambda m: _ymd(_year(m[3]), m[2], m[1]),
        ),
    ),
    ("YYYY/MM/DD", _rx(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?: \d.*)?$", lambda m: _ymd(*m.groups()))),
    ("YYYYMMDD", _rx(r"^(\d{4})(\d{2})(\d{2})$", lambda m: _ymd(*m.groups()))),
    ("YYYY", _rx(r"^(\d{4})$", lambda m: _ymd(m[1], 1))),
    ("unix seconds", _rx(r"^(\d{9,10})(?:\.\d+)?$", lambda m: _unix_day(int(m[1])))),
    ("unix milliseconds", _rx(r"^(\d{12,13})$", lambda m: _unix_day(int(m[1]) // 1000))),
]
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/")


def _unix_day(seconds: int) -> date | None:
    """The UTC day of a Unix time (a ``timestamp`` column), None outside 1970-2100."""
    if not 0 < seconds < 4_102_444_800:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date()


def any_date(text: str) -> bool:
    text = text.strip()
    return any(p(text) is not None for label, p in _AUTO_FORMATS if label != "YYYY")


def strptime_parser(fmt: str) -> DateParser:
    def parse(text: str) -> date | None:
        for candidate in (text, text.split("T")[0], text.split(" ")[0]):
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
        return None

    return parse


def _sample(values: Sequence[str]) -> list[str]:
    present = [v for v in values if v.lower() not in MISSING]
    if len(present) <= 2 * SAMPLE:
        return present
    return present[:SAMPLE] + present[-SAMPLE:]


def choose_date_parser(values: Sequence[str], column: str) -> DateParser:
    sample = _sample(values)
    if not sample:
        raise SourceError(f"no dates in column {column!r}")
    best: tuple[int, str, DateParser] | None = None
    for label, parser in _AUTO_FORMATS:
        hits = sum(1 for v in sample if parser(v) is not None)
        if hits and (best is None or hits > best[0]):
            best = (hits, label, parser)
    if best is None or best[0] * 2 < len(sample):
        raise SourceError(_unread(sample, column))
    if best[1] in ("MM/DD/YYYY", "DD/MM/YYYY"):
        return _slash_order(values, column)
    return best[2]


def _unread(sample: list[str], column: str) -> str:
    """Why no one format reads a column: its dates are written in several ways (one of each
    said), or they are in no form known (one said)."""
    forms: dict[str, str] = {}  # the first format that reads each value -> that value
    for value in sample:
        label = next((label for label, p in _AUTO_FORMATS if p(value) is not None), None)
        if label is not None:
            forms.setdefault(label, value)
    if len(forms) > 1 and sum(any_date(v) for v in sample) * 2 >= len(sample):
        shown = ", ".join(repr(snippet(v, 30)) for v in list(forms.values())[:3])
        return f"dates in column {column!r} are written in several ways ({shown}): set date_format"
    if all(re.fullmatch(r"\d{5}(?:\.0+)?", v.strip()) for v in sample):
        # a spreadsheet's day numbers (a date column saved unformatted): no strptime format
        # reads them, so date_format is no advice
        day = _spreadsheet_day(sample[0])
        return (
            f"the dates in column {column!r} are spreadsheet day numbers "
            f"({snippet(sample[0], 12)!r} is {day} in Excel's count): save the column "
            "formatted as dates"
        )
    return f"cannot read the dates in column {column!r} (e.g. {snippet(sample[0], 30)!r}): set date_format"


def _spreadsheet_day(text: str) -> date:
    """Excel's day number (1900 date system: day 60 is its 29 February 1900, so from day 61 on
    the count is from 1899-12-30)."""
    return date(1899, 12, 30) + timedelta(days=int(float(text)))


def _irregularity(dates: list[date]) -> float | None:
    """Coefficient of variation of the gaps between sorted distinct dates (0 = regular)."""
    days = sorted(set(dates))
    if len(days) < 3:
        return None
    gaps = [(b - a).days for a, b in itertools.pairwise(days)]
    mean = statistics.fmean(gaps)
    return statistics.pstdev(gaps) / mean if mean else None


def _slash_order(values: Sequence[str], column: str) -> DateParser:
    """MM/DD or DD/MM, decided from every value: a first part above 12 is a day, a second part
    above 12 is a day. When no part is above 12, the reading whose dates are evenly spaced
    wins (01/MM/YYYY monthly files); a file that stays ambiguous must set date_format."""
    parsers = dict(_AUTO_FORMATS)
    mdy, dmy = parsers["MM/DD/YYYY"], parsers["DD/MM/YYYY"]
    firsts: list[int] = []
    seconds: list[int] = []
    for v in values:
        m = _SLASH.match(v)
        if m:
            firsts.append(int(m[1]))
            seconds.append(int(m[2]))
    if max(firsts, default=0) > 12:
        return dmy
    if max(seconds, default=0) > 12:
        return mdy
    as_mdy = _irregularity([d for d in map(mdy, values) if d is not None])
    as_dmy = _irregularity([d for d in map(dmy, values) if d is not None])
    if as_mdy is not None and as_dmy is not None:
        # one reading evenly spaced, the other clearly not (Jan 1..12 daily vs the 1st of
        # twelve months are both regular: that stays ambiguous)
        if as_dmy < 0.25 < 0.5 < as_mdy:
            return dmy
        if as_mdy < 0.25 < 0.5 < as_dmy:
            return mdy
    example = next((v for v in values if _SLASH.match(v)), "")
    raise SourceError(
        f"dates in column {column!r} like {example!r} could be day/month or month/day: "
        "set date_format (e.g. '%d/%m/%Y')"
    )
