"""Market news whose title names a government's act as the move's cause.

"Stocks slide as Trump readies new tariffs", "Miners rally after Jakarta move": the title names
no watched metal and no measure precisely, only a move and its cause, a government (a country,
its capital or its leader) acting; the lede tells the act ("said he would impose 25% tariffs on
steel and aluminum imports", "banned exports of nickel ore"). Such a title is the measure told
inside market framing, so the lede decides, as under any title that names no measure. A cause
that is a mood ("as China tariff fears mount"), or no government at all ("after court ruling"),
leaves the title market news and the lede's measure its cause.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_market_ledes import lede_act
from tui.engine.classifier_text import Reading, Text

#: The clause of a move's cause: "as ...", "after ...", "following ...", "on ...".
_CAUSE_RE = lazy(r"\b(?:as|after|following|on)\s+", re.IGNORECASE)
#: A government's act named without its measure: "Jakarta move", "Beijing hits back",
#: "Trump readies new tariffs" (measure words count too, :data:`R.TRIGGER_WORDS`).
_ACTS = frozenset(
    {
        "move",
        "moves",
        "decision",
        "decree",
        "order",
        "orders",
        "step",
        "steps",
        "action",
        "crackdown",
        "retaliation",
        "retaliates",
        "hits",
        "hits back",
        "readies",
        "unveils",
        "announces",
        "announcement",
        "imposes",
        "threatens",
        "targets",
        "tightens",
        "escalates",
        "slaps",
        "strikes",
        "acts",
        "doubles",
        "raises",
    }
)


def names_a_cause(t: Text, lede: str) -> bool:
    """Whether the market title ``t`` names no metal and gives a government's act as the move's
    cause (see the module docstring), the government the ``lede`` names: the lede tells its act,
    not another's measure in the background."""
    if t.metal_spans:
        return False
    market = R.MARKET_RE.search(t.text)
    if market is None:
        return False
    cause = _CAUSE_RE.search(t.text, market.end())
    if cause is None:
        return False
    actor = min(((s, c) for c, s, _e, _w in t.places if s >= cause.end()), default=None)
    if actor is None or all(c != actor[1] for c, _s, _e, _w in t.gaz.find(lede)):
        return False
    # "Copper futures jumped after Trump said he would impose tariffs on steel": the lede tells
    # a metal's move, its cause another's goods or the metal's own; the move is the story
    moved = R.MARKET_RE.search(lede)
    if (
        moved is not None
        and t.matcher.first_spans(lede[: moved.start()])
        and lede_act(t, Text(lede, t.matcher, t.gaz)) is None
    ):
        return False
    after = [tk.low for tk in t.toks if tk.start >= cause.end()]
    acts = [tk.low for tk in t.toks if tk.start > actor[0]]
    # "as Beijing tariff fears mount", "on US data", "after Jakarta comments": a mood, a figure
    # or words, not an act ("readies new tariffs", "hits back", "move")
    return (
        R.SPECULATION_WORDS.isdisjoint(after)
        and R.MOOD_NOUNS.isdisjoint(after)
        and not (_ACTS.isdisjoint(acts) and R.TRIGGER_WORDS.isdisjoint(acts))
    )


def framed(t: Text, reading: Reading, lede: str, trace: list[str]) -> Reading:
    """ "Stocks slide as Trump readies new tariffs": a title whose measure is vetoed as market
    news, naming no metal and a government's act as the cause, is read as naming no measure, so
    the lede (its first sentence) decides; the title's own measure words never make it one."""
    if reading.vetoed != "market" or not names_a_cause(t, lede):
        return reading
    trace.append("market news whose cause is a government's act: the lede tells the act")
    return Reading()
