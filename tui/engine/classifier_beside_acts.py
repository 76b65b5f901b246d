"""Acts told beside a measure that are no measure (asked by
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`):

- **an industry tells a government**: "No exemptions from metal tariffs, US steel executives
  tell Trump in letter", "Steelmakers write to minister on scrap duty": an industry's speakers
  addressing a leader or a government by telling or writing is lobbying, whatever it asks;
- **a deal held up over a measure**: "Canada threatens to hold up USMCA ratification over US
  steel tariffs": a government's act on a deal, a treaty, a vote or a visit, the measure only
  its grievance after "over" (a measure taken in answer, "retaliates over", is the rules');
- **firms rationing with a quota**: "Laminate suppliers ration copper-clad laminate with quota
  system": suppliers, producers or firms allotting their own goods, no government's quota;
- **a figure put on a measure**: "UK Steel puts numbers on likely quota volumes": "puts
  numbers (a figure, a price tag) on" estimates, as "estimates" does
  (:data:`tui.engine.classifier_rules_reactions.REACTION_VERBS`).

Each check reads the title's own words; a word-set test comes first.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, base_word

#: Verbs of addressing someone: telling or writing to them.
_TELL = frozenset({"tell", "tells", "told", "write", "writes", "wrote", "letter", "letters"})
#: Whom an industry addresses: a leader or a government.
_ADDRESSED = R.GOVERNMENT_WORDS | frozenset(
    {"trump", "biden", "white", "house", "congress", "pm", "premier", "govt", "ottawa",
     "washington", "beijing", "brussels", "commission", "chancellor", "secretary", "lutnick"}
)  # fmt: skip
#: Who speaks for an industry, beyond :data:`R.INDUSTRY_SPEAKERS`.
_SUPPLIERS = frozenset({"suppliers", "supplier", "vendors", "distributors", "dealers"})
#: A deal, treaty, vote or visit a government may hold up or block.
_DEALS = frozenset(
    {"ratification", "deal", "deals", "agreement", "agreements", "pact", "pacts", "accord",
     "treaty", "treaties", "usmca", "nafta", "cusma", "summit", "visit", "trip", "vote",
     "approval", "nomination", "bill", "talks", "negotiations", "membership"}
)  # fmt: skip
#: Holding up, blocking or delaying such a thing.
_HOLD_UP = R.forms(
    "hold|s|ing", "held", "block|s|ed|ing", "stall|s|ed|ing", "delay|s|ed|ing",
    "withhold|s|ing", "withheld", "freeze|s", "freezing", "froze", "frozen", "boycott|s|ed|ing",
    "snub|s|bed|bing", "scrap|s|ped|ping", "cancel|s|led|ling", "veto|es|ed|ing",
    "reject|s|ed|ing", "suspend|s|ed|ing", "quit|s|ting", "skip|s|ped|ping",
)  # fmt: skip
#: Allotting one's own goods.
_RATION = R.forms("ration|s|ed|ing", "allocate|s|d", "allocating", "allot|s|ted|ting")
#: "puts numbers on", "put a price tag on": an estimate of what follows.
_FIGURE_ON_RE = lazy(
    r"\bput(?:s|ting)?\s+(?:a\s+|some\s+|hard\s+)?(?:numbers?|figures?|(?:price|dollar)\s+"
    r"tags?|price|values?|estimates?)\s+on\b",
    re.IGNORECASE,
)
_CUES = _TELL | _DEALS | _RATION | {"put", "puts", "putting"}


def beside_act_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title tells one of the module's acts beside its measure."""
    if _CUES.isdisjoint(t.lows):
        return None
    if _industry_tells(t):
        return "company", "an industry tells a government: lobbying, not a measure"
    if _held_up_over(t, best):
        return "speculation", "a deal held up over a measure: the measure is the grievance"
    if _firms_ration(t, best):
        return "company", "firms allot their own goods by quota: no government's measure"
    m = _FIGURE_ON_RE.search(t.text)
    if m is not None and m.end() <= t.toks[best.measure_at].start:
        return "company", "a figure put on a measure: an estimate, not a measure"
    return None


def _speaker(low: str) -> bool:
    return (
        low in R.INDUSTRY_SPEAKERS
        or low in R.INDUSTRY_BODY_WORDS
        or low in _SUPPLIERS
        or base_word(low) in R.COMPANY_WORDS - R.GENERIC_COMPANY_WORDS
        or low.endswith(("makers", "workers"))
    )


def _industry_tells(t: Text) -> bool:
    """An industry's speaker, then within three words a verb of telling or writing ("tell",
    "wrote", "in letter to"), then within four words a leader or a government."""
    lows = t.lows
    for k, low in enumerate(lows):
        if low not in _TELL:
            continue
        if not any(_speaker(lows[j]) for j in range(max(0, k - 3), k)):
            continue
        if any(lows[j] in _ADDRESSED for j in range(k + 1, min(len(lows), k + 5))):
            return True
    return False


def _held_up_over(t: Text, best: Finding) -> bool:
    """A verb holding up a deal, the deal within four words after it, then "over" before the
    measure, no verb of the measure's own (the finding has none)."""
    if best.verb:
        return False
    lows = t.lows
    over = next(
        (j for j in range(best.measure_at - 1, -1, -1) if lows[j] in ("over", "because")), None
    )
    if over is None or best.measure_at - over > 6:
        return False
    for k in range(over):
        if lows[k] in _HOLD_UP and not _DEALS.isdisjoint(lows[k + 1 : min(over, k + 6)]):
            return True
    return False


def _firms_ration(t: Text, best: Finding) -> bool:
    """A rationing verb before the measure whose subject, the words before it in its clause,
    names firms, suppliers or an industry and no place."""
    lows = t.lows
    for k in range(best.measure_at):
        if lows[k] not in _RATION:
            continue
        start = max((j + 1 for j in range(k) if lows[j] in R.CLAUSE_BREAK), default=0)
        subject = range(start, k)
        if any(t.place_at[j] is not None for j in subject):
            return False  # "China rations rare earth exports": a government's
        return any(_speaker(lows[j]) for j in subject)
    return False
