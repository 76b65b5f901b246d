"""A measure a government decides not to extend: it lapses ("Russia will not extend its export
duties on steel beyond December 31", "decides not to renew anti-dumping duty on Chinese steel",
"decides against extending export duties").

The denial veto (:data:`R.DENIAL_RE`: "will not", "not to", "decides against") reads these as a
plan denied. But the verb denied is the measure's prolonging, so the measure ends when its term
runs out: a release (``resuming``), as "lets the duty lapse" reads. Only a prolonging verb right
after the denial counts, with the measure as its object and no new reach after it ("will not
extend rare earth curbs to US allies" denies a widening: no event); a release denied ("will
not lift duties") keeps the veto.
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: Verbs that prolong a measure's term.
_PROLONG = R.forms("extend", "extending", "renew", "renewing", "prolong", "prolonging")
#: Words between the denial and the prolonging verb ("not to", "decides against").
_LEADS = frozenset({"to", "be", "further"})
#: Words between the verb and the measure ("its temporary 15% export duties").
_OBJECT = 6


def not_prolonged(t: Text, denial: re.Match[str]) -> Finding | None:
    """The release of the measure whose prolonging ``denial`` denies (see the module
    docstring), else None."""
    k = next((j for j, tk in enumerate(t.toks) if tk.start >= denial.end()), None)
    while k is not None and k < len(t.toks) and t.word(k) in _LEADS:
        k += 1
    if k is None or k >= len(t.toks) or t.word(k) not in _PROLONG:
        return None
    for i in range(k + 1, min(len(t.toks), k + 1 + _OBJECT)):
        low = t.word(i)
        if low in R.CLAUSE_BREAK:
            return None
        m = measure_of(low)
        if m is None:
            continue
        if any(t.word(j) == "to" for j in range(i + 1, min(len(t.toks), i + 4))):
            return None  # "extend curbs to US allies": a wider reach denied
        flows = [flow_of(t.word(j)) for j in range(k + 1, i + 3)]
        flow = next((f for f in flows if f in (R.EXPORT, R.IMPORT)), None)
        words = [t.toks[k].text, t.toks[i].text]
        return Finding("lapse", "resuming", i, words, flow=flow, verb=True)
    return None
