"""Governments that respond or react to another's plan (the thirteenth blind set's even rows,
session 41).

"EU, UK respond strongly to US plan to reinstate 25% steel import tariff": the subject answers a
plan named after "respond(s) to" (an adverb or two between them allowed), and tells no measure of
its own; the plan is the other government's and is only the topic of the reaction, no event. A
response "with" a measure of its own ("China responds to US tariffs with 15% duty on ...") is
retaliation, read as before, and so is one to a measure in force ("responds to US tariffs").
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

_RESPOND_VERBS = R.forms("respond|s|ed|ing", "react|s|ed|ing")
#: What a response answers that is no measure yet.
_PLAN_NOUNS = frozenset(
    {"plan", "plans", "proposal", "proposals", "threat", "threats", "bid", "push", "move"}
)


def responds_to_plan(t: Text, best: Finding) -> bool:
    """Whether the title's subject responds or reacts "to" a plan that holds the measure
    ``best``, with no measure of its own ("with ...")."""
    if "with" in t.lows:
        return False
    for k in range(best.index):
        if t.word(k) not in _RESPOND_VERBS:
            continue
        j = k + 1
        while j < k + 3 and t.word(j).endswith("ly"):  # "respond strongly to"
            j += 1
        if t.word(j) != "to":
            continue
        return any(t.word(m) in _PLAN_NOUNS for m in range(j + 1, min(j + 6, best.index + 1)))
    return False
