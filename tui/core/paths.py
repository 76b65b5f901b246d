"""Where metalwatch keeps its files (platformdirs, with environment overrides for tests)."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP = "metalwatch"


def config_dir() -> Path:
    override = os.environ.get("METALWATCH_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP, appauthor=False)


def cache_dir() -> Path:
    override = os.environ.get("METALWATCH_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def package_dir() -> Path:
    """The ``tui`` package folder (data files such as ``default_config.toml`` and ``demo/``)."""
    return Path(__file__).resolve().parent.parent


def bundled_themes_dir() -> Path:
    """``tui/themes`` in an installed wheel, else the repository's top-level ``themes/``."""
    inside = package_dir() / "themes"
    if inside.is_dir():
        return inside
    return package_dir().parent / "themes"


#: The JSON Schemas shipped with the package (``docs/`` in the repository).
SCHEMAS = ("snapshot-schema.json", "error-schema.json")


def schema_file(name: str = "snapshot-schema.json") -> Path:
    """A JSON Schema of ``snapshot --json`` (``SCHEMAS``): ``tui/schemas/<name>`` in an
    installed wheel, else the repository's ``docs/<name>``."""
    if name not in SCHEMAS:
        raise ValueError(f"no schema {name!r}: one of {', '.join(SCHEMAS)}")
    inside = package_dir() / "schemas" / name
    if inside.is_file():
        return inside
    return package_dir().parent / "docs" / name


def demo_dir() -> Path:
    return package_dir() / "demo"


def default_config_file() -> Path:
    """The built-in config (used when the user has none; its ``[[metals]]`` are the default)."""
    return package_dir() / "default_config.toml"


def demo_config_file() -> Path:
    return demo_dir() / "config.toml"


def store_path(demo: bool = False) -> Path:
    """The user's store, or the demo's. The demo's name carries a stamp of the bundled demo
    files: a store filled from an older bundle (captures since dropped or replaced) is never
    read as the current demo's; ``old_demo_stores`` lists those left behind."""
    if not demo:
        return cache_dir() / "store.sqlite3"
    from tui.core.code_stamp import demo_stamp

    return cache_dir() / f"demo-{demo_stamp()}.sqlite3"


_DEMO_STORE = re.compile(r"demo(-[0-9a-f]+)?\.sqlite3")


def old_demo_stores(current: Path) -> list[Path]:
    """Files of demo stores other than ``current`` beside it (an older bundle's store, the
    unstamped ``demo.sqlite3`` of earlier versions, and their companions: WAL, snapshot cache,
    a damaged copy moved aside)."""
    found: list[Path] = []
    try:
        with os.scandir(current.parent) as entries:
            for e in entries:
                m = _DEMO_STORE.match(e.name)
                if m and not e.name.startswith(current.name) and e.is_file(follow_symlinks=False):
                    found.append(Path(e.path))
    except OSError:
        return []
    return sorted(found)
