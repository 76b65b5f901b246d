"""``[[alerts]]`` rules: the typed rule and its validation from the TOML (the config layer).

Evaluation lives in ``tui.flow.alerts``, delivery to commands in ``tui.flow.deliver``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.models import POLICY_STATUSES
from tui.core.validate import (
    _CODE,
    _bool,
    _nonempty,
    _number,
    _str_list,
    _suggest,
    _Validator,
    format_duration,
    parse_command,
    parse_duration,
    resolve_command,
)

ALERT_KINDS: tuple[str, ...] = ("price", "move", "policy", "headline")
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")


@dataclass(frozen=True, slots=True)
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


# ---- config -------------------------------------------------------------------------------


def _severity(value: Any) -> str:
    s = _nonempty(value).lower()
    if s == "information":
        s = "info"
    if s not in SEVERITIES:
        raise ValueError(
            f"{value!r} is not one of {', '.join(SEVERITIES)}{_suggest(s, SEVERITIES)}"
        )
    return s


def _positive(value: Any) -> float:
    n = _number(value)
    if n <= 0:
        raise ValueError("must be more than zero")
    return n


def _window(value: Any) -> float:
    seconds = parse_duration(value)
    if seconds < 86400:
        raise ValueError(
            f"{value!r} is shorter than a day: prices are daily at most, use e.g. '1d' or '1w'"
        )
    return seconds


def _code(value: Any) -> str:
    code = _nonempty(value).upper()
    if not _CODE.match(code) and code != "EU":
        raise ValueError(f"{value!r} is not an ISO 3166 alpha-2 code, 'EU' or '*'")
    return code


def _status(value: Any) -> str:
    s = _nonempty(value).lower()
    if s not in POLICY_STATUSES:
        raise ValueError(
            f"{value!r} is not one of {', '.join(POLICY_STATUSES)}{_suggest(s, POLICY_STATUSES)}"
        )
    return s


def _keywords(value: Any) -> tuple[str, ...]:
    words = tuple(w.strip() for w in _str_list(value))
    if not words or not all(words):
        raise ValueError("expected a list of words or phrases, none empty")
    return words


Check = Callable[[Any], Any]
ALERT_COMMON: dict[str, Check] = {
    "name": _nonempty,
    "when": _nonempty,
    "cooldown": parse_duration,
    "command": parse_command,
    "severity": _severity,
    "enabled": _bool,
}
ALERT_KIND_KEYS: dict[str, dict[str, Check]] = {
    "price": {"metal": _nonempty, "above": _number, "below": _number},
    "move": {"metal": _nonempty, "pct": _positive, "window": _window},
    "policy": {"metal": _nonempty, "origin": _code, "destination": _code, "status": _status},
    "headline": {"keywords": _keywords, "metals": _str_list, "metal": _nonempty},
}


def parse_alert_rules(
    raw_list: Any,
    v: _Validator,
    metal_ids: Iterable[str],
    *,
    base: Path | None = None,
) -> tuple[AlertRule, ...]:
    """The ``[[alerts]]`` tables as rules; problems go to ``v`` with their line."""
    if not isinstance(raw_list, list):
        v.add("alerts", "expected [[alerts]] tables", None, None, "alerts")
        return ()
    known = set(metal_ids)
    rules: list[AlertRule] = []
    names: set[str] = set()
    for i, raw in enumerate(raw_list):
        where = f"alerts[{i + 1}]"
        if not isinstance(raw, dict):
            v.add(where, "expected a table", "alerts", i, None)
            continue
        rule = _parse_rule(raw, where, i, v, known, base)
        if rule is None:
            continue
        if rule.name in names:
            v.add(
                f"{where}.name",
                f"duplicate alert name {rule.name!r}: give each alert its own name",
                "alerts",
                i,
                "name" if "name" in raw else None,
            )
            continue
        names.add(rule.name)
        if raw.get("enabled", True) is not False:
            rules.append(rule)
    return tuple(rules)


def _parse_rule(
    raw: Mapping[str, Any],
    where: str,
    i: int,
    v: _Validator,
    known: set[str],
    base: Path | None,
) -> AlertRule | None:
    before = len(v.problems)
    when = raw.get("when")
    if "when" not in raw:
        v.add(f"{where}.when", f"missing (one of: {', '.join(ALERT_KINDS)})", "alerts", i, None)
        return None
    if not isinstance(when, str) or when not in ALERT_KINDS:
        v.add(
            f"{where}.when",
            f"unknown alert kind {when!r}{_suggest(str(when), ALERT_KINDS)};"
            f" known: {', '.join(ALERT_KINDS)}",
            "alerts",
            i,
            "when",
        )
        return None
    spec = {**ALERT_COMMON, **ALERT_KIND_KEYS[when]}
    # a key of another kind gets a clearer word than "unknown key"
    foreign = tuple(
        k for k in raw if k not in spec and any(k in keys for keys in ALERT_KIND_KEYS.values())
    )
    for k in foreign:
        kinds = [kind for kind, keys in ALERT_KIND_KEYS.items() if k in keys]
        v.add(
            f"{where}.{k}",
            f"does not apply to a {when!r} alert (it is for: {', '.join(kinds)})",
            "alerts",
            i,
            k,
        )
    every = {*ALERT_COMMON, *(k for keys in ALERT_KIND_KEYS.values() for k in keys)}
    unknown = tuple(k for k in raw if k not in every)
    for k in unknown:
        v.add(f"{where}.{k}", f"unknown key{_suggest(k, every)}", "alerts", i, k)
    vals = v.table(raw, spec, where, "alerts", i, allowed_extra=foreign + unknown)

    def need(key: str, why: str) -> None:
        if key not in raw:
            v.add(f"{where}.{key}", f"missing: {why}", "alerts", i, None)

    if when in ("price", "move"):
        need("metal", f"a {when!r} alert names the metal it watches")
    if when == "price":
        if "above" not in raw and "below" not in raw:
            v.add(where, "a 'price' alert needs 'above' or 'below' (or both)", "alerts", i, None)
        above, below = vals.get("above"), vals.get("below")
        if above is not None and below is not None and above <= below:
            v.add(
                f"{where}.above",
                f"above ({above:g}) must be more than below ({below:g})",
                "alerts",
                i,
                "above",
            )
    if when == "move":
        need("pct", "the % move that alerts, e.g. pct = 3")
    if when == "headline":
        need("keywords", 'the words to look for, e.g. keywords = ["export ban"]')
    if "cooldown" in raw and (when == "headline" or (when == "policy" and "status" not in raw)):
        what = (
            "each story alerts once"
            if when == "headline"
            else "a change alerts once; add 'status' to be reminded while it holds"
        )
        v.add(f"{where}.cooldown", f"has no effect on this alert ({what})", "alerts", i, "cooldown")

    wanted = [vals["metal"]] if "metal" in vals else []
    wanted += list(vals.get("metals", ()))
    for mid in wanted:
        if mid not in known:
            key = "metal" if mid == vals.get("metal") else "metals"
            v.add(
                f"{where}.{key}",
                f"unknown metal id {mid!r}{_suggest(mid, known)}",
                "alerts",
                i,
                key,
            )
    if len(v.problems) > before:
        return None

    command = vals.get("command")
    if command:
        command = resolve_command(command, base)
    rule = AlertRule(
        name="",
        when=when,
        metal=vals.get("metal"),
        above=vals.get("above"),
        below=vals.get("below"),
        pct=vals.get("pct"),
        window=vals.get("window", 86400.0),
        origin=vals.get("origin"),
        destination=vals.get("destination"),
        status=vals.get("status"),
        keywords=vals.get("keywords", ()),
        metals=tuple(vals.get("metals", ())),
        cooldown=vals.get("cooldown"),
        command=command,
        severity=vals.get("severity"),
    )
    return dataclasses.replace(rule, name=vals.get("name") or default_name(rule))


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
