"""Headlines that name a measure as the cause of something else, or as another party's concern
(the kinds of the false events left by leave-one-set-out in session 16).

A measure named for what it does to an economy or a flow (a forecast of its effects, a flow cut
by it, a harm faced because of it) is read by :mod:`tui.engine.classifier_forecast_effects`;
:func:`stance_veto` asks those checks with this module's. A country can take a stance on another's
measure without acting ("Japan assesses US steel tariffs", "Korea remains calm over Trump's
duties"): a reaction, not a measure of its own (:func:`stance_on_another`). Measures can be
counted across many countries or told as a spreading trend ("40 countries restrict scrap
exports", "export bans are becoming a global trend"): a survey, no one government's act
(:func:`trend_of_measures`). A mood or a verdict before a measure ("disappointed by",
"applauds") is a reaction (:func:`reaction_before`), and a licence to mine is a mining right,
not a trade licence (:func:`mining_right`). Commentary around a measure (how others fared, a
call by no government, a rule at home, a topic list, a vowed answer, a metal's move on tariffs
on other goods) is read by :mod:`tui.engine.classifier_commentary`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_asides import aside_veto
from tui.engine.classifier_caused import countered_end
from tui.engine.classifier_commentary import adjectival, commentary_veto
from tui.engine.classifier_exempted_countries import countries_exempted
from tui.engine.classifier_forecast_effects import (
    EFFECT_CUES,
    FACE_VERBS,
    FLOW_CUTS,
    FLOW_MOVES,
    economic_effect,
    faces_fallout,
    flow_cut_by_measure,
    flow_moved_after,
)
from tui.engine.classifier_text import Finding, Text

#: A stance on a measure, not an act: weighing, assessing, watching, a mood.
_STANCE_WORDS = R.forms(
    "weigh|s|ing", "assess|es|ing", "evaluate|s", "evaluating", "study|ing", "studies",
    "gauge|s", "gauging", "downplay|s|ed|ing",
    # watching another's measure ("Japan to monitor China's gallium curbs")
    "monitor|s|ing", "track|s|ing", "watch|es|ing", "examine|s", "examining",
    "scrutinise|s", "scrutinize|s", "scrutinising", "scrutinizing",
) | frozenset(
    {"stoic", "calm", "unfazed", "unmoved", "unperturbed", "concern", "concerned", "worried",
     "confident", "disappointed", "dismayed", "upbeat", "sanguine", "relaxed", "anxious"}
)  # fmt: skip
#: A count of countries, or a share of them, acting as one: "48 countries", "one in three".
_COUNTRY_WORDS = frozenset({"countries", "nations", "governments", "economies"})
_TREND_WORDS = frozenset(
    {"increasing", "growing", "spreading", "proliferating", "multiplying", "becoming", "trend"}
)
#: A mood about a measure, or a verdict on it, before it: no act of the one who feels it.
_MOOD_WORDS = frozenset(
    {"disappointed", "dismayed", "frustrated", "angered", "outraged", "applaud", "applauds",
     "applauded", "applauding", "blame", "blames", "blamed", "blaming"}
)  # fmt: skip
_REACTION_PAIRS = frozenset(
    {("calls", "out"), ("call", "out"), ("called", "out"), ("comments", "on"),
     ("comment", "on"), ("commented", "on"), ("hopes", "for"), ("hope", "for"),
     ("pledge", "support"), ("pledges", "support"), ("pledged", "support")}
)  # fmt: skip
_TARGET_PREPS = frozenset({"from", "on", "against", "into", "to", "for"})
_MINE_WORDS = frozenset({"mine", "explore", "prospect", "drill", "operate"})


#: The words without which a check of ``stance_veto`` gives no veto (see
#: :mod:`tui.engine.classifier_veto_cues`): asked only when one of them is a token.
_MOOD_CUES = _MOOD_WORDS | {first for first, _ in _REACTION_PAIRS} | {"edge"}  # reaction_before
_TREND_CUES = _COUNTRY_WORDS | _TREND_WORDS  # trend_of_measures
_STANCE_CUES = frozenset().union(
    EFFECT_CUES, FLOW_CUTS, FLOW_MOVES, FACE_VERBS, _STANCE_WORDS, _MOOD_CUES, _TREND_CUES,
    R.PERMISSION_WORDS,
)  # fmt: skip


def stance_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the title names a measure for its effects on an economy, as another
    party's concern, as a trend across countries, or a licence to mine."""
    lacks = _STANCE_CUES.intersection(t.lows).isdisjoint  # a gated check's words
    if not lacks(EFFECT_CUES) and economic_effect(t, best):
        return "speculation", "what a measure will do to prices or an industry: a forecast"
    if (not lacks(FLOW_CUTS) and flow_cut_by_measure(t, best)) or (
        not lacks(FLOW_MOVES) and flow_moved_after(t, best)
    ):
        return "speculation", "a flow or an output cut by a measure: its effect, not a measure"
    if not lacks(FACE_VERBS) and faces_fallout(t, best):
        return "speculation", "a harm or an outlook faced because of a measure: its effect"
    if not lacks(_STANCE_WORDS) and stance_on_another(t, best):
        return "company", "a country's stance on another's measure: a reaction, not a measure"
    if not lacks(_MOOD_CUES) and reaction_before(t, best):
        return "company", "a mood or a verdict on a measure (disappointed, applauds): a reaction"
    if (commentary := commentary_veto(t, best)) is not None:
        return commentary
    if not lacks(_TREND_CUES) and trend_of_measures(t, best) and not countries_exempted(t, best):
        return "speculation", "measures counted across countries or told as a trend: a survey"
    if not lacks(R.PERMISSION_WORDS) and mining_right(t, best):
        return "company", "a licence to mine: a mining right, not a trade measure"
    return aside_veto(t, best)


def stance_on_another(t: Text, best: Finding) -> bool:
    """ "India weighs Trump's steel tariffs", "Korea remains calm over US duties": the title's
    first place takes a stance (weighing, assessing, a mood) on a measure another place owns,
    named as a bare noun."""
    first = next((k for k in range(best.index) if t.place_at[k] is not None), None)
    if first is None:
        return False
    subject = t.places[t.place_at[first] or 0][0]
    owner = next(
        (
            k
            for k in range(first + 1, best.index)
            if (at := t.place_at[k]) is not None and t.places[at][0] != subject
        ),
        None,
    )
    if owner is None:
        return False
    between = range(first + 1, owner)
    if any(t.word(j) in R.CLAUSE_BREAK or 0 < countered_end(t, j) < best.index for j in between):
        return False  # "..., to offset US tariffs, plans duties on ...": the measure is its own
    if best.verb:
        # the verb must be the stance ("weighs Trump's tariffs") or the owner's ("over US
        # decision to impose tariffs"), not the subject's own act
        verb = best.words[0].lower().replace("’", "'")
        at = next((j for j in range(first + 1, best.index) if t.word(j) == verb), None)
        if at is None or (verb not in _STANCE_WORDS and at < owner):
            return False
    return any(t.word(j) in _STANCE_WORDS for j in between)


def reaction_before(t: Text, best: Finding) -> bool:
    """ "Producers disappointed by decision on safeguard", "groups applaud steel tariffs",
    "industry on edge with new tariffs", "hopes for zero tariff dashed", "blames rival for duty
    findings", "calls out unjustified tariffs": a mood or a verdict on a measure named as a bare
    noun in the same clause, before it."""
    if best.verb and not adjectival(best):
        return False
    for k in range(best.index):
        word, after = t.word(k), t.word(k + 1)
        if word in R.CLAUSE_BREAK and word not in ("as", "after"):
            return False
        if word in _MOOD_WORDS or (word, after) in _REACTION_PAIRS:
            return not any(t.word(j) in R.CLAUSE_BREAK for j in range(k + 1, best.index))
        if word == "on" and after == "edge":
            return True
    return False


def trend_of_measures(t: Text, best: Finding) -> bool:
    """ "48 countries have restricted scrap exports", "one in every three countries limits
    exports", "export bans are becoming a global trend", "export restrictions are increasing":
    measures counted across countries or told as spreading, no one government named."""
    lows = t.lows
    if any(t.place_at[k] is not None for k in range(len(lows))):
        return False
    if any(w in _COUNTRY_WORDS for w in lows):
        k = next(i for i, w in enumerate(lows) if w in _COUNTRY_WORDS)
        before = lows[max(0, k - 4) : k]
        if any(w in _TARGET_PREPS for w in before):
            return False  # "duty on sheets from 3 nations": the countries are its target
        if any(w.isdigit() or w in ("many", "several", "more", "dozens", "every") for w in before):
            return True
    after = lows[best.index + 1 :]
    return any(w in _TREND_WORDS for w in after) and (
        "are" in after or "is" in after or "trend" in after
    )


def mining_right(t: Text, best: Finding) -> bool:
    """ "grants firm licence to mine rare earths": a licence or permit to mine or explore."""
    return any(
        w in R.PERMISSION_WORDS and t.word(k + 1) == "to" and t.word(k + 2) in _MINE_WORDS
        for k, w in enumerate(t.lows)
    )
