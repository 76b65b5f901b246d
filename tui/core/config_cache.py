"""The last validated config, kept beside the store, so a start with an unchanged file paints at
once and validates after the paint.

Validating the config (tomllib, the msgspec schema, the cross-table checks, and importing all
of that) costs ~40 ms before the first paint. :func:`load` returns the :class:`Config` built
last time when everything it was built from is byte for byte the same: the config file's bytes
and path, the home folder (``~`` in paths), metalwatch's version and core modules, the built-in
default config and the theme files (their names, sizes and times). Anything else (a changed
file, a missing or damaged cache, another Python) is ``None``: the caller validates before the
app starts, as always, and a broken config is reported exactly as before. The app validates a
cached config again right after its first paint (``AppBase._start_recheck``), so a config that
fails only then (a source path that became a folder, say) still ends the app with the same
message and exit status.

The file is a pickle read through an unpickler that admits only the config's own dataclasses,
paths and dates: it can build data, never call anything else.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from tui import __version__
from tui.core import atomic_file, paths
from tui.core.config_types import Config
from tui.core.file_read import FileProblem, read_capped

FORMAT = "metalwatch.config-cache/1"
_DATACLASS_MODULES = ("tui.core.config_types", "tui.core.models", "tui.core.alert_rules")
_ALLOWED = {
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("builtins", "frozenset"),
    ("builtins", "set"),
}


def cache_file(demo: bool = False) -> Path:
    return paths.cache_dir() / ("demo-config.pickle" if demo else "config.pickle")


def config_source(path: Path | None, demo: bool) -> Path:
    """The file ``load_config(path, demo=demo)`` reads."""
    if demo:
        return paths.demo_config_file()
    if path is not None:
        return path
    user = paths.config_file()
    return user if user.exists() else paths.default_config_file()


def _stamps(folder: Path, suffix: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for e in entries:
            if e.name.endswith(suffix):
                st = e.stat()
                out.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


def inputs(path: Path | None, demo: bool) -> tuple[Any, ...] | None:
    """Everything a validated config depends on, or None when the file cannot be read (the
    validation then says why, as always)."""
    source = config_source(path, demo)
    try:
        data = read_capped(source)
    except FileProblem:
        return None
    default = paths.default_config_file()
    return (
        FORMAT,
        __version__,
        sys.version_info[:2],
        str(path),
        str(source.absolute()),
        data,
        demo,
        os.path.expanduser("~"),  # paths and commands with "~" in them
        _stamps(paths.package_dir() / "core", ".py"),  # the validation code itself
        _stamps(default.parent, ".toml"),  # the built-in default config (its metals)
        _stamps(paths.bundled_themes_dir(), ".toml"),  # the theme names a config may choose
        _stamps(paths.user_themes_dir(), ".toml"),
    )


class _ConfigUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module in _DATACLASS_MODULES:
            cls = super().find_class(module, name)
            if isinstance(cls, type) and dataclasses.is_dataclass(cls):
                return cls
        raise pickle.UnpicklingError(f"not part of a config: {module}.{name}")


def load(path: Path | None = None, *, demo: bool = False) -> Config | None:
    """The config validated last time from the same inputs, else None (validate it now)."""
    try:
        raw = cache_file(demo).read_bytes()
    except OSError:
        return None
    try:
        stored_inputs, config = _ConfigUnpickler(io.BytesIO(raw)).load()
    except Exception:  # damaged, foreign, or from another version's classes: validate anew
        return None
    if not isinstance(config, Config) or stored_inputs != inputs(path, demo):
        return None
    return config


def save(config: Config, path: Path | None = None, *, demo: bool = False) -> None:
    """Keep ``config`` (just validated from ``path``) for the next start; never an error."""
    key = inputs(path, demo)
    if key is None:
        return
    try:
        data = pickle.dumps((key, config), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    atomic_file.write(cache_file(demo), data, make_folder=True)


def forget(demo: bool = False) -> None:
    with contextlib.suppress(OSError):
        cache_file(demo).unlink()
