"""Kinds of news that trade under a measure or bar a firm from a market, not a trade measure
(asked by :func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`, among its vetoes):

- **goods under a measure traded** ("European country imports 'banned' Russian gold",
  "refiners buy sanctioned palladium"): who trades such goods is the news;
- **a firm barred from a bullion or metal market** ("Gulf refiner suspended from the London
  bullion market"): a market's rule, not a trade measure.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Bullion and metal markets: "the London bullion market", "UK metal markets".
_MARKET_KINDS = frozenset({"bullion", "metal", "metals", "london", "futures"})
#: A measure's participle as the goods' adjective: "imports 'banned' Russian gold".
_UNDER = frozenset({"banned", "sanctioned", "embargoed", "prohibited", "blacklisted", "restricted"})
#: Verbs of trading goods: "imports", "ships", "buys", "smuggles".
_TRADES = R.forms(
    "import|s|ed|ing",
    "export|s|ed|ing",
    "ship|s|ped|ping",
    "buy|s|ing",
    "bought",
    "sell|s|ing",
    "sold",
    "smuggle|s|d",
    "smuggling",
    "trade|s|d",
    "trading",
    "receive|s|d",
    "carry|ies",
    "carried",
    "store|s|d",
    "refine|s|d",
    "refining",
    "launder|s|ed|ing",
)


def goods_under_measure(t: Text, best: Finding) -> bool:
    """ "European country imports 'banned' Russian gold", "refiners buy sanctioned palladium":
    the deciding word is a measure's participle naming goods (a place or metal next), right
    after a verb of trading them; who trades goods under a measure is the news."""
    k = best.index
    if t.toks[k].low not in _UNDER:
        return False
    nxt = k + 1
    if nxt >= len(t.toks) or not (t.is_metal[nxt] or t.place_at[nxt] is not None):
        return False
    return t.word(k - 1) in _TRADES


def exchange_rule(t: Text, best: Finding) -> bool:
    """ "Gulf refiner suspended from the London bullion market": the deciding stop bars a firm
    "from" a bullion or metal market, a market's rule, not a trade measure (an exchange barring
    a country's metal from its warehouses is a measure on that metal, as the labelling rules
    have it: "LME bars Russian nickel")."""
    k = best.index
    if t.word(k + 1) != "from":
        return False
    return any(
        t.toks[m].low in ("market", "markets") and t.word(m - 1) in _MARKET_KINDS
        for m in range(k + 2, min(k + 8, len(t.toks)))
    )
