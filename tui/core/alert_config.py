"""Reading ``[[alerts]]`` tables into :class:`AlertRule` objects, every problem located.

Each table is decoded into its ``when``'s Struct (``tui.core.config_schema``); what spans keys
(``above`` more than ``below``, the keys a kind needs, known metal ids, unique names) is
checked here.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tui.core.alert_rules import ALERT_KINDS, AlertRule, default_name
from tui.core.config_decode import Collector
from tui.core.config_schema import ALERT_SCHEMAS, AlertTable, given, own_keys
from tui.core.validate import resolve_command, suggest

#: each ``when``'s own keys (beyond name, when, cooldown, command, severity, enabled, metal)
ALERT_KIND_KEYS: dict[str, tuple[str, ...]] = own_keys(dict(ALERT_SCHEMAS), AlertTable)
_FOREIGN = {
    key: [kind for kind, keys in ALERT_KIND_KEYS.items() if key in keys]
    for keys in ALERT_KIND_KEYS.values()
    for key in keys
}


def parse_alert_rules(
    raw_list: list[Any],
    c: Collector,
    metal_ids: Iterable[str],
    *,
    base: Path | None = None,
) -> tuple[AlertRule, ...]:
    """The ``[[alerts]]`` tables as rules; problems go to ``c`` with their line."""
    known = set(metal_ids)
    rules: list[AlertRule] = []
    names: set[str] = set()
    for i, raw in enumerate(raw_list):
        where = f"alerts[{i + 1}]"
        if not isinstance(raw, dict):
            c.add(where, "expected a table", "alerts", i, None)
            continue
        rule = _parse_rule(raw, where, i, c, known, base)
        # an entry with other problems still holds its given name: a duplicate is said with them
        given = raw.get("name") if isinstance(raw.get("name"), str) else None
        name = rule.name if rule is not None else given
        if name is not None and name in names:
            c.add(
                f"{where}.name",
                f"duplicate alert name {name!r}: give each alert its own name",
                "alerts",
                i,
                "name" if "name" in raw else None,
            )
            continue
        if name is not None:
            names.add(name)
        if rule is None:
            continue
        if raw.get("enabled", True) is not False:
            rules.append(rule)
    return tuple(rules)


def _parse_rule(
    raw: dict[str, Any],
    where: str,
    i: int,
    c: Collector,
    known: set[str],
    base: Path | None,
) -> AlertRule | None:
    before = len(c.problems)
    if "kind" in raw:  # [[sources]] and [[panels]] say `kind`; an alert says `when`
        c.add(f"{where}.kind", _kind_is_when(raw["kind"]), "alerts", i, "kind")
        raw = {k: v for k, v in raw.items() if k != "kind"}
        if "when" not in raw:
            return None
    when = raw.get("when")
    if "when" not in raw:
        c.add(f"{where}.when", f"missing (one of: {', '.join(ALERT_KINDS)})", "alerts", i, None)
        return None
    if not isinstance(when, str) or when not in ALERT_KINDS:
        c.add(
            f"{where}.when",
            f"unknown alert kind {when!r}{suggest(str(when), ALERT_KINDS)};"
            f" known: {', '.join(ALERT_KINDS)}",
            "alerts",
            i,
            "when",
        )
        return None
    table = c.decode(
        raw, ALERT_SCHEMAS[when], where, "alerts", i, foreign=_FOREIGN, noun=f"a {when!r} alert"
    )
    vals = given(table) if table is not None else {}

    def need(key: str, why: str) -> None:
        if key not in raw:
            c.add(f"{where}.{key}", f"missing: {why}", "alerts", i, None)

    if when in ("price", "move"):
        need("metal", f"a {when!r} alert names the metal it watches")
    if when == "price":
        if "above" not in raw and "below" not in raw:
            c.add(where, "a 'price' alert needs 'above' or 'below' (or both)", "alerts", i, None)
        above, below = vals.get("above"), vals.get("below")
        if above is not None and below is not None and above <= below:
            c.add(
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
        c.add(f"{where}.cooldown", f"has no effect on this alert ({what})", "alerts", i, "cooldown")

    wanted = [vals["metal"]] if "metal" in vals else []
    wanted += list(vals.get("metals", ()))
    for mid in wanted:
        if mid not in known:
            key = "metal" if mid == vals.get("metal") else "metals"
            c.add(
                f"{where}.{key}",
                f"unknown metal id {mid!r}{suggest(mid, known)}",
                "alerts",
                i,
                key,
            )
    if len(c.problems) > before:
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


def _kind_is_when(kind: object) -> str:
    """What an alert's ``kind = ...`` says: its kind is ``when``, and the kind likely meant."""
    close = difflib.get_close_matches(str(kind).lower(), ALERT_KINDS, n=1, cutoff=0.6)
    meant = repr(close[0]) if close else f"one of: {', '.join(ALERT_KINDS)}"
    return f"unknown key: an alert's kind is written with 'when' (when = {meant})"
