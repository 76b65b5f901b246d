"""The classifier's word table: comments on a measure (judgements, fears, verdicts, a measure
in force whose effects a modal speaks of), read by ``classifier_comments``.

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_rules_words import forms

# fmt: off
#: Modals of a judgement on measures in force, after them ("duties must calm ...", "should
#: ease ..."): what they ought to do is a comment ("need to" is read with its "to").
JUDGEMENT_MODALS = frozenset({"must", "should", "ought"})
#: Verbs of fearing a measure's effects ("industry fears job losses from tariffs", "miners
#: brace for layoffs over curbs", "wire makers fret over proposed tariffs"): a reaction.
FEAR_VERBS = forms(
    "fear|s|ed|ing", "brace|s|d", "bracing", "dread|s|ed|ing", "fret|s|ted|ting", "worry", "worries"
)
#: A verdict on a measure before a trailing attribution ("too lax, smelters say", "not
#: strict enough, miners argue", "falls short, producers say", "smaller than hoped, mills say",
#: "better than nothing', ..."). Not :data:`tui.engine.classifier_mentions.BREACH_RE` (a
#: measure broken, "violates the ban"): this is a view of how strict a measure is, and the comma
#: of the attribution that follows it is part of the pattern.
VERDICT_RE = lazy(
    r"\b(?:too\s+[a-z]+|(?:not\s+)?[a-z]+\s+enough|fall(?:s|ing)?\s+short|fell\s+short|"
    r"inadequate|insufficient|toothless|flawed|unfair|unjustified|[a-z]+er\s+than\s+(?:hoped|"
    r"expected|feared|needed|sought|wanted|asked|nothing))['’\"”]?\s*,",
    re.IGNORECASE,
)
#: Verbs that attribute a view in a title's tail ("..., mills say", "..., miners argue").
ATTRIBUTION_VERBS = forms("say|s", "said", "argue|s|d", "claim|s|ed", "complain|s|ed", "warn|s|ed")
#: Participles that bring a named system in ("Import Monitoring System Launched").
LAUNCH_PARTICIPLES = frozenset(
    {"launched", "introduced", "unveiled", "rolled", "implemented", "notified", "established",
     "operationalised", "operationalized", "activated", "enforced"}
)
#: A lede telling a measure in force ("today's ban", "took effect", "in force from"): a modal
#: on what it could do to supply speaks of its effects, not of a plan.
IN_FORCE_LEDE_RE = lazy(
    r"\b(?:(?:today|yesterday|this\s+week)['’]s|(?:took|takes|came|comes|went|goes)\s+"
    r"(?:into\s+)?(?:effect|force)|in\s+(?:force|effect)\s+(?:from|since)|in\s+force\b)",
    re.IGNORECASE,
)
#: Words after an effect modal that keep the measure itself uncertain ("ban could be brought
#: forward", "could soon", "could start").
MODAL_PLAN_WORDS = frozenset(
    {"be", "soon", "start", "begin", "come", "take", "return", "go", "get", "still", "also"}
)
