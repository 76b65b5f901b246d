"""What a government grants named firms, not a measure on a flow (the seventh wire's odd rows,
session 39).

- Licences or permits granted to firms under a regime: "Export licences for germanium, gallium
  granted to first Chinese firms", "Import licences for gold issued to first Indian banks".
  The grant is the regime's working on its holders, no measure (the labelled sets: "export
  licences or a permit granted to firms ... are no event"); a flow kept "only" to such firms
  is the licensing measure itself and is left to the rules.
- One named company let keep trading: "Indonesia lets Amman Mineral keep exporting copper
  concentrate", "Zimbabwe allows Bikita Minerals to keep exporting lithium": the firm's permit
  kept, no flow newly allowed. A trade let go on for all ("lets miners resume exporting
  bauxite") stays a restart, as does one firm let export again ("lets Freeport export copper
  concentrate", :mod:`tui.engine.classifier_licensed_firms`).

:func:`tui.engine.classifier_vetoes.find_veto` asks :func:`firm_grant` beside
:func:`tui.engine.classifier_firm_permit.firm_permit`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, is_granted

#: Participles of a grant: "licences granted to", "permits issued to".
_GRANTED = frozenset({"granted", "issued", "awarded", "given", "handed"})
#: Who receives them: "first Chinese firms", "three companies", "magnet makers".
_FIRMS = frozenset(
    {"firm", "firms", "company", "companies", "banks", "makers", "producers", "miners",
     "exporters", "importers", "traders", "refiners", "smelters", "enterprises", "entities",
     "manufacturers", "processors", "jewellers", "jewelers", "dealers", "buyers"}
)  # fmt: skip
#: A restart verb that lets someone do something: "lets X keep exporting".
_LETS = frozenset({"lets", "let", "letting", "allows", "allow", "allowed", "allowing"})
#: Verbs of going on as before: "keep exporting", "continue exporting".
_GO_ON = frozenset({"keep", "keeps", "continue", "continues"})
#: What a firm goes on doing with goods.
_TRADING = frozenset({"exporting", "importing", "shipping", "selling"})
#: How far a grant's words may lie apart ("licences for germanium, gallium granted").
_SPAN = 6


def firm_grant(t: Text, best: Finding) -> bool:
    """The measure ``best`` found is licences granted to firms, or one named company let keep
    trading: no measure."""
    return _granted_to_firms(t, best) or _firm_kept_trading(t, best)


def _granted_to_firms(t: Text, best: Finding) -> bool:
    lows = t.lows
    for g, low in enumerate(lows):
        if low not in _GRANTED or t.word(g + 1) != "to":
            continue
        noun = next(
            (k for k in range(g - 1, max(-1, g - _SPAN - 1), -1) if is_granted(lows[k])), None
        )
        if noun is None or any(lows[k] in R.CLAUSE_BREAK for k in range(noun, g)):
            continue
        if not (noun <= best.index <= g or noun <= best.measure_at <= g):
            continue  # the measure found is another than the grant
        receivers = range(g + 2, min(len(lows), g + 2 + _SPAN))
        if any(lows[j] == "only" for j in receivers):
            return False  # "licences issued only to state firms": the regime itself
        if any(lows[j] in _FIRMS for j in receivers):
            return True
    return False


def _firm_kept_trading(t: Text, best: Finding) -> bool:
    i = best.index
    if best.rule != "restart" or t.word(i) not in _LETS:
        return False
    toks, place_at, is_metal = t.toks, t.place_at, t.is_metal
    j = i + 1
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    if all(is_metal[k] or place_at[k] is not None for k in range(i + 1, j)):
        # no company's name ("lets miners keep exporting", a country let keep exporting);
        # "Nickel Asia" and "Amman Mineral" are one, a metal or a place in a firm's name
        return False
    if t.word(j) == "to":
        j += 1
    return t.word(j) in _GO_ON and t.word(j + 1) in _TRADING
