"""A metal's own move heading a title, in words the market patterns leave out ("Aluminium
eases on profit-taking, duties on Chinese steel", "Copper declines as Chile taxes lithium
exports"): the metal is the market that moved, not the measure's goods
(:func:`~tui.engine.classifier_market_clause.market_only`), and its move verb has no object
(:func:`~tui.engine.classifier_phrases.scan_object`: "eases on ..." releases nothing).

A market's own move heading a title ("Mexican peso eases ahead of ...", "Stocks lower, ...
tariffs") is read the same way (:func:`headed_by_market`): a currency's or an index's move
verb releases and lowers no measure after it, and the measure keeps its own status.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Words joining a metal's own move to its cause ("Copper eases on ...", "Nickel slides as ...").
MOVE_JOINERS = frozenset({"on", "as", "after", "amid", "amidst", "following"})
#: A metal's own move the market words leave out, read only right after the metal heading a
#: title.
_METAL_MOVES = frozenset(
    {"declines", "declined", "eases", "eased", "weakens", "weakened", "strengthens",
     "strengthened", "advances", "advanced", "loses", "lost", "sags", "sagged", "slides", "drops",
     "dropped", "sheds", "softens", "softened", "firms", "firmed", "recovers", "recovered"}
)  # fmt: skip


#: Markets that move, heading a title ("Canadian dollar", "Asian shares", "Wall Street futures").
MARKET_HEADS = frozenset(
    {"dollar", "dollars", "peso", "rand", "yen", "yuan", "renminbi", "rupee", "rupiah", "ruble",
     "rouble", "euro", "sterling", "franc", "won", "lira", "ringgit", "loonie", "aussie",
     "currency", "currencies", "stocks", "shares", "equities", "futures", "bonds", "yields",
     "index", "indexes", "indices", "markets", "bourse", "sensex", "nifty", "nikkei", "ftse"}
)  # fmt: skip
#: Words that may stand before a market's name ("the", "Wall Street", "U.S. stock futures").
_MARKET_MODIFIERS = frozenset({"the", "wall", "street", "stock", "bond", "global", "world"})


def headed_by_market(t: Text, i: int) -> bool:
    """Whether the title's words before token ``i`` name a market that moves: places or their
    demonyms and modifiers, ending in a market's name ("Canadian dollar", "Stocks")."""
    if i <= 0 or t.word(i - 1) not in MARKET_HEADS:
        return False
    return all(
        t.word(k) in MARKET_HEADS or t.word(k) in _MARKET_MODIFIERS or t.place_at[k] is not None
        for k in range(i)
    )


def headed_by_metal(t: Text, i: int) -> bool:
    """Whether the title's words before token ``i`` are all a metal's name ("Aluminium eases")."""
    return 0 < i and all(t.is_metal[k] for k in range(i))


def metal_move(t: Text) -> int | None:
    """The token after the joiner of a title headed by a metal's own move ("Aluminium eases on
    profit-taking, duties on ...": the token after "on"), or None. "on" followed by a day or a
    date ("eases on Monday") joins no cause."""
    k = 0
    while k < len(t.toks) and t.is_metal[k]:
        k += 1
    if k == 0 or t.word(k) not in _METAL_MOVES:
        return None
    for j in range(k + 1, min(len(t.toks), k + 4)):
        nxt = t.word(j + 1)
        if t.word(j) in MOVE_JOINERS and not (
            t.word(j) == "on" and (nxt[:1].isdigit() or nxt.endswith("day"))
        ):
            return j + 1
    return None
