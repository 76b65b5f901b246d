"""An enacting verb kept from its measure by a duration or a date, or a cabinet's approval.

"The European Commission extended for five years the anti-dumping duties on ...", "imposed
for five years an anti-dumping duty", "extended until 2027 the safeguard tariffs": official
prose puts the measure's term between the verb and its measure, further back than the few
words a verb is looked for before a measure noun (``rule_noun`` in
``tui/engine/classifier_nouns.py``); the term's words lengthen that reach. "Parliament
approved a ban on exports of ...": approving a ban, a duty or a quota enacts it, as adopting
one does; approving a permit stays a grant (``tui/engine/classifier_findings.py``), and an
approved call for a ban is still a call (the call stands between the verb and the measure).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Text, is_granted

#: A measure's term: "for five years", "for a further five years", "until 2027", "through
#: 2030", "for another year".
_TERM_RE = lazy(
    r"\b(?:for|until|till|through)\s+(?:(?:a|an|another|the)\s+)?(?:(?:further|additional|"
    r"next)\s+)?(?:[\w-]+\s+)?(?:years?|months?|weeks?|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: Verbs of approval that enact a measure other than a permit.
_APPROVE = frozenset({"approve", "approves", "approved"})


def term_reach(t: Text, i: int, reach: int) -> int:
    """The tokens of a measure's term standing within ``reach`` (and the term's own length)
    before the measure noun at ``i``: the verb may stand that much further back."""
    lo = max(0, i - reach)
    if i >= len(t.toks) or lo >= i:
        return 0
    for m in _TERM_RE.finditer(t.text, t.toks[lo].start, t.toks[i].start):
        return sum(1 for tk in t.toks[lo:i] if m.start() <= tk.start < m.end())
    return 0


def approves_measure(t: Text, j: int, i: int) -> bool:
    """Token ``j`` approves the measure at ``i`` ("cabinet approved a ban"), no permit."""
    low = t.word(i)
    return t.word(j) in _APPROVE and not is_granted(low)
