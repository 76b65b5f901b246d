"""One wording for a JSON answer that does not parse, telling a cut-off answer (a connection
dropped mid-body, a size limit) from a malformed one."""

from __future__ import annotations

import json


def json_problem(exc: json.JSONDecodeError, text: str) -> str:
    """``"invalid JSON: the answer is cut off after 1234 bytes"`` when the parser ran out of
    text, else ``"invalid JSON (line 3: Expecting ',' delimiter)"``."""
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return f"invalid JSON: the answer is cut off after {len(text.encode())} bytes"
    return f"invalid JSON (line {exc.lineno}: {exc.msg})"
