"""A measure that ends with itself as the subject: "Export tax on nickel ore ends in
Indonesia", "Philippine nickel ore export ban ends", "EU quota on Ukrainian steel comes to an
end". The measure is released, as when it expires or lapses (``rule_expire``); "end" with an
object ("calls to end export tax", "talks end without deal") is left to the other rules.
Called by :func:`~tui.engine.classifier_findings.rule_at`."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_head_before import talks_about
from tui.engine.classifier_text import Finding, Text, measure_of

#: The forms of "end" read here (the participle "ended" is read as a passive release).
END_FORMS = frozenset({"end", "ends", "ending"})
_COMES = frozenset({"come", "comes", "came", "coming"})
#: What may follow an intransitive "ends": a place, a time, the clause's end.
_AFTER_END = frozenset(
    {"in", "on", "at", "for", "today", "tomorrow", "tonight", "this", "next", "early", "soon"}
    | {"quietly", "officially", "formally", "as", "amid", "after", ",", ";", ":", "-", "—", "|"}
)
#: Words between the subject and "ends" ("duty set to end", "ban has now ended").
_AUX = frozenset({"to", "set", "will", "would", "is", "was", "has", "had", "finally", "now"})
#: The prepositions of the measure's complement ("tax on nickel ore", "quota for steel").
_COMPLEMENT = frozenset({"on", "of", "for", "against"})
#: Before a measure, a word that makes it another noun's complement ("suspension of duties").
_OWNED_BY = frozenset({"of", "from"})


def rule_ends(t: Text, i: int) -> Finding | None:
    """The measure named as the subject of "ends" at ``i`` comes to an end: ``resuming``."""
    v = i
    if t.word(i - 1) in ("an", "its") and t.word(i - 2) == "to" and t.word(i - 3) in _COMES:
        v = i - 3  # "comes to an end"
    elif (nxt := t.word(i + 1)) and nxt not in _AFTER_END:
        return None  # "to end export tax": an object follows
    h = v - 1
    while h > 0 and t.word(h) in _AUX:
        h -= 1
    for k in range(h, max(-1, h - 8), -1):
        low = t.word(k)
        if low in R.CLAUSE_BREAK:
            return None
        m = measure_of(low)
        if m is None:
            continue
        if (k != h and t.word(k + 1) not in _COMPLEMENT) or t.word(k - 1) in _OWNED_BY:
            return None  # "tariff talks end", "suspension of duties ends"
        if talks_about(t, k):
            return None  # "Talks on steel tariffs end after two days": the talks end
        words = [t.toks[k].text, t.toks[i].text]
        return Finding(
            "passive-release", "resuming", i, words, flow=m[1], verb=True, measure=m[0], at=k
        )
    return None
