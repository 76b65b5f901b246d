"""Policy alert rules: a corridor's status changed, or entered the status a rule watches."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from tui.core.alert_rules import AlertRule
from tui.core.models import PolicyStatus, Snapshot
from tui.flow.alert_checks import (
    State,
    _cooled,
    _in_force,
    _policy_matches,
    _policy_token,
    _token_in,
    _token_status,
)
from tui.flow.alert_model import (
    Alert,
    _iso,
)

if TYPE_CHECKING:
    from tui.core.config_types import Config


class PolicyRules:
    """The ``policy`` evaluator of :class:`tui.flow.alerts.AlertEngine`."""

    config: Config
    max_headline_alerts: int

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
                # a measure announced for a later day enters the status on that day, not before
                inside = row.status == rule.status and _in_force(row)
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
                "starts": row.starts.isoformat() if row.starts else None,
                "conflict": row.conflict,
                "evidence": best.to_json() if best else None,
                "repeat": repeat,
            },
        )
