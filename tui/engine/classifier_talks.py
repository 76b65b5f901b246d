"""Talks about a measure: two governments discussing, negotiating or meeting over a tariff, a
ban or a quota already in force tell of the talks, not of a new measure ("Tokyo and
Washington to discuss US steel tariffs", "Japan, US hold talks on steel duties"). The labelled
sets read such headlines as no event; so are talks between governments about relief, an
exemption or a cut named as a noun ("Japan, US discuss steel tariff relief": nothing granted,
nothing planned, and no word says whose tariff). Talks about a change told by a verb ("discuss
a deal to cut steel tariffs", "in talks to cut gold import duty") keep the change's reading,
proposed, and a measure taken after talks ("suspends ban after talks with US") is the
measure."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, base_word, flow_of

#: Words of talking about something, read before the measure in its clause.
_TALK_WORDS = frozenset(
    {"discuss", "discusses", "discussed", "discussing", "discussion", "discussions", "talk",
     "talks", "negotiate", "negotiates", "negotiated", "negotiating", "negotiation",
     "negotiations", "confer", "confers", "conferred", "consultations", "dialogue",
     "dialogues", "dialog"}
)  # fmt: skip
#: Meeting words, a talk only with what the meeting is about after them ("meet over tariffs").
_MEET_WORDS = frozenset({"meet", "meets", "met", "meeting", "meetings", "call", "calls"})
_ABOUT = frozenset({"over", "on", "about", "regarding", "concerning"})
#: Words between the talk and the measure that make the talk one about a change or a plan.
_CHANGE_WORDS = (
    R.IMPOSE_VERBS
    | R.RELEASE_VERBS
    | R.RELEASE_NOUNS
    | R.CUT_NOUNS
    | R.AGREEMENT_WORDS
    | R.PLAN_ADJECTIVES
    | {"new", "fresh", "further", "additional", "more", "higher", "lower", "plan", "plans"}
)


def talks_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the measure named is only the topic of talks between governments."""
    if best.verb:
        return None
    if best.status == "resuming":
        return _relief_talks(t, best)
    for k in range(best.index - 1, -1, -1):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low in _CHANGE_WORDS or base_word(low) in R.STOP_VERBS:
            return None
        if low in ("call", "calls") and t.word(k + 1) == "for" and _trade_after(t, k):
            continue  # "calls for tripling tariffs on Chinese steel": a demand, no phone call
        if low in _TALK_WORDS or (low in _MEET_WORDS and _about_next(t, k)):
            return "speculation", "talks about a measure in force: no new measure"
    return None


def _relief_talks(t: Text, best: Finding) -> tuple[str, str] | None:
    """Two governments talking about relief, an exemption or a cut named as a noun ("Japan,
    US discuss steel tariff relief", "negotiate aluminium tariff exemption"): nobody grants or
    plans it yet, and nothing says whose measure it would ease. A change discussed as a verb
    ("discuss deal to cut") is the proposed change (:func:`talked_change`)."""
    if best.rule != "release-noun" or len({p[0] for p in t.places}) < 2:
        return None
    start = best.index if best.at is None else min(best.index, best.at)
    for k in range(start - 1, -1, -1):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low in _CHANGE_WORDS or base_word(low) in R.STOP_VERBS:
            return None
        if low in _TALK_WORDS or (low in _MEET_WORDS and _about_next(t, k)):
            return "speculation", "talks about relief from a measure: nothing granted or planned"
    return None


def _trade_after(t: Text, k: int) -> bool:
    """A place or a trade flow named after token k: a measure between countries."""
    return any(t.place_at[j] is not None or flow_of(t.word(j)) for j in range(k + 1, len(t.toks)))


def _about_next(t: Text, k: int) -> bool:
    """A meeting or a call about something ("meet over tariffs", "call to discuss", "meets US
    counterpart over duties"): what it is about within a few words."""
    if t.word(k + 1) == "to" and t.word(k + 2) in _TALK_WORDS:
        return True
    for j in range(k + 1, min(len(t.toks), k + 5)):
        if t.word(j) in _ABOUT:
            return True
        if t.word(j) in R.CLAUSE_BREAK or t.word(j) == ",":
            return False
    return False


def talked_change(t: Text, f: Finding) -> str | None:
    """The talk word before a change in its clause ("US, Mexico discuss deal to cut steel
    tariffs", "Japan and US in talks to ease steel tariffs"): the change is only discussed,
    proposed."""
    for k in range(f.index - 1, -1, -1):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low == "," or low in _AGREED:
            return None
        if low in ("call", "calls") and t.word(k + 1) == "for" and _trade_after(t, k):
            continue  # "calls for tripling tariffs on Chinese steel": a demand, no phone call
        if low in _TALK_WORDS or (low in _MEET_WORDS and _about_next(t, k)):
            return t.toks[k].text
    return None


#: Two sides that agree have decided, whatever talks came before ("hold talks, agree to cut").
_AGREED = frozenset(
    {
        "agree",
        "agrees",
        "agreed",
        "sign",
        "signs",
        "signed",
        "reach",
        "reaches",
        "reached",
        "strike",
        "strikes",
        "struck",
        "seal",
        "seals",
        "sealed",
    }
)
