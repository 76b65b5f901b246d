"""A measure noun read again when the sentence acts on it (:func:`recast`, after the strongest
finding of a text is chosen): a court ruling against it or striking it down releases it
(``resuming``), a title's second act that exempts metals from it ("Revises Tariff Framework,
Exempts Gold") releases it for them, "lifts ... tariff to 25% from 10.8%" raises it, and a ban
whose traders must get a permission is a licence regime (``licensing``)."""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_cuts import lifted_to_higher
from tui.engine.classifier_mentions import COURT_WORDS
from tui.engine.classifier_text import Finding, Text, is_granted

#: A court's verdict against a measure ("rules against", "finds against", "strikes down").
COURT_VERDICT_RE = lazy(
    r"\b(?:rul(?:e|es|ed|ing)|find(?:s|ing)?|found|decid(?:e|es|ed))\s+against\b|"
    r"\b(?:strik(?:e|es|ing)|struck)\s+down\b|\b(?:void(?:s|ed)?|invalidat(?:e|es|ed)|"
    r"overturn(?:s|ed)?|annul(?:s|led)?)\b",
    re.IGNORECASE,
)
#: Verbs that take goods out of a measure's reach.
EXEMPT_VERBS = frozenset(
    {"exempts", "exempt", "exempted", "spares", "spared", "excludes", "excluded", "waives"}
)


def _traders_need_permission(t: Text, i: int) -> bool:
    """After the measure, traders (importers, exporters) and, close behind, a permission
    they must get (approval, licence, permit)."""
    lows = t.lows
    for k in range(i + 1, len(lows)):
        if lows[k] in R.TRADER_NOUNS:
            return any(map(is_granted, lows[k + 1 : k + 6]))
    return False


def recast(t: Text, best: Finding) -> Finding:
    """The measure noun read as released when the sentence acts on it (see the module); a ban
    whose traders must get a permission ("..., importers to take approval from DGFT") is a
    licence regime (``licensing``)."""
    if best.status == "suspended" and _traders_need_permission(t, best.index):
        return replace(best, status="licensing")
    if best.rule == "release" and lifted_to_higher(t, best.index, best.at):
        # "lifts import tariff on steel to 25% from 10.8%": the tariff goes up
        return replace(best, rule="noun", status="tariff", measure="tariff")
    if best.rule != "noun" or best.status == "resuming":
        return best
    toks = t.toks
    before = t.text[: toks[best.index].start]
    verdict = COURT_VERDICT_RE.search(before)
    if verdict and not COURT_WORDS.isdisjoint(t.lows[: best.index]):
        words = [verdict.group(0), toks[best.index].text]
        return Finding(
            "release",
            "resuming",
            best.index,
            words,
            verb=True,
            measure=best.status,
            at=best.index,
            confidence=0.75,
        )
    for k in range(best.index + 1, len(toks) - 1):
        if toks[k - 1].low == "," and toks[k].low in EXEMPT_VERBS and t.is_metal[k + 1]:
            words = [toks[k].text, toks[best.index].text]
            return Finding(
                "release",
                "resuming",
                k,
                words,
                verb=True,
                measure=best.status,
                at=best.index,
                confidence=0.75,
            )
    return best
