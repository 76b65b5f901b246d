"""Comments on a measure that read like one (the kinds of the fifteenth set's misses).

A measure named in a text that reports none: measures in force judged by what they "must" or
"should" do (:func:`judged`), an industry fearing their effects (:func:`feared`), a body
backing a government's step (:func:`backs_a_step`), a verdict attributed to an industry in the
title's tail (:func:`attributed_verdict`), a lede whose measure is only the cause of a price
move (:func:`market_cause`). And two readings that keep a measure: a system named and then
brought in by a participle (:func:`brought_in`), a modal on what a measure in force could do
to supply (:func:`effect_modal`), a denial in a later clause of a text that reports a measure
first (:func:`later_denial`). The words are in :mod:`tui.engine.classifier_rules`.
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_findings import rule_at
from tui.engine.classifier_plan_owner import acted_on_plan
from tui.engine.classifier_text import SKIP, Finding, Reading, Text, base_word, measure_of

_NEED_TO = frozenset({"need", "needs"})


def judged(t: Text, best: Finding) -> bool:
    """ "Steel duties should ease EU concerns, official says", "tariffs, traceability rules must
    calm US worries": measures named as the subject of "must" / "should" are judged, a comment
    (the modal before the measure, "exports must have permits", is the measure)."""
    if best.verb:
        return False
    for k in range(best.index + 1, min(len(t.toks), best.index + 5)):
        word = t.word(k)
        if word in R.JUDGEMENT_MODALS or (word in _NEED_TO and t.word(k + 1) == "to"):
            return True
        if not (_in_the_subject(word) or _in_the_subject(t.word(k + 1))):
            return False  # "ban means firms must refine": another verb, another subject
    return False


def _in_the_subject(word: str) -> bool:
    """A word of a list of measures ("tariffs, traceability requirements"): a joiner or a
    measure noun (a word before one is its modifier)."""
    return word in (",", "and", "&") or word in R.GENERIC_MEASURE_HEADS or bool(measure_of(word))


def feared(t: Text, best: Finding) -> bool:
    """ "Industry fears job losses from US tariffs", "miners brace for layoffs over curbs",
    "workers fear job cuts due to quotas": a measure's effects feared in the same clause, a
    reaction ("X, fearing tariffs, imposes ..." has a comma between)."""
    for k in range(best.index):
        if base_word(t.word(k)) not in R.FEAR_VERBS and t.word(k) not in R.FEAR_VERBS:
            continue
        return not any(
            t.word(j) in R.CLAUSE_BREAK or t.word(j) == "," for j in range(k + 1, best.index)
        )
    return False


def backs_a_step(t: Text, best: Finding) -> bool:
    """ "Institute supports govt's step towards export tax", "body endorses Jakarta's move to
    curb exports": backing (or welcoming) another's step leaves the step theirs, a reaction."""
    for k in range(best.index):
        if t.word(k) not in R.BACKING_VERBS and t.word(k) not in R.REACTION_VERBS:
            continue
        for j in range(k + 1, min(best.index, k + 4)):
            word = t.word(j)
            if not word.endswith("'s"):
                continue
            if word[:-2] in R.GOVERNMENT_WORDS or t.place_at[j] is not None:
                return True
    return False


def attributed_verdict(t: Text, best: Finding) -> bool:
    """ "Planned import quotas too lax, smelters say", "export curbs not strict enough, miners
    argue", "proposed duty smaller than hoped, mills say": a verdict on a measure named as a noun (its adjective "planned" or "proposed" may
    have been read as its verb), attributed after a comma to an industry."""
    if best.verb and (not best.words or best.words[0].lower() not in R.PLAN_ADJECTIVES):
        return False
    m = R.VERDICT_RE.search(t.text, t.toks[best.index].end)
    if m is None:
        return False
    # the attribution is the title's last part ("smaller than hoped, but 'a start', mills say")
    last = t.text.rfind(",")
    tail = [tk.low for tk in t.toks if tk.start > last]
    if not 1 < len(tail) <= 4 or not any(w in R.ATTRIBUTION_VERBS for w in tail):
        return False
    return any(
        w in R.INDUSTRY_SPEAKERS or w in R.INDUSTRY_BODY_WORDS or base_word(w) in R.COMPANY_WORDS
        for w in tail
    )


#: Nouns of a verdict set after a measure named with a comma ("..., a concern", "..., a
#: headache for smelters").
_VERDICT_NOUNS = frozenset(
    {"concern", "worry", "problem", "headache", "challenge", "risk", "threat", "burden",
     "issue", "drag", "hurdle", "mistake", "misstep", "nuisance", "pain"}
)  # fmt: skip


def verdict_tail(t: Text, best: Finding) -> bool:
    """ "Inverted duty structure in aluminium, a concern", "High import duty on gold, a worry for
    jewellers": a measure named as a noun, no act, and a verdict noun after the title's last
    comma: a view of the measure, no news of one."""
    if best.verb:
        return False
    last = t.text.rfind(",")
    if last < t.toks[best.index].end:
        return False
    tail = [tk.low for tk in t.toks if tk.start > last]
    return len(tail) >= 2 and tail[0] in ("a", "an", "the") and tail[1] in _VERDICT_NOUNS


def brought_in(t: Text, best: Finding) -> bool:
    """ "Import Monitoring System Launched", "... system rolled out": the system named, then a
    participle that brings it in (a few words after it, in the same clause)."""
    for k in range(best.index + 1, min(len(t.toks), best.index + 4)):
        if t.word(k) in R.CLAUSE_BREAK or t.word(k) == ",":
            return False
        if t.word(k) in R.LAUNCH_PARTICIPLES:
            return True
    return False


def watch_verb(t: Text, i: int) -> bool:
    """The monitoring noun at ``i`` was joined from a verb and its flow ("to monitor imports",
    "begins monitoring imports"; a title's head "Monitoring imports" may name a topic)."""
    first = t.toks[i].text.split()[0].lower()
    return first in ("monitor", "monitors", "track", "tracks") or (
        first in ("monitoring", "tracking") and i > 0
    )


def market_cause(sub: Reading, st: Text) -> bool:
    """ "Premium to retreat after tariffs removed": under a title naming no measure, a lede
    whose measure stands only in the background clause of a price move tells the move."""
    f, background = sub.finding, sub.background
    if f is None or background is None or not background[f.index]:
        return False
    market = R.MARKET_RE.search(st.text)
    return market is not None and market.end() <= st.toks[f.index].start


def effect_modal(t: Text, f: Finding, m: re.Match[str], lede: str, offset: int = 0) -> bool:
    """ "Export ban could squeeze supply" whose lede says "yesterday's ban, which took effect":
    the modal after the measure speaks of what the measure in force could do, not of a plan
    ("ban could be brought forward", "could soon start" keep the measure uncertain); ``m``
    was matched in a slice of the text that starts at ``offset``."""
    word = m.group(0).lower()
    if acted_on_plan(t, m, offset):
        return True  # "doubles its planned tariff": the plan is taken (classifier_plan_owner)
    if word not in R.EFFECT_MODALS or offset + m.start() < t.toks[f.index].end:
        return False
    if R.IN_FORCE_LEDE_RE.search(lede) is None:
        return False
    k = next((j for j, tk in enumerate(t.toks) if tk.start >= offset + m.end()), None)
    return k is not None and t.word(k) not in R.MODAL_PLAN_WORDS


def effect_of(t: Text, f: Finding, found: list[Finding]) -> bool:
    """ "Export ban may tighten battery supply": a verb after an effect modal whose subject is
    another finding's measure noun says what that measure could do, it is no measure."""
    if not f.verb or not f.words:
        return False
    head = f.words[0].lower()
    v = next((k for k in range(f.index, -1, -1) if t.word(k) == head), -1)
    if v < 2 or t.word(v - 1) not in R.EFFECT_MODALS:
        return False
    return any(g is not f and g.rule == "noun" and not g.verb and g.index == v - 2 for g in found)


def later_denial(t: Text, denial: re.Match[str], words: list[int]) -> bool:
    """ "Tokyo tripled duties on copper imports, while urging partners to negotiate to avoid
    wider levies": a denial after a comma (or a semicolon: "bans cobalt exports; copper
    unaffected"), once a verb has told a measure before the comma,
    denies another measure (``words``: the tokens a rule may fire on); so does one when the
    text says a measure is not ruled out."""
    if R.NOT_RULED_OUT_RE.search(t.text) is not None:
        return True
    comma = max(t.text.rfind(",", 0, denial.start()), t.text.rfind(";", 0, denial.start()))
    if comma <= 0:
        return False
    for i in words:
        if t.toks[i].end > comma:
            break
        found = rule_at(t, i)
        if found is not None and found is not SKIP and found.verb and found.rule != "operations":
            return True
    return False
