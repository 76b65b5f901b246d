"""Measures never made, and bans that fall on no goods (asked by
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`):

- **a finding of no injury**: "ITC finds no injury from tin mill steel imports, blocking
  duties": without injury no duty is imposed, whatever the verb on the duties;
- **a measure's end foreseen**: "China copper buyers eye end of informal curbs", "Soft ban on
  Australian copper seen ending, say Chinese importers": an end "seen", or eyed, expected or
  hoped for by buyers, traders or another industry, is their view, not a release;
- **a measure only possible**: "...; provisional duty of up to 35.8% possible": the measure, a
  noun, whose clause ends on "possible" or "probable";
- **a ban on no goods**: "Philippines ends nine-year ban on new mineral agreements": a ban or a
  moratorium on agreements, contracts or deals stops no goods; "restricted electricity supply
  to some steel producers": an energy supply restricted is no measure on the metal.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: "no injury", "negative injury": the finding that stops a duty.
_NO = frozenset({"no", "negative"})
_INJURY = frozenset({"injury", "injuries"})
#: The end of a measure: "end of", "ending", "lifting".
_ENDS = frozenset({"end", "ending", "lifting", "easing", "removal", "thaw", "relaxation"})
#: Foreseeing it: "eye", "expect", "hope"; "seen" is the passive's.
_FORESEE = R.forms("eye|s|ing", "expect|s|ing", "anticipate|s", "anticipating", "hope|s")
#: A clause's last word when a measure is only possible.
_POSSIBLE = frozenset({"possible", "probable"})
#: What a ban may fall on that is no goods.
_NOT_GOODS = frozenset(
    {"agreement", "agreements", "contract", "contracts", "deal", "deals", "accords"}
)
_BANS = frozenset({"ban", "bans", "moratorium", "moratoriums", "moratoria", "freeze"})
#: An energy supply: "electricity supply", "power supplies".
_ENERGY = frozenset({"electricity", "power", "gas", "fuel", "energy", "water"})
_SUPPLY = frozenset({"supply", "supplies"})
_CUES = _INJURY | _ENDS | _POSSIBLE | _NOT_GOODS | _SUPPLY


def unmade_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the measure named is never made or falls on no goods, else None."""
    lows = t.lows
    if _CUES.isdisjoint(lows):
        return None
    if any(w in _NO and t.word(k + 1) in _INJURY for k, w in enumerate(lows)):
        return "speculation", "a finding of no injury: no duty is imposed"
    if _end_foreseen(t):
        return "speculation", "a measure's end foreseen by others: their view, not a release"
    if not best.verb and _only_possible(t, best):
        return "speculation", "a measure said only to be possible: no measure"
    if _ban_on_no_goods(t, best) or _energy_restricted(t, best):
        return "company", "a ban or a restriction on no goods: no trade measure"
    return None


def _end_foreseen(t: Text) -> bool:
    """ "seen ending", or a verb of foreseeing by an industry's speakers just before the end."""
    for k, w in enumerate(t.lows):
        if w not in _ENDS:
            continue
        if t.word(k - 1) == "seen":
            return True
        if t.word(k - 1) in _FORESEE or (t.word(k - 2) in _FORESEE and t.word(k - 1) == "an"):
            return any(x in R.INDUSTRY_SPEAKERS for x in t.lows[: k - 1])
    return False


def _only_possible(t: Text, best: Finding) -> bool:
    """The measure's clause ends on "possible" (before a break or the end)."""
    n = len(t.toks)
    for j in range(best.measure_at + 1, min(n, best.measure_at + 10)):
        w = t.word(j)
        if w in R.CLAUSE_BREAK or w == ",":
            return False
        if w in _POSSIBLE:
            return j + 1 >= n or t.word(j + 1) in R.CLAUSE_BREAK or t.word(j + 1) in (",", ".")
    return False


def _ban_on_no_goods(t: Text, best: Finding) -> bool:
    """ "ban on new mineral agreements": a ban, "on", at most two modifiers, then a deal."""
    k = best.measure_at
    if t.word(k) not in _BANS or t.word(k + 1) != "on":
        return False
    return any(t.word(j) in _NOT_GOODS for j in range(k + 2, min(len(t.toks), k + 5)))


def _energy_restricted(t: Text, best: Finding) -> bool:
    """ "restricted electricity supply to ...": the restricting verb's object an energy supply."""
    if not best.verb:
        return False
    ahead = [t.word(j) for j in range(best.index + 1, min(len(t.toks), best.index + 4))]
    return any(w in _ENERGY for w in ahead) and any(w in _SUPPLY for w in ahead)
