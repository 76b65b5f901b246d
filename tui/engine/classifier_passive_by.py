"""A firm named before a stop verb in the passive, with a government after "by" ("Russian
aluminium trader blacklisted by UK", "gold miner banned by US Treasury"): the firm is what the
measure falls on, not the subject that acts; the government after "by" imposes it.

:func:`stopped_by_government` lets :func:`tui.engine.classifier_vetoes` keep such a finding
from the veto of a company's own stop ("Mine suspends copper exports").
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, base_word, flow_of

#: A firm named by its trade ("tin exporter"), beside the company words of the rules.
_TRADERS = frozenset({"exporter", "exporters", "importer", "importers"})
#: Words passed over between "by" and the government ("by the UK", "by Britain's Treasury").
_ARTICLES = frozenset({"the"})


def stopped_by_government(t: Text, best: Finding) -> bool:
    """The finding's verb is a past participle ("blacklisted", "banned", "barred") after a
    firm's word and no flow's ("trader", "miner"), followed by "by" and a place or a
    government's word ("by UK", "by the US", "by authorities")."""
    i = best.index
    if best.rule != "stop" or not t.word(i).endswith("ed") or t.word(i + 1) != "by":
        return False
    if flow_of(t.word(i - 1)) is not None and t.word(i - 1) not in _TRADERS:
        return False  # "exports banned by Japan": the flow of the place after "by"
    if not any(base_word(w) in R.COMPANY_WORDS or w in _TRADERS for w in t.lows[:i]):
        return False  # no firm before the verb
    j = i + 2
    while t.word(j) in _ARTICLES:
        j += 1
    return j < len(t.toks) and (t.place_at[j] is not None or t.word(j) in R.GOVERNMENT_WORDS)


def passive_corridor(t: Text, best: Finding) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) of a stop in the passive by a named place: the
    firm's place before the verb exports ("Myanmar tin exporter"), the place after "by"
    imports ("by US Treasury"); None when no place follows "by" or none comes before the
    verb (the corridor's own reading stands)."""
    if not stopped_by_government(t, best):
        return None
    j = best.index + 2
    while t.word(j) in _ARTICLES:
        j += 1
    after = t.place_at[j]
    if after is None:
        return None
    imposer = t.places[after]
    before = next((t.place_at[k] for k in range(best.index) if t.place_at[k] is not None), None)
    if before is None:
        return None  # "Rusal's aluminium barred by UK import ban": the firm's own reading
    target = t.places[before]
    if target[0] == imposer[0]:
        return None  # "US miner banned by US regulator": a ruling at home, read as before
    return target[0], imposer[0], R.IMPORT, [target[3], imposer[3]]
