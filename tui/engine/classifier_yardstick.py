"""A metal named only as the yardstick of a measure on another ("India raises silver import
duty to match gold", "steel import tariff in line with aluminium", "copper scrap export duty on
par with aluminium scrap"): what the measure is compared with, not its goods.
:func:`yardstick_metals` gives the title's metals named only there; asked by
:func:`~tui.engine.classifier_event_metals.event_metals` beside the other metals that are not the
measure's goods."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Text

#: A comparison's words, then a few words of what is compared ("the rate on", "that of"), up to
#: where the yardstick's metal starts.
_YARDSTICK_RE = lazy(
    r"\b(?:to\s+match|matching|to\s+(?:bring\s+(?:it|them)\s+)?in\s+line\s+with|in\s+line\s+with"
    r"|on\s+(?:a\s+)?par\s+with|to\s+align\s+(?:it\s+|them\s+)?with|to\s+mirror)\s+"
    r"(?:(?:the|that|those|of|on|for|its|rate|rates|duty|duties|levy|tariff|tariffs)\s+){0,3}",
    re.IGNORECASE,
)
#: The words one of which a yardstick's comparison holds: the pattern runs only on such titles.
_CUES = frozenset({"match", "matching", "line", "par", "align", "mirror"})


def yardstick_metals(t: Text) -> set[str]:
    """The ids of the title's metals named only right after a comparison's words (and the
    metals listed with them there): never where the title names them as goods too."""
    spans = t.metal_spans
    if not spans or _CUES.isdisjoint(t.lows):
        return set()
    starts = {m.end() for m in _YARDSTICK_RE.finditer(t.text)}
    if not starts:
        return set()
    at: set[int] = set()  # the spans in a yardstick's list ("to match gold and platinum")
    for k, (_, lo, _hi) in enumerate(spans):
        prev_end = spans[k - 1][2] if k else -1
        joined = k and k - 1 in at and t.text[prev_end:lo].strip().lower() in (",", "and", "or")
        if lo in starts or joined:
            at.add(k)
    named = {spans[k][0] for k in at}
    elsewhere = {m for k, (m, _, _) in enumerate(spans) if k not in at}
    return named - elsewhere
