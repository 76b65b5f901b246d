"""A market's people weighing a measure's impact, in a title naming no measure (session 34).

"Steel market participants mull the impact of US/Mexico S232 negotiations", "Investors weigh
fallout of Indonesia's nickel policy", "Traders assess implications of Chile royalty talks":
the title is the market's view of something, and a measure its lede names is only what they
weigh (docs/STATUSES.md: analysing or gauging a measure, a market title naming no measure over
a lede that weighs one, is no event). A title that names a measure is read by the rules as
before ("Traders weigh impact as China bans gallium exports" keeps the ban).
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: The market's people ("market participants", "investors", "traders", "buyers").
_WATCHERS = frozenset(
    {"participants", "investors", "traders", "analysts", "buyers", "sellers", "markets",
     "players", "dealers", "watchers"}
)  # fmt: skip
#: Verbs of weighing a matter.
_WEIGH = frozenset(
    {"mull", "mulls", "mulling", "weigh", "weighs", "weighing", "assess", "assesses",
     "assessing", "ponder", "ponders", "gauge", "gauges", "eye", "eyes", "consider",
     "considers", "evaluate", "evaluates", "study", "studies"}
)  # fmt: skip
#: What is weighed: an effect, not the act ("the impact of", "fallout from").
_EFFECTS = frozenset(
    {"impact", "impacts", "implications", "fallout", "effects", "effect", "consequences",
     "ramifications", "outcome", "repercussions"}
)  # fmt: skip


def market_mulls(t: Text) -> bool:
    """The title's subject is the market's people weighing the effects of something
    ("participants mull the impact of ..."): the title names a view, not an act."""
    lows = t.lows
    for k, low in enumerate(lows[:-2]):
        if low not in _WATCHERS or lows[k + 1] not in _WEIGH:
            continue
        rest = lows[k + 2 : k + 5]
        return any(w in _EFFECTS for w in rest)
    return False
