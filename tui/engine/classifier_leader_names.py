"""A leader named by a name the gazetteer does not know, after a country's possessive:
"Chile's Boric slaps export tax on copper", "Mexico's Lopez Obrador imposes tariffs on Chinese
steel". :func:`~tui.engine.classifier_goods_owners.company_after` reads a name after a
possessive as a company ("Brazil's Gerdau halts exports": the firm's own act, the place no
side); a name whose verb is one only a government has (it bans a flow, or it imposes, raises,
cuts or scraps a tariff, a tax, a duty, a quota or a ban) is the government's leader, so the
possessive's country acts. A company halting or cutting its own exports keeps its reading.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_rules_words import forms
from tui.engine.classifier_text import Text, measure_of

#: Verbs a government alone does to a flow, whatever follows ("bans nickel ore exports").
_BANS = forms("ban|s|ned", "outlaw|s|ed", "prohibit|s|ed", "embargo|es|ed")
#: Verbs a government does to a measure it names ("imposes tariffs", "scraps export duties").
_ACTS_ON = forms(
    "impose|s|d",
    "reimpose|s|d",
    "slap|s|ped",
    "levy",
    "levies",
    "levied",
    "raise|s|d",
    "hike|s|d",
    "double|s|d",
    "triple|s|d",
    "increase|s|d",
    "introduce|s|d",
    "cut|s",
    "lower|s|ed",
    "reduce|s|d",
    "slash|es|ed",
    "halve|s|d",
    "scrap|s|ped",
    "lift|s|ed",
    "remove|s|d",
    "abolish|es|ed",
    "extend|s|ed",
    "suspend|s|ed",
    "waive|s|d",
)
#: Words a measure's object may run over before its noun ("export tax", "raw ore export ban").
_SPAN = 5


def leader_acts(t: Text, k: int) -> bool:
    """The name at token ``k`` (one or two capitalised words) is followed by a verb only a
    government does: the name is a leader's, not a company's."""
    v = k + 1
    if v < len(t.toks) and t.toks[v].text[:1].isupper() and t.word(v) not in _ACTS_ON | _BANS:
        v += 1  # "Lopez Obrador", "Da Silva"
    verb = t.word(v)
    if verb in _BANS:
        return True
    if verb not in _ACTS_ON:
        return False
    for j in range(v + 1, min(len(t.toks), v + 1 + _SPAN)):
        if t.word(j) in R.CLAUSE_BREAK:
            return False
        if measure_of(t.word(j)) is not None:
            return True
    return False
