"""A government telling its own state firm to stop or restart a flow: "Zambia orders state
miner to halt cobalt exports", "Congo asks state miner Gecamines to stop copper shipments to
China", "Peru asks state refiner to resume zinc exports". A country asking another party to act
is an appeal (no measure), but a state firm does what its government asks: the government's
measure. An industry asking its government ("Codelco asks Chile's government to curb ...",
"smelters urge government to ban ...") stays an appeal: the one asked is no state firm.

Read by :func:`tui.engine.classifier_phrases.not_a_trade_stop` and the appeal veto of
:mod:`tui.engine.classifier_vetoes`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text

#: Words that make a firm the state's ("state miner", "state-owned smelter").
_STATE = frozenset({"state", "state-owned", "state-run", "state-backed", "government-owned"})
#: Firms a state owns, named by their trade.
_FIRMS = frozenset(
    {"miner", "miners", "mining", "smelter", "smelters", "refiner", "refiners", "refinery",
     "firm", "firms", "company", "companies", "producer", "producers", "marketer", "trader",
     "exporter", "enterprise", "enterprises", "corporation", "corp"}
)  # fmt: skip
#: Verbs of telling or asking a party to act.
_TELLING = R.APPEAL_VERBS | R.ASKING | R.ORDER_VERBS
#: Words allowed between the state firm and "to": its name, its metal ("state lithium firm").
_LONGEST = 4


def state_firm_told(t: Text, i: int) -> bool:
    """The verb at ``i`` follows "to" after a country's verb of telling and its state firm
    ("Congo asks state miner Gecamines to stop ..."): the government's act."""
    to = next((k for k in range(i - 1, max(-1, i - 3), -1) if t.word(k) == "to"), None)
    if to is None:
        return False
    tell = next((k for k in range(to - 1, -1, -1) if t.word(k) in _TELLING), None)
    if tell is None or tell == 0 or not any(t.place_at[k] is not None for k in range(tell)):
        return False
    if any(t.word(k) in R.CLAUSE_BREAK for k in range(tell)):
        return False
    state = next((k for k in range(tell + 1, to) if t.word(k) in _STATE), None)
    if state is None or to - state > _LONGEST + 1:
        return False
    return any(t.word(k) in _FIRMS for k in range(state + 1, to))
