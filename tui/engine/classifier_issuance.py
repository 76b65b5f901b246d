"""The issuance of permits or licences halted: the flow they open is suspended.

"Congo stops issuing cobalt export permits", "an immediate halt on the issuance of export
permits for gold": a government stopping the grant of the permits a flow needs stops the
flow (``suspended``). Read alone, "issuing ... permits" is a grant (a release) and "halt on
... permits" the halt of a permit requirement (a release too); the stop before the grant
turns both round. A resumed issuance ("resumes issuing permits") stays a release.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_text import Finding, Text, is_granted

#: Words of granting a permit between a stop and the permit ("halt on the issuance of").
_ISSUANCE = frozenset({"issuance", "issuing", "issue", "granting", "grant", "approval"})


def _permit(t: Text, j: int) -> bool:
    """Token ``j`` is a permit or licence noun ("export permits", "licences")."""
    return is_granted(t.word(j))


def halted_issuance(t: Text, i: int, j: int) -> Finding | None:
    """A stop noun at ``i`` ("halt", "suspension") whose object, the permit at ``j``, is
    named after a word of its issuance: the flow suspended; else None."""
    if not _permit(t, j) or _ISSUANCE.isdisjoint(t.word(k) for k in range(i + 1, j)):
        return None
    words = [t.toks[i].text, t.toks[j].text]
    return Finding("stop", "suspended", i, words, verb=True, confidence=0.75, at=j)


def grant_read(t: Text, i: int, j: int) -> Finding:
    """A grant verb at ``i`` ("issues", "issuing") of the permit at ``j``: a release, or the
    flow suspended when a stop verb comes right before it ("stops issuing", "halts issuing")."""
    if i > 0 and t.word(i - 1) in R.STOP_VERBS and _permit(t, j):
        words = [t.toks[i - 1].text, t.toks[j].text]
        return Finding("stop", "suspended", i - 1, words, verb=True, confidence=0.75, at=j)
    words = [t.toks[i].text, t.toks[j].text]
    return Finding("grant", "resuming", i, words, verb=True, confidence=0.75)


#: Who a permit is granted by or to, after a passive grant ("licences granted by Beijing").
_BY_OR_TO = frozenset({"by", "to"})
#: Words making the permit a requirement ("need licences granted by ...").
_OBLIGED = R.OBLIGED_WORDS | {"require", "requires", "requiring", "with", "without"}


def passive_grant(t: Text, i: int) -> Finding | None:
    """A grant verb at ``i`` in the passive, right after the permit it grants and before "by"
    or "to" ("First gallium export licences granted by Beijing", "Export licences for gallium
    issued to some Chinese companies"): the grant, as "grants licences" reads; else None."""
    if not t.word(i).endswith(("ed", "issued")) or t.word(i + 1) not in _BY_OR_TO:
        return None
    j = next((j for j in range(i - 1, max(-1, i - 6), -1) if _permit(t, j)), None)
    if j is None or measure_noun(t, j) is None:
        return None
    if any(t.word(k) in _OBLIGED for k in range(max(0, j - 4), j)):
        return None  # "exporters need licences granted by the ministry": a requirement
    if any(t.word(k) in R.CLAUSE_BREAK or t.word(k) in (",", "|") for k in range(j + 1, i)):
        return None
    return grant_read(t, i, j)
