"""The rule that fires on a measure noun ("export ban", "anti-dumping duties", "cut steel
tariffs"): :func:`rule_noun` returns a :class:`~tui.engine.classifier_text.Finding` or None. A
release noun by a measure ("lifting of the ban", "tariff exemption") is read by
:mod:`tui.engine.classifier_release_nouns`."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_context import quota_near
from tui.engine.classifier_cuts import (
    cut_over_rate,
    cutting_before,
    lowered_rate,
    new_rate_words,
    reduced_after,
)
from tui.engine.classifier_free import free_flow, renewed_free
from tui.engine.classifier_head_before import talks_about
from tui.engine.classifier_interposed import approves_measure, term_reach
from tui.engine.classifier_measure_noun import measure_noun
from tui.engine.classifier_metal_moves import headed_by_market
from tui.engine.classifier_noun_phrases import adjusts_imports
from tui.engine.classifier_safeguard_prolonged import prolonged_steel_safeguard
from tui.engine.classifier_sidelines import mood_about, safeguard_verb
from tui.engine.classifier_site_licence import site_licence_noun
from tui.engine.classifier_tax_verb import taxed_object
from tui.engine.classifier_text import Finding, Text, base_word, flow_of, is_granted, measure_of


def rule_noun(t: Text, i: int) -> Finding | None:
    """A measure noun ("export ban", "anti-dumping duties"), or a known measure name."""
    toks = t.toks
    n = len(toks)
    tok = toks[i]
    if (freed := free_flow(t, i)) is not None:
        return freed  # "duty-free copper exports": the duty lifted from the flow
    if tok.low in R.OPEN_WORDS:
        if any(base_word(t.word(j)) in R.QUOTA_WORDS for j in range(i + 1, i + 4)) or (
            t.word(i - 1) in ("on", "for", "of") and t.word(i - 2) in R.QUOTA_WORDS
        ):
            return None  # "duty-free steel quotas", "quota on duty-free imports": the quota
        return renewed_free(t, i) or Finding("open", "open", i, [tok.text], confidence=0.6)
    if tok.low == "232" and t.word(i - 1) == "section":
        if t.word(i + 1) in R.NON_MEASURE_HEADS or not R.INVESTIGATION_WORDS.isdisjoint(t.lows):
            # "Section 232 investigation", "probe ... under Section 232": a case, not yet a
            # measure (tariffs named beside it are read on their own)
            return None
        return Finding("noun", "tariff", i, ["Section 232"], flow=R.IMPORT, confidence=0.7)
    if adjusts_imports(t, i):
        return Finding("noun", "tariff", i, [f"{tok.text} Imports"], flow=R.IMPORT, confidence=0.75)
    if tok.low in ("proclamation", "proclamations") and t.word(i - 1) == "presidential":
        # "New Presidential Proclamation - Steel 'Derivative Products'": the US act on imports
        return Finding("noun", "tariff", i, [tok.text], flow=R.IMPORT, confidence=0.7)
    if site_licence_noun(t, i):
        return None  # "halts mining at lithium site after licence expires": a site's leave
    m = measure_noun(t, i)
    if m is not None and _ruling_tail(t, i):
        return None  # "..., Malaysian trade ministry rules": who decided, a verb
    if m is not None and safeguard_verb(t, i):
        return None  # "pledges to safeguard steel jobs": a verb, no safeguard measure
    if m is None or (i + 1 < n and measure_noun(t, i + 1) is not None):
        return None  # "safeguard quotas", "tariff quota": the head noun comes last
    if t.word(i + 1) == "tariff-rate" and measure_of(t.word(i + 2)) is not None:
        return None  # "safeguard tariff-rate quotas": the quota is the head
    status, flow = m
    prev_m = measure_of(t.word(i - 1)) if i > 0 else None
    if (
        base_word(tok.low) in R.GENERIC_MEASURE_HEADS
        and prev_m is not None
        and prev_m[0] != status
        and base_word(t.word(i - 1)) not in R.SAFEGUARD_WORDS
    ):
        status = prev_m[0]  # "tariff restrictions", "anti-dumping measures": the kind is named
    elif base_word(tok.low) in R.GENERIC_MEASURE_HEADS and t.word(i - 1) in R.REMEDY_KINDS:
        status, flow = "tariff", R.IMPORT  # "dumping measures", "anti-subsidy measures": duties
    if base_word(tok.low) in R.SAFEGUARD_WORDS or (
        base_word(tok.low) in ("measure", "measures")
        and base_word(t.word(i - 1)) in R.SAFEGUARD_WORDS
    ):
        # a safeguard is on imports; on steel it is a tariff-rate quota
        status, flow = "tariff", R.IMPORT
        safeguard_at = i if base_word(tok.low) in R.SAFEGUARD_WORDS else i - 1
        provisional = t.word(safeguard_at - 1) == "provisional"  # a provisional duty
        if any(tk.low in R.QUOTA_SAFEGUARD_GOODS for tk in toks) and not provisional:
            status = "quota"
    elif (
        status == "tariff"
        and any(tk.low in R.QUOTA_SAFEGUARD_GOODS for tk in toks)
        and quota_near(t, i)
    ):
        status = "quota"  # "steel quotas and tariffs", "out-of-quota tariff": a tariff-rate quota
    elif status == "tariff" and prolonged_steel_safeguard(t, i):
        status = "quota"  # "keeps steel safeguard tariffs another year": the prolonged TRQ
    if (
        status == "quota"
        and flow is None
        and any(
            (m2 := measure_of(toks[j].low)) is not None and m2[0] == "tariff"
            for j in range(max(0, i - 6), min(n, i + 7))
        )
    ):
        flow = R.IMPORT  # "confirms quota halving, 50% tariffs": a tariff-rate quota, on imports
    # passive release: "ban lifted", "export controls suspended"
    after = [toks[j].low for j in range(i + 1, min(n, i + 5))]
    rel = next(
        (
            w
            for w in after
            if w in R.RELEASE_VERBS and (w.endswith("ed") or w in ("lifted", "frozen", "withdrawn"))
        ),
        None,
    )
    worried = mood_about(t, i)  # "reduced concerns over tariffs": the mood is the object
    if rel is not None and talks_about(t, i):
        return None  # "Talks on steel tariffs end after two days": the talks end
    if rel in R.REVOKE_VERBS and is_granted(tok.low):
        return None  # "Export licences revoked": the verb's rule takes trade's permission away
    if (
        rel is not None
        and not worried
        and not any(w in R.FLOW_WORDS for w in after[: after.index(rel)])
    ):
        return Finding(
            "passive-release",
            "resuming",
            i,
            [tok.text, rel],
            flow=flow,
            verb=True,
            measure=status,
            at=i,
        )
    # "extends ban", "imposes duties": an imposing verb just before makes it explicit
    verb_j = None
    # a possessive owner lengthens the phrase ("renews Freeport Indonesia's copper export permit")
    reach = 7 if any(toks[j].low.endswith(("'s", "’s")) for j in range(max(0, i - 4), i)) else 5
    # so does a metal of two words ("puts some rare earth export curbs on hold")
    reach += max(0, sum(t.is_metal[j] for j in range(max(0, i - reach), i)) - 1)
    reach += term_reach(t, i, reach + 4)  # "extended for five years the duties"
    for j in range(i - 1, max(-1, i - reach), -1):
        if worried or toks[j].low in R.CLAUSE_BREAK or toks[j].low in R.RELEASE_VERBS:
            break  # "set to lift ban": the verb nearest the measure releases it
        if toks[j].low in R.IMPOSE_VERBS and headed_by_market(t, j):
            break  # "Stocks lower, Trump's aluminium tariffs in focus": the market's move
        if (
            toks[j].low in R.EFFECT_NOUNS
            and t.word(j + 1) in ("of", "from")
            and any(toks[x].low.endswith(("'s", "’s")) for x in range(j + 2, i))
        ):
            # "miners mull impact of China's export curbs": the effect of another's measure is
            # the object ("Indonesia weighs impact of tin export ban" weighs its own)
            break
        if (toks[j].low in R.IMPOSE_VERBS or approves_measure(t, j, i)) and toks[j].low != "to":
            verb_j = j
            break
        if toks[j].low == "to" and t.word(j - 1) == "subject":
            verb_j = j - 1  # "products subject to 25 per cent tariff": the measure applies
            break
    taxed = taxed_object(t, i) if verb_j is None else None
    if taxed is not None:
        verb_j = i  # "seeks to tax lithium exports": the verb imposes the tax on its object
    words = [toks[verb_j].text, tok.text] if verb_j not in (None, i) else [tok.text]
    words += [toks[taxed].text] if taxed is not None else []
    conf = 0.8 if verb_j is not None else 0.7
    cut_j = verb_j if verb_j is not None and toks[verb_j].low in R.REDUCE_VERBS else None
    if status == "tariff" and t.word(i + 1) not in R.EXEMPTION_NOUNS:
        # "cut export tax rebates": the tax goes up; a duty lowered is released in part
        if cut_j is None:
            cut_j = cutting_before(t, i, -1 if verb_j is None else verb_j)
        if cut_j is None and verb_j is None:
            cut_j = cut_over_rate(t, i, reach)  # "cuts 15% gold import duty to 6%"
        cut_j = reduced_after(t, i) if verb_j is None and cut_j is None else cut_j
        if cut_j is not None or lowered_rate(t.text):
            # "agrees to cut UK steel tariffs", "cuts import duty to 6%", "duty on gold cut to
            # 6%", "from 84% to 37%": resuming, the new rate only in the words (classifier_cuts)
            cut = [toks[cut_j].text] if cut_j is not None and cut_j != verb_j else []
            return Finding(
                "noun",
                "resuming",
                i,
                [*words, *cut, *new_rate_words(t.text)],
                flow=flow,
                verb=cut_j is not None or verb_j is not None,
                confidence=0.75,
                measure=status,
                at=i,
            )
    if (verb_j is not None and toks[verb_j].low in _PUT_VERBS and _on_hold(t, i)) or _held_passive(
        t, i
    ):
        # "puts nickel export levy on hold for six months": the measure suspended
        return Finding(
            "noun", "resuming", i, [*words, "on hold"], flow=flow, verb=True, measure=status, at=i
        )
    if (
        verb_j is not None
        and base_word(tok.low) in R.PERMISSION_NOUNS
        and toks[verb_j].low in R.GRANT_LIKE_VERBS
    ):
        # "extends copper export permit", "renews export licences": trade may go on
        return Finding(
            "grant", "resuming", verb_j, words, flow=flow, verb=True, confidence=0.7, at=i
        )
    return Finding(
        "noun",
        status,
        i,
        words,
        flow=flow,
        verb=verb_j is not None,
        confidence=conf,
        measure=status,
        at=i,
    )


_PUT_VERBS = frozenset({"put", "puts", "putting", "place", "places", "placed", "placing"})


#: Forms of "be" between a measure and its passive participle ("curbs were put on hold").
_BE = frozenset({"is", "are", "was", "were", "been", "being", "have", "has", "be", "to"})


def _held_passive(t: Text, i: int) -> bool:
    """The measure noun at ``i`` put on hold in the passive, its participle right after it
    ("Rare earth export restrictions put on hold for one year by China", "curbs were placed on
    hold"): the measure suspended, as "puts ... on hold" reads. A change noun between ("tariff
    hike put on hold") puts the change on hold, not the measure."""
    k = i + 1
    while t.word(k) in _BE:
        k += 1
    return t.word(k) in ("put", "placed") and t.word(k + 1) == "on" and t.word(k + 2) == "hold"


def _on_hold(t: Text, i: int) -> bool:
    """ "on hold" after the measure noun at ``i`` and what it falls on, in its clause ("puts
    counter-tariffs on US steel and aluminium on hold")."""
    for k in range(i + 1, i + 10):
        if t.word(k) == "on" and t.word(k + 1) == "hold":
            return True
        if t.word(k) in _CLAUSE_ENDS:
            return False
    return False


_CLAUSE_ENDS = frozenset({",", ";", ":", "as", "after", "while", "but", "|", "-", "—", "–", ""})


def _ruling_tail(t: Text, i: int) -> bool:
    """ "rules" or "orders" closing the title after a comma and a place's body ("..., Pakistan's
    NTC rules"): the verb of who decided what comes before, not a measure noun."""
    if i != len(t.toks) - 1 or t.word(i) not in ("rules", "orders"):
        return False
    comma = next((k for k in range(i - 1, max(i - 6, 0), -1) if t.word(k) == ","), None)
    if comma is None:
        return False
    between = range(comma + 1, i)
    return any(t.place_at[k] is not None for k in between) and not any(
        flow_of(t.word(k)) in (R.EXPORT, R.IMPORT) or t.word(k) in ("new", "tighter", "stricter")
        for k in between
    )
