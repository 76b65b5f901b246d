"""A government's cut of its imports whose cause is another's measure (session 25).

"EU to cut steel imports further as Trump tariffs disrupt market", "Mexico to reduce aluminium
imports as US duties reroute supply": the title's own act is the subject's cut of its imports
(a volume: ``quota``), and the measure after "as", "after" or "amid" is only its cause. Without
this rule the cut named no measure, so the cause's tariff was read as the news and its owner
(the US) as the origin. A cut is read as a measure only when a government is its subject, it is
planned ("to cut", "will cut": a fall in imports told in the present is trade data, "China
cuts copper imports as tariffs bite") and a measure is named as its cause, or when a share
makes the cut a volume of its own (:mod:`~tui.engine.classifier_import_cuts`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_fronted import fronted_clause
from tui.engine.classifier_import_cuts import by_quota, firm_subject, planned_gerund, share_after
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: Verbs of a cut in a volume ("cut", "reduce", "slash", "trim", "lower").
_CUT_VERBS = R.REDUCE_VERBS - {"halve", "halves", "halved", "halving"}
#: Words before the verb that make the cut a plan or a decision ("EU to cut", "will reduce").
_PLANNED = frozenset({"to", "will", "would", "must"})
#: Words opening the cause ("as US tariffs divert ...", "after", "amid", "over").
_CAUSE_MARKERS = frozenset({"as", "after", "amid", "amidst", "following", "over", "since"})
#: Words that may stand between the flow and the cause ("imports further as ...").
_BETWEEN = frozenset({"further", "sharply", ","})


def caused_cut(t: Text, i: int) -> Finding | None:
    """At an import flow word ``i``: a government's planned cut of its imports caused by a
    measure named after it, or cut by a share ("by 15%"), as a ``quota`` on its imports; else
    None."""
    if flow_of(t.word(i)) != R.IMPORT:
        return None
    # the cut's verb, with at most two words (the goods) between it and the flow
    v = next(
        (
            k
            for k in (i - 1, i - 2, i - 3)
            if k >= 1 and (t.word(k) in _CUT_VERBS or planned_gerund(t, k))
        ),
        None,
    )
    if v is None:
        return None
    planned = t.word(v - 1) in _PLANNED or planned_gerund(t, v)
    if not any(t.place_at[k] is not None for k in range(v)):
        return None  # no government before the plan: "Smelters to cut ore imports as ..."
    k = i + 1
    if t.word(k) == "of":  # "to cut imports of steel further as ...": the goods after the flow
        k += 1
        while k < len(t.lows) and (t.is_metal[k] or t.word(k) in R.GOODS_WORDS):
            k += 1
    words = [t.toks[v].text, t.toks[i].text]
    share = share_after(t, k)
    if share and (planned or by_quota(t, share)) and not firm_subject(t, v):
        # "to slash steel imports by 15%", "slashes imports by 30% under new limits": a volume
        return Finding("stop", "quota", v, words, flow=R.IMPORT, verb=True, confidence=0.75)
    if not planned:
        return None
    while t.word(k) in _BETWEEN:
        k += 1
    if t.word(k) not in _CAUSE_MARKERS:
        return None
    if not any(measure_of(w) for w in t.lows[k + 1 : k + 6]):
        return None  # a cause that is no measure: "as demand slumps"
    return Finding("stop", "quota", v, words, flow=R.IMPORT, verb=True, confidence=0.75)


def fronted_cause_end(t: Text, f: Finding) -> int:
    """Where the subject of ``f``'s verb starts past a fronted clause that names a measure as
    the cause ("Fearing a flood after US duties, Brazil restricts ..."): the clause is no
    subject, its "flood" no disruption; else 0."""
    end = fronted_clause_end(t) or _conceded_end(t)
    return end + 1 if 0 < end < f.index else 0


def _conceded_end(t: Text) -> int:
    """The comma closing a fronted concession before a place ("Despite protests, Zimbabwe
    bans ..."): what is conceded is never the act's subject, its "protests" no disruption;
    else 0."""
    if t.word(0) not in ("despite", "notwithstanding"):
        return 0
    c = next((k for k, w in enumerate(t.lows) if w == ","), 0)
    return c if 0 < c < len(t.lows) - 1 and t.place_at[c + 1] is not None else 0


def fronted_clause_end(t: Text) -> int:
    """The comma (its token) that closes a fronted clause
    (:func:`~tui.engine.classifier_fronted.fronted_clause`) naming a measure, before the
    government that acts ("Fearing a flood after US duties, Brazil ...", "With US tariffs
    looming, Mexico ..."), else 0. A clause with no measure ("After floods, Peru halts ...")
    may be the act's own cause, and a text opening on a place, a metal or a measure ("Steel
    tariffs, Canada: ...") opens on its subject."""
    if not t.place_at or t.place_at[0] is not None or t.is_metal[0] or measure_of(t.word(0)):
        return 0
    fc = fronted_clause(t.text)  # its comma is the first comma token
    c = 0 if fc is None else next((k for k, tk in enumerate(t.toks) if tk.start == fc.comma), 0)
    at = t.place_at[c + 1] if 0 < c < len(t.lows) - 1 else None
    if at is None or not any(measure_of(w) for w in t.lows[1:c]):
        return 0
    # "Based on findings by the U.S. Commerce Department, Commerce issues ...": the clause
    # names the government that acts, and is no other's cause
    named = {t.places[j][0] for j in t.place_at[:c] if j is not None}
    return 0 if t.places[at][0] in named else c


#: Verbs of a purpose aimed against a measure ("to counter Trump tariffs", "to offset US
#: duties"): the measure is the cause the act answers, never the act.
_COUNTER_VERBS = frozenset(
    {"counter", "offset", "blunt", "cushion", "soften", "combat", "fight", "beat", "dodge",
     "evade", "circumvent", "sidestep", "skirt", "withstand", "mitigate", "absorb"}
)  # fmt: skip


def countered_end(t: Text, i: int) -> int:
    """At "to" (token ``i``) opening a purpose against a measure ("..., to counter Trump
    tariffs, eyes safeguard duties on China"): where the clause ends (its comma, or the end);
    else 0. Only with a measure named after the verb: "to counter dumping" names none."""
    if t.word(i) != "to" or t.word(i + 1) not in _COUNTER_VERBS:
        return 0
    end = next((k for k in range(i + 2, len(t.lows)) if t.lows[k] in (",", ";", "|")), len(t.lows))
    return end if any(measure_of(w) for w in t.lows[i + 2 : end]) else 0
