"""News close to a measure in market, company and data framing (session 30).

Headlines of markets, companies and trade data that name a measure without reporting one:

- **a measure's price premium or spread** ("Gold's tariff premium in New York fades", "duty
  spread narrows"): the measure's noun names a market's price, no measure;
- **a flow's trend resumed** ("Kazakhstan's copper exports to China resume growth", "imports
  resume their climb"): trade figures, not a flow restarted;
- **a span gone by opening the title** ("Five years on, Indonesia's nickel export ban has paid
  off", "A year later, ..."): the measure recalled, a verdict on it the news;
- **a commentary's lead** ("Lessons from Indonesia's nickel ban for ...", "The case against
  ...", "What Africa can learn from ...", "Interview with Congo mines minister on cobalt quota
  results") before a measure named by its noun;
- **a named mine or firm stopping its own flow for a disruption told after the verb** ("Peru's
  Las Bambas halts copper shipments as protesters block road"): the verb's subject ends on a
  capitalised name that is no place, no government and no metal.

Each check takes the text and the finding the rules would report and says why the headline
is no measure after all, or nothing. A government acting keeps its measure: every check but the
last needs the measure named by a noun, and the last a subject that is no place ("Indonesia
halts ore exports after floods" stays the halt). They run after the vetoes of
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_owners_vote import owners_approve
from tui.engine.classifier_text import Finding, Text, base_word

#: A market's price named after a measure's noun: "tariff premium", "duty spread".
_PRICES = frozenset(
    {"premium", "premiums", "spread", "spreads", "arbitrage", "arb", "discount", "discounts"}
)
#: A trend a flow resumes: "resume growth", "resumes its climb", "resume upward trend".
_TRENDS = frozenset(
    {"growth", "rise", "rises", "climb", "gains", "gain", "increase", "increases", "decline",
     "declines", "fall", "falls", "slide", "uptrend", "downtrend", "recovery", "expansion",
     "momentum", "rally", "trend", "ascent", "descent", "slump"}
)  # fmt: skip
_TREND_LEADS = frozenset({"its", "their", "the", "upward", "downward", "steady", "strong"})
#: A span gone by opening the title: "Five years on,", "A year later,", "Two decades after,".
_SPAN_OPENING_RE = lazy(
    r"^\s*(?:[\w-]+\s+){1,2}(?:years?|months?|decades?)\s+(?:on|later|after|since)\s*[,:]",
    re.IGNORECASE,
)
#: A commentary's lead: "Lessons from", "The case against", "What Africa can learn from",
#: "The hidden cost of", "The legacy of", "Inside", "Interview with", "In conversation with".
_COMMENTARY_LEAD_RE = lazy(
    r"^\s*(?:(?:three|five|ten|key|\d+)\s+)?lessons?\s+(?:from|of|for)\b"
    r"|^\s*the\s+case\s+(?:for|against)\b"
    r"|^\s*what\s+[^:]{1,60}?\s+can\s+learn\s+from\b"
    r"|^\s*the\s+(?:hidden|true|real)\s+costs?\s+of\b"
    r"|^\s*the\s+(?:legacy|myth|paradox|irony|limits)\s+of\b"
    r"|^\s*(?:inside|behind)\s+(?:the\s+)?[\w'’.-]+(?:'s|’s)\s"
    r"|^\s*(?:(?:an?|in)\s+)?(?:exclusive\s+)?(?:interview|q\s*&\s*a|conversation|chat|"
    r"podcast|fireside\s+chat|webinar)\s+with\b",
    re.IGNORECASE,
)
#: What opens a stop's cause told after the verb: "as protesters block road", "after floods".
_CAUSE_OPENERS = frozenset({"as", "after", "amid", "following", "due", "because", "over"})
#: Stoppages beside the house's disruptions: "blockade", "roadblock", "sit-in", "derailed".
_STOPPAGES = R.DISRUPTION_WORDS | frozenset(
    {"blockade", "blockades", "roadblock", "roadblocks", "sit-in", "derailed", "derails",
     "swell", "swells", "mudslides", "landslides", "fires", "leak", "spill", "breach"}
)  # fmt: skip


def near_news_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure in market, company or data news without
    reporting one, else None."""
    if best.verb:
        if best.rule == "restart" and _trend_resumed(t, best):
            return "market", "a flow's trend resumed ('exports resume growth'): trade figures"
        if best.rule == "restart" and owners_approve(t, best):
            return "company", "a firm's owners approve its sale or merger: a company's deal"
        if best.rule == "stop" and _named_site_disrupted(t, best):
            return "company", "a named mine or firm stops its flow for a disruption: operations"
        return None
    if t.word(best.measure_at + 1) in _PRICES:
        return "market", "a measure's price premium or spread: a market's price, no measure"
    if _SPAN_OPENING_RE.match(t.text):
        return "speculation", "a span gone by opens the title: the measure recalled, no act"
    if _COMMENTARY_LEAD_RE.match(t.text):
        return "speculation", "a commentary's lead ('Lessons from ...') on a measure named"
    return None


def _trend_resumed(t: Text, best: Finding) -> bool:
    """ "Copper exports to China resume growth": the restart verb's object, past a possessive
    or an adjective, is a trend."""
    j = best.index + 1
    while t.word(j) in _TREND_LEADS:
        j += 1
    return t.word(j) in _TRENDS


def _named_site_disrupted(t: Text, best: Finding) -> bool:
    """ "Peru's Las Bambas halts copper shipments as protesters block road": the word right
    before the stop verb is capitalised and names no place, no government and no metal (a
    mine's or a firm's name), the subject holds no government word, and a cause opened after
    the verb in its clause names a strike, a protest, weather or an accident."""
    i = best.index
    if i < 1:
        return False
    head = i - 1
    tok = t.toks[head]
    if not tok.text[:1].isupper() or t.place_at[head] is not None or t.is_metal[head]:
        return False
    if any(base_word(t.word(j)) in R.GOVERNMENT_WORDS for j in range(i)):
        return False
    for j in range(i + 1, len(t.toks)):
        low = t.toks[j].low
        if low in _CAUSE_OPENERS:
            return any(base_word(t.word(m)) in _STOPPAGES for m in range(j + 1, j + 6))
        if low in (";", ":", "|") or low in R.CLAUSE_BREAK:
            return False
    return False
