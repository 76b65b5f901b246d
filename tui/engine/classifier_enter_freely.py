"""Goods let "enter" a country "freely" (the seventh wire's odd rows, session 39).

"High-grade copper, aluminium scrap to enter China freely from Nov. 1", "Aluminium scrap can
now enter Vietnam freely", "Zinc concentrate allowed to enter South Korea freely again": goods
that are to, may, can or are allowed to enter a named place freely are a flow allowed again,
and are written so ("... scrap imports allowed into China freely ...") before the rules read
the title. Goods that merely flow or enter freely as a market moves ("Copper flows freely into
China", "copper enters China freely") have no such word before the verb and are left as they
are.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "to enter China freely", "may enter South Korea freely", "allowed to freely enter India".
_ENTER_RE = lazy(
    r"\b(?:to|may|can|will|could)\s+(?:now\s+|again\s+)?(?:be\s+allowed\s+to\s+)?"
    r"(?P<free>freely\s+)?enter\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?(free)|\s+freely\b)"
)


def _allowed(m: re.Match[str]) -> str:
    return f"imports allowed into {m.group('place')} freely"


def entered_freely(title: str) -> str:
    """``title`` with goods let enter a named place freely written as imports allowed into
    it."""
    if "enter" not in title or "freely" not in title:
        return title
    return _ENTER_RE.sub(_allowed, title)
