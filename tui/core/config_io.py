"""Reading TOML files safely: regular files only, a cap on the bytes read, plain messages.

A config path may be anything a user types: a FIFO would block ``read()`` for ever, ``/dev/zero``
never ends, and a deeply nested file makes tomllib recurse until ``RecursionError``. Each of these
is one :class:`ConfigError` line instead.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from tui.core.validate import ConfigError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MAX_CONFIG_BYTES = 1_000_000


class FileProblem(ValueError):
    """Why a file could not be read, in the user's words."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def read_capped(path: Path, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`FileProblem` otherwise.

    The file is opened without blocking and checked again once open, so a FIFO put in its
    place between the two steps cannot make this wait.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise FileProblem(_kind(os.stat(path).st_mode))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise FileProblem("file not found") from None
    except PermissionError:
        raise FileProblem("cannot read the file (permission denied)") from None
    except OSError as exc:
        raise FileProblem(f"cannot read the file ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise FileProblem(_kind(mode))
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise FileProblem(f"cannot read the file ({exc.strerror})") from None
    if len(data) > limit:
        raise FileProblem(f"larger than {limit // 1_000_000} MB: not a config file?")
    return data


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """The TOML document at ``path`` and its text, or a :class:`ConfigError`."""
    try:
        raw = read_capped(path)
    except FileProblem as exc:
        raise ConfigError(path, [Problem("", str(exc))]) from None
    try:
        text = raw.decode("utf-8-sig")  # a BOM (Windows editors) is fine
    except UnicodeDecodeError as exc:
        raise ConfigError(path, [Problem("", f"not UTF-8 text ({exc.reason})")]) from None
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
    except RecursionError:
        problem = Problem(
            "", "invalid TOML: nested too deeply (arrays or tables inside each other)"
        )
        raise ConfigError(path, [problem]) from None
