"""A measure told only as a contingency: "Buyers prepare in case China bans gallium exports",
"Indonesia getting ready in case nickel export ban comes early", "Refiners stockpile ore in the
event that Guinea imposes a bauxite export tax".

The main clause is somebody's preparation and names no measure; the measure stands in the
condition after "in case" / "in the event (that)". It is that condition's measure, and only
possible: ``proposed``. A condition after a measure of the main clause ("looks at duties on US
goods if copper gets caught in tariff war") is not the measure, and a metal named only there
is not its goods (:func:`tui.engine.classifier_summary.goods_metals`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of
from tui.engine.classifier_words import LOWER_WORD_RE

#: The lead of a condition that holds a possible measure.
CONTINGENCY_RE = lazy(r"\bin\s+(?:case|the\s+event)(?:\s+(?:that|of))?\s", re.IGNORECASE, fold=True)


def _names_measure(text: str) -> bool:
    """Does ``text`` name a trade measure ("bans", "duties", "curbs")?"""
    return any(measure_of(w) for w in LOWER_WORD_RE.findall(text.lower()))


def measure_in_condition(text: str) -> re.Match[str] | None:
    """The contingency's lead when the measure of ``text`` stands after it: the clause before
    it names none and is no market's move ("Buyers prepare in case China bans ...", not
    "Copper rises in case ...")."""
    m = CONTINGENCY_RE.search(text)
    if m is None or m.start() == 0:
        return None
    head = text[: m.start()]
    if _names_measure(head) or R.MARKET_RE.search(head) is not None:
        return None
    rest = text[m.end() :]
    return (
        m if any(measure_of(w) or flow_of(w) for w in LOWER_WORD_RE.findall(rest.lower())) else None
    )


def contingency_marker(t: Text, f: Finding) -> str | None:
    """ "in case" when the finding stands in such a condition: a possible measure."""
    m = measure_in_condition(t.text)
    if m is None or t.toks[f.index].start < m.end():
        return None
    return m.group(0).strip()


#: The lead of an act still ahead of the main clause's ("consults Norway before imposing ...",
#: "seeks views prior to introducing ...").
_BEFORE = frozenset({"before", "ahead of", "prior to"})


def before_acting(t: Text, f: Finding) -> str | None:
    """ "before imposing" when the finding's verb is a gerund after "before", "prior to" or
    "ahead of" ("EU consults Norway before imposing ferro-nickel safeguard quotas"): the main
    clause is a step towards the measure, which is still to come: ``proposed``."""
    verb = f.words[0].lower() if f.verb and f.words else ""
    if not verb.endswith("ing"):
        return None
    for j in range(max(1, f.index - 6), f.index):
        if t.word(j) != verb:
            continue
        lead = t.word(j - 1)
        two = f"{t.word(j - 2)} {lead}"
        if lead in _BEFORE or two in _BEFORE:
            return f"{lead if lead in _BEFORE else two} {verb}"
    return None
