"""US Federal Register trade-remedy notices read by the step of the case their title names.

Commerce (ITA) and the ITC title their notices in a fixed grammar: "<Product> From <Country,
...>: <step>" (the ITC writes "; <step>"), or the step alone as a heading ("Initiation of
Five-Year (Sunset) Reviews"). The labelled sets read a notice by what its step does to the
duties: an order issued or continued, an administrative review's final results, an amended
final determination that sets duties, are ``tariff``; an order revoked is ``resuming`` (the rules
read those). Every other step is no event (:func:`notice_step`): an initiation or institution of
an investigation, review or inquiry, a preliminary result, the results of a sunset or
changed-circumstances review that revoke nothing, a rescission, the termination of an
investigation, a scheduling, a court decision not in harmony, a scope ruling, the ITC's
determinations, an investigation suspended, the Department's standing calls ("Opportunity To
Request Administrative Review", "Advance Notification of Sunset Review") and a Section 232 call
for inclusion or exclusion requests. A title whose segments also issue, continue or revoke an order, or terminate a
suspension agreement and issue one, is left to the rules. A word-set prefilter skips every title
without a step's head word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.lazy_re import lazy

#: The first words of the steps below, lower case: a title with none is not searched.
_HEAD_WORDS = frozenset(
    {
        "initiation",
        "institution",
        "rescission",
        "scheduling",
        "termination",
        "harmony",
        "ruling",
        "preliminary",
        "results",
        "determination",
        "determinations",
        "suspension",
        "requests",
        "procedures",
        "opportunity",
        "notification",
    }
)

#: A segment of a notice's title (after a colon or semicolon, or the whole title) that names a
#: step of a case and no duty set: its head words open the segment.
_STEP_RE = lazy(
    r"^(?:notice\s+of\s+)?(?:"
    r"(?:partial\s+)?rescission\s+of\b"
    r"|court\s+decision\s+not\s+in\s+harmony\b"
    r"|initiation\s+of\b"
    r"|institution\s+of\b"
    r"|scheduling\s+of\b"
    r"|termination\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}investigations?\b"
    r"|(?:final\s+|preliminary\s+)?scope\s+ruling"
    r"|preliminary\s+(?:results|(?:affirmative\s+|negative\s+)?determinations?)\b"
    r"|(?:affirmative\s+|negative\s+)?(?:final\s+|preliminary\s+)(?:affirmative\s+|negative\s+)?"
    r"determinations?\s+of\s+circumvention\b"
    r"|final\s+results\s+of\s+(?:the\s+)?(?:expedited\s+|full\s+)?(?:\w+\s+)?"
    r"(?:sunset|five-year|changed\s+circumstances)\b"
    r"|final\s+results\s+of\s+(?:antidumping\s+|countervailing\s+)?(?:duty\s+)?"
    r"(?:and\s+countervailing\s+duty\s+)?changed\s+circumstances\b"
    r"|determinations?$"
    r"|suspension\s+of\s+(?:antidumping|countervailing)\s+duty\s+investigations?\b"
    r"|requests\s+for\s+(?:inclusions?|exclusions?)\b"
    r"|opportunity\s+to\s+request\b"
    r"|advance\s+notification\s+of\b"
    r"|procedures\s+for\s+(?:\w+\s+){0,3}(?:inclusion|exclusion)\s+requests\b"
    r")",
    re.IGNORECASE,
)
#: A court's decision on a case's results: a step, whatever results it names as amended.
_COURT_RE = lazy(r"\bcourt\s+decision\s+not\s+in\s+harmony\b", re.IGNORECASE)
#: A segment that issues, continues or revokes an order, or amends a final determination (which
#: sets the duties), or a verb that extends, imposes or revokes ("Final Results of Sunset
#: Review: duties extended"): the notice sets or lifts duties, and the rules read it.
_DUTY_SET_RE = lazy(
    r"\b(?:continuation|revocation|issuance)\s+of\b"
    r"|\bamended\s+final\s+(?:\w+\s+){0,3}determination\b"
    r"|\bduty\s+orders?\s*$"
    r"|\b(?:extend(?:s|ed)?|impos(?:es|ed)|continu(?:es|ed)|revok(?:es|ed))\b",
    re.IGNORECASE,
)
_SEGMENT_RE = lazy(r"\s*[:;]\s*")


def notice_step(title: str, lows: Sequence[str]) -> str | None:
    """Why a Federal Register notice's title names a step of a trade-remedy case and no duty
    set or lifted, or None (``lows``: the title's lower-case words, for the prefilter)."""
    if _HEAD_WORDS.isdisjoint(lows):
        return None
    segments = [s for s in _SEGMENT_RE.split(title) if s]
    if not any(_STEP_RE.match(s) for s in segments):
        return None
    if _COURT_RE.search(title) is not None:
        return "a notice of a court's decision on a trade-remedy case: a step of the case"
    if any(_DUTY_SET_RE.search(s) for s in segments):
        return None
    return "a notice naming a step of a trade-remedy case, no duty set or lifted: no event"
