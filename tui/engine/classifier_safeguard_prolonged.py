"""A safeguard on steel prolonged: a tariff-rate ``quota``.

The product owner's issue #16 states the house reading outright: "a prolonged safeguard on
steel is a tariff-rate quota" (the EU's, the UK's and others' steel safeguards are quotas with
a duty above them). The active form, a verb of prolonging before the measure ("extends
safeguard duty on steel", "keeps steel safeguard tariffs another year"), was read so; this
reads the passive and the noun forms the same way: "Safeguard duty on Vietnamese steel extended
by two years", "Moroccan steel safeguard duties extended to 2027", "Safeguard tariffs on steel
prolonged until 2027", "Extension of safeguard duty on steel imports approved". A safeguard
imposed stays a duty, and one on other goods ("safeguard duty on aluminium foil extended") a
``tariff``. Read by :func:`~tui.engine.classifier_nouns.rule_noun`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_text import Text, base_word

#: Participles of prolonging told after the measure ("duty ... extended by two years").
_PROLONGED = frozenset({"extended", "prolonged", "renewed"})
#: Nouns of prolonging before the measure ("extension of safeguard duty").
_PROLONGING_NOUNS = frozenset(
    {"extension", "extensions", "prolongation", "renewal", "renewals", "continuation"}
)


def prolonged_steel_safeguard(t: Text, i: int) -> bool:
    """The measure noun at token ``i`` is a safeguard ("safeguard duty", "steel safeguard
    duties") on steel, prolonged by a verb before it, a participle after it or a noun of
    prolonging before it."""
    if base_word(t.word(i - 1)) not in R.SAFEGUARD_WORDS or rated_duty(t, ""):
        return False
    toks = t.toks
    if not any(tk.low in R.QUOTA_SAFEGUARD_GOODS for tk in toks):
        return False
    if any(toks[j].low in R.PROLONG_VERBS for j in range(max(0, i - 5), i)):
        return True  # "keeps steel safeguard tariffs another year"
    if any(toks[j].low in _PROLONGING_NOUNS for j in range(max(0, i - 5), i)):
        return True  # "Extension of safeguard duty on steel imports approved"
    for j in range(i + 1, min(len(toks), i + 7)):
        low = toks[j].low
        if low in R.CLAUSE_BREAK or measure_noun(t, j) is not None:
            return False
        if low in _PROLONGED:
            return True  # "Safeguard duty on Vietnamese steel extended by two years"
    return False


def quota_unsaid(source: Text, at: int, lede: str) -> bool:
    """The safeguard at token ``at`` of ``source`` (a title: "South Africa imposes safeguard
    measures on flat hot-rolled steel products") is imposed as it stands: neither it nor the
    lede names a quota, and nothing prolongs it. Such a steel safeguard is the duty it puts
    on imports (STATUSES.md: "a steel safeguard imposed stays a duty"), not a tariff-rate
    quota; "EU Proposes New Safeguard Measures" whose lede cuts "tariff-rate quotas" and
    "Steel safeguard extended to 2026" stay quotas."""
    if base_word(source.word(at)) not in R.SAFEGUARD_WORDS and not (
        base_word(source.word(at)) in ("measure", "measures")
        and base_word(source.word(at - 1)) in R.SAFEGUARD_WORDS
    ):
        return False
    words = {*source.lows, *(w.strip(".,;:()'\"") for w in lede.lower().split())}
    if not words.isdisjoint(R.QUOTA_WORDS) or any("quota" in w for w in words):
        return False  # "tariff-rate quotas", "out-of-quota": a quota named
    prolonged = R.PROLONG_VERBS | _PROLONGED | _PROLONGING_NOUNS
    return words.isdisjoint(prolonged)


#: A per-cent rate ("15%", "fifteen percent", "15 per cent", "25pc").
_PER_CENT_RE = lazy(r"\d\s*%|\bper\s*cent\b|\bpercent\b|\d\s*pc\b", re.IGNORECASE)


def rated_duty(source: Text, lede: str) -> bool:
    """The title names its safeguard's own per-cent rate and neither it nor the lede names a
    quota: "Mexico's 15% steel safeguard duty renewed", "keeps fifteen percent safeguard
    tariff on imported steel". A rate set on the goods is the duty they pay, so the safeguard
    prolonged stays that duty; a tariff-rate quota is named as one ("out-of-quota 25% duty")."""
    if _PER_CENT_RE.search(source.text) is None:
        return False
    words = {*source.lows, *(w.strip(".,;:()'\"") for w in lede.lower().split())}
    return words.isdisjoint(R.QUOTA_WORDS) and not any("quota" in w for w in words)
