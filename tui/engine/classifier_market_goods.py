"""The goods of a measure told beside a market's move: a title headed by metals that moved
("Gold, Steel, and Aluminium Prices Surge After Trump's Tariff", "Iron Ore Lower; Trump
Announces Tariffs", "Palladium, Copper Prices Surge After US Tariff Announcement") names the
market, and a measure after the move that names no metal of its own; when the lede names the
measure's goods ("25% tariffs on steel and aluminium imports", "tariffs on imports of copper"),
those are the event's metals, not the metals that moved. Used by
:func:`tui.engine.classifier._analyse` after the title's goods are read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.engine.classifier_summary import metals_in
from tui.engine.classifier_text import Text
from tui.engine.metal_matcher import MetalMatcher

#: A price's move right after the metals heading a title ("Prices Surge", "Lower", "Slips").
_MOVES = frozenset(
    {"declines", "declined", "eases", "eased", "weakens", "strengthens", "advances", "loses",
     "sags", "slides", "drops", "sheds", "softens", "firms", "recovers", "surge", "surges", "soar", "soars", "jump", "jumps", "rise", "rises", "rally", "rallies",
     "climb", "climbs", "gain", "gains", "fall", "falls", "slip", "slips", "dip", "dips",
     "slump", "slumps", "tumble", "tumbles", "lower", "higher", "up", "down", "edges", "sinks",
     "spikes", "steady", "mixed", "rebounds", "retreats", "extends"}
)  # fmt: skip
#: Words that may stand in the heading's list of metals.
_LIST_WORDS = frozenset({",", "and", "&", "prices", "price", "futures"})
#: A measure naming its goods after "on" ("tariffs on steel and aluminium imports", "duties on
#: imports of copper"): the goods run up to the first word that ends them.
_GOODS_RE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|bans?|quotas?)\s+on\s+"
    r"(?:all\s+|the\s+)?(?:(?:imports|exports|shipments)\s+of\s+)?"
    r"(?P<goods>[^.;:,]{1,60}?)(?=\s+(?:imports|exports|into|from|to|which|that)\b|[.;:,]|$)",
    re.IGNORECASE,
)


def _moved_heading(t: Text) -> bool:
    """The title opens on metals and a price's move, and names no metal after it."""
    k = 0
    while k < len(t.toks) and (t.is_metal[k] or (k > 0 and t.toks[k].low in _LIST_WORDS)):
        k += 1
    if k == 0 or not any(t.is_metal[:k]) or t.word(k) not in _MOVES:
        return False
    return not any(t.is_metal[k + 1 :])


def lede_goods(
    t: Text, found: set[str], sents: Sequence[str], matcher: MetalMatcher
) -> tuple[set[str], bool]:
    """The measure's goods the lede names when the title's metals only moved (see the
    module's docstring), and True; else ``found`` and False. When True, the lede's list of
    the metals that moved adds none of them back."""
    if not found or not _moved_heading(t):
        return found, False
    for sent in sents[:2]:
        m = _GOODS_RE.search(sent)
        goods = set(metals_in(m.group("goods"), matcher)) if m is not None else set()
        if goods:
            return goods, True
    return found, False
