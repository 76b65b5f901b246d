"""A body's statement headed "<body> on the <risk> ... from <measure>" ("Builders' group on
the risk to housing from Trump tariffs", "Chamber of Commerce on the impact of copper
tariffs"): a press release's title giving an organisation's view of a measure, no news of one,
whatever its lede recalls of the measure. A government or a place heading the title, or a verb
before the "on", is left to the other rules ("Canada retaliates on US steel tariffs").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

#: A short heading (no clause break, no verb-like "-s" tail checked below), "on the", an
#: optional word, then what a measure may bring: "on the Risk", "on the likely impact".
_STATEMENT_RE = lazy(
    r"^(?P<who>[^:;,.?!|—–-]{2,60}?)\s+on\s+the\s+(?:\w+\s+)?"
    r"(?:risks?|impacts?|threats?|effects?|costs?|consequences|implications|fallout|dangers?)\b",
    re.IGNORECASE,
)


def statement_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title is a body's statement on a measure's risk or impact."""
    m = _STATEMENT_RE.match(t.text)
    if m is None or t.toks[best.index].start < m.end():
        return None
    who = [k for k, tk in enumerate(t.toks) if tk.end <= m.end("who")]
    if not who or len(who) > 6 or any(t.place_at[k] is not None for k in who):
        return None  # a government's or a country's own heading
    if not t.toks[who[0]].text[:1].isupper():
        return None  # a body is named, capitalised
    return "company", "a body's statement on a measure's risk or impact: a view, not a measure"
