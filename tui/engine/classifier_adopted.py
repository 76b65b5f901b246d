"""A plan or a proposal adopted: "EU member states approve plan to cut steel quotas", "steel
quota proposal adopted by EU governments", "Russia's plan for a nickel export duty adopted by
government". The plan word names what the deciding body approved, so it marks no plan of the
measure: the measure is decided. A body that only prepares or backs a measure keeps it a plan:
the Commission adopting its own proposal ("adopts proposal", active), envoys or a committee
approving one, a chamber of a legislature. Used by
:func:`tui.engine.classifier_status.proposed_marker`."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: The plan word approved (active) or adopted by a body (passive).
_ADOPTED_RE = lazy(
    r"\b(?:approv(?:e|es|ed)|ratif(?:y|ies|ied))\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?P<a>plans?|proposals?)\b"
    r"|\b(?P<p>plans?|proposals?)\b(?:\s+[\w’'%-]+){0,6}?\s+(?:is\s+|was\s+|has\s+been\s+|"
    r"have\s+been\s+)?(?:approved|adopted|ratified)\s+by\b",
    re.IGNORECASE,
)
#: Bodies whose approval is a step, not the decision.
_STEP_BODIES_RE = lazy(
    r"\b(?:envoys?|ambassadors?|committees?|panels?|senate|house|lawmakers|mps|deputies|"
    r"commission|parliament|assembly)\b",
    re.IGNORECASE,
)


def adopted_plan(text: str, at: int) -> bool:
    """True when the plan word at offset ``at`` of ``text`` names a plan a deciding body
    approved or adopted (see the module's docstring)."""
    for m in _ADOPTED_RE.finditer(text):
        group = "a" if m.group("a") else "p"
        if m.start(group) != at:
            continue
        body = text[: m.start()] if group == "a" else text[m.end() : m.end() + 40]
        if group == "a":
            body = " ".join(body.split()[-4:])  # the subject right before the verb
        else:
            body = " ".join(body.split()[:3])  # the agent right after "by"
        return _STEP_BODIES_RE.search(body) is None
    return False
