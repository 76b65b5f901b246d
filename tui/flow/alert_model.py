"""A fired alert: what one rule said at one time, as JSON, a log line or a notification."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from tui.core.text import strip_controls

UTC = timezone.utc
ALERT_SCHEMA = "metalwatch.alert/1"
DEFAULT_COMMAND_TIMEOUT = 10.0
MAX_REMEMBERED = 5000  # story ids / URLs a headline rule remembers
# Textual's notify() severities
_NOTIFY = {"info": "information", "warning": "warning", "error": "error"}


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
    # its row's identity in the log (fired_at, rule, body: ``tui.store.meta.alert_key``), which
    # outlives the id when a session kept in memory by a lock is merged into the file
    log_key: tuple[str, str, str] | None = field(default=None, repr=False, compare=False)

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


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return _as_utc(value).isoformat().replace("+00:00", "Z")


def _one_line(text: str) -> str:
    return " ".join(strip_controls(text).split())
