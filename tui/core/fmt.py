"""The one formatter for ages, dates and numbers shown anywhere (panels, screens, the text
snapshot, alerts). No textual here.

Ages use clear thresholds, the same everywhere:

* under a minute: ``now`` (``just now`` with :func:`ago`);
* minutes below an hour (``5m``), hours below a day (``3h``);
* days up to 59 (``59d``), then whole months of 30 days from 60 days (``2mo``, never ``1mo``
  after ``59d``) up to 24 months, then whole years of 365 days from 730 days (``2y``);
* a calendar ``date`` (a price's day) counts whole days: ``today``, ``1d``, ...;
* a time in the future (more than five minutes ahead, clocks drift) reads ``in 3h``;
* no time at all reads ``—`` (:func:`age`) or ``never`` (:func:`ago`).

Prices use a precision fitting their size, decided once per series (:func:`price_decimals`)
so every row and every axis of one series agree: ``>= 1000`` no decimals, ``>= 10`` two,
``>= 1`` four (a COMEX quote: ``4.5025``), below one four significant digits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import TextIO

STATUS_SYMBOL = {
    "open": "●",
    "tariff": "$",
    "licensing": "◆",
    "quota": "▤",
    "suspended": "✖",
    "resuming": "↻",
}

#: Clock drift tolerated before a time counts as "in the future".
FUTURE_SLACK_S = 300
#: From this many days an age is given in months (30 days each).
MONTHS_FROM_DAYS = 60
#: From this many days an age is given in years.
YEARS_FROM_DAYS = 730
NONE = "—"


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


def _days_text(days: int) -> str:
    if days < MONTHS_FROM_DAYS:
        return f"{days}d"
    if days < YEARS_FROM_DAYS:
        return f"{days // 30}mo"
    return f"{days // 365}y"


def _span(secs: float) -> str:
    """A positive span of seconds, short: "now", "5m", "3h", "2d", "2mo", "1y"."""
    if secs < 60:
        return "now"
    if secs < 3600:
        return f"{int(secs // 60)}m"
    if secs < 86400:
        return f"{int(secs // 3600)}h"
    return _days_text(int(secs // 86400))


def age_days(when: datetime | date | None, now: datetime) -> int | None:
    """Whole days from ``when`` to ``now`` (negative in the future); None when unknown.

    A ``date`` counts calendar days against ``now``'s UTC date."""
    if when is None:
        return None
    if isinstance(when, datetime):
        return int((_aware(now) - _aware(when)).total_seconds() // 86400)
    return (_aware(now).astimezone(timezone.utc).date() - when).days


def age(when: datetime | date | None, now: datetime) -> str:
    """A short age for a column: "now", "5m", "3h", "today", "2d", "2mo", "1y", "in 3h";
    "—" when unknown."""
    if when is None:
        return NONE
    if not isinstance(when, datetime):
        days = age_days(when, now) or 0
        if days < 0:
            return f"in {_days_text(-days)}"
        return "today" if days == 0 else _days_text(days)
    secs = (_aware(now) - _aware(when)).total_seconds()
    if secs < -FUTURE_SLACK_S:
        return f"in {_span(-secs)}"
    return _span(max(secs, 0.0))


def ago(when: datetime | date | None, now: datetime, *, never: str = "never") -> str:
    """An age for a sentence: "just now", "5m ago", "2d ago", "today", "in 3h"; ``never``
    when there is no time at all."""
    if when is None:
        return never
    text = age(when, now)
    if text == "now":
        return "just now"
    if text == "today" or text.startswith("in "):
        return text
    return f"{text} ago"


def day(when: datetime | date | None, *, none: str = NONE) -> str:
    """The calendar day, ISO (``2026-01-23``), in UTC for a datetime; ``none`` when unknown."""
    if when is None:
        return none
    if isinstance(when, datetime):
        return _aware(when).astimezone(timezone.utc).date().isoformat()
    return when.isoformat()


def stamp(when: datetime | None, *, none: str = NONE) -> str:
    """A UTC time to the minute: ``2026-01-23 14:05``; ``none`` when unknown."""
    if when is None:
        return none
    return _aware(when).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")


# ---- numbers ------------------------------------------------------------------------------


def price_decimals(values: float | Iterable[float]) -> int:
    """Decimals for a price of this size (for a series: from its largest magnitude)."""
    if isinstance(values, (int, float)):
        values = (values,)
    mags = [abs(v) for v in values if v is not None and math.isfinite(v)]
    mag = max(mags) if mags else 0.0
    if mag >= 1000:
        return 0
    if mag >= 10:
        return 2
    if mag >= 1:
        return 4
    if mag == 0:
        return 2
    return min(8, 3 - math.floor(math.log10(mag)))  # four significant digits


def shown_places(decimals: int | None, value: float) -> int:
    """A series' own ``decimals`` (a conversion's: ``PriceSeries.decimals``), else those of a
    price of ``value``'s size (:func:`price_decimals`)."""
    return price_decimals(value) if decimals is None else decimals


def format_price(value: float | None, decimals: int | None = None) -> str:
    """A price with thousands separators: ``13,991`` / ``58.30`` / ``4.5025`` / ``0.8850``.

    Pass ``decimals`` (from :func:`price_decimals` over the series) so every number of one
    series shows the same precision; without it the value's own size decides."""
    if value is None or not math.isfinite(value):
        return "n/a"
    if decimals is None:
        decimals = price_decimals(value)
    return f"{value:,.{decimals}f}"


#: Beyond this size a number in a message is written with an exponent (``1e+308``), never as
#: its 300 digits: a message says what a source sent, it does not echo it.
_PLAIN = 1e15


def bounded(value: float) -> str:
    """A number a source sent, for a message: ``9,829.5``, ``0.00412``, ``1e+308``, ``inf``;
    at most about a dozen characters whatever the value."""
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else ("-inf" if value < 0 else "inf")
    if value != 0 and not 1e-6 <= abs(value) < _PLAIN:
        return f"{value:.3g}"
    if abs(value) >= 1e6:
        return f"{value:,.0f}"
    return f"{value:,.6g}"


def bounded_move(before: float, after: float) -> str:
    """A move from ``before`` to ``after`` for a message: ``+12%``, ``-96%``; beyond +1,000,000%
    the times it is (``1.02e+304 times``) instead of a percent of 300 digits, and a fall to
    less than a two-hundredth the times it is lower (``down 2,204 times``), never ``-100%``."""
    if before <= 0 or after <= 0 or not math.isfinite(before) or not math.isfinite(after):
        return "a move beyond any measure"
    pct = (after / before - 1.0) * 100
    if after / before < 0.005:  # would round to -100%
        return f"down {_times(before / after)} times"
    if abs(pct) < 1e6:
        return f"{pct:+,.0f}%"
    return f"{_times(after / before)} times"


def _times(ratio: float) -> str:
    return f"{ratio:,.0f}" if ratio < _PLAIN else f"{ratio:.3g}"


def source_decimals(value: float) -> int:
    """How many decimals a number read from a source carries (its shortest repr):
    ``4.5025`` -> 4, ``13990.0`` -> 0, ``1e-05`` -> 5."""
    if not math.isfinite(value):
        return 0
    text = repr(float(value))
    if "e" in text or "E" in text:
        mantissa, exp = text.lower().split("e")
        frac = mantissa.split(".")[1] if "." in mantissa else ""
        frac = frac.rstrip("0")
        return max(0, len(frac) - int(exp))
    frac = text.split(".")[1] if "." in text else ""
    frac = frac.rstrip("0")
    return len(frac)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 item", "2 items", "1,234 rows": a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def status_label(status: str, rate_pct: float | None = None, up_to: bool = False) -> str:
    """ "▲ tariff 25%"; ``up_to``: the rate is a ceiling, "▲ tariff up to 50%"."""
    rate = f" {'up to ' if up_to else ''}{rate_pct:g}%" if rate_pct is not None else ""
    return f"{STATUS_SYMBOL.get(status, '?')} {status}{rate}"


def signed_pct(value: float | None) -> str:
    if value is None:
        return NONE
    arrow = "▲" if value > 0 else ("▼" if value < 0 else "=")
    return f"{arrow}{abs(value):.2f}%"


#: What ``str.splitlines`` (and JavaScript before ES2019) splits a line at that JSON leaves raw.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_line(value: object) -> str:
    """``value`` as one line of JSON, text kept as it is (not ASCII-escaped) but for the
    characters a line reader splits at (NEL, LINE and PARAGRAPH SEPARATOR: a headline holding
    one came out as two broken records)."""
    import json

    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS)


def json_indented(value: object) -> str:
    """``value`` as JSON indented by two, text kept as it is: the same characters as
    ``json.dumps(value, ensure_ascii=False, indent=2)``, written by the C encoder and indented by
    msgspec (Python's indenting encoder is pure Python: 2.5 s for a 32 MB snapshot, 0.9 s now).
    A value only Python's encoder writes (a NaN) takes that way."""
    import json

    import msgspec

    compact = json.dumps(value, ensure_ascii=False)
    try:
        return msgspec.json.format(compact.encode("utf-8"), indent=2).decode("utf-8")
    except msgspec.DecodeError:
        return json.dumps(value, ensure_ascii=False, indent=2)


def write_json_indented(value: object, out: TextIO) -> None:
    """:func:`json_indented` of ``value`` and a line end, written to ``out``. When ``out``
    writes UTF-8 with no line-end translation, the indented bytes go to its buffer as they
    are (the same bytes): the text of a 20,000-story snapshot (18 MB) was held three times at
    once, the string, the string with its line end, and the stream's encoding of it."""
    import codecs
    import os

    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not isinstance(encoding, str) or os.linesep != "\n":
        out.write(json_indented(value) + "\n")
        return
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    if not utf8:
        out.write(json_indented(value) + "\n")
        return
    import json

    import msgspec

    compact = json.dumps(value, ensure_ascii=False).encode("utf-8")
    try:
        data = msgspec.json.format(compact, indent=2)
    except msgspec.DecodeError:
        data = json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")
    del compact
    out.flush()  # what was written before comes first
    buffer.write(data)
    buffer.write(b"\n")
    buffer.flush()
