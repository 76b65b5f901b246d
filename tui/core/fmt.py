"""Formatting shared by the views: ages, statuses, changes. No textual here."""

from __future__ import annotations

from datetime import date, datetime, timezone

STATUS_SYMBOL = {
    "open": "●",
    "tariff": "$",
    "licensing": "◆",
    "quota": "▤",
    "suspended": "✖",
    "resuming": "↻",
}


def age(when: datetime | date | None, now: datetime) -> str:
    """A short age: "5m", "3h", "2d", "4mo", "1y"; "?" when unknown."""
    if when is None:
        return "?"
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day, tzinfo=timezone.utc)
    secs = (now - when).total_seconds()
    if secs < 0:
        return "now" if secs > -300 else "soon"
    if secs < 60:
        return "now"
    if secs < 3600:
        return f"{int(secs // 60)}m"
    if secs < 86400:
        return f"{int(secs // 3600)}h"
    days = secs / 86400
    if days < 60:
        return f"{int(days)}d"
    if days < 730:
        return f"{int(days // 30.4)}mo"
    return f"{int(days // 365.25)}y"


def status_label(status: str, rate_pct: float | None = None) -> str:
    rate = f" {rate_pct:g}%" if rate_pct is not None else ""
    return f"{STATUS_SYMBOL.get(status, '?')} {status}{rate}"


def signed_pct(value: float | None) -> str:
    if value is None:
        return "—"
    arrow = "▲" if value > 0 else ("▼" if value < 0 else "=")
    return f"{arrow}{abs(value):.2f}%"
