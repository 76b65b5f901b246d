"""A party's view of a measure, not an act on it (session 33): kinds of news that name a
measure and report none, run with :func:`tui.engine.classifier_outlooks.outlook_veto`:

- **a mood or concern over a measure** ("Market fatigue over Trump's tariffs", "McConnell warns
  of 'big, lingering concerns' with Trump tariff plan", "Jindal Stainless awaits clarity on
  impact of Trump's fresh tariffs", "Unease with India's aluminium import duty grows"): a noun
  of mood, doubt or clarity sought, then "over", "with", "about", "on" and, within seven words
  and no break or act, the measure, a bare noun (:func:`mood_over`). A measure imposed despite
  or amid a mood is read by the rules (its verb decides);
- **what should happen to a measure** ("Freeland says axing tariffs on steel, aluminum should
  be part of CUSMA ratification", "Chile says US copper tariffs should be dropped", "Australian
  PM says US should exempt its aluminium from tariffs"): the measure, or a gerund acting on it,
  is the subject of a modal of duty ("should", "must", "ought to"), or a place named after a
  speaker's verb is the subject of a modal right before the act: a view or a call, no act
  (:func:`should_happen`). README "Trade-policy statuses": what a government must or should do
  is a call, not a measure;
- **a measure a market weighs** (a lede "Asian stock markets churned, as traders weighed US
  plans to raise tariffs on aluminum and steel"): after "as", "while" or "with", traders,
  investors or markets weigh, digest or mull the measure, with no break before it: the market's
  move is the news (:func:`weighed_by_market`). A measure acted on in the main clause is read
  first.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, acts_on_measure, measure_of

#: Nouns of a mood, a doubt or a view held about a measure: "fatigue", "jitters", "clarity".
_MOODS = frozenset(
    {"concern", "concerns", "worry", "worries", "fatigue", "jitters", "angst", "unease",
     "anxiety", "anxieties", "frustration", "frustrations", "anger", "fury", "outrage", "alarm",
     "dismay", "disquiet", "nerves", "gloom", "clarity", "clarification", "confusion", "doubt",
     "doubts", "misgivings", "qualms", "reservations", "skepticism", "scepticism", "pessimism",
     "exasperation", "resentment", "discontent", "displeasure", "grumbling", "grumbles",
     "complaints", "grievances", "irritation", "disappointment"}
)  # fmt: skip
#: Links from the mood to what it is about: "over", "with", "about".
_MOOD_LINKS = frozenset(
    {"over", "with", "about", "on", "around", "surrounding", "regarding", "at", "towards",
     "toward"}
)  # fmt: skip
#: Modals of duty: "should", "must", "ought (to)", "needs to".
_DUTY = frozenset({"should", "must", "ought", "needs", "need"})
#: Words that may stand between a modal and a passive act: "should be dropped", "must not".
#: Verbs of a market weighing news: "as traders weighed", "investors digest".
_WEIGHS = frozenset(
    {"weighed", "weigh", "weighs", "weighing", "digested", "digest", "digests", "digesting",
     "mulled", "mull", "mulls", "mulling", "assessed", "assess", "assessing", "parsed",
     "eyed", "eye", "eyeing", "pondered", "ponder", "pondering", "fretted", "priced",
     "pricing"}
)  # fmt: skip
#: Who weighs: "traders", "investors", "markets".
_MARKETS = frozenset(
    {"traders", "investors", "markets", "market", "participants", "dealers", "analysts",
     "funds", "speculators"}
)  # fmt: skip
#: Openers of the clause the market's weighing stands in: "as", "while", "with".
_SIDE_OPENERS = frozenset({"as", "while", "with"})
#: Links inside a measure's noun phrase: "tariffs on steel, aluminum", "ban on exports of ore".
_PHRASE_LINKS = frozenset({"on", "of", "for", "from", "to", "against", "into", "and", ",", "the"})
_PASSIVE = frozenset({"be", "not", "also", "now", "soon", "quickly", "immediately", "all"})


def view_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline tells a party's view of a measure, not an act on it."""
    if mood_over(t, best):
        return "speculation", "a mood or concern over a measure: no measure"
    if should_happen(t, best):
        return "speculation", "what should happen to a measure: a view, not an act"
    if weighed_by_market(t, best):
        return "market", "a measure a market weighs: the market's move is the news"
    return None


def _breaks(low: str) -> bool:
    return low in R.CLAUSE_BREAK


def mood_over(t: Text, best: Finding) -> bool:
    """A mood noun, then a link ("over", "with"), then within seven words, with no clause
    break and no act on a measure between, the measure; the reading has no verb."""
    if best.verb:
        return False
    k = best.measure_at
    lows = t.lows
    for i in range(k - 2, max(-1, k - 10), -1):
        low = lows[i]
        if _breaks(low) or acts_on_measure(low):
            return False
        if low in _MOOD_LINKS and i > 0 and lows[i - 1] in _MOODS:
            return True
    return False


def _duty_at(lows: list[str], j: int) -> bool:
    low = lows[j]
    if low not in _DUTY:
        return False
    return low in ("should", "must") or (j + 1 < len(lows) and lows[j + 1] == "to")


def should_happen(t: Text, best: Finding) -> bool:
    """A modal of duty whose subject is the measure or a gerund acting on it ("axing tariffs
    ... should be part of", "tariffs should be dropped"), or a place named after a speaker's
    verb right before the act ("says US should exempt")."""
    lows = t.lows
    k = best.measure_at
    i = best.index
    finite = best.verb and best.rule != "passive-release"  # "tariffs should be dropped"
    if finite and i <= k and not lows[i].endswith("ing"):
        return _called_by_speaker(t, best)
    for m in range(k + 1, min(k + 9, len(lows))):
        if _duty_at(lows, m):
            # the act told after the modal must be the reading's own, passive ("be dropped")
            return i < m or all(w in _PASSIVE for w in lows[m + 1 : i] if w != "to")
        if not _in_phrase(t, m):
            break  # the modal's subject is no longer the measure ("ban means firms must")
    return _called_by_speaker(t, best)


def _in_phrase(t: Text, m: int) -> bool:
    """Whether the word at ``m`` may stand in the measure's noun phrase after its noun: a
    link, a metal, a place, goods, a flow or another measure ("tariffs on steel, aluminum")."""
    low = t.lows[m]
    return (
        low in _PHRASE_LINKS
        or t.is_metal[m]
        or t.place_at[m] is not None
        or low in R.GOODS_WORDS
        or low in R.FLOW_WORDS
        or measure_of(low) is not None
    )


def _called_by_speaker(t: Text, best: Finding) -> bool:
    """ "Australian PM says US should exempt its aluminium": the act right after a modal of
    duty whose subject is a place, after a speaker's verb."""
    lows = t.lows
    i = best.index
    if not best.verb:
        return False
    j = i - 1
    while j >= 0 and lows[j] in ("not", "also", "now", "to"):
        j -= 1
    if j < 1 or not _duty_at(lows, j) or t.place_at[j - 1] is None:
        return False
    return not R.SAY_WORDS.isdisjoint(lows[: j - 1])


def weighed_by_market(t: Text, best: Finding) -> bool:
    """ "..., as traders weighed US plans to raise tariffs": back from the measure, before any
    break, a verb of weighing whose subject (the word or two before it) is a market, opened by
    "as", "while" or "with"."""
    lows = t.lows
    first = min(best.index, best.measure_at)
    for w in range(first - 1, -1, -1):
        low = lows[w]
        if low in R.CLAUSE_BREAK:
            return False
        if low not in _WEIGHS:
            continue
        for s in range(w - 1, max(-1, w - 3), -1):
            if lows[s] in _MARKETS:
                return s > 0 and lows[s - 1] in _SIDE_OPENERS
        return False
    return False
