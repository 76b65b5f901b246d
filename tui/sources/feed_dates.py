"""Feed dates that feedparser misreads or drops: zone names it does not know (``CET`` read as
UTC), ``GMT+2``, a 12-hour clock with a zone (``8:00 PM EST``), localized weekday and month
names (``Fr, 27 Nov 2026``, ``Do, 03 Dez 2026``: :mod:`tui.sources.month_names`), ``27.11.2026 08:00``, ``Friday, November 27, 2026 - 08:00`` and a day
with its month's name and no time (``November 3, 2025``, ``Nov. 3, 2025``, ``3rd November
2025``); and clock times whose zone no one can place (:func:`zone_unknown`: ``10:00:00 XYZ``,
or no zone written), which are read as UTC and marked so, never silently."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from tui.sources.month_names import in_english

UTC = timezone.utc
_H = 3600
# Zone abbreviations seen in feeds, in seconds east of UTC. Ambiguous ones (IST, CST in Asia)
# keep their most common feed meaning; anything else is left to feedparser.
ZONES: dict[str, int] = {
    "Z": 0,
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": _H,
    "BST": _H,
    "CET": _H,
    "MEZ": _H,
    "CEST": 2 * _H,
    "MESZ": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "MSK": 3 * _H,
    "IST": 5 * _H + 1800,
    "SGT": 8 * _H,
    "HKT": 8 * _H,
    "AWST": 8 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "CST": -6 * _H,
    "CDT": -5 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
}
_WEEKDAY = re.compile(r"^[^\W\d_]{2,12}\.?,\s*")
_ZONE = re.compile(
    r"\s*(?:(?P<name>[A-Z]{1,5})|(?:GMT|UTC)?\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)$"
)
_AMPM = re.compile(r"\s*(?P<ap>[AaPp])\.?[Mm]\.?$")
_FORMATS = (
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%d %B %Y %H:%M:%S",
    "%d %B %Y %H:%M",
    "%B %d, %Y %H:%M:%S",
    "%B %d, %Y %H:%M",
    "%B %d, %Y - %H:%M",
    "%b %d, %Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    # a day with its month's name and no clock time (a day, read from its start in UTC)
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%d %B %Y",
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)  # "3rd November", "November 3rd"
_MONTH_DOT = re.compile(r"\b(?P<month>[A-Za-z]{3,4})\.(?=\s)")  # "Nov. 3", "Sept. 30"


# 24:00, the end of a day (RFC 3339, ISO 8601): the next day's 00:00; 24:00:01 is no time
_DAY_END = re.compile(r"(?<![\d:])24:00(?P<s>:00(?:\.0+)?)?(?![:\d])")

#: No date is longer (the longest forms read here are about 70 characters).
LONGEST = 120


def short_date(raw: object) -> str | None:
    """``raw`` as a date's text to read (white space runs made one space), None when it is no
    text or longer than any date: a hostile feed's 50,000 spaces in a date made the searches
    for a zone at its end take minutes (each start in the run tried to its end), and the app
    and ``snapshot`` froze on it."""
    if not isinstance(raw, str) or len(raw) > 4 * LONGEST:
        return None
    text = " ".join(raw.split())
    return text if len(text) <= LONGEST else None


_WEEK = re.compile(r"^(?P<y>\d{4})-?W(?P<w>\d{2})(?:-?(?P<wd>\d))?(?P<rest>[Tt ].*)?$")
_YEAR_DAY = re.compile(r"^(?P<y>\d{4})-(?P<yd>\d{3})(?P<rest>[Tt ].*)?$")


def week_or_year_day(raw: object) -> tuple[date | None, str] | None:
    """An ISO 8601 week date (``2026-W09-1``, ``2026W091``, ``2026-W09``: its Monday) or
    ordinal date (``2026-060``) as its calendar day (None when no calendar holds it: week 54,
    day 400, weekday 8) and what follows the day (``T10:00:00Z``); None for any other text.
    feedparser reads every such date as the first of the current month (or June), a day no
    one wrote."""
    if (text := short_date(raw)) is None:
        return None
    if (week := _WEEK.match(text)) is not None:
        try:
            day = date.fromisocalendar(int(week["y"]), int(week["w"]), int(week["wd"] or 1))
        except ValueError:
            return None, week["rest"] or ""
        return day, week["rest"] or ""
    if (year_day := _YEAR_DAY.match(text)) is None:
        return None
    number = int(year_day["yd"])
    first = date(int(year_day["y"]), 1, 1)
    day_of = first + timedelta(days=number - 1)
    held = 1 <= number and day_of.year == first.year
    return (day_of if held else None), year_day["rest"] or ""


def _week_date(found: tuple[date | None, str]) -> datetime | None:
    day, rest = found
    if day is None:
        return None
    try:
        when = datetime.fromisoformat(day.isoformat() + rest.replace("t", "T"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def parse_date(raw: object) -> datetime | None:
    """An aware UTC datetime for the date forms above; None for anything else (feedparser
    reads the standard ones)."""
    if (raw := short_date(raw)) is None:
        return None
    if (found := week_or_year_day(raw)) is not None:
        return _week_date(found)
    text = in_english(_WEEKDAY.sub("", raw))
    text = _ORDINAL.sub("", _MONTH_DOT.sub(_month, text))
    offset = 0
    zone = _ZONE.search(text)
    if zone is not None and zone.start() > 0:
        if zone.group("name"):
            if zone.group("name") not in ZONES:
                return None
            offset = ZONES[zone.group("name")]
        else:
            sign = -1 if zone.group("sign") == "-" else 1
            offset = sign * (int(zone.group("h")) * _H + int(zone.group("m") or 0) * 60)
        text = text[: zone.start()]
    ampm = _AMPM.search(text)
    if ampm is not None:
        text = text[: ampm.start()]
    day_end = _DAY_END.search(text) if ampm is None else None
    if day_end is not None:
        text = (
            text[: day_end.start()]
            + ("00:00:00" if day_end["s"] else "00:00")
            + text[day_end.end() :]
        )
    for fmt in _FORMATS:
        try:
            when = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        if ampm is not None:
            if when.hour > 12:
                return None
            pm = ampm.group("ap").lower() == "p"
            when = when.replace(hour=when.hour % 12 + (12 if pm else 0))
        if day_end is not None:
            when += timedelta(days=1)
        return (when - timedelta(seconds=offset)).replace(tzinfo=UTC)
    return None


def _month(match: re.Match[str]) -> str:
    month = match.group("month")
    return "Sep" if month.lower() == "sept" else month


def misread_by_feedparser(raw: object) -> bool:
    """True when feedparser would read this date wrongly (a zone name it does not know, a
    12-hour clock, 24:00 but in an ISO date with its ``T``): then :func:`parse_date` is
    trusted over it (feedparser's reading, when it reads none: ``2026-03-02T24:00Z``)."""
    if (text := short_date(raw)) is None:
        return False
    if week_or_year_day(text) is not None:
        return True  # "2026-W09-1", "2026-060": feedparser reads the month's first
    zone = _ZONE.search(text)
    named = zone.group("name") if zone is not None else None
    known_to_feedparser = {
        "Z",
        "UT",
        "UTC",
        "GMT",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
    }
    return bool(
        (named and named in ZONES and named not in known_to_feedparser)
        or re.search(r"\d\s*[AaPp]\.?[Mm]\b", text)
        or re.search(r"(?:GMT|UTC)[+-]\d", text)
        or _DAY_END.search(text) is not None
    )


# feedparser's own zone names (feedparser.datetimes.rfc822): it places these itself
_FEEDPARSER_ZONES = frozenset(
    {"ut", "gmt", "z", "adt", "ast", "at", "edt", "est", "et", "cdt", "cst", "ct", "mdt"}
    | {"mst", "mt", "pdt", "pst", "pt", "a", "n", "m", "y", "met", "mest", "utc"}
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_COMMENT = re.compile(r"\s*\([^()]*\)$")  # "+0100 (CET)"
_NAME_AT_END = re.compile(r"(?<=[\d\s])(?P<name>[A-Za-z]{1,5})$")
_OFFSET_AT_END = re.compile(r"[+-]\d{1,2}(?::?\d{2})?$")


def zone_unknown(raw: object) -> bool:
    """True for a date with a clock time in a zone that cannot be placed: an abbreviation
    neither :data:`ZONES` nor feedparser knows (``Mon, 01 Dec 2025 10:00:00 XYZ``, ``HST``),
    or no zone at all (``Sat, Dec 06 2025 08:30:00 PM``, ``2025-12-01T10:00:00``). Such a
    time is read as UTC (the middle of where it can be: up to 12 hours either way) and the
    headline says its time is of an unknown zone. A date without a clock time is not one
    (it is a day, read as the day's start in UTC as before)."""
    if (raw := short_date(raw)) is None or not _CLOCK.search(raw):
        return False
    text = _COMMENT.sub("", raw)
    text = _AMPM.sub("", text).rstrip()
    if _OFFSET_AT_END.search(text):
        return False  # "+0100", "-05:00", "GMT+2"
    named = _NAME_AT_END.search(text)
    if named is None:
        return True  # no zone written
    name = named.group("name")
    return name.upper() not in ZONES and name.lower() not in _FEEDPARSER_ZONES


_CLOCK12 = re.compile(r"\b(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])\.?[Mm]\b")


def fix_ampm(when: datetime, raw: object) -> datetime:
    """feedparser ignores a 12-hour clock suffix ("02:02:33 PM"): apply it."""
    if (raw := short_date(raw)) is None:
        return when
    match = _CLOCK12.search(raw)
    if match is None:
        return when
    hour = int(match.group(1))
    pm = match.group(3).lower() == "p"
    if when.hour != hour or hour > 12:
        return when  # already converted (a zone offset applied), or not a 12-hour clock
    if pm and hour < 12:
        return when + timedelta(hours=12)
    if not pm and hour == 12:
        return when - timedelta(hours=12)
    return when


_NUMERIC_OFFSET = re.compile(r"(?<=[\d\s])(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})$")
#: The furthest any place's clock is from UTC (Kiribati, +14:00; the furthest west is -12:00).
_FURTHEST = 14 * _H


def impossible_offset(raw: object) -> int | None:
    """Seconds east of UTC of a numeric zone offset no place has, as feedparser applies it
    (``+2500``, ``-1900``, ``+0575``: beyond 14 hours either way, or 60 minutes or more); None
    for any other date. Such an offset is a slip (``+2500`` typed for ``+0500``?), and applied
    it moves the story by a day with no word."""
    if (raw := short_date(raw)) is None:
        return None
    found = _NUMERIC_OFFSET.search(_COMMENT.sub("", raw))
    if found is None:
        return None
    seconds = int(found.group("h")) * _H + int(found.group("m")) * 60
    if seconds <= _FURTHEST and int(found.group("m")) < 60:
        return None
    return -seconds if found.group("sign") == "-" else seconds


def placed(when: datetime, raw: object) -> tuple[datetime, bool]:
    """``when`` (read with the date's own zone applied) and whether its zone cannot be placed
    (:func:`zone_unknown`). A numeric offset no place has is undone: the clock time is read
    as UTC, the middle of where it can be, and marked so, as an unknown zone's is."""
    shift = impossible_offset(raw)
    if shift is not None:
        return when + timedelta(seconds=shift), True
    return when, zone_unknown(raw)


_ISO_FIELDS = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[Tt ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
)


def no_such_day(raw: object) -> bool:
    """True for an ISO date whose written fields no calendar holds (``2026-02-30``, month 13,
    ``25:00``, minute 75), which feedparser carries over into a real one (``2026-03-02``, next
    January, the next day) and would date the story on a day no one wrote. 24:00 (the day's
    end) and a leap second (``:60``) are read as written."""
    if (text := short_date(raw)) is None:
        return False
    if (week := week_or_year_day(text)) is not None:
        return _week_date(week) is None  # week 54, day 400: feedparser's reading stands not
    if (found := _ISO_FIELDS.match(text)) is None:
        return False
    hour, minute = int(found["h"] or 0), int(found["mi"] or 0)
    second = int(found["s"] or 0)
    try:
        datetime(int(found["y"]), int(found["mo"]), int(found["d"]))
    except ValueError:
        return True
    if hour == 24:
        return minute != 0 or second != 0
    return hour > 23 or minute > 59 or second > 60
