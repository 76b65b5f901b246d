"""A government telling its own state firm to stop or restart a flow: "Zambia orders state
miner to halt cobalt exports", "Congo asks state miner Gecamines to stop copper shipments to
China", "Peru asks state refiner to resume zinc exports". A country asking another party to act
is an appeal (no measure), but a state firm does what its government asks: the government's
measure. An industry asking its government ("Codelco asks Chile's government to curb ...",
"smelters urge government to ban ...") stays an appeal: the one asked is no state firm.
A firm the government tells by its name alone ("India asks NMDC to stop iron ore exports",
"Beijing orders Chinalco to halt ...": one to three capitalised words, no place and no metal)
is told as its state firm is; a place asked ("Japan asks China to resume ...") stays an appeal.

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
    if _named_firm(t, tell + 1, to):
        return True  # "India asks NMDC to stop ...": the firm by its name alone
    state = next((k for k in range(tell + 1, to) if t.word(k) in _STATE), None)
    if state is None or to - state > _LONGEST + 1:
        return False
    return any(t.word(k) in _FIRMS for k in range(state + 1, to))


#: The most words a firm's bare name runs to ("Activos Mineros", "MIND ID").
_NAME_WORDS = 3


def _named_firm(t: Text, start: int, to: int) -> bool:
    """The tokens ``start`` to ``to`` (exclusive) are a firm's bare name: one to three words,
    each capitalised, none a place, a metal or a word of the rules' telling ("Chinalco",
    "Activos Mineros")."""
    if not 1 <= to - start <= _NAME_WORDS:
        return False
    return all(
        t.toks[k].text[:1].isupper()
        and t.place_at[k] is None
        and not t.is_metal[k]
        and t.word(k) not in _TELLING
        for k in range(start, to)
    )
