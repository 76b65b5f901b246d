"""Notices about a measure that read like one (the kinds of the sixteenth set's misses).

A title about a measure that reports none: an analysis of its impact or effects named as the
title (:data:`~tui.engine.classifier_rules.ANALYSIS_TITLE_RE`), a clarification of its scope
or applicability, a review of it named as the title's topic, a call for comments on a
proposed change, a debate on it ("divided on", "split over"), an industry body's proposal, a petition to a government, an investment call; all in :func:`notice_veto`. And
two ledes that leave a title's measure, or the lede's own, no event (:func:`lede_notice`): a
heading that names a kind of measure whose lede publishes a recommendation or report on it, a
lede telling a court's order that a government lift a measure. The words are in
:mod:`tui.engine.classifier_rules`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: An investment call on the news ("Long Freeport, Short Southern", "buy X, sell Y"): a
#: market commentary's pair of positions, not news of a measure.
_TRADE_CALL_RE = lazy(
    r"\b(?:long|buy|overweight)\s+[^,;:]{2,40},\s*(?:short|sell|underweight)\s+\w", re.IGNORECASE
)

#: A comment period the act follows ("sets 25% tariff ... after comment period"): past.
_AFTER_RE = lazy(r"\b(?:after|following|once)\s+(?:the\s+|a\s+|its\s+|public\s+)*$", re.I)


def notice_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title is a notice about a measure, not news of one."""
    if R.ANALYSIS_TITLE_RE.match(t.text) is not None:
        return "speculation", "an analysis of a measure's impact named as the title: comment"
    if R.CLARIFICATION_RE.search(t.text) is not None:
        return "speculation", "a clarification of a measure's scope: no new measure"
    if not best.verb and R.REVIEW_TITLE_RE.match(t.text) is not None:
        return "speculation", "a review of a measure named as the title's topic: a step of a case"
    comments = R.COMMENTS_RE.search(t.text)
    if comments is not None and _AFTER_RE.search(t.text, 0, comments.start()) is None:
        return "speculation", "comments invited on a proposed change: a consultation"
    if _TRADE_CALL_RE.search(t.text) is not None:
        return "speculation", "an investment call ('long X, short Y'): comment"
    if R.DEBATE_RE.search(t.text) is not None:
        return "company", "a measure debated ('divided on'): no measure"
    if _body_proposes(t, best):
        return "company", "an industry body proposes a measure: a call, not a measure"
    if _petitions(t, best):
        return "company", "a government petitioned for a measure: a call, not a measure"
    return None


def _petitions(t: Text, best: Finding) -> bool:
    """ "<Company> petitions US to levy Russian imports", "petitions EU for duties": who
    petitions a government asks for the measure (the name of who asks may be unknown)."""
    for k in range(best.index):
        if t.word(k) not in R.PETITION_VERBS:
            continue
        j = k + 1
        while j < best.index and (t.place_at[j] is not None or t.word(j) in R.GOVERNMENT_WORDS):
            j += 1
        if j > k + 1 and t.word(j) in ("to", "for"):
            return True
    return False


def _body_proposes(t: Text, best: Finding) -> bool:
    """ "Jewellers' association proposes cut in duty", "chamber suggests export levy": an
    industry body's proposal is a call (a government's "proposes" is a plan)."""
    return any(
        t.word(k) in R.INDUSTRY_BODY_WORDS and t.word(k + 1) in R.SUGGEST_VERBS
        for k in range(best.index)
    )


def lede_notice(t: Text, best: Finding | None, lede: str) -> str | None:
    """Why the lede leaves the title's measure (or its own) no event: "Copper tube duties"
    whose lede says the authority "has published its final recommendation" on them; a title
    naming no measure whose lede tells a court's order that the government lift a ban."""
    if best is None:
        # the pattern starts with "court" (each of its letters matched only by a character
        # whose lower case it is): a lede without it in lower case never matches
        if "court" in lede.lower() and R.COURT_ORDER_LIFT_RE.search(lede) is not None:
            return "the lede tells a court's order to lift a measure: not the lift itself"
        return None
    if best.verb or any(p is not None for p in t.place_at):
        return None
    if R.PUBLISHED_ADVICE_RE.search(lede) is not None:
        return "a heading whose lede publishes a recommendation on the measure: no measure"
    return None
