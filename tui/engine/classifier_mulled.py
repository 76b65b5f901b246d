"""A market's people weighing a measure's impact, in a title naming no measure (session 34).

"Steel market participants mull the impact of US/Mexico S232 negotiations", "Investors weigh
fallout of Indonesia's nickel policy", "Traders assess implications of Chile royalty talks":
the title is the market's view of something, and a measure its lede names is only what they
weigh (docs/STATUSES.md: analysing or gauging a measure, a market title naming no measure over
a lede that weighs one, is no event). A title that names a measure is read by the rules as
before ("Traders weigh impact as China bans gallium exports" keeps the ban), and so is one whose
people, or a sector's firms, weigh the impact "of" the measure it names ("Australian miners mull
impact of China's rare earth export curbs": a view of it).
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: The market's people ("market participants", "investors", "traders", "buyers").
_WATCHERS = frozenset(
    {"participants", "investors", "traders", "analysts", "buyers", "sellers", "markets",
     "players", "dealers", "watchers", "miners", "producers", "smelters", "steelmakers",
     "automakers", "manufacturers", "exporters", "importers", "industry", "firms", "companies"}
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


def market_mulls(t: Text, at: int | None = None) -> bool:
    """The title's subject is the market's people, or a sector's firms, weighing the effects of
    something ("participants mull the impact of ...", "miners mull impact of China's export
    curbs"): the title names a view, not an act. With a measure word at token ``at``, it must
    be the object weighed ("impact of <measure>"), not an act told after ("impact as China
    bans ...")."""
    lows = t.lows
    if _WEIGH.isdisjoint(lows) or _EFFECTS.isdisjoint(lows):
        return False  # most titles: no verb of weighing or no effect word, nothing to read
    for k, low in enumerate(lows[:-2]):
        if low not in _WATCHERS or lows[k + 1] not in _WEIGH:
            continue
        e = next((j for j in range(k + 2, min(k + 5, len(lows))) if lows[j] in _EFFECTS), None)
        if e is None:
            return False
        return at is None or (t.word(e + 1) in ("of", "from") and at > e + 1)
    return False
