"""Plans dropped and measures put off: what they withdraw from the policy board.

The classifier reads "Indonesia scraps plan to ban nickel ore exports" and "Indonesia postpones
bauxite export ban" as no event (nothing comes into force: issue 16's "a plan dropped, delayed
or shelved"). The board still needs them: a plan or a measure announced for a later day that is
dropped or put off must stop showing as proposed or coming. :func:`withdrawal` reads such a
headline's corridor, metals and status by the classifier itself, on the title with the dropping
words put back as a plan ("scraps plan to ban" -> "plans to ban", "postpones" -> "plans"): the
same words then read as the plan they withdraw. It answers only where the classifier reads no
event in the headline as published and reads a plan in the rewritten one; the answer is never a
story's ``policy_event`` (the headline stays no event), only evidence the board uses to withdraw
earlier proposals and coming measures of that status on that corridor
(:mod:`tui.engine.board`). A measure put off to a day its text names (:func:`put_off_to`) is
no withdrawal but the same measure coming from that day, which replaces the earlier day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from tui.core.gazetteer import Gazetteer
from tui.core.lazy_re import LazyPattern, lazy
from tui.core.models import Metal, PolicyEvent
from tui.engine.classifier import classify
from tui.engine.effective_dates import effective_date, utc_day

_DROP = (
    r"(?:drops?|dropped|dropping|shelves|shelved|shelving|scraps?|scrapped|scrapping|"
    r"abandons?|abandoned|abandoning|withdraws?|withdrew|withdrawn|withdrawing|"
    r"ditch(?:es|ed|ing)?|axes|axed|axing|cancels?|cancell?ed|cancell?ing|kills?|killed|"
    r"(?:backs?|backed|backing)\s+(?:away\s+from|off(?:\s+from)?|down\s+(?:on|from))|"
    r"(?:gives?|gave|giving)\s+up(?:\s+on)?|(?:walks?|walked|walking)\s+back(?:\s+on)?|"
    # a reversal ("U-turns on", "makes a U-turn over", "backtracks on", "rows back on")
    r"(?:(?:makes?|made|making|does|did|doing)\s+(?:an?\s+)?)?u-?\s?turn(?:s|ed|ing)?\s+(?:on|over)|"
    r"backtrack(?:s|ed|ing)?\s+(?:on|from)|(?:rows?|rowed|rowing)\s+back(?:\s+on)?|"
    r"revers(?:es|ed|ing|e)\s+course\s+on|(?:climbs?|climbed|climbing)\s+down\s+(?:on|over|from))"
)
_OWNER = r"(?:(?:its|the|a|his|her|their|an)\s+)?"
#: "scraps (its controversial) plan to ban": the plan, then what it was to do (a plan named
#: after its measure, "scraps export ban plan", is ``_TRAILING_PLAN_RE``'s).
_DROPPED_PLAN_RE = lazy(
    rf"\b{_DROP}\s+{_OWNER}(?:[\w'’-]+\s+){{0,2}}?(?:plans?|proposals?|bid|idea|move|threats?)\b"
    r"(?:\s+(to)\b|\s+(?:for|of|on|against)\b)",
    re.IGNORECASE,
)
#: "abandons bauxite export ban plan": the plan named after its measure.
_TRAILING_PLAN_RE = lazy(
    rf"\b{_DROP}\s+{_OWNER}((?:[\w'’-]+\s+){{1,4}}?)(?:plans?|proposals?|threats?)\b",
    re.IGNORECASE,
)
#: "scraps planned export curbs", "withdraws proposed tariff": the measure, as planned.
_DROPPED_MEASURE_RE = lazy(
    rf"\b{_DROP}\s+{_OWNER}(?:planned|proposed|threatened|mooted)\b", re.IGNORECASE
)
#: "drops raw ore export ban from mining bill": a measure struck from a draft, a plan dropped.
_FROM_DRAFT_RE = lazy(
    rf"\b(?:{_DROP}|strips?|stripped|removes?|removed|deletes?|deleted)\b(?=\s+"
    rf"(?:[\w'’-]+\s+){{1,6}}?from\s+{_OWNER}(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:bills?|draft|legislation|proposals?)\b)",
    re.IGNORECASE,
)
#: "postpones bauxite export ban", "delays tariffs on ...", "puts off curbs".
_DEFER_RE = lazy(
    r"\b(?:delays?|delaying|postpones?|postponing|defers?|deferring|puts?\s+off|"
    r"putting\s+off|push(?:es)?\s+back|pushing\s+back|holds?\s+off(?:\s+on)?|"
    r"holding\s+off(?:\s+on)?)\b",
    re.IGNORECASE,
)
#: "Nickel export ban delayed", "US delayed tariffs": put off, as planned.
_DEFERRED_RE = lazy(
    r"\b(?:delayed|postponed|deferred|pushed\s+back|held\s+off(?:\s+on)?)\b", re.IGNORECASE
)
#: "to" or "until" before a day, after a measure put off: the day it is put off to.
_TO_DAY_RE = lazy(r"\b(?:to|until|till)\s+(?=(?:[a-z]{3,9}\.?\s+)?\d|\d)", re.IGNORECASE)
#: The cheap pre-check: a word of dropping or putting off.
_ANY_RE = lazy(
    r"\b(?:drop|shelv|scrap|abandon|withdr|ditch|ax|cancel|kill|back|give|gave|walk|"
    r"delay|postpon|defer|put|push|hold|held|u-?\s?turn|row|revers|climb|strip|remov|delet)",
    re.IGNORECASE,
)


#: Light words before the dropping word ("makes a U-turn on"): not the word that drops.
_LIGHT = frozenset({"makes", "make", "made", "making", "does", "do", "did", "doing", "a", "an"})


def put_off_to(title: str, summary: str, published: datetime | None) -> date | None:
    """The new day a measure put off is to take effect, when the headline puts it off (not
    drops it) and its text ties a day after publication to it ("delays tariffs on Mexican
    steel by a month" whose lede says "will now take effect on March 4"): the measure is then
    coming from that day, not withdrawn. Else None."""
    found = _rewrite(title) if may_withdraw(title) else None
    if found is None or not (_DEFER_RE.search(title) or _DEFERRED_RE.search(title)):
        return None
    if _DROPPED_PLAN_RE.search(title) or _DROPPED_MEASURE_RE.search(title):
        return None  # "shelves plan to ..., delays ...": dropped
    # "postpones bauxite export ban to June 2024", "delays tariffs until March 4": the new day
    day = effective_date(_TO_DAY_RE.sub("from ", title), summary, published)
    pub = utc_day(published)
    return day if day is not None and pub is not None and day > pub else None


#: A lift of a measure's newest step ("suspends expanded rare earth export controls", "pauses
#: new tariffs", "lifts its latest curbs"): the step, not the measure it adds to.
_STEP_RE = lazy(
    r"\b(?:suspends?|suspended|suspending|pauses?|paused|pausing|freezes?|froze|frozen|"
    r"lifts?|lifted|lifting|halts?|halted|halting|delays?|delayed|delaying|postpones?|"
    r"postponed|postponing|withdraws?|withdrew|withdrawn|scraps?|scrapped|rolls?\s+back|"
    r"rolled\s+back)\s+" + _OWNER + r"(?:expanded|new|newest|latest|additional|extra|further|"
    r"broader|wider|tighter|stricter|recent)\b",
    re.IGNORECASE,
)


def paused_step(
    title: str, summary: str, metals: Sequence[Metal], *, gazetteer: Gazetteer | None = None
) -> PolicyEvent | None:
    """The newest step of a measure a headline lifts or puts off ("China suspends expanded rare
    earth export controls"), read as the plan of that step (:func:`withdrawal`'s reading): the
    board withdraws that step if it is still proposed or coming, and leaves the measure it adds
    to in force. None when the title lifts no such step."""
    m = _STEP_RE.search(title)
    if m is None:
        return None
    step = m.group(0).split()[-1]  # "expanded", "new": kept, the lifting words a plan's
    rewritten = title[: m.start()] + "plans " + step + title[m.end() :]
    plan = _read_plan(rewritten, summary, metals, gazetteer)
    if plan is None or not plan.proposed or plan.status in ("open", "resuming"):
        return None
    words = (m.group(0).split()[0], *(w for w in plan.words if w in title))
    return _withdrawn(plan, tuple(dict.fromkeys(words)))


def may_withdraw(title: str) -> bool:
    """Whether ``title`` has a word of dropping or putting off (a cheap pre-check)."""
    return _ANY_RE.search(title) is not None


def as_plan(title: str) -> str | None:
    """``title`` with its dropping or putting-off words put back as a plan, or None."""
    found = _rewrite(title)
    return found[0] if found is not None else None


def _rewrite(title: str) -> tuple[str, str] | None:
    """(``title`` with its dropping or putting-off words put back as a plan, the first of those
    words: "scraps", "postpones"), or None."""

    def plan(m: re.Match[str]) -> str:
        return "plans to" if m.group(1) else "plans"

    def trailing(m: re.Match[str]) -> str:
        return "plans " + m.group(1).rstrip()

    rewrites: tuple[tuple[LazyPattern, str | Callable[[re.Match[str]], str]], ...] = (
        (_DROPPED_PLAN_RE, plan),
        (_DROPPED_MEASURE_RE, "plans"),
        (_FROM_DRAFT_RE, "plans"),
        (_TRAILING_PLAN_RE, trailing),
        (_DEFER_RE, "plans"),
        (_DEFERRED_RE, "planned"),
    )
    for rx, repl in rewrites:
        m = rx.search(title)
        if m is not None:
            new = repl if isinstance(repl, str) else repl(m)
            said = [w for w in m.group(0).split() if w.lower() not in _LIGHT]
            return title[: m.start()] + new + title[m.end() :], (said or m.group(0).split())[0]
    return None


def withdrawal(
    title: str,
    summary: str,
    metals: Sequence[Metal],
    *,
    gazetteer: Gazetteer | None = None,
    read_as_none: bool = False,
) -> PolicyEvent | None:
    """The plan or coming measure a headline drops or puts off, read as the classifier reads
    the plan (``proposed`` False: it is the withdrawal), or None. Only for a headline the
    classifier reads as no event (``read_as_none``: the caller has read it so already)."""
    found = _rewrite(title) if may_withdraw(title) else None
    if found is None:
        return None
    if not read_as_none and classify(title, summary, metals, gazetteer=gazetteer):
        return None
    rewritten, dropping = found
    plan = _read_plan(rewritten, summary, metals, gazetteer)
    if plan is None or not plan.proposed:
        return None
    # the words that decided it, as the headline has them ("scraps", not "plans")
    kept = tuple(w for w in plan.words if w in title and w.lower() not in ("plans", "planned"))
    return _withdrawn(plan, (dropping, *kept))


def _read_plan(
    rewritten: str, summary: str, metals: Sequence[Metal], gazetteer: Gazetteer | None
) -> PolicyEvent | None:
    """The classifier's reading of a title rewritten as a plan: the title alone first, then
    with the summary's lede (which may name the metal)."""
    for lede in ("", summary) if summary else ("",):
        plan = classify(rewritten, lede, metals, gazetteer=gazetteer)
        if plan is not None:
            return plan
    return None


def _withdrawn(plan: PolicyEvent, words: tuple[str, ...]) -> PolicyEvent:
    """The plan a headline withdraws (``proposed`` False: it is the withdrawal), decided by
    ``words`` as the headline has them."""
    return PolicyEvent(
        plan.metals,
        plan.origin,
        plan.destination,
        plan.status,
        plan.rate_pct,
        False,
        plan.confidence,
        words,
    )
