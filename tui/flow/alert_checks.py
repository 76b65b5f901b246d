"""Pure helpers of alert evaluation: price moves, keyword patterns, crossings, cool-downs, state."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from tui.core.alert_rules import AlertRule
from tui.core.models import PolicyStatus, PriceSeries, Snapshot, Story
from tui.flow.alert_model import _as_utc

State = dict[str, Any]


def price_move(
    points: Sequence[tuple[date, float]], window: float, *, max_gap_days: int | None = None
) -> tuple[tuple[date, float], tuple[date, float], float] | None:
    """(from point, to point, % change) over ``window`` seconds: from the last point at or
    before (last date - window) to the last point; None without such a point (or from 0), or
    when that point is more than ``max_gap_days`` (one step of the series) before the window's
    start: a move across a gap of months is no move of the window."""
    if len(points) < 2:
        return None
    last = points[-1]
    cutoff = last[0] - timedelta(days=max(1, int(window // 86400)))
    i = bisect.bisect_right([d for d, _ in points], cutoff) - 1
    if i < 0:
        return None
    base = points[i]
    if max_gap_days is not None and (cutoff - base[0]).days > max_gap_days:
        return None
    if base[1] == 0:
        return None
    return base, last, (last[1] / base[1] - 1) * 100


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str]:
    """A case-insensitive pattern finding any of ``keywords`` as whole words or phrases.

    Spaces match any run of whitespace or hyphens; a word may take a plural "s"/"es"; a
    trailing ``*`` matches any word ending ("export*" finds "exports", "exporters")."""
    parts = []
    for kw in keywords:
        star = kw.endswith("*")
        words = kw.rstrip("*").split()
        if not words:
            continue
        body = r"[\s\-]+".join(re.escape(w) for w in words)
        tail = r"\w*" if star else r"(?:s|es)?"
        parts.append(rf"(?<!\w){body}{tail}(?!\w)")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def _should_fire(rule: AlertRule, state: State, side: str, now: datetime) -> bool:
    if side == "inside":
        return False
    if state.get("side") != side:
        return True
    return _cooled(rule, state.get("fired_at"), now)


def _cooled(rule: AlertRule, last: object, now: datetime) -> bool:
    if rule.cooldown is None:
        return False
    when = _parse_iso(last)
    return when is None or (now - when).total_seconds() >= rule.cooldown


def _series_for(snap: Snapshot, metal: str | None) -> PriceSeries | None:
    for s in snap.prices:
        if s.metal == metal and s.points:
            return s
    return None


def _policy_matches(rule: AlertRule, row: PolicyStatus) -> bool:
    if rule.metal is not None and row.metal != rule.metal:
        return False
    if rule.origin not in (None, "*") and row.origin != rule.origin:
        return False
    return rule.destination in (None, "*") or row.destination == rule.destination


def _policy_token(row: PolicyStatus) -> str:
    """The token of a row: "tariff 50%", "tariff (proposed)", "tariff 50% (from 2025-06-04)"
    (a row with nothing in force yet says the day its coming measure starts, so that day is a
    change of its own)."""
    rate = f" {row.rate_pct:g}%" if row.rate_pct is not None else ""
    if (day := row.coming_from) is not None:  # nothing in force yet
        return f"{row.status}{rate} (from {day.isoformat()})"
    return f"{row.status}{rate}{' (proposed)' if row.proposed else ''}"


def _in_force(row: PolicyStatus) -> bool:
    return not row.proposed and row.coming_from is None


def _token_status(token: str) -> str:
    return token.split(" ", 1)[0]


def _token_in(token: str, status: str) -> bool:
    """The token of a status in force: not "(proposed)", not "(from <day>)"."""
    return _token_status(token) == status and not token.endswith(")")


def _story_keys(story: Story) -> set[str]:
    keys = {f"id:{story.id}"}
    for e in story.entries:
        url = e.canonical_url or e.url
        if url:
            keys.add(f"url:{url}")
    return keys


def _story_text(story: Story) -> str:
    titles = {story.title, *(e.title for e in story.entries)}
    return "\n".join([*sorted(titles), story.summary])


def _load_state(text: str | None) -> State:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _parse_iso(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return _as_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return None


def _fmt_price(value: float) -> str:
    from tui.core.fmt import format_price

    return format_price(value)
