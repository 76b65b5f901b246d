"""Headlines about a measure that report none, or report it in another's words.

A reaction to a measure is no measure: criticism ("slams"), a vowed response or a body's
response, a welcome, lawmakers' threats and pushes, requests for its coverage, a step of its
trade-remedy case (a deadline, a determination, an expiry review), a flow restarting through a
route, a measure and "its potential impact" as a topic (:func:`reaction_veto`, for
:func:`tui.engine.classifier_vetoes.find_veto`); a title that reacts, or is market news naming no
measure, leaves its lede's measure a topic (:mod:`tui.engine.classifier_title_reacts`). Last, the
kinds of :mod:`tui.engine.classifier_stances` (a measure's forecast effects, a stance or a mood on
it, a survey, a topic list, a vowed answer, a metal's move on tariffs on other goods). The words are in :mod:`tui.engine.classifier_rules`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_comments import (
    attributed_verdict,
    backs_a_step,
    brought_in,
    feared,
    judged,
    verdict_tail,
    watch_verb,
)
from tui.engine.classifier_described import role_in_measure
from tui.engine.classifier_effects import effect_veto
from tui.engine.classifier_frames import takes_effect
from tui.engine.classifier_listed import issued_beside
from tui.engine.classifier_measure_phrase import phrase_end
from tui.engine.classifier_notices import notice_veto
from tui.engine.classifier_stances import stance_veto
from tui.engine.classifier_text import Finding, Text, base_word
from tui.engine.classifier_veto_cues import CRITICS, PROCEDURE, REACTION_CUES


def _criticised(t: Text, best: Finding) -> bool:
    """ "Brazil slams Argentine duties", "hits out at Peruvian levy": criticism of a measure
    named only as a noun."""
    if best.verb:
        return False
    return any(
        (t.word(k) in R.CRITICISM_VERBS and not _struck_by(t, k, best))
        or (t.word(k), t.word(k + 1)) in R.CRITICISM_PAIRS
        for k in range(best.index)
    )


def _struck_by(t: Text, k: int, best: Finding) -> bool:
    """ "Canada's US aluminium exports slammed by tariffs": the verb in the passive, the
    measure itself its agent a few words on, tells harm done by the measure, not criticism."""
    return t.word(k + 1) == "by" and k + 2 <= best.index <= k + 5


def _a_response(t: Text, best: Finding) -> bool:
    """ "vows firm response to X's plan", "federation's response to the decision on duties",
    "to ready response plan for X's tariffs": a response promised or being prepared, or given by
    a body that is no country, names no measure of its own (the measure it answers, "X's plan
    to tax imports", may be told by a verb)."""
    for k in range(best.index):
        if t.word(k) not in R.RESPONSE_NOUNS or t.word(k + 1) not in R.RESPONSE_TAILS:
            continue
        if any(t.word(j) in R.CLAUSE_BREAK for j in range(k, best.index)):
            return False
        if k == 1 and t.word(0) == "in" and "," in t.lows[k : best.index]:
            return False  # "In response to US tariffs, Turkey raises duties": its own measure
        before = range(max(0, k - 4), k)
        if any(t.word(j) in R.VOW_VERBS or t.word(j) in R.PREPARE_VERBS for j in before):
            return True
        if t.word(k + 1) != "to":
            continue
        if all(t.place_at[j] is None for j in range(k)) and not takes_effect(t, best):
            return True  # "Mixed reactions to new safeguards coming into effect" reports it
    return False


def _market_reacts(t: Text, best: Finding) -> bool:
    """ "Treasury yields steady in muted reaction to Trump's new tariff plans": the reaction's
    subject is a market's move (market words before it), not a body; market news, whose cause
    a government's new measure may be (``classifier_owned``)."""
    k = next((k for k in range(best.index) if t.word(k) in R.RESPONSE_NOUNS), None)
    return k is not None and R.MARKET_RE.search(t.text[: t.toks[k].start]) is not None


def _lawmakers_call(t: Text, best: Finding) -> bool:
    """ "Lawmakers threaten to reinstate duties", "Senators push to reimpose tariffs"."""
    return any(
        t.word(k) in R.LEGISLATORS and any(t.word(j) in R.CALL_VERBS for j in range(k + 1, k + 4))
        for k in range(best.index)
    )


#: Participles that schedule a case's step ("reviews set for ...", "hearing scheduled on ...").
_SCHEDULED = frozenset({"set", "scheduled", "slated", "planned"})


def _procedure_step(t: Text, best: Finding) -> bool:
    """ "extends deadline for final determination on ... duties", "launches expiry review of
    duties on ...": the measure is what a step of its case is about."""
    verb_at = -1
    if best.verb and best.words:
        head = best.words[0].lower()
        verb_at = next((k for k in range(best.index, -1, -1) if t.word(k) == head), -1)
        if head in _SCHEDULED and verb_at > 0:
            verb_at -= 2  # "reviews set for duties on ...": the verb schedules the step
    for p in range(verb_at + 1, best.index):
        word = t.word(p)
        review = word in ("review", "reviews") and t.word(p - 1) in R.CASE_QUALIFIERS
        # the step scheduled before its preposition ("five-year reviews set for duties on")
        prep = p + 2 if t.word(p + 1) in _SCHEDULED else p + 1
        if (word in R.PROCEDURE_NOUNS or review) and t.word(prep) in R.PROCEDURE_PREPS:
            if issued_beside(t, p, best.index):
                return False
            return not any(t.word(j) in R.CLAUSE_BREAK for j in range(p, best.index))
    return False


def _remedy_review(t: Text, best: Finding) -> bool:
    """ "to review anti-dumping measures on Chinese steel", "to re-examine countervailing
    duties": trade-remedy measures in force looked at again, a step of their case (a plain
    "review of tariffs" weighs a change: proposed)."""
    at = best.index
    if not ({t.word(at), t.word(at - 1)} & R.TRADE_REMEDY_WORDS):
        return False
    return _within_clause(t, range(at - 1, -1, -1), R.REMEDY_REVIEW_VERBS)


def _court_decision(t: Text, best: Finding) -> bool:
    """ "Notice of Court Decision Not in Harmony With the Results of Antidumping ... Review": a
    court's decision named on a trade-remedy case is a step of the case ("Egypt court suspends
    safeguard measures", a court acting, is a release)."""
    if not ({t.word(best.index), t.word(best.index - 1)} & R.TRADE_REMEDY_WORDS):
        return False
    return any(
        t.word(k) in R.COURT_WORDS and t.word(k + 1) in R.COURT_DECISIONS for k in range(best.index)
    )


def _effects_of(t: Text, best: Finding) -> bool:
    """ "not spared from the impact of duties", "the hidden cost of copper tariffs": a measure
    named as what has effects (modifiers between "of" and the measure: places, metals, "the",
    a plan's adjective: "to pay cost of proposed aluminum tariffs")."""
    if best.verb and best.words[0].lower() not in R.PLAN_ADJECTIVES:
        return False  # "proposed" before the noun is its adjective, not the title's verb
    k = best.index - 1
    while k > 0 and (
        t.is_metal[k]
        or t.place_at[k] is not None
        or t.word(k) in ("the", "new", "and")
        or t.word(k) in R.PLAN_ADJECTIVES
    ):
        k -= 1
    return t.word(k) == "of" and t.word(k - 1) in R.EFFECT_NOUNS


def _in_condition(t: Text, best: Finding) -> bool:
    """ "face closures if nickel export levy not removed", "unless import duty is scrapped": the
    measure (or its end) stands in a condition, a hypothesis."""
    for k in range(best.index - 1, -1, -1):
        if t.word(k) in R.CLAUSE_BREAK or t.word(k) == ",":
            return False
        if t.word(k) in R.CONDITION_WORDS:
            return k > 0  # "If ..., X will ban": the main clause after the comma reports
    return False


def _industry_moratorium(t: Text, best: Finding) -> bool:
    """ "implements two-year moratorium to update steel industry direction", "Steel Industry
    Moratorium": a pause on an industry's growth, no trade flow named."""
    if base_word(t.word(best.index)) not in R.MORATORIUM_WORDS:
        return False
    return not any(R.FLOW_WORDS.get(w) in (R.EXPORT, R.IMPORT) for w in t.lows)


def _a_system_named(t: Text, best: Finding) -> bool:
    """ "Import Monitoring Systems: Steel and Aluminum": a monitoring system named, not brought
    in ("implements ... Import Monitoring", "New ... Import Monitoring Requirements", "sets
    start date for ... Import Monitoring System" are)."""
    return (
        not best.verb
        and t.word(best.index) in R.MONITORING_NOUNS
        and not watch_verb(t, best.index)  # the verb
        and R.NEW_WORDS.isdisjoint(t.lows[: best.index])
        and R.DECIDED_RE.search(t.text, 0, t.toks[best.index].start) is None  # "has decided to"
        and not brought_in(t, best)  # "... Monitoring System Launched"
        and R.START_DATE_RE.search(t.text, 0, t.toks[best.index].start) is None
    )


def _pleaded(t: Text, best: Finding) -> bool:
    """ "steelmakers' SOS to govt: intervene against X's tariffs", "smelters' plea to the
    ministry": an appeal named before the measure is a call on a government."""
    return any(t.word(k) in R.PLEA_NOUNS for k in range(best.index))


def _backs_a_demand(t: Text, best: Finding) -> bool:
    """ "Steel ministry backs industry's demand for export duty waiver": backing another's
    demand for a measure leaves it a call ("accepts the demand" would grant it)."""
    for k in range(1, best.index):
        if t.word(k) not in R.DEMAND_NOUNS or t.word(k + 1) not in ("for", "to"):
            continue
        if any(t.word(j) in R.BACKING_VERBS for j in range(max(0, k - 4), k)):
            return True
    return False


def _challenged(t: Text, best: Finding) -> bool:
    """ "Section 232: A year full of legal challenges", "Derivatives Challenge Succeeds": a
    measure named beside the court case against it (no verb of its own) is the case's topic."""
    return not best.verb and any(tk.low in R.CHALLENGE_NOUNS for tk in t.toks)


def _retaliation_topic(t: Text, best: Finding) -> bool:
    """ "Foreign Retaliation to U.S. Tariffs": answers to a measure named as a topic, no place
    acting before them (an explainer; "Canada's retaliation" is a measure)."""
    if best.verb:
        return False
    for k in range(best.index):
        if t.word(k) in R.RETALIATION_NOUNS and t.word(k + 1) in ("to", "against", "for"):
            return all(t.place_at[j] is None for j in range(k))
    return False


def _worries(t: Text, best: Finding) -> bool:
    """ "China's import curbs concern aluminium exporters", "ban alarms smelters": a measure's
    worry to others is the story, a reaction."""
    if best.verb:
        return False
    end = phrase_end(t, best.index)  # "curbs on imports concern ...": after the whole phrase
    return any(t.word(k) in R.WORRY_VERBS for k in range(end + 1, end + 3))


def _welcomed(t: Text, best: Finding) -> bool:
    """ "Steel groups welcome quota deal", "UK Steel estimates quota volumes ...": a measure
    named only as the object of a reaction."""
    return not best.verb and any(t.word(k) in R.REACTION_VERBS for k in range(best.index))


def _requested(t: Text, best: Finding) -> bool:
    """ "new Section 232 steel derivative inclusion requests": the measure is asked for."""
    return _within_clause(
        t, range(best.index + 1, min(len(t.toks), best.index + 5)), R.REQUEST_NOUNS
    )


def _within_clause(t: Text, positions: range, words: frozenset[str]) -> bool:
    """One of ``words`` at these positions, walked in their order, before a clause break."""
    for k in positions:
        if t.word(k) in R.CLAUSE_BREAK:
            return False
        if t.word(k) in words:
            return True
    return False


def _through_a_route(t: Text, best: Finding) -> bool:
    """ "Zinc ore exports via <pass> resume": a flow restarting along a route."""
    if best.rule != "restart":
        return False
    return any(
        t.word(k) in R.ROUTE_WORDS and R.FLOW_WORDS.get(t.word(k - 1)) is not None
        for k in range(1, len(t.toks))
    )


def _flow_data(t: Text, best: Finding) -> bool:
    """ "Gallium Exports Resume in June, Germanium Remains at Low Levels": a flow's restart
    reported with another flow's level is trade data, not a measure lifted."""
    return best.rule == "restart" and R.FLOW_LEVEL_RE.search(t.text) is not None


def reaction_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline reacts to a measure or tells a step of its case."""
    lacks = REACTION_CUES.intersection(t.lows).isdisjoint  # a gated check's words
    if (notice := notice_veto(t, best) or effect_veto(t, best)) is not None:
        return notice
    if not best.verb and role_in_measure(t, best):
        return "company", "a place or firm described by its role in a measure: no measure"
    if not best.verb and R.IMPACT_TAIL_RE.search(t.text):
        return "speculation", "a measure and its effects named as a topic: an explainer"
    if not lacks(CRITICS) and _criticised(t, best):
        return "company", "criticism of another's measure: comment, not a measure"
    if not lacks(R.RESPONSE_NOUNS) and _a_response(t, best):
        if _market_reacts(t, best):
            return "market", "a market's reaction to a measure: market news"
        return "company", "a response vowed or given by a body: no measure of its own"
    if not lacks(R.LEGISLATORS) and _lawmakers_call(t, best):
        return "company", "lawmakers threaten or push for a measure: a call, not a measure"
    if not lacks(PROCEDURE) and _procedure_step(t, best):
        return "speculation", "a step of a trade-remedy case (deadline, review): no measure"
    if R.QUESTIONS_RE.search(t.text) is not None:
        return "speculation", "questions about a measure answered: an explainer"
    if not lacks(R.EFFECT_NOUNS) and _effects_of(t, best):
        return "speculation", "a measure named for its effects ('the impact of duties'): comment"
    if not lacks(R.CONDITION_WORDS) and _in_condition(t, best):
        return "speculation", "a measure in a condition ('if ... not removed'): hypothetical"
    if _court_decision(t, best):
        return "speculation", "a court's decision on a trade-remedy case: a step of the case"
    if _remedy_review(t, best):
        return "speculation", "trade-remedy measures in force reviewed: a step of their case"
    if _a_system_named(t, best):
        return "speculation", "a monitoring system named as a topic, not brought in"
    if _industry_moratorium(t, best):
        return "company", "a moratorium on an industry, no trade flow named: not trade"
    if not lacks(R.PLEA_NOUNS) and _pleaded(t, best):
        return "company", "an appeal ('SOS', 'plea') to a government: a call, not a measure"
    if not lacks(R.DEMAND_NOUNS) and _backs_a_demand(t, best):
        return "company", "another's demand for a measure backed: still a call"
    if _challenged(t, best):
        return "speculation", "legal challenges to a measure: a court case, not a measure"
    if not lacks(R.RETALIATION_NOUNS) and _retaliation_topic(t, best):
        return "speculation", "answers to a measure named as a topic: an explainer"
    if not lacks(R.WORRY_VERBS) and _worries(t, best):
        return "company", "a measure worrying others ('alarms', 'concern'): a reaction"
    if not lacks(R.REACTION_VERBS) and _welcomed(t, best):
        return "company", "a reaction to a measure (welcomed, estimated): not a measure"
    if not lacks(R.REQUEST_NOUNS) and _requested(t, best):
        return "company", "a measure asked for by requests or petitions: not a measure"
    if judged(t, best):
        return "company", "measures judged by what they must or should do: a comment"
    if feared(t, best):
        return "company", "a measure's effects feared ('fears job losses from'): a reaction"
    if backs_a_step(t, best):
        return "company", "another's step towards a measure backed: a reaction"
    if attributed_verdict(t, best):
        return "company", "a verdict on a measure attributed to an industry: a reaction"
    if verdict_tail(t, best):
        return "company", "a measure named with a verdict ('..., a concern'): a view"
    if _flow_data(t, best):
        return "market", "a flow's restart beside another's level: trade data, not a measure"
    if not lacks(R.ROUTE_WORDS) and _through_a_route(t, best):
        return "company", "a flow restarts through a route: logistics, not a measure"
    return stance_veto(t, best)
