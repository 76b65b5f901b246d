"""Noun phrases around a place or a measure noun: a safeguard after the metals, a measure
noun after its modifiers, a country's own goods after its possessive, and the Section 232
act on a metal's imports ("Adjusting Imports of Aluminum")."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, base_word, measure_of


def safeguard_after(t: Text, k: int) -> bool:
    """A safeguard right after the metals from token k ("steel and aluminium safeguard")."""
    while k < len(t.toks) and (t.is_metal[k] or t.word(k) in ("and", ",", "&")):
        k += 1
    return k < len(t.toks) and t.word(k) in ("safeguard", "safeguards")


#: Words after a figure that make it a rate ("50%", "25 percent", "10 pct").
_RATE_UNITS = frozenset({"%", "percent", "pct", "per"})


def measure_after_modifiers(t: Text, k: int) -> bool:
    """A measure noun at token k or after its modifiers ("retaliatory tariffs", "new duties"),
    or after its rate ("US 50% tariff": the US's, as "US tariff" is)."""
    while t.word(k) in R.MEASURE_MODIFIERS:
        k += 1
    if t.word(k)[:1].isdigit() and t.word(k + 1) in _RATE_UNITS:
        k += 3 if t.word(k + 1) == "per" and t.word(k + 2) == "cent" else 2
        while t.word(k) in R.MEASURE_MODIFIERS:
            k += 1
    return measure_of(t.word(k)) is not None


#: Words before a country's possessive that make its goods the object ("bans Russia's gold",
#: "imports of Russia's aluminium", "duty on China's aluminium foil imports").
_OWNED_AFTER = frozenset({"on", "of", "against", "targeting"})
#: Verbs whose possessive object's goods the measure falls on ("hits Australia's lithium
#: exports with 15% levy", "caps Indonesia's steel shipments under safeguard quota").
_HITS_GOODS = frozenset(
    {"hit", "hits", "slap", "slaps", "slapped", "cap", "caps", "capped", "curb", "curbs",
     "curbed", "limit", "limits", "limited", "restrict", "restricts", "restricted", "target",
     "targets", "targeted", "tax", "taxes", "taxed"}
)  # fmt: skip


def owned_goods(t: Text, prep: str, last: int) -> bool:
    """A country's possessive before its goods ("Russia's gold") after a preposition of the
    measure's object or a verb of stopping or sanctioning: the goods are the country's own, as
    "Russian gold" is (its origin); not when a measure follows the goods ("against
    Indonesia's nickel ore export ban": the country's measure)."""
    if prep not in _OWNED_AFTER | _HITS_GOODS and base_word(prep) not in R.STOP_VERBS:
        if prep not in R.SANCTION_WORDS:
            return False
    for j in range(last + 1, last + 5):
        if t.word(j) in (":", ";", "|", "—", "–"):
            break  # "ban Russia's aluminium: new sanctions package": another phrase
        if t.word(j) in ("under", "with", "by"):
            break  # "caps Indonesia's steel shipments under safeguard quota": the goods end
        if measure_of(t.word(j)):
            return False
    return True


def metal_then(t: Text, k: int) -> str:
    """The word after a metal named at ``k`` ("Adjusting Aluminum Imports": "imports"), or ""
    when no metal is named there."""
    return t.word(k + 1) if k < len(t.toks) and t.is_metal[k] else ""


#: Nouns of the US Section 232 act before "to adjust imports" ("Actions Taken to Adjust ...").
_ADJUST_ACTIONS = frozenset({"action", "actions"})
#: The instruments of the act that adjust imports ("Proclamation adjusts imports of ...",
#: "Executive order adjusts aluminum imports").
_ADJUST_INSTRUMENTS = frozenset({"proclamation", "proclamations", "order", "orders"})


def adjusts_imports(t: Text, i: int) -> bool:
    """Whether ``i`` begins the Section 232 act on a metal's imports: "Adjusting Imports of
    Aluminum", "Adjusting Copper Imports", or the statute's "action(s) (taken) to adjust
    (the) imports" ("Strengthening Actions Taken to Adjust Imports of Steel"); a buyer that
    "adjusts imports" and negotiations "to adjust imports" take no action."""
    low = t.word(i)
    if low == "adjusted":
        return adjusted_under(t, i)
    if low not in ("adjusting", "adjust", "adjusts"):
        return False  # a set test first: the metal test below reads the title's metals
    nxt = i + 2 if t.word(i + 1) == "the" else i + 1
    if "imports" not in (t.word(nxt), metal_then(t, nxt)):
        return False
    if low == "adjusting":
        return True
    if low == "adjusts":
        # "Proclamation adjusts imports of derivative aluminium and steel articles": the act's
        # instrument adjusting them is the act; a buyer that "adjusts imports" takes none
        return t.word(i - 1) in _ADJUST_INSTRUMENTS
    if low != "adjust" or t.word(i - 1) != "to":
        return False
    return t.word(i - 3 if t.word(i - 2) == "taken" else i - 2) in _ADJUST_ACTIONS


def adjusted_under(t: Text, i: int) -> bool:
    """ "Aluminum imports into the U.S. adjusted under Trump order": imports adjusted in the
    passive by the act's instrument (two words at most between) are the act, as "Proclamation
    adjusts imports of ..." is; imports adjusted by buyers or with no instrument are not."""
    if t.word(i + 1) not in ("under", "by", "in") or "imports" not in t.lows[max(0, i - 5) : i]:
        return False
    return any(t.word(k) in _ADJUST_INSTRUMENTS for k in range(i + 2, i + 5))


def goods_kicker(t: Text, colon: int) -> bool:
    """The words before a title's colon at ``colon`` name only a country's goods: a demonym,
    then watched metals and goods words ("Japanese steel:", "Chinese aluminium foil:"). They
    are the measure's goods after the colon, not a topic kicker whose places take no part."""
    i = t.place_at[0] if colon > 1 else None
    if i is None or not t.gaz.is_demonym(t.places[i][3]):
        return False
    rest = [k for k in range(colon) if t.place_at[k] is None]
    return (
        bool(rest)
        and any(t.is_metal[k] for k in rest)
        and all(t.is_metal[k] or t.word(k) in R.GOODS_WORDS for k in rest)
    )
