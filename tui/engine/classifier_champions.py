"""A measure's side named only through its firms: "Tata Steel, JSW Steel shares rise on proposed
safeguard duty" is India's duty, "Norilsk Nickel hit by new export duty" Russia's.

Used only when the corridor leaves the side blank: an import measure with no importer takes
the country of the national champions the title names (:data:`tui.core.champions.CHAMPIONS`;
its home market is the one protected), an export measure with no exporter the same (its
firms are the ones hit). The firms must all be one country's, and a side already named is
never replaced: "POSCO shares fall as US doubles steel tariffs" stays the US's tariff with no
origin. A title opening on a firm's own exports facing or hit by an import measure ("Tata
Steel's exports to Europe face EU safeguard quota") names their origin the same way.
"""

from __future__ import annotations

import re

from tui.core.champions import CHAMPIONS
from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_held_goods import exports_held_at

_OWNER = {name: code for code, names in CHAMPIONS.items() for name in names}
_NAMES_RE = lazy(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(n) for n in sorted(_OWNER, key=len, reverse=True))
    + r")(?![\w-])"
)


def champion_country(title: str) -> tuple[str, str] | None:
    """The one country whose national champions ``title`` names, with the first name."""
    found = [m.group(0) for m in _NAMES_RE.finditer(title)]
    codes = {_OWNER[n] for n in found}
    return (codes.pop(), found[0]) if len(codes) == 1 else None


def champion_at(title: str, pos: int) -> tuple[str, int, str] | None:
    """``(country, end, name)`` of a national champion named at ``pos`` of ``title``."""
    m = _NAMES_RE.match(title, pos)
    return None if m is None else (_OWNER[m.group(0)], m.end(), m.group(0))


def champion_side(
    title: str, flow: str | None, origin: str, destination: str
) -> tuple[str, str, str] | None:
    """``(origin, destination, word)`` with the blank side of ``flow`` filled from the firms."""
    if flow == R.IMPORT and destination == "*":
        named = champion_country(title)
        if named is not None and named[0] != origin:
            return origin, named[0], named[1]
    if flow == R.IMPORT and origin == "*" and (m := _NAMES_RE.match(title)) is not None:
        if exports_held_at(title, m.end()) and _OWNER[m.group(0)] != destination:
            # "Tata Steel's exports to Europe face EU safeguard quota": the firm's country's
            return _OWNER[m.group(0)], destination, m.group(0)
    if flow == R.EXPORT and origin == "*":
        named = champion_country(title)
        if named is not None and named[0] != destination:
            return named[0], destination, named[1]
    return None
