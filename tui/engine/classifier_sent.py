"""Goods sent abroad and their market, told by a participle instead of a flow word.

Wires name an exporter's market after the goods, by a participle and a preposition:
"nickel ore shipments bound for China", "cargoes destined for China", "headed for China",
"pig iron shipped to China", and goods sent out of the country with no market,
"scrap steel leaving the country". The place after "bound for" is the market as after
"exports to" (:func:`bound_for`), and a measure with no flow word on goods so sent is on
exports (:func:`sent_abroad`), unless the market is the measure's own country ("tariffs on
copper bound for American wire mills": the importer's). Goods bound for a market's buyers
("zinc concentrate bound for Chinese smelters") are the object a stop verb halts, not the
buyers' operations (:func:`sends_on`); a charge ("tax", "levy") on goods so sent is an export
charge, as beside a flow word (``tui/engine/classifier_measure_noun.py``).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of

#: Where goods leave to no market named: "leaving the country".
_HOME_NOUNS = frozenset({"country", "nation"})

Roles = list[tuple[str, str, str]]


def bound_for(t: Text, k: int) -> bool:
    """Token ``k`` is the "for" of "bound for", "destined for", "headed for"."""
    return t.word(k) == "for" and t.word(k - 1) in R.BOUND_FOR


def sends_on(t: Text, j: int) -> bool:
    """Token ``j`` sends the goods before it on to a market ("bound for", "shipped to")."""
    return t.word(j) in R.SENT_TO and t.word(j + 1) in ("to", "for")


def sent_abroad(t: Text, roles: Roles, actor: str | None) -> bool:
    """Goods the text sends on to a market not the actor's own ("shipped to China"), or out
    of the country ("leaving the country"), where no flow word names the flow and no other
    country's goods are named ("Chinese steel shipped to Vietnam faces US duties": imports)."""
    if any(flow_of(w) in (R.EXPORT, R.IMPORT) for w in t.lows):
        return False
    if any(r in ("goods", "from") and c != actor for r, c, _m in roles):
        return False
    for j in range(len(t.toks) - 1):
        if t.word(j) == "leaving" and t.word(j + 1) == "the" and t.word(j + 2) in _HOME_NOUNS:
            return True
    for i, (role, code, _m) in enumerate(roles):
        if role != "to" or code == actor:
            continue
        k = t.place_span(i)[0] - 1
        if t.word(k) == "the":
            k -= 1
        if sends_on(t, k - 1):
            return True
    return False
