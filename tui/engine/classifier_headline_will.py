"""A title's own "X will <act>" with no start: "Russia will levy export duty on nickel",
"Canada will slap surtax on Chinese steel". The written convention (docs/ACCURACY.md; the third
blind set's PROVENANCE.md on rhd-159) reads "will" + a measure without a date as ``proposed``; a
date, a lede reporting the decision ("said on Monday it will impose") or the government's own
word told in the title ("..., trade ministry says") decides it. Only the title is read so (a
lede's "will ban" under a title that tells the act, "China bans ...", is the act told again);
asked by :func:`tui.engine.classifier_event_proposed.proposal_word` after the rules of
:func:`~tui.engine.classifier_status.proposed_marker` found no plan. The subject is only names (a place, a government word, capitalised words),
as a headline's "X to <act>" is (:func:`tui.engine.classifier_status.proposed_marker`), and no
leader: a leader's "will" is read by :mod:`tui.engine.classifier_leader_tail`, and "Donald
Trump will slap tariffs ..." whose lede tells the duty placed stays as the studied set labels it.
A title that tells who says it ("..., Commerce Department says") is left to those rules.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_case import looks_named
from tui.engine.classifier_leader_tail import is_leader
from tui.engine.classifier_status import decided, plan_dated
from tui.engine.classifier_text import Finding, Text

_PLAN_VERB_RE = lazy(R.PLAN_VERBS_PATTERN, re.IGNORECASE)
#: The most tokens a subject runs to before "will" ("The Zambian government").
_SUBJECT_TOKENS = 4
#: Tokens that end a clause before the deciding word ("Latest: US will ...").
_CLAUSE_ENDS = frozenset({";", "|", "—", "–", ":"})


def title_will(t: Text, f: Finding, lede: str) -> str | None:
    """The title's undated "will <verb>" (see the module) when neither the title nor ``lede``
    dates the measure and ``lede`` does not report it decided, else None."""
    start = 0
    for tok in t.toks[: f.index]:
        if tok.low in _CLAUSE_ENDS:
            start = tok.end
    will = headline_will(t, start, f.index)
    if will is None or plan_dated(t.text, lede) or decided(lede):
        return None
    return will


def headline_will(t: Text, start: int, at: int) -> str | None:
    """ "will <verb>" when the clause from ``start`` opens with a named subject, then "will" and
    a measure's verb before token ``at`` (see the module), else None."""
    if R.SAY_VERB_RE.search(t.text) is not None:
        return None  # "..., trade ministry says": who tells it decides, read by other rules
    first = next((k for k, tk in enumerate(t.toks) if tk.start >= start), 0)
    for k in range(first + 1, min(at, len(t.toks))):
        if t.toks[k].low != "will":
            continue
        verb = t.word(k + 1)
        subject = t.toks[first:k]
        if (
            not _PLAN_VERB_RE.fullmatch(verb)
            or len(subject) > _SUBJECT_TOKENS
            or is_leader(" ".join(tk.text for tk in subject))
        ):
            return None
        if all(
            t.place_at[first + j] is not None
            or tk.low in R.GOVERNMENT_WORDS
            or (j == 0 and tk.low == "the")  # "The Russian Government Will Levy ..."
            or looks_named(t.text, tk.text)
            for j, tk in enumerate(subject)
        ):
            return f"will {verb}"
        return None
    return None
