"""A text that tells a measure's start as done: it "took effect", "came into force", "is now in
force", "became mandatory", "kicked in". After "X to <act>" headlinese such a lede reports the
act decided, not planned (:func:`~tui.engine.classifier_status.decided`). A start told in a
clause of time or cause ("since the ban took effect in 2020", "after the duty came into
force") dates another event and tells nothing of this one."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_EFFECT_TOLD_RE = lazy(
    r"\b(?:(?:took|has\s+taken|have\s+taken)\s+effect|"
    r"(?:came|has\s+come|have\s+come|entered|has\s+entered|have\s+entered|went|has\s+gone)"
    r"\s+into\s+(?:effect|force)|(?:is|are)\s+now\s+in\s+(?:force|effect)|"
    r"bec(?:ame|omes)\s+(?:effective|mandatory|compulsory)|kicked\s+in)\b",
    re.IGNORECASE,
)
#: The opener of a clause of time or cause, whose start is another event's.
_TIME_CLAUSE_RE = lazy(
    r"\b(?:since|after|before|until|till|when|once|if|unless|because)\b", re.IGNORECASE
)


def effect_told(text: str) -> bool:
    """``text`` tells a measure's start as done, in its own clause (see the module)."""
    for m in _EFFECT_TOLD_RE.finditer(text):
        clause = re.split(r"[,;:]", text[: m.start()])[-1]
        if _TIME_CLAUSE_RE.search(clause) is None:
            return True
    return False
