"""The classifier's word table: the words around a verb or a measure noun (nouns after which
an ambiguous word is a noun, objects of operations and sites, clause marks and background
markers) and the denials.

Data only; ``tui.engine.classifier_rules`` re-exports every part: the logic imports from there.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

# fmt: off
#: Ambiguous noun/verb words ("curbs", "ban", "halt") read as nouns after these.
NOUN_CONTEXT = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "new", "export", "import", "exports",
     "imports", "on", "of", "with", "for", "into", "tighter", "further", "broad", "sweeping",
     "fresh", "proposed", "planned", "existing", "any", "no", "total", "full", "partial",
     "temporary", "permanent", "outright", "blanket", "phased", "possible", "potential",
     "mining", "trade", "retaliatory", "tit-for-tat", "year-long", "months-long", "ore",
     "metal", "metals", "this", "that", "these", "those", "strict", "stricter", "tough",
     "tougher", "wide", "wider", "by"}
)
#: Objects that mean company or operations news, not trade policy.
OPERATION_WORDS = frozenset(
    {"output", "production", "operations", "operation", "mining", "mine", "mines", "smelter",
     "smelters", "smelting", "refinery", "refineries", "refining", "plant", "plants", "work",
     "works", "trading", "road", "roads", "railway", "rail", "port", "construction", "drilling",
     "exploration", "project", "projects", "expansion", "jobs", "strike", "strikes", "deal",
     "talks", "rate", "rates", "interest", "bond", "buying-back", "dividend", "dividends",
     "shares", "stake", "contract", "contracts", "force", "majeure", "furnace", "furnaces",
     "line", "lines", "potline", "potlines", "shift", "shifts", "hiring", "bids", "offer",
     "merger", "takeover", "concession", "concessions", "licence-holders", "unit"}
)
#: Sites and activities a measure word can be about instead of trade ("moratorium on deep-sea
#: mining", "permit for a lithium project").
SITE_WORDS = frozenset(
    {"mining", "mine", "mines", "project", "projects", "smelter", "smelters", "refinery",
     "refineries", "plant", "plants", "exploration", "drilling", "operations", "construction"}
)
#: Firms named by the site they build or run ("permits for smelter builders"): holders of a
#: trade permit, not the site it is for.
SITE_HOLDERS = frozenset({"builders", "developers", "operators", "owners"})
#: What follows a cut that is the measure's own: a rate, a time or place, a clause's end ("duty
#: cut to 7.5%", "tariff halved in budget"); a noun after it makes it a verb with an object
#: ("tariffs cut imports").
AFTER_OWN_CUT = frozenset({"", "to", "by", "from", "in", "for", "on", "at", "and", ",", ";", ":"})
#: Marks that end a clause ("measure, which ...", "ban; exports ...").
CLAUSE_MARKS = frozenset({",", ";", ":", "|", "—", "–"})
#: Words that end the object of a verb (a new clause begins).
CLAUSE_BREAK = frozenset({";", ":", "—", "–", "but", "while", "as", "after", "amid", "despite",
                          "following", "since", "says", "said", "say", "|"})
#: A clause starting with these is background ("after months-long suspension").
BACKGROUND_MARKERS = frozenset(
    {"after", "following", "amid", "amidst", "despite", "since", "ending",
     # "X's export ban looms over Y": Y is who worries, not a side of the measure
     "looms", "hangs"}
)

#: Denials, refusals and abandoned plans: no event.
DENIAL_RE = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed)|no\s+plans?|no\s+intention|not\s+(?:plan|"
    r"planning|considering|consider|intend|intending|seeking|going|to)\b|(?:will|would|does|"
    r"do|did|is|are|has|have|can|could)\s+not\b|(?:won|doesn|don|didn|isn|aren|hasn|haven|"
    r"wouldn|can)['’]?t\b|rules?\s+out|ruled\s+out|rejects?|rejected|refuses?|refused|"
    r"dismiss(?:es|ed)?|(?:drops?|dropped|shelves|shelved|scraps?|scrapped|abandons?|"
    r"abandoned|withdraws?|withdrew|kills?|killed|abolish(?:es|ed)?|eliminat(?:es|ed)|"
    r"(?:give|gives|gave|giving|given)\s+up)\s+"
    r"(?:its\s+|the\s+|a\s+)?(?:plans?|"
    r"proposals?|bill|idea|threats?)|"
    # the plan named after its measure ("abandons bauxite export ban plan")
    r"(?:drops?|dropped|shelves|shelved|scraps?|scrapped|abandons?|abandoned|withdraws?|"
    r"withdrew|kills?|killed|abolish(?:es|ed)?|eliminat(?:es|ed))\s+(?:its\s+|the\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?"
    r"(?:plans?|proposals?|threats?)\b|"
    r"(?:(?:backs?|backed|backing|stands?|standing|stood)\s+(?:away|down|off)"
    r"|walk(?:s|ed|ing)?\s+back|backtrack(?:s|ed|ing)?|rows?\s+back|rowed\s+back|rowing\s+back"
    r"|revers(?:es|ed|ing|e)\s+course|climb(?:s|ed|ing)?\s+down)"
    r"\s+(?:(?:on|from)\s+)?(?:[\w'’-]+\s+){0,4}?(?:plans?|proposals?|threats?|threatened|"
    r"planned|proposed|idea|push|bid)"
    r"|u-?turn(?:s|ed|ing)?|u\s+turn|rumou?rs?\s+(?:of|about)|"
    # a report or fear of a measure played down ("plays down report US planning tariffs")
    r"(?:(?:play(?:s|ed|ing)?|tamp(?:s|ed|ing)?)\s+down|downplay(?:s|ed|ing)?|brush(?:es|ed|ing)?\s+"
    r"(?:off|aside)|shrug(?:s|ged|ging)?\s+off|pour(?:s|ed|ing)?\s+cold\s+water\s+on)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:reports?|talk|fears?|concerns?|speculation|rumou?rs?|prospects?"
    r"|threats?|suggestions?|claims?)\b|"
    r"no\s+(?:(?!(?:as|and|but|from|to|exemptions?|exceptions?|relief|end)\b)[a-z-]+\s+){0,3}?"
    r"(?:tariffs?|dut(?:y|ies)|bans?|quotas?|curbs?|levy|levies|taxe?s?)"
    r"\s+(?:on|for|against|yet|for\s+now|so\s+far|this\s+year|next\s+year|in\s+\d{4}|before|until)|false|fake|unaffected|immune|fact[-\s]?check(?:s|ed|ing|er|ers)?|misleading|debunk(?:s|ed)?|"
    r"oppos(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|(?:avert(?:s|ed|ing)?|(?:head(?:s|ed|ing)?|"
    r"stave(?:s|d)?|staving|ward(?:s|ed|ing)?|fend(?:s|ed|ing)?)\s+off)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:tariffs?|dut(?:y|ies)|bans?|sanctions?|quotas?|curbs?|levy|levies|restrictions?)\b|"
    r"refrain(?:s|ed|ing)?\s+from|no\s+decision|decid(?:e|es|ed|ing)\s+against|"
    r"yet\s+to\s+(?:decide|see|issue|receive|grant|get|approve)|"
    r"(?:says?|said|insists?|insisted)\s+no\s+(?:exemptions?|exclusions?|waivers?|carve-?outs?)|undecided|to\s+(?:decide|rule|vote)\s+on|lack(?:s|ed|ing)?(?!\s+of\b)|no\s+longer\s+(?:double|triple|raise|"
    r"impose|increase|hike|go\s+ahead))\b",
    re.IGNORECASE,
)

#: A span of time before "after", "since", "on from" or "into": "months after", "two years
#: into the ore ban" (``classifier_near_measures``, ``classifier_in_force``).
TIME_SPANS = frozenset({"year", "years", "month", "months", "decade", "decades"})
#: The words after a span of time that look back on a measure: "two years after", "a decade on
#: from", "months since" (``classifier_near_measures``, ``classifier_backdrops``).
SPAN_AFTER = frozenset({"after", "since", "on"})
