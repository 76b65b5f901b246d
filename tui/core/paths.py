"""Where metalwatch keeps its files (platformdirs, with environment overrides for tests)."""

from __future__ import annotations

import os
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


def demo_dir() -> Path:
    return package_dir() / "demo"


def default_config_file() -> Path:
    """The built-in config (used when the user has none; its ``[[metals]]`` are the default)."""
    return package_dir() / "default_config.toml"


def demo_config_file() -> Path:
    return demo_dir() / "config.toml"


def store_path(demo: bool = False) -> Path:
    return cache_dir() / ("demo.sqlite3" if demo else "store.sqlite3")
