"""How values are written in the store's columns: datetimes as fixed-width UTC ISO text.

Datetimes are stored as ISO 8601 strings in UTC (``2025-03-01T12:00:00.000000+00:00``, a
fixed width, so they sort as text); naive datetimes are taken to be UTC. Dates are ISO dates.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

UTC = timezone.utc


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def dt_text(value: datetime) -> str:
    return as_utc(value).isoformat(timespec="microseconds")


def dt_text_or_none(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):  # a bare date: midnight UTC
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return dt_text(value)


def parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return as_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def json_tuple(value: str | None) -> tuple[str, ...]:
    if not value or value == "[]":  # most rows (what json.loads would give, without it)
        return ()
    try:
        data = json.loads(value)
    except ValueError:
        return ()
    return tuple(str(x) for x in data) if isinstance(data, list) else ()
