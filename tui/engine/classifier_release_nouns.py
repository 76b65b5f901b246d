"""The rule that fires on a release noun by a measure: "lifting of the ban", "tariff
exemption", "exemption from US tariffs", an exemption that runs out or is lost ("Australia
loses exemption from US steel tariffs"). :func:`rule_release_noun` returns a
:class:`~tui.engine.classifier_text.Finding` or None; the measure noun's own rule is
:func:`~tui.engine.classifier_nouns.rule_noun`."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_cuts import new_rate_words
from tui.engine.classifier_issuance import halted_issuance
from tui.engine.classifier_lapses import suspension_lapses
from tui.engine.classifier_orders import names_agreement, relief_at
from tui.engine.classifier_paused import suspended_release
from tui.engine.classifier_relief_refused import relief_refused
from tui.engine.classifier_text import Finding, Text, base_word, measure_of


def rule_release_noun(t: Text, i: int) -> Finding | None:
    """A release noun by a measure ("tariff exemption", "lifting of the ban", "exemption
    from US steel tariffs")."""
    toks = t.toks
    n = len(toks)
    base = base_word(toks[i].low)
    if toks[i].low in R.CUT_NOUNS and t.word(i + 1) in R.CUT_OF:
        # "proposes reduction in customs duty on gold": the duty named after its cut
        j = next((k for k in range(i + 2, min(n, i + 5)) if measure_of(toks[k].low)), None)
        m = None if j is None else measure_of(toks[j].low)
        if j is not None and m is not None and m[0] == "tariff":
            # "proposes reduction in customs duty on gold (to 6%)": the new rate only in the words
            words = [toks[i].text, toks[j].text, *new_rate_words(t.text)]
            return Finding(
                "release-noun", "resuming", i, words, confidence=0.7, measure="tariff", at=j
            )
    if toks[i].low in R.CUT_NOUNS:
        m = measure_of(t.word(i - 1))
        if m is None or m[0] != "tariff" or t.word(i + 1) not in R.CUT_NOUN_NEXT:
            # "to cut output", "quota cut" (tighter), "duties cut against trade rules" (a verb);
            # "duty cut to 5%" is a release, its new rate only in the words
            return None
        words = [toks[i - 1].text, toks[i].text, *new_rate_words(t.text)]
        return Finding(
            "release-noun", "resuming", i, words, confidence=0.7, measure="tariff", at=i - 1
        )
    if base in R.RELEASE_NOUNS and base not in ("suspension", "halt", "pause", "end", "restart"):
        near = [
            j
            for j in range(max(0, i - 2), min(n, i + 4))
            if j != i and measure_of(toks[j].low) is not None
        ]
        if not near and t.word(i + 1) in ("from", "on", "for", "of", "to"):
            for j in range(i + 2, min(n, i + 9)):
                if toks[j].low in R.CLAUSE_BREAK:
                    break
                if measure_of(toks[j].low) is not None:
                    near = [j]
                    break
        if near:
            j = near[0]
            words = [toks[j].text, toks[i].text]
            m = measure_of(toks[j].low)
            measure = m[0] if m else None
            if measure is not None and (
                t.word(i - 1) in R.NO_WORDS or _lost(t, i) or relief_refused(t, i)
            ):
                # "to receive no exemption from steel tariffs", "loses its exemption from US
                # steel tariffs": the measure applies
                return Finding("noun", measure, i, words, verb=True, measure=measure, at=j)
            if toks[i].low in R.EXEMPTION_NOUNS and _runs_out(t, max(i, j) + 1):
                # "Australia's steel tariff exemption ends", "exemption from US tariffs to
                # expire": the measure applies to the goods spared until now
                words.append(t.word(_runs_out(t, max(i, j) + 1)))
                return Finding("release-exemption", measure or "tariff", i, words, verb=True, at=i)
            if j > i and base in R.END_NOUNS and (relief := relief_at(t, j)) is not None:
                # "cancellation of export tax rebates": ending a relief brings the measure back
                words.append(toks[relief].text)
                if names_agreement(t, j):
                    measure = "tariff"  # "Termination of the Suspension Agreement": the duty
                return Finding("release-exemption", measure or "tariff", i, words, verb=True, at=j)
            return Finding(
                "release-noun", "resuming", i, words, confidence=0.7, measure=measure, at=j
            )
    if base in ("suspension", "halt", "pause", "end", "lifting", "easing", "removal"):
        if t.word(i + 1) in ("of", "on", "to"):
            # "suspension of the graphite export ban": the measure may stand a few words on
            for j in range(i + 2, min(n, i + 8)):
                if toks[j].low in R.CLAUSE_BREAK:
                    break
                if measure_of(toks[j].low) is not None and toks[j].low not in (
                    "suspension",
                    "halt",
                ):
                    if (halted := halted_issuance(t, i, j)) is not None:
                        return halted  # "halt on the issuance of export permits"
                    if (back := suspension_lapses(t, i, j, _runs_out)) is not None:
                        return back  # "suspension of the ban lapses": the ban is back
                    measure = R.MEASURE_NOUNS.get(base_word(toks[j].low))
                    return suspended_release(t, i, range(max(0, i - 6), i), measure, j)
    return None


#: Words between an exemption and the verb that ends it ("exemption is set to end").
_BEFORE_END = frozenset({"set", "to", "will", "would", "is", "has", "was", "be", "been", "now"})
#: Verbs by which an exemption (its subject) ends.
_END_VERBS = R.EXPIRE_VERBS | R.forms(
    "end|s|ed",
    "ending",
    "terminated",
    "revoked",
    "scrapped",
    "withdrawn",
    "cancel|led|ed",
    "removed",
    "runs",
    "ran",
    "run",
)


def _runs_out(t: Text, k: int) -> int:
    """The index of the verb that ends an exemption named before ``k`` ("exemption ends",
    "exemption set to expire"), else 0."""
    while t.word(k) in _BEFORE_END:
        k += 1
    if t.word(k) in ("comes", "came", "come") and t.word(k + 1) == "to":
        k += 3 if t.word(k + 2) in ("an", "its") else 2  # "comes to an end"
    if t.word(k) in _END_VERBS and (
        t.word(k) not in ("runs", "ran", "run") or t.word(k + 1) == "out"
    ):
        return k
    return 0


def _lost(t: Text, i: int) -> bool:
    """The exemption noun at ``i`` is lost by its holder ("Australia loses exemption from US
    steel tariffs", "Canada stripped of steel tariff exemption"): a lose verb a few words
    before it in its clause."""
    if t.word(i) not in R.EXEMPTION_NOUNS:
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if t.word(k) in R.CLAUSE_BREAK or t.word(k) == ",":
            return False
        if t.word(k) in R.LOSE_VERBS:
            return True
        if t.word(k) == "denied" and t.word(k - 1) not in ("has", "have", "had"):
            return True  # "Canberra denied exemption from U.S. tariffs": the passive
    return False
