"""A generic price CSV: a broker or exchange export, a statistics office download, a file the
user keeps. ``url`` (http(s) or a local path) is required.

Options (all optional):

- ``date_column`` / ``value_column``: a header name (case-insensitive, from any header row)
  or a 0-based index. Defaults: the first column whose header says date/time/period (else
  column 0); the price column as :func:`tui.sources.csv_layout.choose_value_column` finds it
  (``Close`` / ``Price`` / localized names, the metal's own column, the only numeric column
  that is not open/high/low/volume); several candidates are an error, never a guess.
- ``date_format``: a ``strptime`` format. Default: detected from the data among ISO dates
  (with or without a time and offset), ``YYYY-MM``, ``1960M01`` (World Bank), ``2000-M01``
  (IMF), ``2020-Q1``, ``Mar 31, 2020``, ``31 Mar 2020``, ``Mar 2020``, ``31.03.2020``,
  ``MM/DD/YYYY`` or ``DD/MM/YYYY`` (decided from the data; ambiguous files must set it),
  ``YYYY/MM/DD``, ``YYYYMMDD`` and a bare year.
- ``delimiter``: default sniffed among ``,`` ``;`` tab and ``|``.
- ``skip_rows``: lines before the header row (title lines). Default: found from the data
  (the rows above the first dated row are header rows, single-cell lines above them titles).
- ``header``: true/false; default detected (a first row of data means no header).
- ``decimal``: ``"."`` or ``","``; default: ``","`` when the numbers only use a decimal
  comma (``1.234,50``, ``9 812,5``), whatever the delimiter. Thousands separators,
  currency and percent signs are dropped.
- ``metal_column`` + ``metal_value`` (default: the source's metal): keep only the rows of a
  long/tidy file for one metal (``aluminium`` and ``aluminum`` are the same metal). Default
  column: one headed ``metal`` / ``commodity`` holding several values.
- ``unit_column``: a column holding the unit (default: a column named ``unit``); used when
  the ``unit`` option is not set and all kept rows agree.
- ``unit``, ``symbol``, ``price_type``, ``currency``: as for every price source.

Missing values (``…``, ``...``, ``-``, ``.``, empty, ``N/A``) are skipped; rows whose date
cannot be read (footers, notes) are skipped; rows come out ascending whatever the file order.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import os
import re
import statistics
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from urllib.parse import unquote, urlsplit

from tui.core.config_types import SourceConfig
from tui.core.models import PriceSeries
from tui.core.series import default_unit
from tui.core.text import clean_text
from tui.sources.base import SourceError
from tui.sources.csv_layout import (
    VALUE_NAMES,
    auto_metal_column,
    choose_value_column,
    find_layout,
    find_unit,
    refuse_non_table,
    unix_day,
    unwrap_cell,
)
from tui.sources.prices_common import (
    MISSING,
    build_series,
    decode_text,
    detect_decimal,
    looks_like_html,
    parse_number,
    snippet,
)

DATE_WORDS = ("date", "time", "period")
_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Copper (USD/t)" -> "Copper"
_DELIMITERS = (",", ";", "\t", "|")
_SAMPLE = 100

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for name in names
}

DateParser = Callable[[str], "date | None"]


def build_url(src: SourceConfig) -> str:
    if not src.url:
        raise SourceError("csv source needs a 'url' (a web address or a file path)")
    return src.url


# --- dates -------------------------------------------------------------------------------


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


def _month(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def _rx(pattern: str, build: Callable[[re.Match[str]], date | None]) -> DateParser:
    rx = re.compile(pattern, re.I)

    def parse(text: str) -> date | None:
        m = rx.match(text)
        return build(m) if m else None

    return parse


def _named(m: re.Match[str], day: str | None, mon: str, year: str) -> date | None:
    month = _month(mon)
    if month is None:
        return None
    return _ymd(_year(year), month, int(day) if day else 1)


# (label, parser) in order of preference when several parse the same sample.
_AUTO_FORMATS: list[tuple[str, DateParser]] = [
    ("YYYY-MM-DD", _rx(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?$", lambda m: _ymd(*m.groups()))),
    ("YYYY-MM", _rx(r"^(\d{4})-(\d{2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYYMmm", _rx(r"^(\d{4})M(\d{1,2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYY-Mmm", _rx(r"^(\d{4})-M(\d{1,2})$", lambda m: _ymd(m[1], m[2]))),
    ("YYYY-Qn", _rx(r"^(\d{4})-?Q([1-4])$", lambda m: _ymd(m[1], int(m[2]) * 3 - 2))),
    (
        "Mon DD, YYYY",
        _rx(r"^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$", lambda m: _named(m, m[2], m[1], m[3])),
    ),
    (
        "DD Mon YYYY",
        _rx(
            r"^(\d{1,2})[ \-.]+([a-z]{3,9})\.?[ \-,]+(\d{4}|\d{2})$",
            lambda m: _named(m, m[1], m[2], m[3]),
        ),
    ),
    ("Mon YYYY", _rx(r"^([a-z]{3,9})\.?[ \-](\d{4})$", lambda m: _named(m, None, m[1], m[2]))),
    (
        "DD.MM.YYYY",
        _rx(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \S.*)?$", lambda m: _ymd(m[3], m[2], m[1])),
    ),
    (
        "MM/DD/YYYY",
        _rx(
            r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: \S.*)?$",
            lambda m: _ymd(_year(m[3]), m[1], m[2]),
        ),
    ),
    (
        "DD/MM/YYYY",
        _rx(
            r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: \S.*)?$",
            lambda m: _ymd(_year(m[3]), m[2], m[1]),
        ),
    ),
    ("YYYY/MM/DD", _rx(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?: \S.*)?$", lambda m: _ymd(*m.groups()))),
    ("YYYYMMDD", _rx(r"^(\d{4})(\d{2})(\d{2})$", lambda m: _ymd(*m.groups()))),
    ("YYYY", _rx(r"^(\d{4})$", lambda m: _ymd(m[1], 1))),
    ("unix seconds", _rx(r"^(\d{9,10})(?:\.\d+)?$", lambda m: unix_day(int(m[1])))),
    ("unix milliseconds", _rx(r"^(\d{12,13})$", lambda m: unix_day(int(m[1]) // 1000))),
]
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/")


def _any_date(text: str) -> bool:
    text = text.strip()
    return any(p(text) is not None for label, p in _AUTO_FORMATS if label != "YYYY")


def _strptime_parser(fmt: str) -> DateParser:
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
    if len(present) <= 2 * _SAMPLE:
        return present
    return present[:_SAMPLE] + present[-_SAMPLE:]


def _choose_date_parser(values: Sequence[str], column: str) -> DateParser:
    sample = _sample(values)
    if not sample:
        raise SourceError(f"no dates in column {column!r}")
    best: tuple[int, str, DateParser] | None = None
    for label, parser in _AUTO_FORMATS:
        hits = sum(1 for v in sample if parser(v) is not None)
        if hits and (best is None or hits > best[0]):
            best = (hits, label, parser)
    if best is None or best[0] * 2 < len(sample):
        raise SourceError(
            f"cannot read the dates in column {column!r} (e.g. {snippet(sample[0], 30)!r}): "
            "set date_format"
        )
    if best[1] in ("MM/DD/YYYY", "DD/MM/YYYY"):
        return _slash_order(values, column)
    return best[2]


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


# --- table -------------------------------------------------------------------------------


def _sniff_delimiter(lines: Sequence[str]) -> str:
    best = (",", -1.0)
    for delim in _DELIMITERS:
        rows = [r for r in csv.reader(lines, delimiter=delim) if any(c.strip() for c in r)]
        if not rows:
            continue
        counts = [len(r) for r in rows]
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = counts.count(mode) / len(counts) + mode / 1000
        if score > best[1]:
            best = (delim, score)
    return best[0]


def _same(text: str) -> str:
    return text


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _columns(names: Sequence[str], limit: int = 15) -> str:
    shown = ", ".join(names[:limit])
    more = f" (+{len(names) - limit} more)" if len(names) > limit else ""
    return f"columns are: {shown}{more}"


def _did_you_mean(wanted: str, names: Sequence[str]) -> str:
    lowered = {n.lower(): n for n in names}
    close = difflib.get_close_matches(wanted.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean {lowered[close[0]]!r}?)" if close else ""


def _resolve(spec: object, names: Sequence[str], what: str) -> int:
    if isinstance(spec, bool):
        raise SourceError(f"{what} must be a column name or a 0-based index")
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        index = int(spec)
        if not 0 <= index < len(names):
            raise SourceError(
                f"column {index} not found; the file has {len(names)} columns: " + ", ".join(names)
            )
        return index
    wanted = str(spec).strip()
    stripped = [n.strip() for n in names]
    for convert in (_same, str.lower, _squash):
        pool = [convert(n) for n in stripped]
        key = convert(wanted)
        if key and key in pool:
            return pool.index(key)
    raise SourceError(
        f"column {wanted!r} not found{_did_you_mean(wanted, stripped)}; " + _columns(names)
    )


def _default_date_column(names: Sequence[str], has_header: bool, first: Sequence[str]) -> int:
    if has_header:
        for i, name in enumerate(names):
            if any(word in name.lower() for word in DATE_WORDS):
                return i
        return 0
    for i, cell in enumerate(first):
        if _any_date(cell):
            return i
    return 0


def _default_value_column(
    names: Sequence[str],
    rows: Sequence[Sequence[str]],
    exclude: set[int],
    decimal: str,
    headers: Sequence[Sequence[str]] = (),
    metal: str | None = None,
) -> int:
    sample = list(rows[:_SAMPLE]) + list(rows[-_SAMPLE:]) if len(rows) > 2 * _SAMPLE else rows

    def numeric(i: int) -> bool:
        cells = [r[i] for r in sample if i < len(r) and r[i].strip().lower() not in MISSING]
        hits = sum(1 for c in cells if parse_number(c, decimal) is not None)
        return bool(hits) and hits * 2 >= len(cells)

    return choose_value_column(headers or [names], names, numeric, exclude, metal)


def _resolve_any(spec: object, headers: Sequence[Sequence[str]], what: str) -> int:
    """``_resolve`` against the main header row, then the rows above it (names, codes)."""
    try:
        return _resolve(spec, headers[0], what)
    except SourceError as first_error:
        for row in headers[1:]:
            try:
                return _resolve(spec, row, what)
            except SourceError:
                continue
        raise first_error from None


def _label(cell: str) -> str:
    """A header cell made safe for messages and the symbol (no control characters)."""
    return clean_text(cell, 60, html_input=False)


def _norm_metal(text: str) -> str:
    key = re.sub(r"[\W_]+", "", text.casefold())
    return {"aluminium": "aluminum"}.get(key, key)


def _file_stem(url: str | None) -> str:
    if not url:
        return ""
    path = unquote(urlsplit(url).path) if "://" in url else url
    return os.path.splitext(os.path.basename(path))[0]


def _int_option(src: SourceConfig, key: str, default: int) -> int:
    raw = src.opt(key, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SourceError(f"{key} must be a whole number, not {raw!r}") from None
    if value < 0:
        raise SourceError(f"{key} must not be negative")
    return value


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> PriceSeries:
    text = decode_text(data)
    if not text.strip():
        raise SourceError("the file is empty")
    if looks_like_html(text):
        raise SourceError("got an HTML page instead of CSV (wrong URL or a login page?)")
    refuse_non_table(text)
    lines = text.splitlines()[_int_option(src, "skip_rows", 0) :]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        raise SourceError("nothing left after skip_rows")
    delimiter = src.opt("delimiter") or _sniff_delimiter(lines[:50])
    if delimiter in ("\\t", "tab"):
        delimiter = "\t"
    rows = [
        [unwrap_cell(c) for c in r]
        for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=str(delimiter))
        if any(c.strip() for c in r)
    ]

    if max(len(r) for r in rows) < 2:
        if not any(_any_date(r[0]) for r in rows[:50]):
            raise SourceError(f"not a price table: {snippet(text)!r}")
        raise SourceError(
            f"one column only ({snippet(rows[0][0], 30)!r}...): a price file needs a date and a "
            "price column (set delimiter?)"
        )
    header_opt = src.opt("header")
    extra: list[list[str]] = []  # header rows above the main one (names, units)
    titles: list[str] = []
    if isinstance(header_opt, bool) or src.opt("skip_rows") is not None:
        first = rows[0]
        has_header = (
            header_opt
            if isinstance(header_opt, bool)
            else not (
                any(_any_date(c) for c in first) and any(parse_number(c) is not None for c in first)
            )
        )
        head, body = (rows[0], rows[1:]) if has_header else (None, rows)
    else:
        layout = find_layout(rows, _any_date)
        head, body, extra, titles = layout.header, layout.body, layout.extra_headers, layout.titles
        has_header = head is not None
    width = max(len(r) for r in rows)
    if head is not None:
        names = [_label(n) or f"column {i}" for i, n in enumerate(head)]
        names += [f"column {i}" for i in range(len(names), width)]
    else:
        names = [f"column {i}" for i in range(width)]
    header_rows = [names, *([_label(c) for c in r] for r in extra)] if has_header else []
    if not body:
        if head is not None and sum(1 for c in head if c) < 2:  # one line of prose
            raise SourceError(f"not a price table: {snippet(text)!r}")
        raise SourceError("the file has a header but no rows")

    date_spec = src.opt("date_column")
    date_col = (
        _resolve(date_spec, names, "date_column")
        if date_spec is not None
        else _default_date_column(names, has_header, body[0])
    )

    # metal filter for long/tidy files
    metal_col: int | None = None
    metal_key = ""
    if src.opt("metal_column") is not None:
        metal_col = _resolve(src.opt("metal_column"), names, "metal_column")
    elif src.opt("metal_value") or src.metal:
        metal_col = auto_metal_column(head, body)
    if metal_col is not None:
        wanted = src.opt("metal_value") or src.metal
        if not wanted:
            raise SourceError("metal_column is set but there is no metal_value to keep")
        metal_key = _norm_metal(str(wanted))
        kept = [r for r in body if metal_col < len(r) and _norm_metal(r[metal_col]) == metal_key]
        if not kept:
            seen = sorted({r[metal_col] for r in body if metal_col < len(r)})[:12]
            raise SourceError(
                f"no rows with {names[metal_col]!r} = {wanted!r}; values are: " + ", ".join(seen)
            )
        body = kept

    decimal = src.opt("decimal")
    exclude = {date_col} | ({metal_col} if metal_col is not None else set())
    value_spec = src.opt("value_column")
    if decimal is None:
        decimal = detect_decimal(
            r[i] for r in body[: 2 * _SAMPLE] for i in range(len(r)) if i not in exclude
        )
    if decimal not in (".", ","):
        raise SourceError(f"decimal must be '.' or ',', not {decimal!r}")
    value_col = (
        _resolve_any(value_spec, header_rows or [names], "value_column")
        if value_spec is not None
        else _default_value_column(names, body, exclude, str(decimal), header_rows, src.metal)
    )

    date_values = [r[date_col] if date_col < len(r) else "" for r in body]
    fmt = src.opt("date_format")
    parse_date = (
        _strptime_parser(str(fmt)) if fmt else _choose_date_parser(date_values, names[date_col])
    )

    unit_col: int | None = None
    if src.opt("unit_column") is not None:
        unit_col = _resolve(src.opt("unit_column"), names, "unit_column")
    elif has_header:
        lowered = [n.lower() for n in names]
        for candidate in ("unit", "units"):
            if candidate in lowered:
                unit_col = lowered.index(candidate)
                break

    points: list[tuple[date, float]] = []
    units: set[str] = set()
    for row, raw_date in zip(body, date_values, strict=True):
        if value_col >= len(row):
            continue
        day = parse_date(raw_date)
        value = parse_number(row[value_col], str(decimal))
        if day is None or value is None:
            continue
        points.append((day, value))
        if unit_col is not None and unit_col < len(row) and row[unit_col]:
            units.add(row[unit_col])
    if not points:
        raise SourceError(
            f"no prices read from column {names[value_col]!r} "
            f"with dates from column {names[date_col]!r}"
        )

    unit = units.pop() if len(units) == 1 else ""
    if not unit and unit_col is None:
        unit = find_unit([r[value_col] for r in header_rows if value_col < len(r)]) or ""
        unit = unit or find_unit(titles) or ""
    symbol = str(src.opt("symbol") or "")
    if not symbol and metal_col is not None:
        symbol = str(src.opt("metal_value") or src.metal)
    if not symbol and names[value_col].strip().lower() not in VALUE_NAMES and has_header:
        symbol = _UNIT_SUFFIX.sub("", names[value_col]) or names[value_col]
    symbol = symbol or _file_stem(src.url) or src.name
    unit = unit or default_unit(symbol)[0]  # a FRED/IMF series id saved as a plain CSV
    return build_series(
        src,
        symbol=symbol,
        unit=unit,
        rows=points,
        default_kind="unknown",
    )
