"""The words without which a check of :func:`tui.engine.classifier_reactions.reaction_veto`
can give no veto, found once per event.

Each check named here answers False unless one of its words is among the text's tokens (its
lower forms, ``Text.lows``, which ``Text.word`` gives by position): ``reaction_veto``
intersects the lower forms with :data:`REACTION_CUES` once and asks a check only when one of
its words is there (the same answers, as ``tests/unit/test_engine_fast_paths_8.py`` checks
against asking every check). A check whose word may stand in no token (a pattern over the
text, a base form) is always asked.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R

#: ``_criticised``: a verb of criticism, or the first word of a pair ("hits out").
CRITICS = R.CRITICISM_VERBS | {first for first, _ in R.CRITICISM_PAIRS}
#: ``_procedure_step``: a step of a case, or "review" after a qualifier.
PROCEDURE = R.PROCEDURE_NOUNS | {"review", "reviews"}
#: Every word some gated check of ``reaction_veto`` needs.
REACTION_CUES = frozenset().union(
    CRITICS,
    PROCEDURE,
    R.RESPONSE_NOUNS,  # _a_response
    R.LEGISLATORS,  # _lawmakers_call
    R.EFFECT_NOUNS,  # _effects_of
    R.CONDITION_WORDS,  # _in_condition
    R.PLEA_NOUNS,  # _pleaded
    R.DEMAND_NOUNS,  # _backs_a_demand
    R.RETALIATION_NOUNS,  # _retaliation_topic
    R.WORRY_VERBS,  # _worries
    R.REACTION_VERBS,  # _welcomed
    R.REQUEST_NOUNS,  # _requested
    R.ROUTE_WORDS,  # _through_a_route
)
