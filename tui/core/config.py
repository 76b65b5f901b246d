"""Loading the TOML configuration into a frozen :class:`Config`, or one line per problem.

``load_config`` reads a file (or the built-in default); ``parse_config`` decodes each table into
the Structs of ``tui.core.config_schema`` (msgspec, unknown keys forbidden) and then checks what
spans tables (metal ids, duplicate names, key conflicts, local files). Every problem is reported
at once, located: ``config.toml:12: sources[2].kind: unknown source kind 'rsss' (did you mean
'rss'?)``; the CLI prints them and exits with status 2.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tui.core import paths
from tui.core.alert_config import parse_alert_rules
from tui.core.config_decode import Collector
from tui.core.config_io import read_toml
from tui.core.config_keys import describe_keys, parse_keys
from tui.core.config_schema import (
    AppTable,
    ConfigFile,
    MetalTable,
    PanelTable,
    field_names,
    given,
)
from tui.core.config_sources import KIND_KEYS, KIND_NEEDS, parse_sources, unknown_metal
from tui.core.config_types import (
    NEWS_KINDS,
    PANEL_KINDS,
    PRICE_KINDS,
    AppSettings,
    Config,
    PanelConfig,
    SourceConfig,
)
from tui.core.config_values import COUNTRY_CODE, make_hook
from tui.core.models import DeclaredPolicy, Metal
from tui.core.theme_names import known_themes
from tui.core.validate import (
    ConfigError,
    Problem,
    format_duration,
    parse_duration,
    resolve_command,
)

__all__ = [
    "DEFAULT_CONFIG",
    "DEMO_CONFIG",
    "KIND_KEYS",
    "KIND_NEEDS",
    "ConfigError",
    "Problem",
    "describe",
    "format_duration",
    "load_config",
    "parse_config",
    "parse_duration",
    "read_toml",
]

DEFAULT_CONFIG = paths.default_config_file()
DEMO_CONFIG = paths.demo_config_file()

TOP_KEYS = field_names(ConfigFile)
DEFAULT_PANEL_TITLES = {"headlines": "Headlines", "prices": "Prices", "policy": "Trade policy"}
_APP_KEYS = dict.fromkeys(field_names(AppTable), "[app]")
_TOP_SHAPES = {
    "app": "expected a table [app]",
    "keys": "expected a table [keys]",
    "gazetteer": 'expected a table [gazetteer] of name = "CODE"',
    **{t: f"expected [[{t}]] tables" for t in ("metals", "sources", "policy", "panels", "alerts")},
}


def parse_config(
    data: Mapping[str, Any], path: Path | None, text: str = "", *, strict: bool = False
) -> Config:
    """``data`` (a parsed TOML document) as a :class:`Config`; :class:`ConfigError` lists every
    problem. Relative paths (sources, alert commands) resolve against ``path``'s folder.

    ``strict`` (``metalwatch check``) also refuses what only fails when a source is read: a
    local source file that does not exist. Otherwise such a source stays and fails when read
    (its health says "file not found"), and the rest of the dashboard runs. A file without
    ``[[metals]]`` watches the built-in list of metals (``default_config.toml``'s)."""
    base = path.absolute().parent if path else None
    c = Collector(path, text, make_hook(functools.cache(known_themes)), strict=strict)
    c.strays = {**_APP_KEYS, "keys": "[keys]", "gazetteer": "[gazetteer]"}
    top = (
        c.decode(dict(data), ConfigFile, "", None, None, shapes=_TOP_SHAPES, homes=_APP_KEYS)
        or ConfigFile()
    )

    app_table = c.decode(top.app, AppTable, "app", "app", None) or AppTable()
    app_vals = given(app_table)
    if app_vals.get("alert_command") is not None:
        app_vals["alert_command"] = resolve_command(app_vals["alert_command"], base) or None
    app = AppSettings(**app_vals)

    builtin = not top.metals
    metals = _metals(c, list(_builtin_metals()) if builtin else top.metals)
    ids = {m.id for m in metals}
    sources = parse_sources(c, top.sources, ids, base)
    policy = _policy(c, top.policy, ids)
    panels = _panels(c, top.panels, ids)
    keys = parse_keys(c, top.keys)
    gazetteer = _gazetteer(c, top.gazetteer)
    alerts = parse_alert_rules(top.alerts, c, ids, base=base)

    if c.problems:
        raise ConfigError(path, c.problems)

    # a metal's unit defaults to the unit of its first price source
    resolved: list[Metal] = []
    for m in metals:
        unit = m.unit
        if unit is None:
            for s in sources:
                if s.metal == m.id and s.kind in PRICE_KINDS:
                    unit = s.opt("unit") or _kind_default_unit(s)
                    break
        resolved.append(Metal(m.id, m.name, m.aliases, unit))

    disabled = sum(1 for r in top.sources if isinstance(r, dict) and r.get("enabled") is False)
    return Config(
        path=path,
        app=app,
        metals=tuple(resolved),
        sources=tuple(sources),
        disabled_sources=disabled,
        policy=tuple(policy),
        panels=tuple(panels),
        keys=keys,
        gazetteer=gazetteer,
        alerts=alerts,
        builtin_metals=builtin,
    )


@functools.cache
def _builtin_metals() -> tuple[Any, ...]:
    """The ``[[metals]]`` tables of the built-in default config, as parsed TOML."""
    data, _ = read_toml(DEFAULT_CONFIG)
    return tuple(data.get("metals", ()))


def _metals(c: Collector, raw_metals: list[Any]) -> list[Metal]:
    metals: list[Metal] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_metals):
        where = f"metals[{i + 1}]"
        m = c.decode(raw, MetalTable, where, "metals", i)
        if m is None or "id" not in given(m) or "name" not in given(m):
            continue
        if m.id in seen:
            c.add(f"{where}.id", f"duplicate metal id {m.id!r}", "metals", i, "id")
            continue
        seen.add(m.id)
        vals = given(m)
        metals.append(
            Metal(
                vals["id"], vals["name"], vals.get("aliases") or (vals["name"],), vals.get("unit")
            )
        )
    return metals


def _policy(c: Collector, raw_policy: list[Any], ids: set[str]) -> list[DeclaredPolicy]:
    from tui.core.policy_entry import disagree

    policy: list[DeclaredPolicy] = []
    at: list[int] = []  # each kept entry's index among the tables
    for i, raw in enumerate(raw_policy):
        where = f"policy[{i + 1}]"
        if not isinstance(raw, dict):
            c.add(where, "expected a table", "policy", i, None)
            continue
        entry = _policy_entry(raw, where, c, i, source="config")
        if entry is not None and not unknown_metal(
            c, entry.metal, ids, f"{where}.metal", "policy", i, "metal"
        ):
            other = next((n for n, e in zip(at, policy, strict=True) if disagree(e, entry)), None)
            if other is not None:  # the board would show whichever comes last, silently
                c.add(
                    where,
                    f"says otherwise than policy[{other + 1}] for the same metal, corridor and "
                    "since: keep one",
                    "policy",
                    i,
                    None,
                )
                continue
            policy.append(entry)
            at.append(i)
    return policy


def _panels(c: Collector, raw_panels: list[Any], ids: set[str]) -> list[PanelConfig]:
    panels: list[PanelConfig] = []
    for i, raw in enumerate(raw_panels):
        where = f"panels[{i + 1}]"
        if isinstance(raw, dict) and "kind" not in raw:
            c.add(f"{where}.kind", f"missing (one of: {', '.join(PANEL_KINDS)})", "panels", i, None)
            continue
        p = c.decode(raw, PanelTable, where, "panels", i)
        if p is None:
            continue
        vals = given(p)
        unknown = [m for m in vals.get("metals", ()) if m not in ids]
        for m in unknown:
            unknown_metal(c, m, ids, f"{where}.metals", "panels", i, "metals")
        if not unknown and "kind" in vals:
            title = vals.get("title", DEFAULT_PANEL_TITLES[vals["kind"]])
            panels.append(
                PanelConfig(vals["kind"], title, vals.get("metals", ()), vals.get("size", 1))
            )
    if not panels:
        panels = [PanelConfig(k, DEFAULT_PANEL_TITLES[k]) for k in PANEL_KINDS]
    return panels


def _gazetteer(c: Collector, raw_gaz: dict[str, Any]) -> dict[str, str]:
    gazetteer: dict[str, str] = {}
    for k, val in raw_gaz.items():
        code = val.strip().upper() if isinstance(val, str) else ""
        if not COUNTRY_CODE.match(code) and code != "EU":
            c.add(
                f"gazetteer.{k}",
                "expected an ISO 3166 alpha-2 code such as 'CN' or 'EU'",
                "gazetteer",
                None,
                k,
            )
        else:
            gazetteer[k] = code
    return gazetteer


def _kind_default_unit(src: SourceConfig) -> str | None:
    """The unit a price source reports when the config does not say (e.g. FRED IMF metals: USD/t)."""
    if src.kind == "fred" and src.opt("series"):
        from tui.core.series import default_unit

        return default_unit(str(src.opt("series")))[0] or None
    return None


def _policy_entry(
    raw: Mapping[str, Any], where: str, c: Collector, i: int, source: str
) -> DeclaredPolicy | None:
    """One [[policy]] table, validated exactly like a policy-file entry."""
    from tui.core.policy_entry import FIELDS, validate_policy_entry

    try:
        entry = validate_policy_entry(raw, where)
    except ValueError as exc:
        message = str(exc).removeprefix(f"{where}: ")
        first = message.split(" ", 1)[0]
        key = first if first in FIELDS else None
        m = re.match(r"unknown field '([^']+)'", message)
        if m:
            key = m.group(1)
        c.add(f"{where}.{key}" if key else where, message, "policy", i, key)
        return None
    return dataclasses.replace(entry, source=source)


def load_config(path: Path | None = None, *, demo: bool = False, strict: bool = False) -> Config:
    """The config at ``path``, else the user's config file, else the built-in default.
    ``strict``: see :func:`parse_config`."""
    if demo:
        data, text = read_toml(DEMO_CONFIG)
        cfg = parse_config(data, DEMO_CONFIG, text, strict=strict)
        return _with_demo(cfg)
    if path is None:
        user = paths.config_file()
        path = user if user.exists() else None
    if path is None:
        data, text = read_toml(DEFAULT_CONFIG)
        return parse_config(data, DEFAULT_CONFIG, text, strict=strict)
    data, text = read_toml(path)
    return parse_config(data, path, text, strict=strict)


def _with_demo(cfg: Config) -> Config:
    return dataclasses.replace(cfg, demo=True)


def describe(cfg: Config) -> str:
    """What ``metalwatch check`` says about a valid config."""
    from tui.core.fmt import counted  # `check` only: not on the start path

    kinds: dict[str, int] = {}
    for s in cfg.sources:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    where = str(cfg.path) if cfg.path else "built-in default config"
    by_kind = ", ".join(f"{n} {k}" for k, n in kinds.items()) or "none"
    if cfg.disabled_sources:  # left out by enabled = false: said, not "(none)" alone
        by_kind += f"; {cfg.disabled_sources} more disabled"
    news = sum(1 for s in cfg.sources if s.kind in NEWS_KINDS)
    return (
        f"{where}: OK\n"
        f"  {counted(len(cfg.metals), 'metal')}{' (the built-in list: the file has no [[metals]])' if cfg.builtin_metals else ''}: {', '.join(m.id for m in cfg.metals)}\n"
        f"  {counted(len(cfg.sources), 'source')} ({by_kind}); {news} for headlines\n"
        f"  {counted(len(cfg.policy), 'declared policy entry', 'declared policy entries')}\n"
        f"  panels: {', '.join(p.title for p in cfg.panels)}\n"
        f"  {counted(len(cfg.alerts), 'alert rule')}\n"
        f"  theme: {cfg.app.theme}; default refresh {format_duration(cfg.app.refresh)}\n"
        f"{describe_keys(cfg.keys)}"
    )
