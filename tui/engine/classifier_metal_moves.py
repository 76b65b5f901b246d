"""A metal's own move heading a title, in words the market patterns leave out ("Aluminium
eases on profit-taking, duties on Chinese steel", "Copper declines as Chile taxes lithium
exports"): the metal is the market that moved, not the measure's goods
(:func:`~tui.engine.classifier_market_ledes.market_only`), and its move verb has no object
(:func:`~tui.engine.classifier_phrases.scan_object`: "eases on ..." releases nothing).
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
