"""Checks shared by the config loader and the alert rules: durations, commands, located problems.

Each check takes a TOML value and returns it typed, or raises ``ValueError`` with a message for
the user; :class:`_Validator` collects every problem with its line so all are reported at once.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)", re.I)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_CODE = re.compile(r"^(?:[A-Z]{2}|\*)$")
_METAL_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def parse_duration(value: object) -> float:
    """Seconds from "90s", "10m", "12h", "1d", "1h30m", or a plain number of seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration like '90s', '10m' or '12h'")
    if isinstance(value, int | float):
        if value <= 0:
            raise ValueError("a duration must be positive")
        return float(value)
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
    return total


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


# ---- the schema ----------------------------------------------------------------------------

Check = Callable[[Any], Any]


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError(f"expected a string, got {_tname(v)}")
    return v


def _nonempty(v: Any) -> str:
    s = _str(v).strip()
    if not s:
        raise ValueError("must not be empty")
    return s


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"expected true or false, got {_tname(v)}")
    return v


def _int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"expected a whole number, got {_tname(v)}")
    return v


def _pos_int(v: Any) -> int:
    n = _int(v)
    if n <= 0:
        raise ValueError("must be a positive whole number")
    return n


def _number(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"expected a number, got {_tname(v)}")
    return float(v)


def _str_list(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ValueError("expected a list of strings")
    return tuple(v)


def _str_or_int(v: Any) -> str | int:
    if isinstance(v, bool) or not isinstance(v, str | int):
        raise ValueError(f"expected a column name or number, got {_tname(v)}")
    return v


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


def _tname(v: Any) -> str:
    return {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "a boolean",
        list: "a list",
        dict: "a table",
    }.get(type(v), type(v).__name__)


def _suggest(word: str, options: Any) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Locator:
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
        key_re = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
        for i in range(start + (1 if table else 0), len(self.lines)):
            ln = self.lines[i]
            if table is not None and re.match(r"^\s*\[", ln):
                break
            if key_re.match(ln):
                return i + 1
        return start + 1 if table else None


class _Validator:
    def __init__(self, path: Path | None, text: str) -> None:
        self.path = path
        self.loc = _Locator(text)
        self.problems: list[Problem] = []

    def add(
        self, where: str, msg: str, table: str | None, index: int | None, key: str | None
    ) -> None:
        self.problems.append(Problem(where, msg, self.loc.line(table, index, key)))

    def table(
        self,
        raw: Mapping[str, Any],
        spec: Mapping[str, Check],
        where: str,
        table: str,
        index: int | None,
        allowed_extra: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in raw.items():
            if key in allowed_extra:
                continue
            check = spec.get(key)
            if check is None:
                hint = _suggest(key, list(spec) + list(allowed_extra))
                self.add(f"{where}.{key}", f"unknown key{hint}", table, index, key)
                continue
            try:
                out[key] = check(value)
            except ValueError as exc:
                self.add(f"{where}.{key}", str(exc), table, index, key)
        return out
