"""The classifier's word table: trade-remedy cases (anti-dumping, countervailing and safeguard
cases, their investigations, reviews and procedure steps).

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_rules_words import forms

# fmt: off
#: A trade-remedy case (its lede's provisional duty is the procedure's possible outcome).
TRADE_REMEDY_WORDS = frozenset(
    {"anti-dumping", "antidumping", "dumping", "countervailing", "anti-subsidy", "safeguard",
     "cvd", "cvds"}
)
#: Words of an investigation: a law's name in a text about one is the case, not a measure.
INVESTIGATION_WORDS = frozenset(
    {"probe", "probes", "investigation", "investigations", "inquiry", "inquiries", "review",
     "reviews", "proceeding", "proceedings"}
)
#: Words that make a review one of measures in force ("sunset review", "expiry review"): a
#: step of a trade-remedy case, not a plan (a plain "review of tariffs" weighs a change).
CASE_QUALIFIERS = frozenset(
    {"expiry", "sunset", "interim", "administrative", "mid-term", "midterm", "five-year",
     "changed-circumstances"}
)
#: Of those, the reviews whose opening heads the news ("anti-dumping sunset review"); the final
#: results of an administrative review set a duty (a measure).
SUNSET_WORDS = frozenset({"expiry", "sunset"})
#: The words of a changed-circumstances review, read through to the review they qualify
#: ("Antidumping Duty Changed Circumstances Review": a step of the case, not the duty).
CHANGED_CIRCUMSTANCES = frozenset({"changed", "circumstances", "circumstance"})
#: A trade remedy's abbreviation after its name ("anti-dumping (AD) sunset review"), read
#: through to the phrase's head.
REMEDY_ABBREVIATIONS = frozenset({"ad", "cvd", "add"})
#: Prepositions after an investigation word that name what it looks into.
INQUIRY_PREPS = frozenset({"into", "of", "on", "regarding", "concerning", "over"})
#: Steps of a trade-remedy case: "deadline for final determination on ... duties".
PROCEDURE_NOUNS = frozenset(
    {"deadline", "deadlines", "timeline", "timelines", "determination", "determinations",
     "findings", "hearing", "hearings", "report", "reports", "recommendation",
     "recommendations"}
)
#: A measure's step named between it and the head noun ("safeguard extension recommendation").
STEP_NOUNS = frozenset({"extension", "extensions", "renewal", "renewals"})
#: Verbs that look again at trade-remedy measures in force ("to review anti-dumping duties",
#: "to re-examine countervailing measures"): a step of their case, not a new measure.
REVIEW_VERBS = frozenset({"review", "reviews", "reviewed", "reviewing"})
REMEDY_REVIEW_VERBS = REVIEW_VERBS | forms(
    "re-examine|s|d", "re-examining", "reexamine|s|d", "reconsider|s|ed|ing", "revisit|s|ed|ing",
    "reassess|es|ed|ing")
#: A lede naming a review of measures in force ("has begun a sunset review of the duties").
IN_FORCE_REVIEW_RE = lazy(
    r"\b(?:expiry|sunset|interim|administrative|changed[-\s]circumstances)\s+review", re.I
)
