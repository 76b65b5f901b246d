"""Headlines about a measure that report none: someone reacting to it (criticism, a vowed
response, a body's response), lawmakers threatening or pushing for it, a step in a trade-remedy
case (a deadline, a determination, an expiry review), and a flow through a route restarting.

Each check takes the text and its strongest finding and says whether the headline is such a
reaction; :func:`reaction_veto` gives the veto's kind and reason for
:func:`tui.engine.classifier_read.find_veto`.
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_frames import takes_effect
from tui.engine.classifier_text import Finding, Text

#: Verbs of criticism: the subject speaks against another's measure ("slams duties").
CRITICISM_VERBS = R.forms(
    "slam|s|med|ming", "criticise|s|d", "criticising", "criticize|s|d", "criticizing",
    "condemn|s|ed|ing", "decry", "decries", "decried", "decrying", "blast|s|ed|ing",
    "denounce|s|d", "denouncing", "rebuke|s|d", "rebuking", "lambast|s|ed|ing",
    "berate|s|d", "berating", "deplore|s|d", "deploring",
)
#: "hits out at", "lashes out at", "rails against": two-word criticism.
CRITICISM_PAIRS = frozenset(
    {("hit", "out"), ("hits", "out"), ("hitting", "out"), ("lash", "out"), ("lashes", "out"),
     ("lashed", "out"), ("lashing", "out"), ("rails", "against"), ("railed", "against")}
)
#: A response or reaction named as a noun ("vows response to", "TRA response to").
RESPONSE_NOUNS = frozenset({"response", "responses", "reaction", "reactions"})
#: Verbs that promise an unnamed response: a vow, no measure.
VOW_VERBS = R.forms("vow|s|ed|ing", "pledge|s|d", "pledging", "promise|s|d", "promising")
#: Lawmakers: their threats and pushes are calls, not a government's measure.
LEGISLATORS = frozenset(
    {"lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators",
     "congressman", "congressmen", "congresswoman", "congresswomen", "mps", "parliamentarians",
     "representatives"}
)
#: What lawmakers do that decides nothing: threats and pushes of their own (an appeal to an
#: agency, "Senators call on Commerce to double duties", reads as a plan: proposed).
CALL_VERBS = R.forms(
    "threaten|s|ed|ing", "push|es|ed|ing", "press|es|ed|ing", "demand|s|ed|ing",
    "want|s|ed", "seek|s|ing", "sought", "warn|s|ed|ing", "eye|s|d", "eyeing",
    "float|s|ed|ing",
)
#: Steps of a trade-remedy case: "deadline for final determination on ... duties".
PROCEDURE_NOUNS = frozenset(
    {"deadline", "deadlines", "timeline", "timelines", "determination", "determinations",
     "findings", "hearing", "hearings", "report", "reports"}
)
#: Verbs of a reaction to a measure or a deal: welcoming, praising, estimating its effects.
REACTION_VERBS = R.forms(
    "welcome|s|d", "welcoming", "hail|s|ed|ing", "praise|s|d", "praising", "applaud|s|ed|ing",
    "cheer|s|ed|ing", "estimate|s|d", "estimating",
)
#: Nouns of asking: "steel derivative inclusion requests" are petitions for a measure.
REQUEST_NOUNS = frozenset({"request", "requests", "petition", "petitions"})
PROCEDURE_PREPS = frozenset({"of", "on", "for", "into", "concerning", "regarding"})
#: A flow restarting through a crossing, a port or a route is logistics ("exports via ...").
ROUTE_WORDS = frozenset({"through", "via"})


def _criticised(t: Text, best: Finding) -> bool:
    """ "Brazil slams Argentine duties", "hits out at Peruvian levy": criticism of a measure
    named only as a noun."""
    if best.verb:
        return False
    return any(
        t.word(k) in CRITICISM_VERBS or (t.word(k), t.word(k + 1)) in CRITICISM_PAIRS
        for k in range(best.index)
    )


def _a_response(t: Text, best: Finding) -> bool:
    """ "vows firm response to X's plan", "federation's response to the decision on duties":
    a response promised, or given by a body that is no country, names no measure of its own
    (the measure it answers, "X's plan to tax imports", may be told by a verb)."""
    for k in range(best.index):
        if t.word(k) not in RESPONSE_NOUNS or t.word(k + 1) != "to":
            continue
        if any(t.word(j) in R.CLAUSE_BREAK for j in range(k, best.index)):
            return False
        if any(t.word(j) in VOW_VERBS for j in range(max(0, k - 4), k)):
            return True
        if all(t.place_at[j] is None for j in range(k)) and not takes_effect(t, best):
            return True  # "Mixed reactions to new safeguards coming into effect" reports it
    return False


def _lawmakers_call(t: Text, best: Finding) -> bool:
    """ "Lawmakers threaten to reinstate duties", "Senators push to reimpose tariffs"."""
    return any(
        t.word(k) in LEGISLATORS and any(t.word(j) in CALL_VERBS for j in range(k + 1, k + 4))
        for k in range(best.index)
    )


def _procedure_step(t: Text, best: Finding) -> bool:
    """ "extends deadline for final determination on ... duties", "launches expiry review of
    duties on ...": the measure is what a step of its case is about."""
    verb_at = -1
    if best.verb and best.words:
        head = best.words[0].lower()
        verb_at = next((k for k in range(best.index, -1, -1) if t.word(k) == head), -1)
    for p in range(verb_at + 1, best.index):
        word = t.word(p)
        review = word in ("review", "reviews") and t.word(p - 1) in R.CASE_QUALIFIERS
        if (word in PROCEDURE_NOUNS or review) and t.word(p + 1) in PROCEDURE_PREPS:
            return not any(t.word(j) in R.CLAUSE_BREAK for j in range(p, best.index))
    return False


def _welcomed(t: Text, best: Finding) -> bool:
    """ "Steel groups welcome quota deal", "UK Steel estimates quota volumes ...": a measure
    named only as the object of a reaction."""
    return not best.verb and any(t.word(k) in REACTION_VERBS for k in range(best.index))


def _requested(t: Text, best: Finding) -> bool:
    """ "new Section 232 steel derivative inclusion requests": the measure is asked for."""
    for k in range(best.index + 1, min(len(t.toks), best.index + 5)):
        if t.word(k) in R.CLAUSE_BREAK:
            return False
        if t.word(k) in REQUEST_NOUNS:
            return True
    return False


def credited_source(t: Text, k: int) -> bool:
    """ "CRU: Mexico to toughen controls on steel imports": a consultancy or bank before the
    title's colon credits the story whose subject, a place, acts; it gives no view of its own."""
    return t.word(k + 1) == ":" and t.place_at[k + 2] is not None if k + 2 < len(t.toks) else False


#: Verbs by which a government orders firms to act ("ordered traders to halt imports").
ORDER_VERBS = R.forms("order|s|ed", "tell|s", "told", "instruct|s|ed", "direct|s|ed")


def ordered(t: Text, best: Finding) -> bool:
    """ "China has ordered traders to halt ... imports": the firms act on a government's order,
    the government (a place before the order) decides."""
    return any(
        t.word(k) in ORDER_VERBS and any(t.place_at[j] is not None for j in range(k))
        for k in range(best.index)
    )


def title_reacts(t: Text, best: Finding | None, lede: str) -> str | None:
    """Why a title's reaction to a measure, or its review of one in force, leaves its lede's
    measure a topic: "Steel groups welcome deal with Japan" (no measure word in the title)
    whose lede tells the deal; "Peru reviews duties" whose lede says "sunset review"."""
    if best is None:
        if any(tk.low in REACTION_VERBS for tk in t.toks):
            return "the title reacts to what its lede tells: no measure"
        if R.MARKET_RE.search(t.text) is not None and not any(
            w in R.FLOW_WORDS for w in t.lows
        ):
            # "Market unfazed by court's decision" whose lede weighs repealing tariffs (a title
            # with a flow, "Export Clampdown Ignites ... Volatility", may name a measure)
            return "the title is market news and names no measure: the lede's is its cause"
        return None
    if reviewed_in_force(t, best, lede):
        return "the lede says the review is of measures in force: no measure"
    return None


def _through_a_route(t: Text, best: Finding) -> bool:
    """ "Zinc ore exports via <pass> resume": a flow restarting along a route."""
    if best.rule != "restart":
        return False
    return any(
        t.word(k) in ROUTE_WORDS and R.FLOW_WORDS.get(t.word(k - 1)) is not None
        for k in range(1, len(t.toks))
    )


#: A lede naming a review of measures in force ("has begun a sunset review of the duties").
IN_FORCE_REVIEW_RE = re.compile(
    r"\b(?:expiry|sunset|interim|administrative|changed[-\s]circumstances)\s+review", re.I
)
REVIEW_VERBS = frozenset({"review", "reviews", "reviewed", "reviewing"})


def reviewed_in_force(t: Text, best: Finding, lede: str) -> bool:
    """ "Peru reviews duties on Chinese zinc sheets" whose lede says "has begun a sunset review
    of the duties": the title's review is of measures in force, a step of their case."""
    return any(t.word(k) in REVIEW_VERBS for k in range(best.index)) and bool(
        IN_FORCE_REVIEW_RE.search(lede)
    )


#: A title that names a measure and then its effects ("Copper Tariffs and Their Potential
#: Impact"): an explainer of the measure, not news of one.
IMPACT_TAIL_RE = re.compile(
    r"\band\s+(?:their|its|the)\s+(?:potential\s+|possible\s+|likely\s+|economic\s+)?"
    r"(?:impacts?|effects?|implications|consequences)\s*[.?!]?\s*$",
    re.IGNORECASE,
)


def reaction_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline reacts to a measure or tells a step of its case."""
    if not best.verb and IMPACT_TAIL_RE.search(t.text):
        return "speculation", "a measure and its effects named as a topic: an explainer"
    if _criticised(t, best):
        return "company", "criticism of another's measure: comment, not a measure"
    if _a_response(t, best):
        return "company", "a response vowed or given by a body: no measure of its own"
    if _lawmakers_call(t, best):
        return "company", "lawmakers threaten or push for a measure: a call, not a measure"
    if _procedure_step(t, best):
        return "speculation", "a step of a trade-remedy case (deadline, review): no measure"
    if _welcomed(t, best):
        return "company", "a reaction to a measure (welcomed, estimated): not a measure"
    if _requested(t, best):
        return "company", "a measure asked for by requests or petitions: not a measure"
    if _through_a_route(t, best):
        return "company", "a flow restarts through a route: logistics, not a measure"
    return None
