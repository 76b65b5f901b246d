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
alerts log, which survives restarts. A session that could read nothing of the store (another
program's lock from its start) evaluates nothing until it can (:data:`HELD`). Nothing here
imports textual: the TUI, ``metalwatch snapshot`` and ``metalwatch watch`` share it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from tui.core.alert_rules import AlertRule
from tui.core.freshness import EXPECTED_AGE_DAYS, STEP_GAP_DAYS, freshness
from tui.core.models import PriceSeries, Snapshot
from tui.core.validate import format_duration
from tui.flow.alert_checks import (
    State,
    _fmt_price,
    _load_state,
    _series_for,
    _should_fire,
    keyword_pattern,
    price_move,
)
from tui.flow.alert_headlines import HeadlineRules
from tui.flow.alert_model import (
    ALERT_SCHEMA,
    DEFAULT_COMMAND_TIMEOUT,
    Alert,
    _as_utc,
    _iso,
)
from tui.flow.alert_policy import PolicyRules
from tui.store.meta import alert_key

if TYPE_CHECKING:
    from tui.core.config_types import Config
    from tui.store import Store


log = logging.getLogger(__name__)

_Round = tuple[dict[str, str], list[Mapping[str, Any]], str | None]

MAX_HEADLINE_ALERTS = 10  # per rule and evaluation; the rest are summed up in one alert

#: What is said while the rules wait: a session another program's lock kept out of the whole
#: file from its start has none of the rules' state (what fired, the side of each threshold), so
#: evaluating there fired again what the file recorded as fired. The rules wait until the store
#: can read the file (the session rejoins it), then evaluate its newest snapshot.
HELD = "alerts wait until the cache can be read: what the rules fired before is recorded there"

# ---- evaluation ---------------------------------------------------------------------------


class AlertEngine(PolicyRules, HeadlineRules):
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
        self.held = False  # the last evaluation waited for the file's state (``HELD``)
        self._memory: dict[str, str] = {}  # state kept here too, in case the store fails

    @property
    def rules(self) -> tuple[AlertRule, ...]:
        return self.config.alerts

    def evaluate(self, snapshot: Snapshot, *, now: datetime | None = None) -> list[Alert]:
        """The alerts ``snapshot`` fires (none while the store has read nothing of the file,
        ``held``: see :data:`HELD`)."""
        self.held = bool(self.rules) and bool(getattr(self.store, "unread", False))
        if not self.rules or self.held:
            return []
        now = _as_utc(now or snapshot.generated_at)
        fired: list[Alert] = []
        logged: list[Mapping[str, Any]] = []  # the alerts as written to the log
        ran: list[bool] = []

        as_of = None if snapshot.data_as_of is None else _as_utc(snapshot.data_as_of)
        # the state kept here before this evaluation: a round the file refused is done again
        # in memory (``store.writes``), and must start from it, not from what the refused one
        # recorded (it saw the alerts it fired as fired, and fired none: they were lost)
        kept = dict(self._memory)

        def round_(stored: dict[str, str], mark: str | None) -> _Round:
            # inside the store's write transaction: another process's round waits for it
            ran.append(True)
            fired.clear()
            seen = _when(mark)
            if seen is not None and seen > datetime.now(timezone.utc):
                seen = None  # written under a clock that was ahead: not to be trusted
            if as_of is not None and seen is not None and as_of < seen:
                # older data than the rules last saw (another process's newer build, or a
                # snapshot painted from the cache before a rebuild): it must not undo a
                # crossing, which the next newer snapshot would fire again
                return {}, [], None
            states = {**stored, **kept}
            changed: dict[str, str] = {}
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
                fired.extend(alerts)
            self._memory = {**kept, **changed}
            newer = None if as_of is None or (seen and as_of <= seen) else as_of.isoformat()
            logged[:] = [a.to_json() for a in fired]
            return changed, logged, newer

        try:
            ids = self.store.alert_round(round_)
        except sqlite3.Error as exc:
            self.last_error = f"cannot save alerts to the cache: {exc}"
            log.warning("%s", self.last_error)
            if not ran:  # the state could not even be read: evaluated on this run's own
                round_({}, None)
        else:
            self._memory.clear()
            self.last_error = None
            for a, log_id, body in zip(fired, ids, logged, strict=True):
                a.log_id, a.log_key = log_id, alert_key(body)
        return fired

    def note_delivery(self, alert: Alert, problem: str) -> None:
        """Record in the log that delivering ``alert`` went wrong (e.g. its command failed)."""
        if alert.log_id is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.store.set_alert_delivery(alert.log_id, problem, key=alert.log_key)

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
        stale = _stale(series, now)
        message = (
            f"{metal} at {price} {series.unit} on {day.isoformat()}, {side} {_fmt_price(threshold)}"
            f" ({series.source})" + (f" [stale: no price since {day.isoformat()}]" if stale else "")
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
                "stale": stale,
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
        gap = STEP_GAP_DAYS.get(series.frequency, EXPECTED_AGE_DAYS["irregular"])
        move = price_move(series.points, rule.window, max_gap_days=gap)
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
        stale = _stale(series, now)
        message = (
            f"{metal} {side} {abs(pct):.2f}% in {format_duration(rule.window)}:"
            f" {_fmt_price(v0)} -> {_fmt_price(v1)} {series.unit}"
            f" ({d0.isoformat()} to {d1.isoformat()}, {series.source})"
            + (f" [stale: no price since {d1.isoformat()}]" if stale else "")
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
                "stale": stale,
            },
        )
        return [alert], new_state


def _when(text: str | None) -> datetime | None:
    try:
        return _as_utc(datetime.fromisoformat(text)) if text else None
    except ValueError:
        return None


def _stale(series: PriceSeries, now: datetime) -> bool:
    """Whether the series' newest price is older than its kind allows (the panel's "stale"):
    an alert on it says so, never passing an old move for today's."""
    fresh = freshness(series, now)
    return fresh is not None and fresh.stale


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


__all__ = [
    "ALERT_SCHEMA",
    "DEFAULT_COMMAND_TIMEOUT",
    "MAX_HEADLINE_ALERTS",
    "Alert",
    "AlertEngine",
    "keyword_pattern",
    "price_move",
]
