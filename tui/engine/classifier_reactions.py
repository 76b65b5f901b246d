"""Headlines about a measure that report none: someone reacting to it (criticism, a vowed
response, a body's response), lawmakers threatening or pushing for it, a step in a trade-remedy
case (a deadline, a determination, an expiry review), and a flow through a route restarting.

Each check takes the text and its strongest finding and says whether the headline is such a
reaction; :func:`reaction_veto` gives the veto's kind and reason for
:func:`tui.engine.classifier_read.find_veto`.
"""

from __future__ import annotations

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
#: A review of measures in force ("expiry review of duties", "sunset review on ..."): the case
#: is the news (a plain "review of tariffs" weighs a change: proposed).
REVIEW_QUALIFIERS = frozenset(
    {"expiry", "sunset", "interim", "administrative", "mid-term", "midterm", "five-year",
     "changed-circumstances"}
)
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
    a response promised, or given by a body that is no country, names no measure of its own."""
    if best.verb:
        return False
    for k in range(best.index):
        if t.word(k) not in RESPONSE_NOUNS or t.word(k + 1) != "to":
            continue
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
        review = word in ("review", "reviews") and t.word(p - 1) in REVIEW_QUALIFIERS
        if (word in PROCEDURE_NOUNS or review) and t.word(p + 1) in PROCEDURE_PREPS:
            return not any(t.word(j) in R.CLAUSE_BREAK for j in range(p, best.index))
    return False


def _through_a_route(t: Text, best: Finding) -> bool:
    """ "Zinc ore exports via <pass> resume": a flow restarting along a route."""
    if best.rule != "restart":
        return False
    return any(
        t.word(k) in ROUTE_WORDS and R.FLOW_WORDS.get(t.word(k - 1)) is not None
        for k in range(1, len(t.toks))
    )


def reaction_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline reacts to a measure or tells a step of its case."""
    if _criticised(t, best):
        return "company", "criticism of another's measure: comment, not a measure"
    if _a_response(t, best):
        return "company", "a response vowed or given by a body: no measure of its own"
    if _lawmakers_call(t, best):
        return "company", "lawmakers threaten or push for a measure: a call, not a measure"
    if _procedure_step(t, best):
        return "speculation", "a step of a trade-remedy case (deadline, review): no measure"
    if _through_a_route(t, best):
        return "company", "a flow restarts through a route: logistics, not a measure"
    return None
