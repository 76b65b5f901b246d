"""A government's plan of a measure told with its purpose (the sixth wire's even rows, session 41).

"Jakarta eyes gold export duty to lift state revenue": a place's government that eyes, weighs,
mulls, plans or considers a measure tells, after it, what the measure is for; the clause is its
aim, not a forecast of the measure's effects (:func:`~tui.engine.classifier_forecast_effects.
economic_effect` asks :func:`planned_for`). A measure named bare with its effects after it
("Nickel export duty to lift Philippine prices, analysts say") or a forecast by others stays a
forecast.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Verbs of a measure weighed by its government: the measure is its plan.
_PLAN_VERBS = frozenset(
    {"eye", "eyes", "eyeing", "eyed", "weigh", "weighs", "weighing", "mull", "mulls", "mulling",
     "plan", "plans", "planning", "consider", "considers", "considering", "mooted", "moots",
     "floats", "proposes", "proposing"}
)  # fmt: skip


def planned_for(t: Text, best: Finding) -> bool:
    """A place's government weighs the measure at ``best`` in the verb before it, in the same
    clause: what follows the measure is its purpose."""
    for k in range(best.index - 1, max(-1, best.index - 6), -1):
        if t.word(k) in R.CLAUSE_BREAK:
            return False
        if t.word(k) in _PLAN_VERBS:
            return any(t.place_at[j] is not None for j in range(k))
    return False
