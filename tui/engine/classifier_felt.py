"""A measure felt by others, no measure told (asked by
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`):

- **what a measure does to a party**: the measure, a noun, is the subject of a verb of touching,
  straining, dividing or sparing someone, or of drawing an outcry ("US steel tariffs barely touch
  Thyssenkrupp", "Trump tariffs strain global silver market", "Customs duties on scrap divide
  aluminium sector", "EU's latest Russia sanctions spare aluminium", "Steel tariffs on Canada
  draw union outcry"): the party and how it fares are the news; an act on a measure before it
  ("imposes tariffs, sparing ...") is the rules';
- **a party that feels a measure or is not ready for it**: "Many countries to feel US steel
  tariffs", "Philippines not ready for nickel ore export ban": the measure, a noun, is the
  object of feeling or of not being ready;
- **what a measure ought to achieve**: "the tariffs Mexico applies on steel imports ought to
  satisfy Washington": the measure, a noun, the subject of "ought to" or "should" and a verb
  of what it does (not "be", "rise", "stay": a change called for is the rules');
- **a trade's mood before "as"**: "Physical copper trading booms as US threatens tariffs":
  trading, traders or business, then a verb of its mood, before the clause of the measure.

Each check reads the title's own words and the finding the rules would report.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Verbs of what a measure does to a party: "touch", "strain", "divide", "spare" (not a market's
#: stir or a mood, "rattles markets", "fresh tariffs cloud export outlook": a measure told by
#: its effect, as the labelled sets and ``test_classifier_kinds_54.py`` read it).
_FELT_VERBS = R.forms(
    "touch|es|ed", "strain|s|ed", "divide|s|d", "split|s", "spare|s|d",
)  # fmt: skip
#: "draw" and what a measure draws: "draw union outcry", "drew fire".
_DRAW = frozenset({"draw", "draws", "drew", "drawing"})
_OUTCRIES = frozenset(
    {"outcry", "criticism", "ire", "fire", "protest", "protests", "condemnation", "backlash",
     "anger", "complaints", "rebuke", "scorn", "flak", "opposition"}
)  # fmt: skip
#: Words that may stand between the measure and its verb: "barely touch", "to feel".
_BETWEEN = frozenset(
    {"barely", "hardly", "scarcely", "only", "largely", "also", "still", "not", "to", "will",
     "would", "could", "may", "might", "already", "further", "deeply", "sharply"}
)  # fmt: skip
#: Feeling a measure, or not being ready for it: "to feel US tariffs", "not ready for ... ban"
#: (a government telling an industry "to be prepared for" a ban plans it).
_FEEL = R.forms("feel|s|ing", "felt")
_READY = frozenset({"ready", "prepared"})
_UNREADY = frozenset({"unready", "unprepared"})
#: "ought to", "should": what a measure is to do.
_OUGHT = frozenset({"ought", "should"})
#: Verbs after "ought to" or "should" that change or keep the measure: a call, the rules'.
_CHANGES = frozenset(
    {"be", "go", "rise", "increase", "double", "stay", "remain", "apply", "take", "start",
     "begin", "end", "expire", "fall", "come", "cover", "include", "run", "continue", "last",
     "stand", "hold"}
)  # fmt: skip
#: A trade's activity and the verbs of its mood: "trading booms", "business thrives".
_ACTIVITY = frozenset({"trading", "traders", "trade", "business", "buying", "dealers", "deals"})
_MOODS = R.forms(
    "boom|s|ed|ing", "thrive|s|d", "thriving", "flourish|es|ed|ing", "bustle|s|d", "stall|s|ed",
    "slow|s|ed", "freeze|s", "froze", "cool|s|ed",
)  # fmt: skip
_CUES = _FELT_VERBS | _DRAW | _FEEL | _READY | _UNREADY | _OUGHT | _MOODS


def felt_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline tells a measure felt by others, else None."""
    if _CUES.isdisjoint(t.lows):
        return None
    if _mood_before_as(t, best):
        return "market", "a trade's mood before the clause of a measure: market news"
    if best.verb:
        return None
    if _does_to_party(t, best):
        return "speculation", "what a measure does to a party: the party is the news"
    if _felt_by(t, best):
        return "speculation", "a party feels a measure or is ready for it: no measure told"
    if _ought_to(t, best):
        return "speculation", "what a measure ought to achieve: a view, not a measure"
    return None


def _does_to_party(t: Text, best: Finding) -> bool:
    """The measure, then (past its phrase and adverbs) a verb of what it does to a party."""
    n = len(t.toks)
    for j in range(best.measure_at + 1, min(n, best.measure_at + 9)):
        w = t.word(j)
        if w in R.CLAUSE_BREAK or w in (",", "?"):
            return False
        if w in _FELT_VERBS:
            return t.word(j + 1) != "by"  # "divided by ...": the passive, someone else acts
        if w in _DRAW:
            return any(t.word(x) in _OUTCRIES for x in range(j + 1, min(n, j + 4)))
    return False


def _felt_by(t: Text, best: Finding) -> bool:
    """ "to feel US steel and aluminium tariffs", "not ready for nickel ore export ban": feeling
    or readiness before the measure, past its modifiers, in the measure's clause."""
    for j in range(best.measure_at - 1, max(-1, best.measure_at - 8), -1):
        w = t.word(j)
        if w in R.CLAUSE_BREAK or w == ",":
            return False
        if w in _FEEL:
            return True
        if w == "for" and (
            t.word(j - 1) in _UNREADY or (t.word(j - 1) in _READY and t.word(j - 2) == "not")
        ):
            return True
    return False


def _ought_to(t: Text, best: Finding) -> bool:
    """The measure, a noun, then in its clause "ought to" or "should" and a verb of effect."""
    n = len(t.toks)
    for j in range(best.measure_at + 1, min(n, best.measure_at + 12)):
        w = t.word(j)
        if w in R.CLAUSE_BREAK or w == ",":
            return False
        if w in _OUGHT:
            verb = t.word(j + 2) if t.word(j + 1) == "to" else t.word(j + 1)
            return bool(verb) and verb not in _CHANGES and verb not in R.FUNCTION_WORDS
    return False


def _mood_before_as(t: Text, best: Finding) -> bool:
    """ "Physical copper trading booms as US threatens tariffs": an activity and its mood,
    then "as", then the measure."""
    cut = next((j for j in range(best.index - 1, -1, -1) if t.word(j) == "as"), None)
    if cut is None:
        return False
    return any(t.word(j) in _ACTIVITY and t.word(j + 1) in _MOODS for j in range(cut))
