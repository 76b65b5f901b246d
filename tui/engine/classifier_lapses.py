"""A suspension of a measure that ends: the measure comes back. "China ends suspension of
gallium export ban", "lifts the pause on steel tariffs", "suspension of the cobalt export ban
lapses": the suspension was the release, ending it reinstates the measure (its status), as
ending an exemption does. A suspension of a flow ("lifts suspension of cobalt exports") is a
ban whose end resumes the flow, read as before."""

from __future__ import annotations

from collections.abc import Callable

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, measure_of

#: Release nouns that suspend a measure for a while ("suspension of the ban", "pause on").
_SUSPENSIONS = frozenset({"suspension", "suspensions", "pause", "pauses"})
#: Release verbs that end what they act on outright (not "eases", "relaxes", "suspends").
_ENDING_VERBS = R.forms(
    "lift|s|ed|ing", "end|s|ed|ing", "scrap|s|ped|ping", "revoke|s|d", "revoking",
    "rescind|s|ed|ing", "cancel|s|led|ling", "terminate|s|d", "terminating",
    "withdraw|s|n|ing", "withdrew", "reverse|s|d", "reversing", "remove|s|d", "removing",
    "drop|s|ped|ping", "abolish|es|ed|ing", "axe|s|d", "unwind|s|ing",
)  # fmt: skip


def suspended_measure(t: Text, s: int) -> int | None:
    """The index of the measure noun a suspension noun at ``s`` suspends ("suspension of the
    gallium export ban", "pause on steel tariffs"), else None."""
    if t.word(s) not in _SUSPENSIONS or t.word(s + 1) not in ("of", "on"):
        return None
    for j in range(s + 2, min(len(t.toks), s + 8)):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low == ",":
            return None
        if measure_of(low) is not None and low not in _SUSPENSIONS and low != "halt":
            return j
    return None


def suspension_ended(t: Text, i: int, obj: int) -> Finding | None:
    """The release verb at ``i`` ends a suspension of a measure, named up to its object at
    ``obj`` ("ends suspension of the ban", "lifts pause on export controls"): the measure's
    status, in force again."""
    if t.toks[i].low not in _ENDING_VERBS:
        return None
    s = next((k for k in range(i + 1, obj + 1) if t.word(k) in _SUSPENSIONS), None)
    j = suspended_measure(t, s) if s is not None else None
    if s is None or j is None:
        return None
    return _returns(t, i, j, [t.toks[i].text, t.toks[s].text, t.toks[j].text])


def suspension_lapses(
    t: Text, s: int, j: int, runs_out: Callable[[Text, int], int]
) -> Finding | None:
    """The suspension at ``s`` of the measure at ``j`` runs out ("suspension of the ban
    lapses", "... of gallium export ban to US ends"): ``runs_out`` finds the ending verb
    after the noun phrase, in its clause."""
    if suspended_measure(t, s) != j:
        return None
    for k in range(j + 1, min(len(t.toks), j + 6)):
        if t.word(k) in R.CLAUSE_BREAK or t.word(k) == ",":
            return None
        if ends := runs_out(t, k):
            return _returns(t, s, j, [t.toks[s].text, t.toks[j].text, t.toks[ends].text])
    return None


def _returns(t: Text, i: int, j: int, words: list[str]) -> Finding | None:
    m = measure_of(t.toks[j].low)
    status = m[0] if m else None
    if status is None or status == "resuming":
        return None
    return Finding("release-exemption", status, i, words, verb=True, confidence=0.75, at=j)
