"""A measure taking effect, its impact named after it (the thirteenth blind set's even rows,
session 41).

"Donald Trumps 25% tariffs on steel and aluminum imports take effect: Impact on India": a
heading of implications after a colon (": impact on", ": what it means for") makes a title a
guide to a measure, no news of it (:func:`tui.engine.classifier_effects.effect_veto`); but when
the clause before it tells the measure taking effect or coming into force, the title reports
that, and the heading only announces what the story adds. "US tariffs on steel: impact on India
explained" names no such step and stays a guide.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

_IN_EFFECT_RE = lazy(
    r"\b(?:takes?|took|taking|comes?|came|coming)\s+(?:into\s+)?(?:effect|force)\b"
    r"|\b(?:kicks?|kicked)\s+in\b",
    re.IGNORECASE,
)


def in_effect_before(t: Text, best: Finding, heading: int) -> bool:
    """Whether the title says, after its measure ``best`` and before the heading at character
    ``heading``, that the measure takes effect or comes into force."""
    start = t.toks[best.index].end
    return start <= heading and _IN_EFFECT_RE.search(t.text, start, heading) is not None


#: The heading of a measure's implications for a place: ": Impact on India".
_HEADING_RE = lazy(
    r":\s*(?:the\s+)?(?:impacts?|effects?|implications|consequences|fallout)\s+(?:on|for)\s"
    r"|:\s*what\s+(?:it|they|this)\s+means?\s+for\s",
    re.IGNORECASE,
)


def heading_roles(t: Text, out: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``out`` (role, code, matched per place of ``t.places``) with every place of a heading of
    implications ("...: Impact on India") made "other": whom the measure affects, no end of it."""
    if ":" not in t.text or (m := _HEADING_RE.search(t.text)) is None:
        return out
    return [
        ("other", c, matched) if t.places[x][1] >= m.end() else (r, c, matched)
        for x, (r, c, matched) in enumerate(out)
    ]
