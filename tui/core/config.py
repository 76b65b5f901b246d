"""Loading and validating the TOML configuration.

``load_config`` turns a file (or the built-in default) into a frozen :class:`Config`, or raises
:class:`ConfigError` carrying one located message per problem:
``config.toml:12: sources[2].kind: unknown source kind 'rsss' (did you mean 'rss'?)``.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tui.core import paths
from tui.core.config_types import (
    NEWS_KINDS,
    PANEL_KINDS,
    PRICE_KINDS,
    SOURCE_KINDS,
    AppSettings,
    Config,
    PanelConfig,
    SourceConfig,
)
from tui.core.models import DeclaredPolicy, Metal
from tui.core.validate import (
    _CODE,
    _METAL_ID,
    Check,
    ConfigError,
    Problem,
    _bool,
    _int,
    _nonempty,
    _number,
    _pos_int,
    _str,
    _str_list,
    _str_or_int,
    _suggest,
    _Validator,
    format_duration,
    parse_command,
    parse_duration,
    resolve_command,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_CONFIG = paths.package_dir() / "default_config.toml"
DEMO_CONFIG = paths.demo_dir() / "config.toml"


APP_KEYS: dict[str, Check] = {
    "theme": _nonempty,
    "refresh": parse_duration,
    "timeout": parse_duration,
    "max_body_mb": _number,
    "retention_days": _pos_int,
    "max_stories": _pos_int,
    "bell": _bool,
    "alert_command": parse_command,
    "alert_timeout": parse_duration,
    "max_sessions": _pos_int,
}
METAL_KEYS: dict[str, Check] = {
    "id": _nonempty,
    "name": _nonempty,
    "aliases": _str_list,
    "unit": _nonempty,
}
SOURCE_COMMON: dict[str, Check] = {
    "name": _nonempty,
    "kind": _nonempty,
    "url": _nonempty,
    "refresh": parse_duration,
    "metal": _nonempty,
    "enabled": _bool,
}
_PRICE_COMMON: dict[str, Check] = {
    "unit": _nonempty,
    "price_type": _nonempty,
    "symbol": _nonempty,
    "currency": _nonempty,
    "max_move_pct": _number,
}
KIND_KEYS: dict[str, dict[str, Check]] = {
    "rss": {},
    "gdelt": {"query": _nonempty, "maxrecords": _pos_int, "timespan": _nonempty},
    "federal-register": {
        "term": _nonempty,
        "agencies": _str_list,
        "type": _str_list,
        "per_page": _pos_int,
    },
    "yahoo": {**_PRICE_COMMON, "range": _nonempty, "interval": _nonempty},
    "fred": {**_PRICE_COMMON, "series": _nonempty},
    "stooq": {**_PRICE_COMMON},
    "csv": {
        **_PRICE_COMMON,
        "date_column": _str_or_int,
        "value_column": _str_or_int,
        "date_format": _nonempty,
        "delimiter": _str,
        "skip_rows": _int,
        "decimal": _nonempty,
        "metal_column": _str_or_int,
        "metal_value": _nonempty,
        "header": _bool,
        "unit_column": _str_or_int,
    },
    "policy-file": {},
}
# what each kind needs besides name and kind (any one of each tuple)
KIND_NEEDS: dict[str, tuple[str, ...]] = {
    "rss": ("url",),
    "gdelt": ("query", "url"),
    "federal-register": ("term", "agencies", "type", "url"),
    "yahoo": ("symbol", "url"),
    "fred": ("series", "url"),
    "stooq": ("symbol", "url"),
    "csv": ("url",),
    "policy-file": ("url",),
}
PANEL_KEYS: dict[str, Check] = {
    "kind": _nonempty,
    "title": _nonempty,
    "metals": _str_list,
    "size": _pos_int,
}
TOP_KEYS = ("app", "metals", "sources", "policy", "panels", "keys", "gazetteer", "alerts")
DEFAULT_PANEL_TITLES = {"headlines": "Headlines", "prices": "Prices", "policy": "Trade policy"}


def _resolve_url(url: str, base: Path | None) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("file://"):
        url = url[len("file://") :]
    p = Path(url).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    return str(p)


def parse_config(data: Mapping[str, Any], path: Path | None, text: str = "") -> Config:
    v = _Validator(path, text)
    base = path.parent if path else None

    for key in data:
        if key not in TOP_KEYS:
            v.add(key, f"unknown table{_suggest(key, TOP_KEYS)}", None, None, key)

    # [app]
    app_raw = data.get("app", {})
    if not isinstance(app_raw, dict):
        v.add("app", "expected a table [app]", None, None, "app")
        app_raw = {}
    app_vals = v.table(app_raw, APP_KEYS, "app", "app", None)
    if "alert_command" in app_vals:
        app_vals["alert_command"] = resolve_command(app_vals["alert_command"], base) or None
    app = AppSettings(**app_vals)

    # [[metals]]
    metals: list[Metal] = []
    seen_ids: set[str] = set()
    raw_metals = data.get("metals", [])
    if not isinstance(raw_metals, list):
        v.add("metals", "expected [[metals]] tables", None, None, "metals")
        raw_metals = []
    for i, raw in enumerate(raw_metals):
        where = f"metals[{i + 1}]"
        if not isinstance(raw, dict):
            v.add(where, "expected a table", "metals", i, None)
            continue
        vals = v.table(raw, METAL_KEYS, where, "metals", i)
        for req in ("id", "name"):
            if req not in raw:
                v.add(f"{where}.{req}", "missing (required)", "metals", i, None)
        mid = vals.get("id")
        if mid is None or "name" not in vals:
            continue
        if not _METAL_ID.match(mid):
            v.add(
                f"{where}.id",
                f"{mid!r}: use lower-case letters, digits, '-' or '_'",
                "metals",
                i,
                "id",
            )
            continue
        if mid in seen_ids:
            v.add(f"{where}.id", f"duplicate metal id {mid!r}", "metals", i, "id")
            continue
        seen_ids.add(mid)
        aliases = vals.get("aliases") or (vals["name"],)
        metals.append(Metal(mid, vals["name"], tuple(aliases), vals.get("unit")))

    def check_metal(mid: str, where: str, table: str, index: int, key: str) -> bool:
        if mid not in seen_ids:
            v.add(where, f"unknown metal id {mid!r}{_suggest(mid, seen_ids)}", table, index, key)
            return False
        return True

    # [[sources]]
    sources: list[SourceConfig] = []
    seen_names: set[str] = set()
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        v.add("sources", "expected [[sources]] tables", None, None, "sources")
        raw_sources = []
    for i, raw in enumerate(raw_sources):
        where = f"sources[{i + 1}]"
        if not isinstance(raw, dict):
            v.add(where, "expected a table", "sources", i, None)
            continue
        kind = raw.get("kind")
        if "kind" not in raw:
            v.add(
                f"{where}.kind", f"missing (one of: {', '.join(SOURCE_KINDS)})", "sources", i, None
            )
            continue
        if not isinstance(kind, str) or kind not in SOURCE_KINDS:
            hint = _suggest(str(kind), SOURCE_KINDS)
            v.add(
                f"{where}.kind",
                f"unknown source kind {kind!r}{hint}; known: {', '.join(SOURCE_KINDS)}",
                "sources",
                i,
                "kind",
            )
            continue
        spec = {**SOURCE_COMMON, **KIND_KEYS[kind]}
        vals = v.table(raw, spec, where, "sources", i)
        name = vals.get("name")
        if "name" not in raw:
            v.add(f"{where}.name", "missing (required)", "sources", i, None)
        if not any(k in raw for k in KIND_NEEDS[kind]):
            need = " or ".join(repr(k) for k in KIND_NEEDS[kind])
            v.add(where, f"a {kind!r} source needs {need}", "sources", i, None)
        metal = vals.get("metal")
        if kind in PRICE_KINDS and "metal" not in raw:
            v.add(
                f"{where}.metal",
                "missing: a price source names the metal it prices",
                "sources",
                i,
                None,
            )
        if metal is not None and not check_metal(metal, f"{where}.metal", "sources", i, "metal"):
            continue
        if name is None:
            continue
        if name in seen_names:
            v.add(f"{where}.name", f"duplicate source name {name!r}", "sources", i, "name")
            continue
        seen_names.add(name)
        if vals.get("enabled", True) is False:
            continue
        url = vals.get("url")
        if url is not None:
            if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I) and not url.startswith(
                ("http://", "https://", "file://")
            ):
                v.add(
                    f"{where}.url",
                    f"unsupported URL scheme in {url!r} (use http, https or a path)",
                    "sources",
                    i,
                    "url",
                )
                continue
            url = _resolve_url(url, base)
        options = {k: val for k, val in vals.items() if k not in SOURCE_COMMON}
        sources.append(SourceConfig(name, kind, url, vals.get("refresh"), metal, options))

    # [[policy]]
    policy: list[DeclaredPolicy] = []
    raw_policy = data.get("policy", [])
    if not isinstance(raw_policy, list):
        v.add("policy", "expected [[policy]] tables", None, None, "policy")
        raw_policy = []
    for i, raw in enumerate(raw_policy):
        where = f"policy[{i + 1}]"
        if not isinstance(raw, dict):
            v.add(where, "expected a table", "policy", i, None)
            continue
        entry = _policy_entry(raw, where, v, i, source="config")
        if entry is not None and check_metal(entry.metal, f"{where}.metal", "policy", i, "metal"):
            policy.append(entry)

    # [[panels]]
    panels: list[PanelConfig] = []
    raw_panels = data.get("panels", [])
    if not isinstance(raw_panels, list):
        v.add("panels", "expected [[panels]] tables", None, None, "panels")
        raw_panels = []
    for i, raw in enumerate(raw_panels):
        where = f"panels[{i + 1}]"
        if not isinstance(raw, dict):
            v.add(where, "expected a table", "panels", i, None)
            continue
        vals = v.table(raw, PANEL_KEYS, where, "panels", i)
        kind = vals.get("kind")
        if "kind" not in raw:
            v.add(f"{where}.kind", f"missing (one of: {', '.join(PANEL_KINDS)})", "panels", i, None)
            continue
        if kind not in PANEL_KINDS:
            v.add(
                f"{where}.kind",
                f"unknown panel kind {kind!r}{_suggest(str(kind), PANEL_KINDS)}",
                "panels",
                i,
                "kind",
            )
            continue
        pmetals = vals.get("metals", ())
        ok = all(check_metal(m, f"{where}.metals", "panels", i, "metals") for m in pmetals)
        if ok:
            panels.append(
                PanelConfig(
                    kind,
                    vals.get("title", DEFAULT_PANEL_TITLES[kind]),
                    tuple(pmetals),
                    vals.get("size", 1),
                )
            )
    if not panels:
        panels = [PanelConfig(k, DEFAULT_PANEL_TITLES[k]) for k in PANEL_KINDS]

    # [keys]
    keys: dict[str, str] = {}
    raw_keys = data.get("keys", {})
    if not isinstance(raw_keys, dict):
        v.add("keys", "expected a table [keys]", None, None, "keys")
    else:
        from tui.core.keymap import BINDING_IDS

        for k, val in raw_keys.items():
            if k not in BINDING_IDS:
                v.add(f"keys.{k}", f"unknown binding id{_suggest(k, BINDING_IDS)}", "keys", None, k)
            elif not isinstance(val, str) or not val.strip():
                v.add(f"keys.{k}", "expected a key name such as 'ctrl+r' or 'f5'", "keys", None, k)
            else:
                keys[k] = val.strip()
        from tui.core.keymap import conflicts

        for bid, key, other in conflicts(keys):
            v.add(f"keys.{bid}", f"key {key!r} is already bound to {other!r}", "keys", None, bid)

    # [gazetteer]
    gazetteer: dict[str, str] = {}
    raw_gaz = data.get("gazetteer", {})
    if not isinstance(raw_gaz, dict):
        v.add("gazetteer", 'expected a table [gazetteer] of name = "CODE"', None, None, "gazetteer")
    else:
        for k, val in raw_gaz.items():
            if not isinstance(val, str) or (
                not _CODE.match(val.strip().upper()) and val.strip().upper() != "EU"
            ):
                v.add(
                    f"gazetteer.{k}",
                    "expected an ISO 3166 alpha-2 code such as 'CN' or 'EU'",
                    "gazetteer",
                    None,
                    k,
                )
            else:
                gazetteer[k] = val.strip().upper()

    # [[alerts]]
    from tui.core.alert_rules import parse_alert_rules

    alerts = parse_alert_rules(data.get("alerts", []), v, seen_ids, base=base)

    if not metals and not v.problems:
        v.add("metals", "no [[metals]] configured: add at least one", None, None, None)

    if v.problems:
        raise ConfigError(path, v.problems)

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

    return Config(
        path=path,
        app=app,
        metals=tuple(resolved),
        sources=tuple(sources),
        policy=tuple(policy),
        panels=tuple(panels),
        keys=keys,
        gazetteer=gazetteer,
        alerts=alerts,
    )


def _kind_default_unit(src: SourceConfig) -> str | None:
    """The unit a price source reports when the config does not say (e.g. FRED IMF metals: USD/t)."""
    if src.kind == "fred" and src.opt("series"):
        from tui.core.series import default_unit

        return default_unit(str(src.opt("series")))[0] or None
    return None


def _policy_entry(
    raw: Mapping[str, Any], where: str, v: _Validator, i: int, source: str
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
        v.add(f"{where}.{key}" if key else where, message, "policy", i, key)
        return None
    return dataclasses.replace(entry, source=source)


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM (Windows editors) is fine
    except FileNotFoundError:
        raise ConfigError(path, [Problem("", "file not found")]) from None
    except IsADirectoryError:
        raise ConfigError(path, [Problem("", "is a folder, not a file")]) from None
    except PermissionError:
        raise ConfigError(path, [Problem("", "cannot read the file (permission denied)")]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(path, [Problem("", f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise ConfigError(path, [Problem("", f"cannot read the file ({exc.strerror})")]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        line = int(m.group(1)) if m else None
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        if m:
            msg += f" (column {m.group(2)})"
        raise ConfigError(path, [Problem("", f"invalid TOML: {msg}", line)]) from None


def load_config(path: Path | None = None, *, demo: bool = False) -> Config:
    """The config at ``path``, else the user's config file, else the built-in default."""
    if demo:
        data, text = read_toml(DEMO_CONFIG)
        cfg = parse_config(data, DEMO_CONFIG, text)
        return _with_demo(cfg)
    if path is None:
        user = paths.config_file()
        path = user if user.exists() else None
    if path is None:
        data, text = read_toml(DEFAULT_CONFIG)
        return parse_config(data, DEFAULT_CONFIG, text)
    data, text = read_toml(path)
    return parse_config(data, path, text)


def _with_demo(cfg: Config) -> Config:
    return dataclasses.replace(cfg, demo=True)


def describe(cfg: Config) -> str:
    """What ``metalwatch check`` says about a valid config."""
    kinds: dict[str, int] = {}
    for s in cfg.sources:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    where = str(cfg.path) if cfg.path else "built-in default config"
    by_kind = ", ".join(f"{n} {k}" for k, n in kinds.items()) or "none"
    news = sum(1 for s in cfg.sources if s.kind in NEWS_KINDS)
    return (
        f"{where}: OK\n"
        f"  {len(cfg.metals)} metals: {', '.join(m.id for m in cfg.metals)}\n"
        f"  {len(cfg.sources)} sources ({by_kind}); {news} for headlines\n"
        f"  {len(cfg.policy)} declared policy entries\n"
        f"  panels: {', '.join(p.title for p in cfg.panels)}\n"
        f"  {len(cfg.alerts)} alert rules\n"
        f"  theme: {cfg.app.theme}; default refresh {format_duration(cfg.app.refresh)}"
    )
