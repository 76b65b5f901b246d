"""One wording for a JSON answer that does not parse, telling a cut-off answer (a connection
dropped mid-body, a size limit) from a malformed one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

#: Python refuses to turn an integer of more than 4,300 digits into an ``int`` (a ``ValueError``
#: that is no ``JSONDecodeError``: it surfaced as "internal error"). No price, rate, count or
#: time has more than a few dozen digits: a longer one is read as a float (``inf`` beyond
#: 1e308), which each reader's range checks then say as a number out of range.
_LONG = 40


def _int(text: str) -> int | float:
    return int(text) if len(text) <= _LONG else float(text)


def loads(
    text: str | bytes,
    *,
    strict: bool = True,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    """``json.loads`` for an answer from outside: integers too long for ``int`` read as floats."""
    return json.loads(text, strict=strict, parse_int=_int, object_pairs_hook=object_pairs_hook)


def json_problem(exc: json.JSONDecodeError, text: str) -> str:
    """``"invalid JSON: the answer is cut off after 1234 bytes"`` when the parser ran out of
    text, else ``"invalid JSON (line 3: Expecting ',' delimiter)"``."""
    if "\x00" in text[max(0, exc.pos - 1) : exc.pos + 1]:  # bytes zeroed inside the answer
        return f"invalid JSON: NUL bytes at line {exc.lineno}, column {exc.colno} (a damaged file?)"
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return f"invalid JSON: the answer is cut off after {len(text.encode())} bytes"
    return f"invalid JSON (line {exc.lineno}: {exc.msg})"
