"""``[[alerts]]`` rules: the typed rule (the config layer).

Reading them from the TOML lives in ``tui.core.alert_config``, evaluation in
``tui.flow.alerts``, delivery to commands in ``tui.flow.deliver``.
"""

from __future__ import annotations

import hashlib
import json

from tui.core.record import record
from tui.core.validate import format_duration

ALERT_KINDS: tuple[str, ...] = ("price", "move", "policy", "headline")
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")


@record
class AlertRule:
    """One ``[[alerts]]`` entry, validated. Durations are seconds."""

    name: str
    when: str  # price | move | policy | headline
    metal: str | None = None
    above: float | None = None
    below: float | None = None
    pct: float | None = None
    window: float = 86400.0
    origin: str | None = None
    destination: str | None = None
    status: str | None = None
    keywords: tuple[str, ...] = ()
    metals: tuple[str, ...] = ()
    cooldown: float | None = None
    command: tuple[str, ...] | None = None  # None: [app] alert_command; (): no command
    severity: str | None = None  # overrides the kind's default

    @property
    def key(self) -> str:
        """Where this rule's state is kept: its name and a digest of its condition."""
        basis = json.dumps(
            [
                self.when,
                self.metal,
                self.above,
                self.below,
                self.pct,
                self.window,
                self.origin,
                self.destination,
                self.status,
                list(self.keywords),
                sorted(self.metals),
            ]
        )
        digest = hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
        return f"{self.name}#{digest}"


def default_name(rule: AlertRule) -> str:
    """A readable name for a rule the config did not name."""
    metal = rule.metal or "any metal"
    if rule.when == "price":
        if rule.above is not None and rule.below is not None:
            return f"{metal} outside {rule.below:g}-{rule.above:g}"
        if rule.above is not None:
            return f"{metal} above {rule.above:g}"
        return f"{metal} below {rule.below:g}"
    if rule.when == "move":
        return f"{metal} moves {rule.pct:g}% in {format_duration(rule.window)}"
    if rule.when == "policy":
        lane = ""
        if rule.origin or rule.destination:
            lane = f" {rule.origin or '*'}->{rule.destination or '*'}"
        to = f" becomes {rule.status}" if rule.status else " changes"
        return f"{metal} policy{lane}{to}"
    scope = f" ({', '.join(sorted({*rule.metals, *([rule.metal] if rule.metal else [])}))})"
    return "headline: " + ", ".join(rule.keywords) + (scope if rule.metals or rule.metal else "")
