"""A measure's suspension named as a compound: "duty suspension", "export ban suspension",
"tariff pause".

"Suspension of the duties" is read as the duties released (``resuming``) by
:func:`~tui.engine.classifier_release_nouns.rule_release_noun`; the same suspension written with the
measure before it ("EU duty suspension for Ukrainian steel extended", "gallium export ban
suspension") read as a trade suspension (``suspended``). A measure noun right before
"suspension", "pause" or "halt" is what is suspended: the measure released, and extending its
suspension keeps it released (the README's vocabulary: suspending a measure, and extending that
suspension, is ``resuming``).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, base_word, measure_of

_PAUSES = frozenset({"suspension", "suspensions", "pause", "pauses", "moratorium"})


def measure_paused(t: Text, i: int) -> Finding | None:
    """The release a compound "<measure> suspension" at token ``i`` names, else None."""
    if t.toks[i].low not in _PAUSES:
        return None
    prev = t.word(i - 1)
    m = measure_of(prev)
    if m is None or base_word(prev) in _PAUSES or m[0] == "resuming":
        return None
    return suspended_release(t, i, range(max(0, i - 6), min(len(t.toks), i + 4)), m[0], i - 1)


def suspended_release(t: Text, i: int, near: range, measure: str | None, at: int) -> Finding:
    """The release a suspension at token ``i`` of the measure at token ``at`` names; a verb
    that prolongs it among the tokens ``near`` ("extends the duty suspension", "has extended
    for another year the suspension of the duty") keeps the release going, as "extends
    exemption" does."""
    kept = next((t.toks[k].text for k in near if t.word(k) in R.PROLONG_VERBS), None)
    words = [t.toks[at].text, t.toks[i].text] if at < i else [t.toks[i].text, t.toks[at].text]
    return Finding(
        "release-noun",
        "resuming",
        i,
        words if kept is None else [kept, *words],
        verb=kept is not None,
        confidence=0.75,
        measure=measure,
        at=at,
    )
