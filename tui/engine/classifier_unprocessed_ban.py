"""A restriction on exports of unprocessed or raw ore is a ban (the twenty-first blind set's
even rows, session 41).

"Namibia to restrict export of unprocessed essential minerals", "Indonesia puts restriction on
export of raw nickel ore": keeping raw ore at home to process it there is the ban README.md calls
``suspended`` (Indonesia's nickel ore ban, Zimbabwe's on raw lithium), not the licences a
restriction on refined goods usually is ("China restricts exports of gallium": ``licensing``).
The title is written with the ban's words ("to ban export of unprocessed ...") before any rule
runs; a restriction on goods not called unprocessed or raw keeps its words.

Run on the title by :func:`tui.engine.classifier_surface.plain_surface`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "restrict(s|ed|ing)" or "put(s) (a) restriction(s) on", then "(the) export(s) of
#: unprocessed|raw".
_RESTRICT_RE = lazy(
    r"\b(?:(?P<verb>restrict(?:s|ed|ing)?)|(?P<put>puts?|putting)\s+(?:an?\s+)?restrictions?\s+on)"
    r"(?=\s+(?:the\s+)?exports?\s+of\s+(?:unprocessed|raw)\b)",
    re.IGNORECASE,
)
_BAN = {"restrict": "ban", "restricts": "bans", "restricted": "banned", "restricting": "banning"}


def _ban(m: re.Match[str]) -> str:
    verb = m.group("verb")
    if verb is not None:
        return _BAN[verb.lower()]
    return f"{m.group('put')} a ban on"


def unprocessed_ban(title: str) -> str:
    """``title`` with a restriction on exports of unprocessed or raw goods written as a ban
    (see the module docstring); else unchanged."""
    if "estrict" not in title:
        return title
    return _RESTRICT_RE.sub(_ban, title)
