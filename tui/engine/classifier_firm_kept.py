"""One named company let keep trading, not a measure on a flow (the seventh wire's odd rows,
session 39).

"Indonesia lets Amman Mineral keep exporting copper concentrate", "Zimbabwe allows Bikita
Minerals to keep exporting lithium": the firm's permit kept, no flow newly allowed (the labelled
sets: "export licences or a permit granted to firms ... are no event"). A trade let go on for all
("lets miners resume exporting bauxite"), a country let keep exporting ("US lets Mexico keep
exporting steel") and one firm let export again ("lets Freeport export copper concentrate",
:mod:`tui.engine.classifier_licensed_firms`) stay a restart.

:func:`tui.engine.classifier_vetoes.find_veto` asks :func:`firm_kept_trading` beside
:func:`tui.engine.classifier_firm_permit.firm_permit`.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: A restart verb that lets someone do something: "lets X keep exporting".
_LETS = frozenset({"lets", "let", "letting", "allows", "allow", "allowed", "allowing"})
#: Verbs of going on as before: "keep exporting", "continue exporting".
_GO_ON = frozenset({"keep", "keeps", "continue", "continues"})
#: What a firm goes on doing with goods.
_TRADING = frozenset({"exporting", "importing", "shipping", "selling"})


def firm_kept_trading(t: Text, best: Finding) -> bool:
    """The restart ``best`` found lets one named company keep trading: no measure."""
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
