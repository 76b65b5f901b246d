"""The rules that fire on a release or an expiry: a release verb with its object ("lifts
ban", "ends tariff exemptions", "revokes export licences", "suspends cobalt exports") and a
measure named before a verb by which it ends ("duty set to lapse", "exemption from US tariffs
expires"). Called by :func:`~tui.engine.classifier_findings.rule_at`; each returns a
:class:`~tui.engine.classifier_text.Finding`, :data:`~tui.engine.classifier_text.SKIP` or
None."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_lapses import suspension_ended
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_orders import names_agreement
from tui.engine.classifier_phrases import lifted_to_rate, scan_object
from tui.engine.classifier_site_licence import site_licence_lapses
from tui.engine.classifier_spares import EXEMPTING, freed_from_measure, measure_exempting
from tui.engine.classifier_text import SKIP, Finding, Text, base_word, flow_of, measure_of


def rule_expire(t: Text, i: int) -> Finding | None:
    """ "import surveillance for nickel products expires", "duty set to lapse": a measure (or a
    surveillance of imports) named before the verb, in its clause, comes to an end."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if t.word(k) in R.CLAUSE_BREAK:
            return None
        m = measure_of(t.word(k))
        if m is None and t.word(k) in R.SURVEILLANCE_NOUNS:
            m = ("licensing", R.IMPORT)
        if m is not None:
            if site_licence_lapses(t, i, k):  # "... lithium site after licence expires"
                return Finding("operations", "none", i, [t.toks[k].text, t.toks[i].text])
            words = [t.toks[k].text, t.toks[i].text]
            spared = exemption_before(t, k, i)
            if spared is not None:
                # "Brazil's steel exemption from US tariffs lapses": the tariff comes back
                words = [t.toks[spared].text, t.toks[i].text]
                return Finding("release-exemption", m[0], i, words, verb=True, at=spared)
            return Finding(
                "passive-release", "resuming", i, words, flow=m[1], verb=True, measure=m[0], at=k
            )
    return None


def exemption_before(t: Text, k: int, i: int) -> int | None:
    """The exemption noun of a measure at ``k`` that runs out at ``i`` ("tariff exemption
    expires", "exemption from US tariffs lapses"), or None."""
    return next(
        (x for x in range(max(0, k - 4), i) if t.word(x) in R.EXEMPTION_NOUNS and x != k), None
    )


def rule_release(t: Text, i: int, stop_verb: bool) -> Finding | None:
    """Release verb + measure ("lifts ban", "suspends export controls"); a double-edged verb
    with a flow or goods object stops it ("suspends cobalt exports")."""
    toks = t.toks
    tok = toks[i]
    if t.word(i + 1) in R.COPULA_WORDS:
        return None  # "Canadian scrap is the missing piece of ...": a noun, the copula's subject
    obj = scan_object(t, i)
    if obj is None:
        return SKIP
    kind, j = obj
    words = [tok.text, toks[j].text]
    if kind == "op":
        return Finding("operations", "none", i, words)
    if kind == "measure":
        if tok.low in R.REVOKE_VERBS and _permission_taken(t, j):
            return Finding("stop", "suspended", i, words, verb=True, confidence=0.75, at=j)
        if (back := suspension_ended(t, i, j)) is not None:
            return back  # "ends suspension of gallium export ban": the ban is back
        m = measure_noun(t, j) or measure_of(toks[j].low)
        flow, measure = (m[1], m[0]) if m else (None, None)
        if measure == "tariff" and lifted_to_rate(t, i, j):  # "lifts levies to 50%": raised
            return Finding("noun", "tariff", j, words, flow=flow, verb=True, measure=measure, at=j)
        return Finding(
            "release",
            "resuming",
            i,
            words,
            flow=flow,
            verb=True,
            confidence=0.9,
            measure=measure,
            at=j,
        )
    if kind == "exemption":  # "ends tariff exemptions": the measure comes back
        m = next(
            (
                measure_of(toks[k].low)
                for k in range(i + 1, min(len(toks), j + 3))
                if measure_of(toks[k].low) and not names_agreement(t, k)
            ),
            None,
        )
        status = m[0] if m else "tariff"
        return Finding("release-exemption", status, i, words, verb=True, confidence=0.75, at=j)
    if kind in ("flow", "goods") and tok.low in EXEMPTING:
        freed = freed_from_measure(t, j)  # "exempts copper exports from new levy"
        if freed is None:
            freed = measure_exempting(t, i)  # "reciprocal tariffs exempt copper"
        if freed is not None and (m := measure_of(toks[freed].low)) is not None:
            words = [tok.text, toks[freed].text]
            flow = flow_of(toks[j].low) or m[1]
            return Finding(
                "release", "resuming", i, words, flow=flow, verb=True, measure=m[0], at=freed
            )
    if kind == "flow" and not stop_verb and tok.low in R.RELAX_VERBS:
        # "relaxes mineral exports": more of the flow may go, a partial easing
        flow = flow_of(toks[j].low)
        return Finding("restart", "resuming", i, words, flow=flow, verb=True, confidence=0.7)
    if kind in ("flow", "goods") and stop_verb:
        flow = flow_of(toks[j].low) if kind == "flow" else None
        conf = 0.85 if kind == "flow" else 0.75
        return Finding(
            "stop",
            R.STOP_VERBS[base_word(tok.low)],
            i,
            words,
            flow=flow,
            verb=True,
            confidence=conf,
        )
    return SKIP


def _permission_taken(t: Text, j: int) -> bool:
    """The released word is a trader's permission ("revokes the licence of X", "cancels
    export permits of two miners"), not a requirement or regime ("licence requirement")."""
    if t.word(j) not in R.PERMISSION_WORDS:
        return False
    nxt = t.word(j + 1)
    return flow_of(nxt) is None and measure_of(nxt) is None and nxt not in R.REGIME_WORDS
