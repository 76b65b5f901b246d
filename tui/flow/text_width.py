"""The width ``metalwatch snapshot``'s text form fits, as command-line tools find it: the
``COLUMNS`` environment variable when it holds a width, else the terminal's when stdout is one,
else none (a pipe or a file gets whole lines).

A line longer than the width wraps at a space onto lines indented under its first word, never
inside a word: a price, a date or a rate is never cut, and what follows it (a source, ``STALE``,
an age) is on the next line rather than off the edge. A short bracketed group stays on one line
("[ended 2026-10-31 — check]", "(1 evidence: declared)": a flag is never parted from its day,
a count from what it counts). A single word longer than the width (a web address) stays whole.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Mapping
from functools import partial
from typing import TextIO

#: The narrowest width wrapped to: below it, a line's words would stand one a line.
MIN_WIDTH = 20
#: How much deeper than its first line a wrapped line's continuation is indented.
HANG = 4
#: A bracketed group kept on one line: at most this many characters, and half the width.
GROUP = 40
_GROUPS = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
_JOIN = "\x00"  # a group's spaces while it is wrapped: no place to break


def text_width(env: Mapping[str, str], stdout: TextIO) -> int | None:
    """``COLUMNS`` when it is a positive whole number, else the terminal's width when ``stdout``
    is a terminal, else ``None`` (no wrapping)."""
    columns = env.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    try:
        if not stdout.isatty():
            return None
        return max(os.get_terminal_size(stdout.fileno()).columns, MIN_WIDTH)
    except (AttributeError, OSError, ValueError):  # no file descriptor: a captured stream
        return None


def fit_text(text: str, width: int | None) -> str:
    """``text`` with each line longer than ``width`` wrapped (see the module's docstring)."""
    if width is None:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body))
        hang = indent + " " * HANG if len(indent) + HANG < width // 2 else indent
        joined = _GROUPS.sub(partial(_join, most=min(GROUP, width // 2)), body)
        out += [
            part.replace(_JOIN, " ")
            for part in textwrap.wrap(
                joined,
                width=width,
                initial_indent=indent,
                subsequent_indent=hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        ] or [line]
    return "\n".join(out)


def _join(group: re.Match[str], *, most: int) -> str:
    """A bracketed group with its spaces joined when it has at most ``most`` characters."""
    return group[0].replace(" ", _JOIN) if len(group[0]) <= most else group[0]
