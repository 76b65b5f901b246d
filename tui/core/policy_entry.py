"""Validation of one declared trade-policy entry (``[[policy]]`` in the config or a policy file).

Shared by the config loader and the ``policy-file`` source parser, so both speak the same words.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from tui.core.gazetteer import Gazetteer, normalise_code
from tui.core.models import POLICY_STATUSES, DeclaredPolicy
from tui.core.policy_dates import Ambiguous, read_date
from tui.core.text import clean_text, safe_url

FIELDS = (
    "metal",
    "origin",
    "destination",
    "status",
    "since",
    "rate_pct",
    "proposed",
    "url",
    "note",
    "until",
)
#: Words people write for a status -> the status they mean (used in error hints only).
STATUS_HINTS = {
    "ban": "suspended",
    "banned": "suspended",
    "halt": "suspended",
    "halted": "suspended",
    "embargo": "suspended",
    "closed": "suspended",
    "export controls": "licensing",
    "controls": "licensing",
    "licence": "licensing",
    "license": "licensing",
    "permit": "licensing",
    "restricted": "licensing",
    "duty": "tariff",
    "duties": "tariff",
    "levy": "tariff",
    "anti-dumping": "tariff",
    "lifted": "resuming",
    "resumed": "resuming",
    "eased": "resuming",
    "free": "open",
    "none": "open",
}


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _code(value: Any, where: str, field: str) -> str:
    if value is None:
        return "*"
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {field} must be a country code such as 'CN', 'EU' or '*'")
    try:
        return normalise_code(value)
    except ValueError:
        pass
    code = Gazetteer.default().lookup(value)
    if code:
        return code
    raise ValueError(f"{where}: {field} {value!r} is not an ISO 3166 alpha-2 code, 'EU' or '*'")


#: Before this year a date is a placeholder for none (``0001-01-01``, as .NET and many exports
#: write an empty date), never the day a measure took effect.
EARLIEST_YEAR = 1800


def _since(value: Any, where: str, field: str = "since") -> date | None:
    day = _day(value, where, field)
    if day is not None and day.year < EARLIEST_YEAR:
        raise ValueError(
            f"{where}: {field} {day} is a placeholder for no date, not a day (leave it out)"
        )
    return day


def _day(value: Any, where: str, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            day = read_date(value)
        except Ambiguous as exc:
            raise ValueError(
                f"{where}: {field} must be a date like 2025-11-09 (got {value!r}: {exc})"
            ) from None
        if day is not None:
            return day
    if isinstance(value, time):  # a TOML time of day: no day in it
        got = f"got a time of day, {value.isoformat()}, with no day"
    else:
        got = f"got {value!r}"
    raise ValueError(f"{where}: {field} must be a date like 2025-11-09 ({got})")


#: An ``until`` in this year or later is an open end written as a far date (``9999-12-31``,
#: ``2100-01-01``, as registers and exports write "no end"), never the day a measure ends: read
#: as no end, so the board does not say "until 9999-12-31".
OPEN_END_YEAR = 2100


def _until(value: Any, where: str) -> date | None:
    day = _since(value, where, "until")
    return None if day is not None and day.year >= OPEN_END_YEAR else day


#: A ``since`` more than this many years after today is more likely a typo (``2062`` for
#: ``2026``, ``2206``) than a measure announced so long ahead (the furthest real ones, a ban
#: written into law for a few years on, fall within it). Such an entry is kept and shown for
#: what it says, coming on that day (never guessed into another year), and said: by
#: ``metalwatch check`` for the config's entries, on the health line for a policy file's. An
#: ``until`` as far ahead (and before :data:`OPEN_END_YEAR`, which is no end) is said alike.
FAR_AHEAD_YEARS = 5

_FAR_SHOWN = {
    "since": "shown as coming on that day, not in force until then",
    "until": "kept as the day it ends; for a measure with no end leave until out",
}


def far_ahead(day: date | None, today: date, field: str = "since") -> str | None:
    """What to say of a ``since`` (or ``until``, by ``field``) more than
    :data:`FAR_AHEAD_YEARS` after ``today``, else None."""
    if day is None:
        return None
    years = (day - today).days / 365.25
    if years <= FAR_AHEAD_YEARS:
        return None
    return f"{field} {day} is {round(years)} years ahead: a typo? ({_FAR_SHOWN[field]})"


def far_dates(entry: DeclaredPolicy, today: date) -> list[tuple[str, str]]:
    """The entry's dates years ahead: ``(field, what to say)`` for ``since`` then ``until``."""
    said = [(f, far_ahead(getattr(entry, f), today, f)) for f in ("since", "until")]
    return [(f, why) for f, why in said if why is not None]


def validate_policy_entry(entry: Mapping[str, Any], where: str) -> DeclaredPolicy:
    """One ``[[policy]]`` entry -> :class:`DeclaredPolicy`; ``ValueError`` names the field.

    ``where`` prefixes the message ("policy[2]", "config.toml [[policy]] #3"). The returned
    entry has ``source="config"``; callers replace it when the entry comes from elsewhere.
    """
    if not isinstance(entry, Mapping):
        raise ValueError(f"{where}: expected a table of fields, got {type(entry).__name__}")
    unknown = [k for k in entry if k not in FIELDS]
    if unknown:
        key = str(unknown[0])
        raise ValueError(f"{where}: unknown field {key!r}{_suggest(key, FIELDS)}")

    metal = entry.get("metal")
    if not isinstance(metal, str) or not metal.strip():
        raise ValueError(f"{where}: metal is required (a metal id such as 'copper')")
    metal = metal.strip()

    status = entry.get("status")
    if not isinstance(status, str) or not status.strip():
        raise ValueError(f"{where}: status is required, one of {', '.join(POLICY_STATUSES)}")
    status_l = status.strip().lower()
    if status_l not in POLICY_STATUSES:
        hint = STATUS_HINTS.get(status_l)
        extra = f" (for {status!r} use {hint!r})" if hint else _suggest(status_l, POLICY_STATUSES)
        raise ValueError(
            f"{where}: status {status!r} is not one of {', '.join(POLICY_STATUSES)}{extra}"
        )

    origin = _code(entry.get("origin"), where, "origin")
    destination = _code(entry.get("destination"), where, "destination")
    if origin == destination != "*":  # "CN" and "cn", or "China": one place both ends
        raise ValueError(
            f"{where}: origin and destination are both {origin!r}: a corridor runs from the "
            "exporter to another place (for any importer use destination = '*')"
        )

    rate = entry.get("rate_pct")
    rate_pct: float | None = None
    if rate is not None:
        if isinstance(rate, str):
            try:
                rate = float(rate.strip().rstrip("%").strip())
            except ValueError:
                raise ValueError(f"{where}: rate_pct must be a number (got {rate!r})") from None
        if isinstance(rate, bool) or not isinstance(rate, (int, float)):
            raise ValueError(f"{where}: rate_pct must be a number (got {rate!r})")
        if not 0 <= float(rate) <= 10000:
            raise ValueError(f"{where}: rate_pct must be between 0 and 10000 (got {rate!r})")
        rate_pct = float(rate)

    proposed = entry.get("proposed", False)
    if not isinstance(proposed, bool):
        raise ValueError(f"{where}: proposed must be true or false (got {proposed!r})")

    url_raw = entry.get("url")
    url: str | None = None
    if url_raw not in (None, ""):
        url = safe_url(url_raw)
        if url is None:
            raise ValueError(f"{where}: url must be an http(s) URL (got {url_raw!r})")

    note_raw = entry.get("note")
    if note_raw is not None and not isinstance(note_raw, str):
        raise ValueError(f"{where}: note must be text")
    note = clean_text(note_raw, 300, html_input=False) if note_raw else None

    since = _since(entry.get("since"), where)
    until = _until(entry.get("until"), where)
    if since is not None and until is not None and until < since:
        raise ValueError(f"{where}: until ({until}) is before since ({since})")

    return DeclaredPolicy(
        metal=metal,
        origin=origin,
        destination=destination,
        status=status_l,
        since=since,
        rate_pct=rate_pct,
        proposed=proposed,
        url=url,
        note=note or None,
        until=until,
    )


def disagree(a: DeclaredPolicy, b: DeclaredPolicy) -> bool:
    """Two entries for one metal, corridor and day (and plan or not) that say different things:
    the board would show whichever comes last, silently."""
    same = (a.metal, a.origin, a.destination, a.since, a.proposed)
    if same != (b.metal, b.origin, b.destination, b.since, b.proposed):
        return False
    return (a.status, a.rate_pct, a.until) != (b.status, b.rate_pct, b.until)
