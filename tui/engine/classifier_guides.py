"""Investment guides on a measure: "Expected Tariffs May Impact Domestic Companies: Here's A List
Of Metal ETFs That Could Be Affected", "three lithium stocks to buy before Chile's export tax".

A title that offers shares, funds or stocks to trade on a measure names the measure as the
reason for a pick, not as news of its own (session 23, the seventeenth blind set's false
events). News of the measure with its market's move ("Trump imposes tariffs, steelmakers'
shares jump") offers nothing to buy and stays an event, and so does news told in a clause
after the offer ("Stocks to watch as copper comes in Trump's tariff crosshairs").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy, uncased

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|top|these|some|few)"
# what an investor buys: shares, funds, the stocks of a sector ("metal ETFs", "miner stocks")
_ASSET = r"(?:stocks?|etfs?|shares|funds|equities|picks)"
_TRADE = r"(?:watch|buy|sell|consider|own|bet\s+on|avoid|play|trade|hold)"
_MAY = r"(?:could|may|might|will|set\s+to|likely\s+to|poised\s+to|stand\s+to)"

#: A title that offers assets to trade: "here's a list of ETFs", "5 stocks to watch", "the
#: stocks that could gain", "3 ETFs that could benefit", "Metal ETFs that could be affected".
GUIDE_RE = lazy(
    rf"\bhere(?:'s|’s|\s+is|\s+are)\s+(?:[\w'’-]+\s+){{0,4}}{_ASSET}\b"
    rf"|\blist\s+of\s+(?:[\w'’-]+\s+){{0,2}}{_ASSET}\b"
    rf"|\b{_ASSET}\s+to\s+{_TRADE}\b"
    rf"|\b{_NUMBER}\s+(?:[\w'’-]+\s+){{0,2}}{_ASSET}\s+(?:that|which)\s+{_MAY}\b"
    # the title opening on the assets it offers ("Metal ETFs that could be affected by ...")
    rf"|^\W*(?:[\w'’-]+\s+){{0,2}}{_ASSET}\s+(?:that|which)\s+{_MAY}\b"
    rf"|\b{_NUMBER}\s+(?:[\w'’-]+\s+){{0,2}}{_ASSET}\s+(?:investors|traders)\s+should\b",
    re.IGNORECASE,
    fold=True,
)
#: Every branch of ``GUIDE_RE`` holds one of ``_ASSET``'s words, which start with these: a
#: title without any (in lower case) cannot match, so it is not searched. Read on a title with
#: no cased character outside ASCII only, where lowering it is what the case-insensitive
#: pattern compares ("ſtocks" would match it, and ``uncased`` says no to "ſ").
_ASSET_STEMS = ("stock", "etf", "share", "fund", "equities", "pick")


def _names_an_asset(low: str) -> bool:
    """A stem of ``_ASSET_STEMS`` is in ``low``: one substring test each, written out (as their
    alternation searched, at a quarter of its cost)."""
    return (
        "stock" in low or "etf" in low or "share" in low or "fund" in low or "equities" in low
    ) or "pick" in low


#: A clause after the offer that tells the news ("Stocks to watch as copper comes in Trump's
#: tariff crosshairs"): the clause is read as a headline of its own, as the labelled sets do.
_NEWS_CLAUSE_RE = lazy(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:as|after|following|amid|while|when|before|once|since)\b",
    re.IGNORECASE,
)


def investment_guide(title: str) -> bool:
    """The title offers shares or funds to trade on the measure it names: no event."""
    if uncased(title):
        low = title.lower()
        if not _names_an_asset(low):
            return False
    m = GUIDE_RE.search(title)
    return m is not None and _NEWS_CLAUSE_RE.search(title[m.end() :]) is None
