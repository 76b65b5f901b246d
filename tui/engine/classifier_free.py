"""A flow made free of a duty: "considers duty free export of high grade iron ore", "Zambia
allows duty-free copper exports", "permits tariff-free nickel exports to Japan".

A duty-free or tariff-free word alone reads ``open`` (a trade deal's "tariff-free access"). Put
on a flow of goods, it lifts the duty from that flow: a release (``resuming``), its flow the
flow named, as the labelled sets read it (the twelfth set's rhk-110). "Duty-free quotas" stay
a tariff-rate quota (:func:`tui.engine.classifier_nouns.rule_noun`), and so does a quota on a
duty-free flow ("raises quota on duty-free aluminium imports").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of

#: Charges a "<charge> free" pair names ("duty free export").
_CHARGES = frozenset({"duty", "tariff", "tax", "levy"})


def free_flow(t: Text, i: int) -> Finding | None:
    """The release of a duty on the flow after a duty-free word at ``i`` ("duty-free" or
    "duty free"), or None when no flow follows within four words (only goods, metals and
    places between)."""
    low = t.word(i)
    if t.word(i - 1) in ("on", "for", "of") and t.word(i - 2) in R.QUOTA_WORDS:
        return None  # "raises quota on duty-free aluminium imports": the quota's free part
    if low in R.OPEN_WORDS:
        words, k = [t.toks[i].text], i + 1
    elif low in _CHARGES and t.word(i + 1) == "free":
        words, k = [t.toks[i].text + " free"], i + 2
    else:
        return None
    for j in range(k, min(k + 4, len(t.toks))):
        flow = flow_of(t.word(j))
        if flow in (R.EXPORT, R.IMPORT):
            words.append(t.toks[j].text)
            return Finding(
                "open", "resuming", i, words, flow=flow, measure="tariff", confidence=0.6
            )
        w = t.word(j)
        if not (t.is_metal[j] or t.place_at[j] is not None or w in R.GOODS_WORDS | R.GOODS_FORMS):
            return None
    return None


#: Verbs that keep a lift in force for longer ("renews duty-free access").
_RENEW = R.forms("renew|s|ed|ing", "extend|s|ed|ing", "prolong|s|ed|ing")
#: The same in two words, before "over" ("rolls over tariff-free trade").
_ROLL = R.forms("roll|s|ed|ing")
_DETERMINERS = frozenset({"the", "its", "their", "a"})
#: The same as nouns after the duty-free word ("steel exports get duty-free extension").
_RENEWALS = frozenset({"extension", "extensions", "renewal", "renewals", "prolongation"})


def renewed_free(t: Text, i: int) -> Finding | None:
    """Duty-free access renewed, extended, prolonged or rolled over ("EU renews duty-free
    access for Moldovan steel", "extends its tariff-free treatment of ...", "get duty-free
    extension", "rolls over tariff-free trade with Ukraine"): the duties stay lifted, a release
    kept in force (``resuming``), as an extended suspension of tariffs reads; access only
    granted stays ``open``."""
    k = i - 1
    while t.word(k) in _DETERMINERS:
        k -= 1
    rolled = t.word(k) == "over" and t.word(k - 1) in _ROLL
    if rolled:
        k -= 1  # "rolls over tariff-free trade with Ukraine": renewed
    if t.word(i) in R.OPEN_WORDS and t.word(i + 1) in _RENEWALS:
        words = [t.toks[i].text, t.toks[i + 1].text]  # "get duty-free extension"
        return Finding("open", "resuming", i, words, measure="tariff", confidence=0.6)
    if t.word(i) in R.OPEN_WORDS and _kept_free(t, i):
        # "steel scrap to stay duty-free for another year": the lift kept for a new term
        words = [t.toks[i].text]
        return Finding(
            "open", "resuming", i, words, flow=R.IMPORT, measure="tariff", confidence=0.6
        )
    if t.word(i) not in R.OPEN_WORDS or not (rolled or t.word(k) in _RENEW):
        return None
    words = [t.toks[k].text, t.toks[i].text]
    return Finding("open", "resuming", i, words, measure="tariff", confidence=0.6)


#: Verbs that keep goods as they are ("to stay duty-free", "keeps ... duty-free").
_STAY = R.forms("stay|s|ed", "remain|s|ed", "keep|s", "kept")
#: A new term after the duty-free word ("for another year", "for a further six months").
_FURTHER_RE = lazy(
    r"\s*(?:for\s+(?:another|a\s+further|one\s+more|(?:\w+\s+)?more)|until|through)\b",
    re.IGNORECASE,
)


def _kept_free(t: Text, i: int) -> bool:
    """The duty-free word at ``i`` after a verb that keeps goods so ("stay", "remain", "keeps
    ... imports"), only goods, metals, flows and places between, and a new term right after:
    an exemption prolonged, not access granted. No export flow named (a duty-free export is
    :func:`free_flow`'s)."""
    if _FURTHER_RE.match(t.text, t.toks[_term_after(t, i)].end) is None:
        return False
    for j in range(i - 1, max(-1, i - 6), -1):
        w = t.word(j)
        if w in _STAY:
            return True
        if not (
            t.is_metal[j]
            or t.place_at[j] is not None
            or w in R.GOODS_WORDS | R.GOODS_FORMS
            or flow_of(w) == R.IMPORT
            or w in ("to", "will")
        ):
            return False
    return False


#: What duty-free goods keep, named after the duty-free word ("keeps duty-free access").
_ACCESS = frozenset({"access", "treatment", "status", "entry", "trade"})


def _term_after(t: Text, i: int) -> int:
    """The last token before a new term after the duty-free word at ``i``: past what the goods
    keep ("access", "treatment") and the market where they keep it ("in India", "to EU"), so
    "to stay duty-free in India for another year" and "keeps duty-free access to EU for another
    year" find their term as "stay duty-free for another year" does."""
    k = i
    if t.word(k + 1) in _ACCESS:
        k += 1
    n = len(t.toks)
    if t.word(k + 1) in ("in", "to", "into") and k + 2 < n and t.place_at[k + 2] is not None:
        k += 2
        while k + 1 < n and t.place_at[k + 1] is not None:
            k += 1
    return k
