"""Where a market move's cause clause starts: the words that join a move to its cause
(:func:`joins`: "after", "as", "on", not "on Monday"), the clause itself
(:func:`market_clause`), the metals a title names only as the market that moved
(:func:`market_only`) and the market clause's places set aside (:func:`market_places`).
:mod:`tui.engine.classifier_market_ledes` reads the lede's cause clause alone."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.months import MONTHS as _MONTHS
from tui.engine import classifier_rules as R
from tui.engine.classifier_as_clause import as_clause_start
from tui.engine.classifier_market_tail import tail_markets
from tui.engine.classifier_metal_moves import metal_move
from tui.engine.classifier_text import Finding, Text

#: Words that join a lede's market move to its cause ("jumped after", "rose as", "fell on").
JOINERS = frozenset({"as", "after", "following", "on", "amid", "amidst", "despite"})
#: Words after "on" that make it a date, not a cause ("jumped on Monday after ...").
_DATES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
    | frozenset(_MONTHS)
    | {"day", "week", "weekend", "thin", "heavy"}
)


def joins(t: Text, j: int) -> bool:
    """Whether token ``j`` joins a market move to its cause: "after", "as", "on" (not "on
    Monday", "on Feb. 10", "on thin volume")."""
    low = t.toks[j].low
    if low not in JOINERS:
        return False
    nxt = t.word(j + 1).rstrip(".")
    return low != "on" or not (nxt in _DATES or nxt[:1].isdigit() or nxt.endswith("day"))


#: A company's or a market's fall the market words leave out ("POSCO drops after ...",
#: "Gerdau shares sag as ..."): a move, for whose place the market clause is.
_DROPS_RE = lazy(r"\b(?:drop(?:s|ped)?|los(?:e|es|t)|shed(?:s)?|sag(?:s|ged)?|slide)\b", re.I)


def market_clause(t: Text, f: Finding, *, drops: bool = False) -> int | None:
    """The token where the cause clause of a market move starts in ``t`` when the finding
    stands in it ("Steel stocks may extend gains as Trump signs ...": the token after "as"), or
    None: the market clause's own words (its "may", its metal) are not the measure's. With
    ``drops``, a fall the market words leave out ("POSCO drops after ...") is a move too."""
    at = min(f.index, f.index if f.at is None else f.at)
    if not 0 <= at < len(t.toks):
        return None
    moves = [*R.MARKET_RE.finditer(t.text), *(_DROPS_RE.finditer(t.text) if drops else ())]
    market = sorted((m for m in moves if m.end() <= t.toks[at].start), key=lambda m: m.end())
    if not market:
        return None
    join = max(
        (j for j in range(at) if t.toks[j].start >= market[-1].end() and joins(t, j)),
        default=None,
    )
    return None if join is None else join + 1


def market_only(t: Text, f: Finding, source: Text) -> set[str]:
    """The metals a title names only as the market that moved when its cause clause names the
    measure's own goods ("Gold hits record as Trump raises steel and aluminium tariffs": steel
    and aluminium, not gold; "Copper declines as Chile taxes lithium exports": lithium), or
    names only in a market line after the measure ("Peru raises copper export tax, zinc gains",
    :mod:`tui.engine.classifier_market_tail`)."""
    k = None if source is not t else (market_clause(t, f) or as_clause_start(t, f))
    if k is None and source is t:
        k = metal_move(t)
    if k is None or k >= len(t.toks):
        return tail_markets(t, f) if source is t else set()  # "..., zinc gains": a market line
    cut = t.toks[k].start
    goods = {m for m, s, _e in t.metal_spans if s >= cut}
    return {m for m, s, _e in t.metal_spans if s < cut} - goods if goods else set()


def market_places(t: Text, f: Finding, bg: list[bool] | None) -> list[bool] | None:
    """The background mask with the market clause of a market-framed text added: "Shares of
    Brazil's Gerdau rise on Trump's steel tariff plans", "Australia's BlueScope gains on US
    tariffs": where the market or company is, not a side of the measure."""
    k = market_clause(t, f, drops=True)
    if k is None:
        return bg
    mask = list(bg) if bg is not None else [False] * len(t.toks)
    mask[:k] = [True] * k
    j = k  # the cause clause itself is the measure's, however the move made it background
    while j < len(mask) and mask[j]:
        mask[j] = False
        j += 1
    return mask
