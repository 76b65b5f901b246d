"""A government's planned cut of its imports by a share (session 34).

"EU proposes to slash steel imports by 15%", "Mexico to reduce steel imports from Asia by a
third", "trade ministry proposes cutting aluminium imports by 10%": a volume the acting
government takes off its own imports, a ``quota`` on them (README: the flow capped in volume),
whatever clause follows. :func:`~tui.engine.classifier_caused.caused_cut` reads the cut when a
measure is named as its cause; this module reads the share that makes the cut a volume of its
own. A fall told in the present ("China cuts copper imports by 10% in May") is trade data, and a
firm's cut ("smelters to cut concentrate imports by 10%") no government's.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Words naming the means of a cut ("under new quotas", "with import limits").
_MEANS = frozenset({"under", "with", "through", "via"})
#: Nouns of a volume limit.
_QUOTA_NOUNS = frozenset({"quota", "quotas", "limits", "limit", "caps", "cap", "ceilings", "trq"})

#: Shares a volume is cut by, after "by a" or "by one" ("by a third", "by one fifth").
_SHARES = frozenset({"third", "quarter", "fifth", "tenth", "half"})
#: Shares with no article ("by half", "by two-thirds").
_BARE_SHARES = frozenset({"half", "two-thirds", "one-third", "one-fifth", "one-quarter"})
#: The percent words after a number ("by 15%", "by 20 percent", "by 10 pct", "by 5 per cent").
_PERCENT = frozenset({"%", "percent", "pct", "per"})
#: Verbs of planning before a gerund cut ("proposes slashing", "plans cutting").
_PLANNING = frozenset(
    {"proposes", "proposed", "propose", "proposing", "plans", "planned", "plan", "considers",
     "considering", "mulls", "mulling", "weighs", "weighing", "eyes", "suggests", "recommends"}
)  # fmt: skip
#: Cut verbs as gerunds ("proposes cutting steel imports by 10%").
_GERUNDS = frozenset({"cutting", "reducing", "slashing", "trimming", "lowering"})
#: Parties that are no government: their own cut of their purchases is no measure.
_FIRMS = frozenset(
    {"smelters", "smelter", "mills", "mill", "refiners", "refiner", "steelmakers", "steelmaker",
     "makers", "producers", "firms", "companies", "buyers", "traders", "importers", "miners",
     "manufacturers", "plants", "fabricators", "users", "consumers", "jewellers", "jewelers"}
)  # fmt: skip


def planned_gerund(t: Text, v: int) -> bool:
    """The cut verb at ``v`` is a gerund after a verb of planning ("proposes slashing")."""
    return t.word(v) in _GERUNDS and t.word(v - 1) in _PLANNING


def share_after(t: Text, k: int) -> int:
    """At token ``k``, past the goods and any "from <origin>": "by" and a share of the volume
    ("by 15%", "by 20 percent", "by a third", "by half"); the token after the share, else 0."""
    if t.word(k) == "from":  # "imports from Asia by a third": an origin, up to three words
        k = next((j for j in range(k + 1, k + 5) if t.word(j) == "by"), k)
    if t.word(k) != "by":
        return 0
    w = t.word(k + 1)
    if w in ("a", "one") and t.word(k + 2) in _SHARES:
        return k + 3
    if w in _BARE_SHARES:
        return k + 2
    if w.replace(".", "", 1).isdigit() and t.word(k + 2) in _PERCENT:
        return k + 4 if t.word(k + 3) == "cent" else k + 3
    return 0


def by_quota(t: Text, k: int) -> bool:
    """At token ``k``, after the share: the quota the cut is made by ("by 30% under new volume
    limits", "with quotas"): a cut told in the present is then the measure, not trade data."""
    if t.word(k) not in _MEANS:
        return False
    return any(w in _QUOTA_NOUNS for w in t.lows[k + 1 : k + 5])


def firm_subject(t: Text, v: int) -> bool:
    """The words before the cut (its subject) name firms, not a government ("Japanese
    smelters to cut ...")."""
    return any(t.word(k) in _FIRMS for k in range(max(0, v - 4), v))
