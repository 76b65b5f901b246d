"""Theme files (TOML) -> ``textual.theme.Theme``, after checking every colour.

Bundled themes ship in the wheel (``tui/themes``; the repository's ``themes/`` in a checkout);
users add their own in ``$XDG_CONFIG_HOME/metalwatch/themes/``. A bad file is reported and
skipped, never fatal.

The app reads them through a cache (``load_themes(cache=...)``): the files' TOML, as decoded
last time, kept while every theme folder holds the same files with the same sizes and times.
Importing ``tomllib`` and decoding four files cost ~5 ms of every start; the colours are still
checked and the themes built from that data each time, as from the files. The names of the
variables Textual gives a theme (to check a file's ``[variables]``) are kept with them, for the
Textual that made them.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.core import atomic_file, paths

CACHE_FORMAT = "metalwatch.themes-cache/1"

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


#: for a theme that sets none of metalwatch's variables (Textual's own, offered by the picker):
#: the Textual colour each is taken from, one Textual makes readable on the theme's background
#: (the fixed colours above are for a dark one: "▲" read 1.7:1 on textual-light)
TEXT_COLOURS = {
    "status-open": "text-success",
    "status-tariff": "text-warning",
    "status-licensing": "text-primary",
    "status-quota": "text-accent",
    "status-suspended": "text-error",
    "status-resuming": "text-secondary",
    "price-up": "text-success",
    "price-down": "text-error",
    "sparkline": "text-primary",
}


def variable_defaults(theme: Theme) -> dict[str, str]:
    """metalwatch's variables that ``theme`` does not set, from its own text colours."""
    missing = [name for name in STATUS_VARIABLES if name not in theme.variables]
    if not missing:  # every theme file's (``theme_from_data``): nothing to make
        return {}
    made = theme.to_color_system().generate()
    return {name: made[TEXT_COLOURS[name]] for name in missing}


def load_theme_file(path: Path) -> Theme:
    """One theme; ValueError with a clear message when the file is not a valid theme."""
    return theme_from_data(read_theme_file(path))


def read_theme_file(path: Path) -> dict[str, Any]:
    """A theme file's TOML; ValueError saying why it cannot be read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"invalid TOML: {exc}") from None


def theme_from_data(data: dict[str, Any], textual_names: frozenset[str] | None = None) -> Theme:
    """A theme from a file's TOML; ValueError when it is not a valid theme. ``textual_names``:
    the variable names Textual gives a theme, when already known (else made when needed)."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("missing 'name'")
    odd = [c for c in name if c in "[]" or not c.isprintable()]
    if odd:  # the theme picker reads a name as markup: "Dark [/]" ended the app when t opened it
        raise ValueError(f"name {name!r}: no brackets or control characters ({odd[0]!r})")
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
        _known_variable(str(key), textual_names)
        variables[str(key)] = _colour(value, f"variables.{key}")
    extra: dict[str, Any] = dict(colours)
    return Theme(name=name.strip(), dark=dark, variables=variables, **extra)


def _known_variable(key: str, textual_names: frozenset[str] | None = None) -> None:
    """A ``[variables]`` name is metalwatch's (``status-tariff``...) or Textual's: another one
    (``status-tarif``) coloured nothing, and the theme loaded as if the line were not there."""
    if key in STATUS_VARIABLES:
        return
    known = _textual_variables() if textual_names is None else textual_names
    if key not in known:
        import difflib

        close = difflib.get_close_matches(key, [*STATUS_VARIABLES, *known], n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(f"variables.{key}: no such variable{hint}")


@functools.cache
def _textual_variables() -> frozenset[str]:
    """The names Textual's design system gives a theme (``primary-darken-1``, ``footer-key-
    foreground``...), made once and only when a theme file names one not of metalwatch's."""
    from textual.design import ColorSystem

    return frozenset(ColorSystem(primary="#000000").generate())


def _colour(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a colour string like '#4EA1D3'")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ValueError(f"{key}: {value!r} is not a colour") from None
    return value


def cache_file() -> Path:
    """Where the app keeps the theme files' TOML between runs."""
    return paths.cache_dir() / "themes.json"


def theme_dirs() -> list[Path]:
    return [paths.bundled_themes_dir(), paths.user_themes_dir()]


def load_themes(
    dirs: list[Path] | None = None, *, cache: Path | None = None
) -> tuple[list[Theme], list[str]]:
    """All valid themes (later folders override earlier ones by name) and one problem line
    per bad file. ``cache``: a file that keeps the folders' TOML between runs (see above)."""
    folders = dirs if dirs is not None else theme_dirs()
    stamps = [[str(folder), _stamps(folder)] for folder in folders]
    files, names = _read_cache(cache, stamps) if cache is not None else (None, None)
    fresh = files is None
    if files is None:
        files = []
        for folder in folders:
            for name in sorted(n for n, _, _ in _stamps(folder)):
                path = folder / name
                try:
                    files.append((str(path), read_theme_file(path), None))
                except ValueError as exc:
                    files.append((str(path), None, str(exc)))
    made = names is None and any(_names_textual(data) for _, data, _ in files)
    if made:
        names = _textual_variables()
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for path, data, problem in files:
        try:
            if data is None:
                raise ValueError(problem)
            theme = theme_from_data(data, names)
        except ValueError as exc:
            problems.append(f"theme {path}: {exc}; skipped")
            continue
        themes[theme.name] = theme
    if cache is not None and (fresh or (made and _textual_stamp())):  # names kept for next time
        _write_cache(cache, stamps, files, names)
    return list(themes.values()), problems


_File = tuple[str, dict[str, Any] | None, str | None]  # (path, its TOML, or why not)


def _names_textual(data: dict[str, Any] | None) -> bool:
    """Whether a file's ``[variables]`` name one not of metalwatch's (to check as Textual's)."""
    raw = data.get("variables") if data is not None else None
    return isinstance(raw, dict) and any(str(k) not in STATUS_VARIABLES for k in raw)


def _stamps(folder: Path) -> list[list[Any]]:
    """[name, size, mtime in ns] of every ``*.toml`` in ``folder``, by name."""
    out = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for e in entries:
            if e.name.endswith(".toml"):
                st = e.stat()
                out.append([e.name, st.st_size, st.st_mtime_ns])
    return sorted(out)


def _read_cache(
    cache: Path, stamps: list[list[Any]]
) -> tuple[list[_File] | None, frozenset[str] | None]:
    """The files as read last time, if the folders still hold the same files, and the names
    of Textual's variables if the same Textual made them; None for what is not kept."""
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["format"] != CACHE_FORMAT or data["folders"] != stamps:
            return None, None
        files = data["files"]
        read = [(str(p), d if isinstance(d, dict) else None, e and str(e)) for p, d, e in files]
    except (OSError, ValueError, KeyError, TypeError):
        return None, None
    kept = data.get("textual")
    if not (isinstance(kept, list) and len(kept) == 2 and kept[0] and kept[0] == _textual_stamp()):
        return read, None
    return read, frozenset(str(n) for n in kept[1])


def _textual_stamp() -> list[Any]:
    """Textual's design module, by size and time: the names of its variables are kept in the
    cache for it (making them is ~5 M instructions of a start, for a theme file that sets one)."""
    from textual import design

    try:
        st = os.stat(design.__file__)
    except (OSError, TypeError):
        return []
    return [st.st_size, st.st_mtime_ns]


def _write_cache(
    cache: Path, stamps: list[list[Any]], files: list[_File], names: frozenset[str] | None
) -> None:
    data: dict[str, Any] = {"format": CACHE_FORMAT, "folders": stamps, "files": files}
    if names is not None and _textual_stamp():
        data["textual"] = [_textual_stamp(), sorted(names)]
    try:
        text = json.dumps(data)
    except (TypeError, ValueError):  # a value JSON cannot hold (a TOML date): no cache
        return
    atomic_file.write(cache, text.encode("utf-8"), make_folder=True)
