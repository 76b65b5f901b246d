"""A measure named for its effects or explained, not reported (the kinds of the seventeenth
set's misses).

A title can name a measure in force as the subject of what it does to others: "export ban
sparks crackdown" whose lede says the ban came a month before (:func:`effect_of_measure`;
without such a lede the framing hides nothing: "export controls trigger a surge" is the
event), "safeguard duties are curbing demand for imports"; name it as the topic of a guide or of its
implications ("Import duties on copper in Kenya: a complete guide", "export rules: what they
mean for battery makers"), explain it as "a result of" or "a response to" something, or tell
that someone promised nothing about it ("no guarantees on tariff relief"); all in
:func:`effect_veto`. A country spared by another's investigation is no measure either
(:func:`spared_from_investigation`). And one form: imports of a stated tonnage allowed at a
lower or concessional duty are a tariff-rate quota (:func:`concessional_quota`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_effect_first import in_effect_before
from tui.engine.classifier_spans import first_overlaps
from tui.engine.classifier_text import Finding, Text, base_word, flow_of, measure_of

#: What a measure does to others when it stands right before one of these: its effects.
_EFFECT_VERBS = frozenset(
    {
        "spark", "sparks", "sparked", "sparking", "trigger", "triggers", "triggered",
        "triggering", "threaten", "threatens", "threatened", "threatening", "bite", "bites",
        "biting", "hurt", "hurts", "hurting", "fuel", "fuels", "fueled", "fuelled", "fueling",
        "spur", "spurs", "spurred", "prompt", "prompts", "prompted", "dent", "dents", "dented",
        "disrupt", "disrupts", "disrupted", "squeeze", "squeezes", "squeezed", "rattle",
        "rattles", "rattled", "roil", "roils", "roiled", "upend", "upends", "upended", "cripple",
        "cripples", "crippled", "stifle", "stifles", "stifled",
        "pushes", "pushed", "cost", "costs", "reshape", "reshapes",
        "reshaped", "redraw", "redraws", "cause", "causes", "caused",
    }
)  # fmt: skip
#: Verbs a measure "is doing" to a market (its subject a measure): "duties are curbing demand".
_DOING_VERBS = frozenset(
    {"curbing", "curb", "curbs", "curbed", "limiting", "limits", "limited", "hitting", "hits",
     "hit", "weighing", "weighs", "choking", "chokes", "slowing", "slows", "dampening",
     "dampens", "damping", "eroding", "erodes", "reducing", "reduces", "cutting", "cuts"}
)  # fmt: skip
_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "already", "now"})
#: "hit" with nothing after it, or a clause break: "as Trump's tariffs hit" (its effects).
_BARE_HIT = frozenset({"hit", "hits"})
_BARE_END_RE = lazy(r"\s*(?:$|[,;:(\[—–|-])")
_STOPS = frozenset({",", ";", ":", "—", "–", "|", "as", "after", "while", "but"})

_GUIDE_RE = lazy(
    r"\b(?:a|an|the|your|our|complete|ultimate|quick|practical|essential|definitive|\d{4})\s+"
    r"(?:(?:comprehensive|complete|full|practical|quick|short|simple|step-by-step)\s+)?"
    r"(?:guide|primer|explainer|handbook|checklist|overview)\b"
    r"|:\s*(?:a\s+)?(?:guide|primer|explainer|overview|implications|consequences|impacts?|"
    r"effects?|lessons|winners|losers|what\s+next|explained)\b"
    r"|\bwhat\s+(?:it|they|this|that|these|those|the\s+\w+)\s+means?\s+for\b"
    r"|\b(?:implications|consequences)\s+for\b",
    re.IGNORECASE,
)
_RESULT_RE = lazy(
    r"\b(?:as\s+)?an?\s+(?:result|response|reaction|consequence|answer|product|symptom)\s+"
    r"(?:of|to)\b",
    re.IGNORECASE,
)
#: A comparison with a measure ("bigger worries than US tariffs"), not a compound adjective
#: ("higher-than-expected") nor an amount ("more than 800 products"): with no act told, comment
#: on the measure. A measure compared with something else ("quotas softer than industry asked")
#: is still reported; nor the trade-remedy term "sales at less than fair value" (dumping).
_COMPARED_RE = lazy(
    r"\b(?:\w+er|more|less|fewer|worse)\s+(?:[\w'’]+\s+){0,2}?than\s(?![-\d$€£])"
    r"(?!fair\s+value)",
    re.IGNORECASE,
    fold=True,
)
_NO_PROMISE_RE = lazy(
    r"\bno\s+(?:promises?|guarantees?|commitments?|assurances?|pledges?|word)\b"
    r"|\b(?:declines?|declined|refuses?|refused|won'?t|will\s+not)\s+(?:to\s+)?"
    r"(?:say|commit|promise|guarantee|rule\s+(?:on|whether))\b",
    re.IGNORECASE,
    fold=True,
)
#: A lede placing the title's measure before the news: "A month after banning raw lithium
#: exports", "a ban imposed last year", "since the ban".
_EARLIER_RE = lazy(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:after|since)\b"
    r"|\b(?:imposed|introduced|ordered|announced|enacted|decreed)\s+(?:by\s+\S+(?:\s+\S+){0,3}\s+)?"
    r"(?:last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|in\s+(?:19|20)\d\d)\b"
    r"|\bsince\s+(?:the|its|a)\s+(?:\S+\s+){0,3}?(?:ban|halt|curbs?|tariffs?|duties|controls)\b",
    re.IGNORECASE,
)
_PLAN_WORDS = frozenset({"plan", "plans", "proposal", "proposals", "proposed", "planned", "draft"})
_SPARED_WORDS = frozenset({"exempt", "exempted", "excluded", "spared", "left"})
_INVESTIGATION_RE = lazy(r"\b(?:investigation|probe|inquiry|proceedings?)\b", re.I)
_CONCESSIONAL_RE = lazy(
    r"\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:tonnes|tons|metric\s+tons|mt|kg|kilograms)\b"
    r".*?\bat\s+(?:a\s+|the\s+)?(?:lower|reduced|concessional|preferential|zero|nil|cheaper|"
    r"discounted)\s+(?:import\s+)?(?:dut(?:y|ies)|tariffs?|rates?|levy)\b",
    re.IGNORECASE,
)


def effect_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title names a measure for its effects, explains it or tells that
    nothing was promised about it."""
    if best.verb and _ongoing_effect(t, best):
        return "speculation", "measures 'are curbing' a market: their ongoing effects"
    guide = None if best.verb else _GUIDE_RE.search(t.text)
    if guide is not None and not in_effect_before(t, best, guide.start()):
        # a title telling the act ("to ban exports from June: an explainer") reports it; so does
        # one telling it take effect ("tariffs ... take effect: Impact on India")
        return "speculation", "a guide to a measure, or its implications: an explainer"
    if not best.verb and _RESULT_RE.search(t.text) is not None:
        return "speculation", "a measure explained as a result of something: comment"
    if _NO_PROMISE_RE.search(t.text) is not None:
        return "company", "nothing promised about a measure: no measure"
    if _REVIEW_OPENED_RE.search(t.text) is not None:
        return "speculation", "a review of a measure opened: no measure yet"
    if not best.verb and _industry_waits(t, best):
        return "company", "an industry waiting for permits or approvals: no measure"
    compared = _COMPARED_RE.search(t.text)
    if not best.verb and compared is not None and compared.end() <= t.toks[best.index].start:
        return "speculation", "a measure compared with ('bigger worries than'): comment on it"
    return None


#: A review opened of a measure ("launches review of steel tariff structure", "embarks on the
#: aluminium duty review"): as an investigation opened, no measure yet.
_REVIEW_OPENED_RE = lazy(
    r"\b(?:launch(?:es|ed)?|embark(?:s|ed)?\s+on|begin(?:s)?|began|start(?:s|ed)?|open(?:s|ed)?"
    r"|initiat(?:es?|ed)|kick(?:s|ed)?\s+off)\s+"
    r"(?:(?!(?:after|following|before|and|with|amid|as)\b)[\w'’-]+\s+){0,6}?reviews?\b",
    re.IGNORECASE,
    fold=True,
)
_WAIT_VERBS = frozenset({"await", "awaits", "awaiting", "wait", "waits", "waiting"})


#: A measure starting, right after its noun ("quota system starts", "export quotas take
#: effect", "the levy kicks in", "quota regime comes into force").
_STARTS_RE = lazy(
    r"\s+(?:(?:system|regime|scheme|rules?|mechanism|programme|program)\s+)?(?:(?:now|officially|"
    r"formally)\s+)?(?:starts?|started|begins?|began|kicks?\s+in|kicked\s+in|takes?\s+effect|"
    r"took\s+effect|(?:comes?|came|goes|went|enters?|entered)\s+into\s+(?:force|effect))\b",
    re.IGNORECASE,
)


def measure_beside_wait(t: Text, found: list[Finding], best: Finding) -> Finding:
    """ "Cobalt exporters awaiting permits as Congo quota system starts": someone waits in one
    clause, a measure starts in another; the measure starting is the news (an industry's wait
    with no measure starting stays vetoed by :func:`effect_veto`)."""
    if best.verb or not any(t.word(k) in _WAIT_VERBS for k in range(best.index)):
        return best
    return next((f for f in found if f.index > best.index and starts(t, f)), best)


def starts(t: Text, f: Finding) -> bool:
    """The measure noun of the finding is said to start right after it."""
    return _STARTS_RE.match(t.text, t.toks[f.index].end) is not None


def _industry_waits(t: Text, best: Finding) -> bool:
    """ "Cobalt producers still await export approvals", "copper miners waiting for export
    permits": the industry waits on what a measure grants; the news is the wait, not a measure
    (the measure, if new, is another headline's)."""
    wait = next((k for k in range(best.index) if t.word(k) in _WAIT_VERBS), None)
    if wait is None or starts(t, best):
        return False
    return any(t.word(k) in R.INDUSTRY_SPEAKERS for k in range(max(0, wait - 3), wait))


def effect_of_measure(t: Text, best: Finding | None, lede: str) -> bool:
    """ "Export ban sparks crackdown", "ore ban threatens jobs" whose lede places the measure
    before the news ("a month after banning", "a ban imposed last year"): the title tells the
    effects of a measure in force, not the measure. A new measure in that framing ("China's
    export controls trigger a surge in gallium prices") stays the event, as market framing
    never hides a measure."""
    if best is None or best.verb or _EARLIER_RE.search(lede) is None:
        return False
    for k in range(best.index + 1, min(len(t.toks), best.index + 6)):
        word = t.word(k)  # "ban on raw ore exports threatens": past the noun's modifiers
        if word in _EFFECT_VERBS:
            return True
        if word in _BARE_HIT:  # nothing after it but punctuation or an aside
            return _BARE_END_RE.match(t.text, t.toks[k].end) is not None
        if word in _STOPS:
            return False
    return False


def _ongoing_effect(t: Text, best: Finding) -> bool:
    """ "Safeguard duties are curbing demand for imported steel": a verb of limiting in the
    progressive whose subject is a measure tells what measures in force are doing (a country
    that "curbs exports" acts)."""
    if t.word(best.index) not in _DOING_VERBS or not t.word(best.index).endswith("ing"):
        return False
    k = best.index - 1
    if t.word(k) not in _AUX:
        return False
    while k >= 0 and t.word(k) in _AUX:
        k -= 1
    return k >= 0 and t.place_at[k] is None and measure_of(t.word(k)) is not None


def spared_from_investigation(t: Text, best: Finding | None, lede: str) -> bool:
    """ "X officially exempt from antidumping measures on steel" whose lede says it was left
    out of the investigation: another's case spares it, no measure of its own."""
    if best is None or t.word(best.index) not in _SPARED_WORDS:
        return False
    return _INVESTIGATION_RE.search(lede) is not None


def concessional_quota(text: str) -> bool:
    """ "to import 140 tonnes of gold at lower duty": a stated tonnage let in at a lower or
    concessional duty is a tariff-rate quota."""
    return _CONCESSIONAL_RE.search(text) is not None


_FOR_A_TIME_RE = lazy(
    r"\bfor\s+(?:a|an|one|two|three|six|nine|twelve|\d+)\s+(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_SHELVE = frozenset({"shelve", "shelves", "shelved", "shelving"})


#: A measure told as in force ("existing duties", "levy already in force", "in place since").
_IN_FORCE_RE = lazy(
    r"\b(?:existing|current|(?:already\s+)?in\s+(?:force|place|effect))\b", re.IGNORECASE
)


def deferred(t: Text, best: Finding) -> bool:
    """A release by a verb that puts a measure off ("postpones export restrictions", "shelves
    proposed ban"): nothing changes, no event; unless measures are shelved for a stated time,
    or the measure put off is told as in force ("postpones collection of existing duties",
    "shelves gold export levy in force since January"): a measure in force delayed is
    suspended (``resuming``)."""
    if best.rule not in ("release", "passive-release"):
        return False
    if not any(w.lower() in R.DEFER_VERBS for w in best.words):
        return False
    return not shelved_for_a_time(t, best) and _IN_FORCE_RE.search(t.text) is None


#: A change to a measure named after its noun ("tariff hike", "duty increase", "ban plan").
_CHANGE_NOUNS = frozenset(
    {"hike", "hikes", "increase", "increases", "rise", "rises", "raise", "plan", "plans",
     "proposal", "proposals", "overhaul", "expansion", "extension", "revision", "changes"}
)  # fmt: skip


def held_change(t: Text, best: Finding) -> bool:
    """ "Saudi customs puts steel tariff hike on hold", "puts planned duty rise on hold": a
    change to a measure put on hold, the change noun right after the measure's and "on hold"
    within five words, not the measure itself ("puts tariffs on Chinese steel on hold" pauses
    them): nothing changes."""
    k = next(
        (k for k in (best.measure_at + 1, best.measure_at + 2) if t.word(k) in _CHANGE_NOUNS), None
    )
    if k is None:
        return False
    return any(t.word(m) == "on" and t.word(m + 1) == "hold" for m in range(k + 1, k + 6))


def shelved_for_a_time(t: Text, best: Finding) -> bool:
    """ "shelves October rare earth export rules for 12 months": measures shelved for a stated
    time are suspended (``resuming``), as "pauses" them; a plan shelved ("shelves plan to ban",
    "shelves proposed ban") or a start put off ("postpones", "delays") changes nothing."""
    if not any(w.lower() in _SHELVE for w in best.words):
        return False
    if any(w in _PLAN_WORDS for w in t.lows):
        return False
    return _FOR_A_TIME_RE.search(t.text) is not None


#: Verbs that keep a measure in place beside a release ("drops counter-tariffs but keeps levies
#: on steel").
_KEEP_VERBS = frozenset(
    {"keep", "keeps", "keeping", "retain", "retains", "retaining", "maintain", "maintains"}
    | {"maintaining", "leave", "leaves", "leaving", "spare", "spares", "sparing"}
)


def kept_for_the_metals(t: Text, best: Finding) -> bool:
    """A release whose metals are named only after a verb that keeps a measure ("to drop
    many counter-tariffs on US goods but keep levies on steel, aluminum"): the measure on them
    stays; nothing changes for the metals watched."""
    if best.status != "resuming":
        return False
    keep = next(
        (k for k in range(best.index + 1, len(t.toks)) if t.toks[k].low in _KEEP_VERBS), None
    )
    if keep is None or not any(t.is_metal[keep + 1 :]):
        return False
    if flow_of(t.word(keep + 1)) is not None:
        return False  # "lets miners keep exporting copper": the flow goes on, no measure kept
    return not any(t.is_metal[:keep])


def kept_metals(t: Text, best: Finding, source: Text) -> set[str]:
    """The metals a release names only in the clause that keeps a measure on them ("drops
    steel tariffs but keeps aluminium levies", "keeps nickel duties, scraps cobalt levy"):
    their measure stays, so the release is not theirs. Empty unless the title is the text read
    and the release names metals of its own outside the kept clause."""
    if source is not t or best.status != "resuming":
        return set()
    keep = next((k for k, tk in enumerate(t.toks) if tk.low in _KEEP_VERBS), None)
    if keep is None or keep == best.index:
        return set()
    # the kept clause runs from the keep verb to the release verb, or to the end
    end = best.index if keep < best.index else len(t.toks)
    kept: set[str] = set()
    released: set[str] = set()
    for ti, si in first_overlaps(t.toks, t.metal_spans):
        (kept if keep < ti < end else released).add(t.metal_spans[si][0])
    return kept - released if released - kept else set()


_DRAFTS = frozenset({"bill", "bills", "draft", "legislation", "proposal", "proposals"})
_STRIKE = frozenset({"strip", "strips", "stripped", "remove", "removes", "removed", "delete"})


def struck_from_draft(t: Text, best: Finding) -> bool:
    """ "drop ore export ban from mining bill", "strips nickel ore export ban from bill": a
    measure taken out of a draft is a plan dropped, nothing in force changes."""
    at = best.measure_at
    if t.word(at + 1) != "from" or not any(t.word(k) in _DRAFTS for k in range(at + 2, at + 6)):
        return False
    verbs = (t.toks[k].low for k in range(at))
    return any(base_word(w) in R.DROP_VERBS or w in _STRIKE or w == "deletes" for w in verbs)
