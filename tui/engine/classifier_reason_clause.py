"""A measure followed by its reason in a participle clause ("EU hits Indonesian steel with
anti-subsidy duties, citing Chinese finance", "..., blaming a flood of imports"): the clause says
why the measure was laid, it is no second topic beside it. :func:`reason_follows` is asked by
:func:`~tui.engine.classifier_commentary.topic_list` before it reads a title as a column."""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: The participles that open a measure's reason after a comma.
REASON_LEADS = frozenset({"citing", "blaming", "alleging", "accusing", "claiming"})


def reason_follows(t: Text, k: int) -> bool:
    """The word at ``k`` (after a measure and its comma) opens the measure's reason."""
    return t.word(k) in REASON_LEADS


def in_reason_clause(t: Text, pos: int) -> bool:
    """The character at ``pos`` lies in a ", citing ..." clause of the title ("..., citing low
    prices"): words of the reason, not the title's own news (a market's, say)."""
    return any(
        tk.low in REASON_LEADS and t.word(k - 1) == "," and pos >= tk.start
        for k, tk in enumerate(t.toks)
    )
