"""The classifier's word table: notices about a measure.

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_rules_words import forms

# fmt: off
#: A lede publishing a recommendation or report on a measure ("has today published its final
#: recommendation to the minister on the future of ...").
PUBLISHED_ADVICE_RE = lazy(
    r"\b(?:publish(?:es|ed)?|issue[sd]?|release[sd]?)\s+(?:its\s+|a\s+|the\s+)?"
    r"(?:final\s+|preliminary\s+|interim\s+)?(?:report\s+and\s+)?recommendations?\b",
    re.IGNORECASE,
)
#: A court's order that a government lift a measure ("despite a court order for the
#: government to lift its ban", "a court ordered the government to lift"): not the lift.
COURT_ORDER_LIFT_RE = lazy(
    r"\bcourt(?:'s)?\s+(?:order|orders|ordered|ruling|ruled)\b[^.;]{0,60}?\bto\s+"
    r"(?:lift|end|scrap|remove|reverse|revoke)\b",
    re.IGNORECASE,
)
#: Nouns of the state after a caller's word ("Union Budget", "Union Cabinet", "Union
#: government"): the word names the state, not a union or party that calls.
STATE_NOUNS = frozenset(
    {"budget", "budgets", "government", "govt", "cabinet", "minister", "ministry", "finance",
     "treasury"}
)
#: Verbs of a proposal; by an industry body ("association proposes"), a call.
SUGGEST_VERBS = forms("propose|s|d", "suggest|s|ed", "seek|s", "sought")
#: A start date set for a system ("Finalizes June 28 Start Date for ... Import Monitoring
#: System"): the system is brought in on that date.
START_DATE_RE = lazy(
    r"\b(?:start|starting|effective|launch|implementation)\s+dates?\s+(?:for|of)\b", re.I
)
#: An official cited ("an official said"): not a plan when the text tells the act done.
OFFICIAL_SAID_RE = lazy(r"officials?\s", re.I)
#: A past perfect in a sourced sentence ("sources told Reuters the government had taken
#: steps to cut imports"): what was done earlier, not the news's plan.
PAST_PERFECT_RE = lazy(
    r"\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b", re.I
)
#: Verbs of petitioning ("petitions US to levy ..."): the petitioner asks for a measure.
PETITION_VERBS = forms("petition|s|ed|ing")
#: The orders of a trade-remedy case, measures in a list headed by its words ("Antidumping or
#: Countervailing Duty Investigations, Orders, or Reviews").
ORDER_NOUNS = frozenset({"order", "orders"})
#: An agency's finding in a trade-remedy case, a step of it unless amended (``AMENDED_WORDS``).
DETERMINATION_NOUNS = frozenset({"determination", "determinations"})
AMENDED_WORDS = frozenset({"amended", "amending"})
#: A copula: the word before it is its subject, a noun ("scrap is"), not a verb.
COPULA_WORDS = frozenset({"is", "are", "was", "were"})
