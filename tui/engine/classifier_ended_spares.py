"""The exporters a measure spared until now, named where a text tells their spare ended.

A measure widened to every exporter is told by the spares it ends: "Trump extended the steel
tariffs to all imports, ending agreements with the European Union, Japan, Brazil and other
countries", "ended exemptions for Canada, Mexico and Australia". An exemption that ends is the
measure on the exporter it spared (docs/STATUSES.md), and a list gives the reading its first
named (the board gives each its row): the European Union, Canada. Without such words, "all
imports, including from Canada" still names no one origin
(:func:`~tui.engine.classifier_backdrop_origin.lede_origin`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Text

# a verb of ending, up to three words, a spare's noun, then "for"/"with" before the exporters
_ENDED_RE = lazy(
    r"\b(?:end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|"
    r"revok(?:es|ed|ing)|remov(?:es|ed|ing)|terminat(?:es|ed|ing)|lift(?:s|ed|ing)?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:exemptions?|exceptions?|agreements?|deals?|carve-outs?|"
    r"waivers?)\s+(?:for|with)\s+(?:(?:its|their|US|U\.S\.)\s+)?(?:allies\s+|partners\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def spare_ended_for(t: Text, not_code: str) -> tuple[str, str] | None:
    """(code, matched) of the first exporter whose spare ``t`` says ended, other than
    ``not_code`` (the importer); None when ``t`` tells no such end."""
    for m in _ENDED_RE.finditer(t.text):
        for code, s, _e, matched in t.places:
            if s == m.end() and code != not_code:
                return code, matched
    return None
