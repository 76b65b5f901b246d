"""Reading a small file safely: regular files only, a cap on the bytes read, plain messages.

A path may be anything a user types: a FIFO would block ``read()`` for ever and ``/dev/zero``
never ends; each is a :class:`FileProblem` in the user's words instead. No TOML here, so the
start-up's look at the config file (``tui.core.config_cache``) costs no parser import.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

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


def not_regular(path: Path) -> str:
    """What ``path``, which is no regular file, is: "is a folder, not a file"..."""
    try:
        return _kind(os.stat(path).st_mode)
    except OSError:
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
        raise FileProblem(missing(path)) from None
    except PermissionError:
        raise FileProblem("cannot read the file (permission denied)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FileProblem(missing(path)) from None
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


def missing(path: Path) -> str:
    """Why ``path``, which does not open as a file, is not there, in the user's words: ``file
    not found``, or, for a path that ``ls`` does list, the symbolic link it is: one to a file
    that does not exist (its target named), or a link that leads back to itself."""
    if not path.is_symlink():
        return "file not found"
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that leads back to itself (a loop)"
    try:
        target = os.readlink(path)
    except OSError:
        return "file not found"
    return f"a symbolic link to a file that does not exist ({target})"
