"""A levy called a "charge" (the sixth wire's odd rows, session 39).

"EU carbon border charge on steel, aluminium imports starts", "import charge on gold",
"export charge on nickel ore": a charge named for a border, a flow or customs, laid "on"
goods, is a levy, and is written so ("carbon border levy on ...") before the rules read the
title; so is a "carbon charge" laid on imports or exports ("carbon charge on aluminium
imports"). A charge with no such word before it (a company's "$1 billion charge on" a unit, "port
charges", a "criminal charge") is left as it is.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_CHARGE_RE = lazy(
    r"\b(?P<q>(?:import|export|border|customs|entry)\s+)charge(?P<s>s?)(?=\s+on\b)",
    re.IGNORECASE,
)
_CARBON_RE = lazy(
    r"\b(?P<q>carbon\s+)charge(?P<s>s?)(?=\s+on\s+(?:[\w'’-]+,?\s+){0,5}?(?:imports?|exports?)\b)",
    re.IGNORECASE,
)


def _levy(m: re.Match[str]) -> str:
    return f"{m.group('q')}{'levies' if m.group('s') else 'levy'}"


def charged_levies(title: str) -> str:
    """``title`` with a border, import, export, customs or entry charge on goods written a
    levy."""
    if "charge" not in title.lower():
        return title
    return _CARBON_RE.sub(_levy, _CHARGE_RE.sub(_levy, title))
