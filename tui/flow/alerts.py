"""Alerts: ``[[alerts]]`` rules, evaluated against each :class:`Snapshot`, delivered anywhere.

Four kinds of rule (``when``):

* ``price``: the metal's latest price (in its display unit, as the prices panel shows it) is
  strictly above ``above`` or strictly below ``below`` (either or both).
* ``move``: the absolute % change from the last point at or before (last date - ``window``)
  to the last point is at least ``pct``.
* ``policy``: a trade-policy status on the board changed (optionally only for ``metal``,
  ``origin``, ``destination``, or only a change *to* ``status``).
* ``headline``: a story's title or summary contains one of ``keywords`` (optionally only for
  stories tagged with ``metals``).

Firing, once per crossing or change, never on every refresh:

* ``price`` and ``move`` fire when the condition becomes true, which includes the first time a
  rule sees a value already beyond its threshold (once), then not again until the value has
  come back inside and crossed again (a move that flips from up to down is a new crossing).
* ``policy`` with ``status`` fires when a corridor enters that status (including on first
  sight). ``policy`` without ``status`` fires on each change of status, rate or proposed flag
  of a corridor; the first evaluation with data only records the board as the baseline.
* ``headline`` fires once per story (the story id and every outlet's URL are remembered).
  At most ``MAX_HEADLINE_ALERTS`` stories alert individually per rule and evaluation; the rest
  are summed up in one alert, so a first run over a full cache cannot flood.
* ``cooldown = "1h"`` re-fires a condition still true once the cool-down has passed since it
  last fired (``price``, ``move``, and ``policy`` with ``status``).

Rule state lives in the store (``alert_state``) keyed by the rule's name and definition, so
editing a rule's condition starts it afresh; every alert fired is appended to the store's
alerts log, which survives restarts. Nothing here imports textual: the TUI, ``metalwatch
snapshot`` and ``metalwatch watch`` share it.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from tui.core.alert_rules import AlertRule
from tui.core.models import PolicyStatus, PriceSeries, Snapshot, Story
from tui.core.text import strip_controls
from tui.core.validate import format_duration

if TYPE_CHECKING:
    from tui.core.config_types import Config
    from tui.store import Store

log = logging.getLogger(__name__)

UTC = timezone.utc
ALERT_SCHEMA = "metalwatch.alert/1"
MAX_HEADLINE_ALERTS = 10  # per rule and evaluation; the rest are summed up in one alert
MAX_REMEMBERED = 5000  # story ids / URLs a headline rule remembers
DEFAULT_COMMAND_TIMEOUT = 10.0
# Textual's notify() severities
_NOTIFY = {"info": "information", "warning": "warning", "error": "error"}


# ---- rules and alerts -----------------------------------------------------------------------
@dataclass(slots=True)
class Alert:
    """One firing of one rule."""

    rule: str  # the rule's name
    kind: str  # price | move | policy | headline
    metal: str | None
    title: str
    message: str
    severity: str  # info | warning | error
    fired_at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    # the argv to run for it (already resolved from the rule or [app]); not part of the JSON
    command: tuple[str, ...] | None = field(default=None, repr=False, compare=False)
    log_id: int | None = field(default=None, compare=False)  # its id in the store's log

    @property
    def notify_severity(self) -> str:
        """The severity for Textual's ``notify`` ("information", "warning", "error")."""
        return _NOTIFY.get(self.severity, "information")

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": ALERT_SCHEMA,
            "rule": self.rule,
            "kind": self.kind,
            "metal": self.metal,
            "title": self.title,
            "message": self.message,
            "severity": self.severity,
            "fired_at": _iso(self.fired_at),
            "data": self.data,
        }

    def line(self) -> str:
        """One line for a log or a terminal: time, severity, title, message."""
        return (
            f"{_iso(self.fired_at)} {self.severity.upper():<7} {_one_line(self.title)}: "
            f"{_one_line(self.message)}"
        )


# ---- evaluation ---------------------------------------------------------------------------

State = dict[str, Any]


class AlertEngine:
    """Evaluates the config's rules against snapshots, keeping their state in the store.

    ``evaluate`` returns the alerts that fired (already in the store's log, ``log_id`` set);
    delivering them (a notification, the bell, ``run_hooks``) is up to the caller. Call it
    from the thread that owns ``store``.
    """

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        max_headline_alerts: int = MAX_HEADLINE_ALERTS,
    ) -> None:
        self.config = config
        self.store = store
        self.max_headline_alerts = max_headline_alerts
        self.last_error: str | None = None  # the store could not keep state / the log
        self._memory: dict[str, str] = {}  # state kept here too, in case the store fails

    @property
    def rules(self) -> tuple[AlertRule, ...]:
        return self.config.alerts

    def evaluate(self, snapshot: Snapshot, *, now: datetime | None = None) -> list[Alert]:
        if not self.rules:
            return []
        now = _as_utc(now or snapshot.generated_at)
        try:
            stored = self.store.load_alert_states()
        except sqlite3.Error as exc:
            self.last_error = f"cannot read the alert state: {exc}"
            stored = {}
        states = {**stored, **self._memory}
        changed: dict[str, str] = {}
        fired: list[Alert] = []
        metal_names = {m.id: m.name for m in snapshot.metals}
        for rule in self.rules:
            before = states.get(rule.key)
            state = _load_state(before)
            evaluator = _EVALUATORS[rule.when]
            alerts, state = evaluator(self, rule, snapshot, state, now, metal_names)
            text = json.dumps(state, sort_keys=True, separators=(",", ":"))
            if text != before:
                changed[rule.key] = text
            for a in alerts:
                if rule.severity:
                    a.severity = rule.severity
                a.command = rule.command if rule.command is not None else self._global_command()
            fired += alerts
        self._memory.update(changed)
        try:
            ids = self.store.save_alert_round(changed, [a.to_json() for a in fired])
        except sqlite3.Error as exc:
            self.last_error = f"cannot save alerts to the cache: {exc}"
            log.warning("%s", self.last_error)
        else:
            self._memory.clear()
            self.last_error = None
            for a, log_id in zip(fired, ids, strict=True):
                a.log_id = log_id
        return fired

    def note_delivery(self, alert: Alert, problem: str) -> None:
        """Record in the log that delivering ``alert`` went wrong (e.g. its command failed)."""
        if alert.log_id is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.store.set_alert_delivery(alert.log_id, problem)

    def _global_command(self) -> tuple[str, ...] | None:
        return self.config.app.alert_command or None

    # ---- the kinds ------------------------------------------------------------------------

    def _price(
        self,
        rule: AlertRule,
        snap: Snapshot,
        state: State,
        now: datetime,
        names: Mapping[str, str],
    ) -> tuple[list[Alert], State]:
        series = _series_for(snap, rule.metal)
        if series is None:
            return [], state
        day, value = series.points[-1]
        if rule.above is not None and value > rule.above:
            side, threshold = "above", rule.above
        elif rule.below is not None and value < rule.below:
            side, threshold = "below", rule.below
        else:
            side, threshold = "inside", None
        fire = _should_fire(rule, state, side, now)
        new_state: State = {"side": side, "fired_at": state.get("fired_at")}
        if not fire or threshold is None:
            return [], new_state
        new_state["fired_at"] = _iso(now)
        metal = names.get(series.metal or "", series.metal or rule.metal or "")
        price = _fmt_price(value)
        message = (
            f"{metal} at {price} {series.unit} on {day.isoformat()}, {side} {_fmt_price(threshold)}"
            f" ({series.source})"
        )
        alert = Alert(
            rule=rule.name,
            kind="price",
            metal=rule.metal,
            title=rule.name,
            message=message,
            severity="warning",
            fired_at=now,
            data={
                "value": value,
                "threshold": threshold,
                "side": side,
                "as_of": day.isoformat(),
                "unit": series.unit,
                "source": series.source,
                "repeat": state.get("side") == side,
            },
        )
        return [alert], new_state

    def _move(
        self,
        rule: AlertRule,
        snap: Snapshot,
        state: State,
        now: datetime,
        names: Mapping[str, str],
    ) -> tuple[list[Alert], State]:
        series = _series_for(snap, rule.metal)
        if series is None or rule.pct is None:
            return [], state
        move = price_move(series.points, rule.window)
        if move is None:
            return [], state
        (d0, v0), (d1, v1), pct = move
        if pct >= rule.pct:
            side = "up"
        elif pct <= -rule.pct:
            side = "down"
        else:
            side = "inside"
        fire = _should_fire(rule, state, side, now)
        new_state: State = {"side": side, "fired_at": state.get("fired_at")}
        if not fire:
            return [], new_state
        new_state["fired_at"] = _iso(now)
        metal = names.get(series.metal or "", series.metal or rule.metal or "")
        message = (
            f"{metal} {side} {abs(pct):.2f}% in {format_duration(rule.window)}:"
            f" {_fmt_price(v0)} -> {_fmt_price(v1)} {series.unit}"
            f" ({d0.isoformat()} to {d1.isoformat()}, {series.source})"
        )
        alert = Alert(
            rule=rule.name,
            kind="move",
            metal=rule.metal,
            title=rule.name,
            message=message,
            severity="warning",
            fired_at=now,
            data={
                "pct": round(pct, 4),
                "threshold_pct": rule.pct,
                "direction": side,
                "from": {"date": d0.isoformat(), "value": v0},
                "to": {"date": d1.isoformat(), "value": v1},
                "window": format_duration(rule.window),
                "unit": series.unit,
                "source": series.source,
                "repeat": state.get("side") == side,
            },
        )
        return [alert], new_state

    def _policy(
        self,
        rule: AlertRule,
        snap: Snapshot,
        state: State,
        now: datetime,
        names: Mapping[str, str],
    ) -> tuple[list[Alert], State]:
        seen: dict[str, str] = dict(state.get("seen", {}))
        fired_at: dict[str, str] = dict(state.get("fired", {}))
        ready = bool(state.get("ready"))
        alerts: list[Alert] = []
        for row in snap.policy:
            if not _policy_matches(rule, row):
                continue
            lane = f"{row.metal}|{row.origin}|{row.destination}"
            token = _policy_token(row)
            prev = seen.get(lane)
            seen[lane] = token
            if rule.status is not None:
                inside = row.status == rule.status and not row.proposed
                was_inside = prev is not None and _token_in(prev, rule.status)
                last = fired_at.get(lane)
                repeat = inside and was_inside and _cooled(rule, last, now)
                if not inside or (was_inside and not repeat):
                    continue
            else:
                repeat = False
                if not ready or prev == token or (prev is None and row.status == "open"):
                    continue
            fired_at[lane] = _iso(now)
            alerts.append(self._policy_alert(rule, row, prev, token, now, names, repeat))
        # the baseline is taken once any source has delivered (an empty cache is no baseline)
        ready = ready or not snap.sources or any(h.last_success for h in snap.sources)
        return alerts, {"ready": ready, "seen": seen, "fired": fired_at}

    def _policy_alert(
        self,
        rule: AlertRule,
        row: PolicyStatus,
        prev: str | None,
        token: str,
        now: datetime,
        names: Mapping[str, str],
        repeat: bool,
    ) -> Alert:
        metal = names.get(row.metal, row.metal)
        lane = f"{row.origin}->{row.destination}"
        if repeat:
            change = f"still {token}"
        elif prev is None:
            change = f"now {token}"
        else:
            change = f"{prev} -> {token}"
        since = f" since {row.since.isoformat()}" if row.since else ""
        severity = (
            "error"
            if row.status == "suspended"
            else ("info" if row.status in ("open", "resuming") else "warning")
        )
        best = row.evidence[0] if row.evidence else None
        return Alert(
            rule=rule.name,
            kind="policy",
            metal=row.metal,
            title=rule.name,
            message=f"{metal} {lane}: {change}{since}",
            severity=severity,
            fired_at=now,
            data={
                "origin": row.origin,
                "destination": row.destination,
                "status": row.status,
                "previous": _token_status(prev) if prev else None,
                "rate_pct": row.rate_pct,
                "proposed": row.proposed,
                "since": row.since.isoformat() if row.since else None,
                "conflict": row.conflict,
                "evidence": best.to_json() if best else None,
                "repeat": repeat,
            },
        )

    def _headline(
        self,
        rule: AlertRule,
        snap: Snapshot,
        state: State,
        now: datetime,
        names: Mapping[str, str],
    ) -> tuple[list[Alert], State]:
        remembered: list[str] = list(state.get("seen", []))
        seen = set(remembered)
        pattern = keyword_pattern(rule.keywords)
        wanted = {*rule.metals, *([rule.metal] if rule.metal else [])}
        matches: list[tuple[Story, str]] = []
        for story in snap.stories:
            if wanted and not wanted & set(story.metals):
                continue
            ids = _story_keys(story)
            if seen & ids:
                new = ids - seen
                remembered += sorted(new)
                seen |= new
                continue
            found = pattern.search(_story_text(story))
            if found is None:
                continue
            remembered += sorted(ids)
            seen |= ids
            matches.append((story, found.group(0)))
        alerts = [self._headline_alert(rule, s, kw, now) for s, kw in matches]
        if len(alerts) > self.max_headline_alerts > 0:
            rest = matches[self.max_headline_alerts :]
            alerts = alerts[: self.max_headline_alerts]
            alerts.append(
                Alert(
                    rule=rule.name,
                    kind="headline",
                    metal=rule.metal,
                    title=rule.name,
                    message=f"and {len(rest)} more matching headlines (see the alerts log)",
                    severity="info",
                    fired_at=now,
                    data={
                        "count": len(rest),
                        "titles": [s.title for s, _ in rest[:50]],
                        "story_ids": [s.id for s, _ in rest[:50]],
                    },
                )
            )
        return alerts, {"seen": remembered[-MAX_REMEMBERED:]}

    def _headline_alert(self, rule: AlertRule, story: Story, keyword: str, now: datetime) -> Alert:
        metal = rule.metal if rule.metal else (story.metals[0] if len(story.metals) == 1 else None)
        return Alert(
            rule=rule.name,
            kind="headline",
            metal=metal,
            title=rule.name,
            message=story.title,
            severity="info",  # headlines inform; policy rules warn (README "Alerts")
            fired_at=now,
            data={
                "story_id": story.id,
                "url": story.url,
                "source": story.source,
                "published": _iso(story.published) if story.published else None,
                "metals": list(story.metals),
                "matched": keyword,
                "policy_event": story.policy_event.to_json() if story.policy_event else None,
            },
        )


_Evaluator = Callable[
    [AlertEngine, AlertRule, Snapshot, State, datetime, Mapping[str, str]],
    tuple[list[Alert], State],
]
_EVALUATORS: dict[str, _Evaluator] = {
    "price": AlertEngine._price,
    "move": AlertEngine._move,
    "policy": AlertEngine._policy,
    "headline": AlertEngine._headline,
}


def price_move(
    points: Sequence[tuple[date, float]], window: float
) -> tuple[tuple[date, float], tuple[date, float], float] | None:
    """(from point, to point, % change) over ``window`` seconds: from the last point at or
    before (last date - window) to the last point; None without such a point (or from 0)."""
    if len(points) < 2:
        return None
    last = points[-1]
    cutoff = last[0] - timedelta(days=max(1, int(window // 86400)))
    i = bisect.bisect_right([d for d, _ in points], cutoff) - 1
    if i < 0:
        return None
    base = points[i]
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
    rate = f" {row.rate_pct:g}%" if row.rate_pct is not None else ""
    return f"{row.status}{rate}{' (proposed)' if row.proposed else ''}"


def _token_status(token: str) -> str:
    return token.split(" ", 1)[0]


def _token_in(token: str, status: str) -> bool:
    return _token_status(token) == status and not token.endswith("(proposed)")


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


# ---- helpers ------------------------------------------------------------------------------


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return _as_utc(value).isoformat().replace("+00:00", "Z")


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


def _one_line(text: str) -> str:
    return " ".join(strip_controls(text).split())
