"""Reading TOML files safely: regular files only, a cap on the bytes read, plain messages.

A config path may be anything a user types: a FIFO would block ``read()`` for ever, ``/dev/zero``
never ends, and a deeply nested file makes tomllib recurse until ``RecursionError``. Each of these
is one :class:`ConfigError` line instead.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from typing import Any

from tui.core.file_read import MAX_CONFIG_BYTES, FileProblem, read_capped
from tui.core.validate import ConfigError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: the tables written [[name]], one header per entry
ARRAY_TABLES = ("metals", "sources", "policy", "panels", "alerts")

__all__ = ["ARRAY_TABLES", "MAX_CONFIG_BYTES", "FileProblem", "read_capped", "read_toml"]


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """The TOML document at ``path`` and its text, or a :class:`ConfigError`."""
    try:
        raw = read_capped(path)
    except FileProblem as exc:
        raise ConfigError(path, [Problem("", str(exc))]) from None
    try:
        text = raw.decode("utf-8-sig")  # a BOM (Windows editors) is fine
    except UnicodeDecodeError as exc:
        raise ConfigError(path, [_not_utf8(raw, exc)]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        line = int(m.group(1)) if m else None
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg)
        msg = _twice(msg, text, line)
        if m:
            msg += f" (column {m.group(2)})"
        raise ConfigError(path, [Problem("", f"invalid TOML: {msg}", line)]) from None
    except RecursionError:
        problem = Problem(
            "", "invalid TOML: nested too deeply (arrays or tables inside each other)"
        )
        raise ConfigError(path, [problem]) from None


def _not_utf8(raw: bytes, exc: UnicodeDecodeError) -> Problem:
    """Where the first byte that is not UTF-8 is: its line, and its column in characters."""
    start = raw.rfind(b"\n", 0, exc.start) + 1
    before = raw[start : exc.start].removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    why = f"not UTF-8 text: {exc.reason} (column {len(before) + 1}); save the file as UTF-8"
    return Problem("", why, raw.count(b"\n", 0, exc.start) + 1)


def _twice(msg: str, text: str, at: int | None) -> str:
    """tomllib's words for a key or a table given twice, said with the key or table's name."""
    line = text.splitlines()[at - 1] if at and at <= len(text.splitlines()) else ""
    if msg == "Cannot overwrite a value" and (key := re.match(r"\s*([^=]+?)\s*=", line)):
        name = key.group(1).strip("'\"")
        return f"{name!r} is given twice in its table (each key once)"
    if m := re.fullmatch(r"Cannot declare (\(.*\)) twice", msg):
        try:
            name = ".".join(ast.literal_eval(m.group(1)))
        except (ValueError, SyntaxError, TypeError):
            return msg
        if name in ARRAY_TABLES and re.search(rf"^\s*\[\[\s*{name}\s*\]\]", text, re.M):
            return f"[{name}] after [[{name}]]: write each entry as a [[{name}]] table"
        return f"[{name}] is declared twice: put its keys under one [{name}]"
    return msg
