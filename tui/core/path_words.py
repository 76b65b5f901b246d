"""Paths in messages for a user: the home folder as ``~``, and a path too long for its line cut
in the middle (``~/.cache/…/store.sqlite3``) rather than wrapped mid-path.

A notice that named ``/root/.cache/metalwatch/store.sqlite3`` in a 37-cell toast was broken at
the line's end inside the path ("…/.cache/metalwat" / "ch/store.sqlite3"): read as two words,
neither the folder nor the file. Pure text: the layers above say how wide their line is.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ELLIPSIS = "…"


def home_short(path: Path | str, home: str | None = None) -> str:
    """``path`` with the home folder written ``~`` (``home``: the home folder, else the user's)."""
    text = str(path)
    home = home if home is not None else os.path.expanduser("~")
    if not home or home in ("~", "/"):
        return text
    home = home.rstrip("/")
    if text == home:
        return "~"
    if text.startswith(home + "/"):
        return "~" + text[len(home) :]
    return text


def homes_short(text: str, home: str | None = None) -> str:
    """Every path under the home folder in ``text`` written from ``~`` (``home_short``)."""
    home = home if home is not None else os.path.expanduser("~")
    if not home or home in ("~", "/"):
        return text
    home = home.rstrip("/")
    return re.sub(rf"(?<![\w/~.-]){re.escape(home)}(?=/|$|[\s)\]:;,'\"]|\.(?:\s|$))", "~", text)


def elide_middle(path: str, width: int) -> str:
    """``path`` in at most ``width`` cells: whole when it fits, else its first part(s) and its
    last name with "…" for the folders between (``~/.cache/…/store.sqlite3``), then only
    "…/" and the name, and the name itself cut in its middle when even that is too long."""
    if len(path) <= width or width <= 0:
        return path if width > 0 else ""
    parts = path.split("/")
    name = parts[-1]
    head = parts[:-1]
    # as many leading parts as fit before "…/name" (keeping at least the first)
    for keep in range(len(head) - 1, 0, -1):
        text = "/".join([*head[:keep], ELLIPSIS, name])
        if len(text) <= width:
            return text
    short = f"{ELLIPSIS}/{name}"
    if len(short) <= width:
        return short
    if width == 1:
        return ELLIPSIS
    left = (width - 1) // 2
    right = width - 1 - left
    return name[:left] + ELLIPSIS + (name[-right:] if right else "")


_PATH = re.compile(r"(?<![\w])(?:~|/)[^\s()\[\]]*/[^\s()\[\]]*")
_TRAIL = ".,;:!?"


def fit_paths(text: str, width: int) -> str:
    """``text`` with every path in it longer than ``width`` cells cut in its middle
    (:func:`elide_middle`), so a line ``width`` cells wide breaks between words, never inside
    a path; the punctuation around a path (brackets, a colon after it) stays as it was."""

    def cut(match: re.Match[str]) -> str:
        token = match.group(0)
        tail = len(token) - len(token.rstrip(_TRAIL))
        path, end = (token[:-tail], token[-tail:]) if tail else (token, "")
        room = width - len(end) - (1 if match.start() and text[match.start() - 1] == "(" else 0)
        if end == "" and text[match.end() : match.end() + 1] == ")":
            room -= 1 + (1 if text[match.end() + 1 : match.end() + 2] in _TRAIL else 0)
        return elide_middle(path, max(1, room)) + end

    return _PATH.sub(cut, text) if width > 0 else text
