"""Theme files (TOML) -> ``textual.theme.Theme``, after checking every colour.

Bundled themes ship in the wheel (``tui/themes``; the repository's ``themes/`` in a checkout);
users add their own in ``$XDG_CONFIG_HOME/metalwatch/themes/``. A bad file is reported and
skipped, never fatal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.core import paths

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

COLOUR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "success",
    "warning",
    "error",
    "boost",
)
STATUS_VARIABLES = {
    "status-open": "#5FB878",
    "status-tariff": "#E0C458",
    "status-licensing": "#4EA1D3",
    "status-quota": "#C08BE0",
    "status-suspended": "#E5484D",
    "status-resuming": "#3FD0C9",
    "price-up": "#5FB878",
    "price-down": "#E5484D",
    "sparkline": "#4EA1D3",
}


def load_theme_file(path: Path) -> Theme:
    """One theme; ValueError with a clear message when the file is not a valid theme."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("missing 'name'")
    unknown = set(data) - {"name", "dark", "variables", *COLOUR_KEYS}
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(sorted(unknown))}")
    if "primary" not in data:
        raise ValueError("missing 'primary' colour")
    colours: dict[str, str] = {}
    for key in COLOUR_KEYS:
        if key in data:
            colours[key] = _colour(data[key], key)
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError("'dark' must be true or false")
    variables = dict(STATUS_VARIABLES)
    raw_vars = data.get("variables", {})
    if not isinstance(raw_vars, dict):
        raise ValueError("[variables] must be a table")
    for key, value in raw_vars.items():
        variables[str(key)] = _colour(value, f"variables.{key}")
    extra: dict[str, Any] = dict(colours)
    return Theme(name=name.strip(), dark=dark, variables=variables, **extra)


def _colour(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a colour string like '#4EA1D3'")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ValueError(f"{key}: {value!r} is not a colour") from None
    return value


def theme_dirs() -> list[Path]:
    return [paths.bundled_themes_dir(), paths.user_themes_dir()]


def load_themes(dirs: list[Path] | None = None) -> tuple[list[Theme], list[str]]:
    """All valid themes (later folders override earlier ones by name) and one problem line
    per bad file."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in dirs if dirs is not None else theme_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = load_theme_file(path)
            except ValueError as exc:
                problems.append(f"theme {path}: {exc}; skipped")
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
