"""What the config loader and the alert rules share: durations, commands, located problems.

``parse_duration`` and ``parse_command`` take a TOML value and return it typed, or raise
``ValueError`` with a message for the user; :class:`Locator` finds the line of a key (tomllib
gives no positions) so each :class:`Problem` in a :class:`ConfigError` is located.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)", re.I)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: object) -> float:
    """Seconds from "90s", "10m", "12h", "1d", "1h30m", or a plain number of seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like '90s', '10m' or '12h'")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError(f"a duration must be a finite number (got {value!r})")
        if value <= 0:
            raise ValueError("a duration must be positive")
        return _bounded(float(value), value)
    if not isinstance(value, str):
        raise ValueError("expected a duration like '90s', '10m' or '12h'")
    text = value.strip().lower().replace(" ", "")
    pos, total = 0, 0.0
    for m in _DURATION.finditer(text):
        if m.start() != pos:
            break
        total += float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower()]
        pos = m.end()
    if not text or pos != len(text):
        raise ValueError(
            f"bad duration {value!r}: use a number and a unit, e.g. '90s', '10m', '12h'"
        )
    if total <= 0:
        raise ValueError(f"bad duration {value!r}: must be more than zero")
    return _bounded(total, value)


#: The longest duration a config may give (100 years): any longer one means "never", and its
#: date arithmetic (the next attempt, a window before the last point) overflows.
MAX_DURATION = 36500 * 86400.0


def _bounded(seconds: float, value: object) -> float:
    if seconds > MAX_DURATION:
        raise ValueError(f"duration {value!r} is too long: at most '36500d' (100 years)")
    return seconds


def format_duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


@dataclass(frozen=True)
class Problem:
    where: str  # e.g. "sources[2].kind"
    message: str
    line: int | None = None


class ConfigError(Exception):
    """One or more problems in a config file; ``str()`` is one located line per problem."""

    def __init__(self, path: Path | None, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        name = str(self.path) if self.path else "<built-in config>"
        lines = []
        for p in self.problems:
            loc = f"{name}:{p.line}" if p.line else name
            where = f" {p.where}:" if p.where else ""
            lines.append(f"{loc}:{where} {p.message}")
        return "\n".join(lines)


def parse_command(value: Any) -> tuple[str, ...]:
    """An argv from a list of strings or a string split like a shell would (no shell runs it).

    An empty list means "no command" (a rule's way to opt out of ``[app] alert_command``).
    """
    if isinstance(value, str):
        try:
            parts = shlex.split(value)
        except ValueError as exc:
            raise ValueError(f"cannot split the command line: {exc}") from None
        if not parts:
            raise ValueError("must not be empty (use [] for no command)")
    elif isinstance(value, list) and all(isinstance(x, str) for x in value):
        parts = list(value)
        if not parts:
            return ()
    else:
        raise ValueError(
            "expected a list of strings (the program, then its arguments) or a command line"
        )
    if not parts[0].strip():
        raise ValueError("the program name must not be empty")
    parts[0] = os.path.expanduser(parts[0])
    return tuple(parts)


def resolve_command(argv: tuple[str, ...], base: Path | None) -> tuple[str, ...]:
    """A program given by a relative path with a slash (``./notify.sh``) is found next to the
    config file; a bare name is looked up on PATH when run."""
    if not argv or base is None:
        return argv
    prog = argv[0]
    if ("/" in prog or os.sep in prog) and not os.path.isabs(prog):
        return (str(base / prog), *argv[1:])
    return argv


def suggest(word: str, options: Any) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``options``, else an empty string."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class Locator:
    """Finds the line of a key in the TOML text (tomllib gives no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line(self, table: str | None, index: int | None, key: str | None) -> int | None:
        start = 0
        if table is not None:
            header = (
                re.compile(r"^\s*\[\[\s*" + re.escape(table) + r"\s*\]\]")
                if index is not None
                else re.compile(r"^\s*\[\s*" + re.escape(table) + r"\s*\]")
            )
            count = -1
            found = None
            for i, ln in enumerate(self.lines):
                if header.match(ln):
                    count += 1
                    if index is None or count == index:
                        found = i
                        break
            if found is None:
                return None
            start = found
            if key is None:
                return found + 1
        if key is None:
            return None
        if table is None:  # a top-level key: `key = ...` before any table, or its own header
            own = re.compile(r"^\s*\[\[?\s*[\"']?" + re.escape(key) + r"[\"']?\s*[\].]")
            top = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*[=.]")
            in_table = False
            for i, ln in enumerate(self.lines):
                if own.match(ln) or (not in_table and top.match(ln)):
                    return i + 1
                in_table = in_table or bool(re.match(r"^\s*\[", ln))
            return None
        key_re = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
        for i in range(start + 1, len(self.lines)):
            ln = self.lines[i]
            if re.match(r"^\s*\[", ln):
                break
            if key_re.match(ln):
                return i + 1
        return start + 1
