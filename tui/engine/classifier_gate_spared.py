"""A leader's warning that a place's goods face a measure with its start, which the rules read
decided ("Trump warns Mexico's steel faces 25% tariffs starting today", "... will face 25%
tariffs from Monday": :mod:`tui.engine.classifier_warned`), is not put to the learned gate
(:mod:`tui.engine.event_gate`). The gate's features read "warns" as an industry's request and a
plan word, and no real labelled set holds such a warning to teach it otherwise (a feature of two
sets or more is learned), so these measures sat at its threshold's margin (9-10% against 10%)
and one word more or less vetoed them. A plain warning or threat, proposed, is still put to the
gate.

Nor is a market story whose lede tells a government's new measure as its act ("Emerging stocks
under pressure after Trump's tariffs" whose lede says "Trump raises tariffs on copper imports":
:mod:`tui.engine.classifier_owned`, :func:`act_spared`): the rules read the act from the lede's
own clause, which the gate does not see (it reads the title's market words and the lede's first
sentence). Such made-up measures sat on the threshold (9.9% and 10.1% against 10% in two
trainings of session 43), where a change to the rules' reading of unrelated training rows moved
them across; no labelled real row's reading moved when they were spared
(``benchmarks/row_changes.py``).

Read by :func:`tui.engine.classifier.classify` and :func:`~tui.engine.classifier.explain`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.models import PolicyEvent

#: A warning, then goods that face a measure: "warns X's steel faces 25% tariffs".
_WARNED_FACE_RE = lazy(
    r"\bwarn(?:s|ed)?\b.*?\bfac(?:e|es|ing)\s+"
    r"(?:(?:new|extra|additional|higher|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+)*"
    r"(?:counter-?)?(?:tariffs?|duties|duty|levies|levy|bans?|quotas?)\b",
    re.IGNORECASE,
)


def gate_spared(title: str, event: PolicyEvent) -> bool:
    """Whether the rules' decided ``event`` of ``title`` is a leader's warning that goods face
    a measure (see the module): the gate is not asked."""
    return not event.proposed and warns_face(title)


#: The step of :mod:`tui.engine.classifier_owned` that reads a market title's measure from a
#: government's act its lede tells (its line in the trace).
OWNED_ACT = "market news on a government's new measure its lede tells: the act"


def act_spared(trace: list[str]) -> bool:
    """Whether the rules read the event from a government's act told in the lede of a market
    story (see the module): the gate is not asked."""
    return OWNED_ACT in trace


def warns_face(title: str) -> bool:
    """Whether ``title`` warns that goods face a measure ("warns X's steel faces 25% tariffs",
    "warns Indian aluminium could face tariffs"): a threat, not an industry's request (a
    feature of :mod:`tui.engine.event_gate_reading`)."""
    return _WARNED_FACE_RE.search(title) is not None
