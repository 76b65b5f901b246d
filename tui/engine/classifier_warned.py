"""A leader's warning that tells a measure decided or in force: "Trump warns Canada's aluminium
will face 25% tariffs from Monday", "Trump warns EU steel now faces 50% tariffs", "Xi warns US
that gallium exports are now banned". A warning is a threat, the measure proposed ("Trump warns
Korea's steel will face 25% tariffs"), unless it gives the measure's start ("from Monday",
"starting today", a date) or tells it as now in force ("now faces", "are now banned", "already
applies"): then the warning only tells of the measure, decided, as a leader's "will" with its
start is (``docs/STATUSES.md``). Read by :func:`tui.engine.classifier_status.proposed_marker`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

#: A measure told as in force after the warning: "now faces", "are now banned", "already apply".
_IN_FORCE_RE = lazy(
    r"\b(?:now|already)\s+(?:faces?|facing|face|are|is|has|have|applies|apply|stands?|"
    r"subject|banned|barred|in\s+force|in\s+effect)\b"
    r"|\b(?:from|as\s+of)\s+(?:today|tonight|now)\b"
    # a start named by its day: "as of Friday", "starting tomorrow", "effective Monday"
    r"|\b(?:from|as\s+of|starting|effective)\s+(?:tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def warned_decided(word: str, text: str, dated: bool) -> bool:
    """The marker ``word`` is a warning verb and ``text`` tells its measure dated (``dated``)
    or in force: the measure is decided (see the module)."""
    return word.lower() in R.WARN_VERBS and (dated or _IN_FORCE_RE.search(text) is not None)
