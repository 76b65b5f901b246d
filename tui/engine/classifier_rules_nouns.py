"""Word tables of the nouns around a place and of sites (data, not logic), re-exported by
:mod:`tui.engine.classifier_rules`."""

from __future__ import annotations

#: Nouns after which "to X" names whom news touches, not where goods go ("a blow to Chile").
NEWS_NOUNS_BEFORE_TO = frozenset(
    {"blow", "blows", "boost", "boon", "threat", "threats", "risk", "letter", "letters",
     "visit", "trip", "message", "warning", "reply", "appeal", "plea", "setback", "headache",
     "challenge", "gift", "win", "victory", "lifeline", "relief", "pain", "damage", "harm",
     "cost", "costs", "respite",
     # what goods are to a country ("minerals critical to US weapons making", "vital to the
     # U.S. defense industry"): who needs them, not where they go
     "critical", "vital", "crucial", "essential", "indispensable", "important"}
)  # fmt: skip
#: A site as the subject of a verb that stops or restarts a flow ("Mine suspends copper
#: exports after port strike", "Refinery halts gold shipments"): its operator's act, no
#: government's (a site before the flow's own goods, "gold mine exports banned", is goods).
SITE_SUBJECTS = frozenset(
    {"mine", "mines", "refinery", "refineries", "smelter", "smelters", "plant", "plants",
     "mill", "mills", "operation", "operations", "project", "pit", "concession"}
)  # fmt: skip
#: A trade remedy's modifier that is no measure word itself: its measures are duties on
#: imports ("steel dumping measures", "anti-circumvention measures", "anti-subsidy steps").
REMEDY_KINDS = frozenset(
    {"dumping", "anti-circumvention", "anticircumvention", "anti-subsidy", "antisubsidy"}
)
#: Words before a measure noun that say none is laid ("closes probe without duties", "ends
#: anti-dumping case, no duties imposed").
ABSENT_WORDS = frozenset({"without", "no"})
