"""The theme names a config may choose, read from the theme files without importing textual.

``tui.ui.themes`` turns the same files into Textual themes (and checks their colours); the config
check only needs the names: each file's ``name`` key, in the bundled themes folder and the user's.
Textual's own themes are valid too; :data:`TEXTUAL_THEMES` lists them (a test in tests/app keeps
the list equal to Textual's).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tui.core import paths
from tui.core.config_io import FileProblem, read_capped

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TEXTUAL_THEMES: tuple[str, ...] = (
    "ansi-dark",
    "ansi-light",
    "atom-one-dark",
    "atom-one-light",
    "catppuccin-frappe",
    "catppuccin-latte",
    "catppuccin-macchiato",
    "catppuccin-mocha",
    "dracula",
    "flexoki",
    "gruvbox",
    "monokai",
    "nord",
    "rose-pine",
    "rose-pine-dawn",
    "rose-pine-moon",
    "solarized-dark",
    "solarized-light",
    "textual-dark",
    "textual-light",
    "tokyo-night",
)


def theme_file_names(dirs: list[Path] | None = None) -> list[str]:
    """The ``name`` of every readable theme file in ``dirs`` (default: bundled, then the user's)."""
    names: list[str] = []
    for folder in (
        dirs if dirs is not None else [paths.bundled_themes_dir(), paths.user_themes_dir()]
    ):
        try:
            files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        except OSError:
            continue
        for path in files:
            name = _name_of(path)
            if name and name not in names:
                names.append(name)
    return names


_NAME_LINE = re.compile(r"^name\s*=\s*\"([^\"\\]+)\"\s*(?:#.*)?$", re.M)
_TABLE = re.compile(r"^\s*\[", re.M)


def _name_of(path: Path) -> str | None:
    """The theme's ``name``: from a plain ``name = "..."`` line before any table (fast), else
    by parsing the TOML; None for a file that cannot be read (the app reports those)."""
    try:
        text = read_capped(path, 100_000).decode("utf-8")
    except (FileProblem, UnicodeDecodeError):
        return None
    table = _TABLE.search(text)
    m = _NAME_LINE.search(text, 0, table.start() if table else len(text))
    if m:
        return m.group(1).strip() or None
    try:
        name = tomllib.loads(text).get("name")
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    return name.strip() or None if isinstance(name, str) else None


def known_themes() -> list[str]:
    """Theme-file names first (the ones to suggest), then Textual's."""
    files = theme_file_names()
    return files + [t for t in TEXTUAL_THEMES if t not in files]
