"""The config cache (``tui.core.config_cache``): a start whose config file is byte for byte the
one validated last time takes that config without validating it before the first paint; any
change to what the config is built from means "validate now"; the file can only build data."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from tui.core import config_cache, paths
from tui.core.config import load_config

CONFIG = """\
[app]
theme = "metalwatch-light"

[[metals]]
id = "copper"
name = "Copper"

[[sources]]
name = "Prices"
kind = "csv"
url = "prices.csv"
metal = "copper"
unit = "USD/t"

[[policy]]
metal = "copper"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-08-01
"""


def saved(tmp_path: Path, text: str = CONFIG) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    config_cache.save(load_config(path), path)
    return path


def test_the_same_file_gives_the_config_validated_last_time(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    assert config_cache.load(path) is None, "nothing kept yet"
    config = load_config(path)
    config_cache.save(config, path)
    cached = config_cache.load(path)
    assert cached == config and cached is not config
    assert cached.policy[0].since is not None and cached.sources[0].url == config.sources[0].url


def test_the_users_file_and_the_default_are_kept_apart(tmp_path: Path) -> None:
    config_cache.save(load_config())  # the built-in default: no user file
    assert config_cache.load() == load_config()
    user = paths.config_file()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(CONFIG)  # now the user has one: another file, validate it
    assert config_cache.load() is None
    assert config_cache.load(demo=True) is None, "the demo keeps its own"


@pytest.mark.parametrize(
    "change",
    [
        "one byte",
        "same text elsewhere",
        "another home",
        "a theme file",
        "a core module",
        "the default config",
    ],
)
def test_any_change_to_what_the_config_is_built_from_means_validate(
    tmp_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path)
    assert config_cache.load(path) is not None
    if change == "one byte":
        path.write_text(CONFIG.replace("rate_pct = 50", "rate_pct = 51"))
    elif change == "same text elsewhere":  # relative paths resolve against the file's folder
        other = tmp_path / "elsewhere"
        other.mkdir()
        (other / "config.toml").write_text(CONFIG)
        path = other / "config.toml"
    elif change == "another home":  # "~" in a source path or an alert command
        monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    elif change == "a theme file":
        themes = paths.user_themes_dir()
        themes.mkdir(parents=True)
        (themes / "mine.toml").write_text('name = "mine"\n')
    else:  # the package's own files: a copy whose stamps we can move
        package = tmp_path / "package"
        (package / "core").mkdir(parents=True)
        for f in (paths.package_dir() / "core").glob("*.py"):
            (package / "core" / f.name).write_bytes(f.read_bytes())
        (package / "default_config.toml").write_bytes(paths.default_config_file().read_bytes())
        themes = paths.bundled_themes_dir()
        monkeypatch.setattr(paths, "package_dir", lambda: package)
        monkeypatch.setattr(paths, "bundled_themes_dir", lambda: themes)
        config_cache.save(load_config(path), path)
        assert config_cache.load(path) is not None
        touched = package / (
            "core/models.py" if change == "a core module" else "default_config.toml"
        )
        st = touched.stat()
        os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert config_cache.load(path) is None


def test_a_damaged_or_foreign_cache_is_no_config(tmp_path: Path) -> None:
    path = saved(tmp_path)
    target = config_cache.cache_file()
    target.write_bytes(target.read_bytes()[:-40])
    assert config_cache.load(path) is None
    target.write_bytes(pickle.dumps((config_cache.inputs(path, False), {"not": "a config"})))
    assert config_cache.load(path) is None
    config_cache.forget()
    assert not target.exists() and config_cache.load(path) is None


class _Opens:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def test_the_cache_file_can_build_data_never_call_anything(tmp_path: Path) -> None:
    path = saved(tmp_path)
    marker = tmp_path / "called"
    evil = pickle.dumps((config_cache.inputs(path, False), _Opens(marker)))
    config_cache.cache_file().write_bytes(evil)
    assert config_cache.load(path) is None
    assert not marker.exists(), "the unpickler refused builtins.open"


def test_an_unreadable_config_is_never_cached(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    config_cache.save(load_config(), folder)  # what it was built from cannot be read
    assert not config_cache.cache_file().exists()
    assert config_cache.load(folder) is None
