"""The learned event gate's features of how a headline reads (:mod:`tui.engine.event_gate`),
beside its words (session 8, issue #16).

The kinds of word the rules' own tables know (:mod:`tui.engine.classifier_rules`: a market
move, a company, an analyst, a denial, a request, a government, a rate ...) and a few kind
tables below (a piece about a measure, attribution, modal verbs); which rules fired and how
(a bare noun or a verb and its object), where the rules' verbs stand around the deciding word,
and the tense of the title. None of them is the word of one case. Measured leave-one-set-out
(``benchmarks/loso_event_gate.py``): with them the gate ranks the rules' false events under
their measures where by words alone it could not (``benchmarks/README.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_gate_spared import warns_face
from tui.engine.classifier_text import Text, measure_of

_RULE_RE = lazy(r"rule ([a-z-]+): (.*) -> ([a-z]+)$")
# a piece about a measure rather than the measure: its effects, a guide, a view, research
_PIECE_WORDS = frozenset(
    "impact impacts effect effects faq questions guide explained explainer what why how analysis"
    " lessons research study trend debate risk risks comments opinion view outlook podcast"
    " webinar interview update checklist".split()
)
_ATTRIBUTION_WORDS = frozenset(
    "says say said tells told according warns claims report reports".split()
)
_MODALS = frozenset({"will", "may", "could", "might", "would", "should", "can", "must"})
_PLAN_WORDS = frozenset(
    "considers consider considering mulls weighs plans plan eyes threatens seeks proposes"
    " proposed potential possible mooted draft review".split()
)
# the rules' word tables whose presence in the title is a feature: (name, table)
_TABLES: tuple[tuple[str, frozenset[str]], ...] = (
    ("company", R.COMPANY_WORDS),
    ("government", R.GOVERNMENT_WORDS),
    ("institution", R.INSTITUTION_WORDS),
    ("analyst", R.ANALYST_WORDS),
    ("disruption", R.DISRUPTION_WORDS),
    ("say", R.SAY_WORDS),
    ("warn", R.WARN_VERBS),
    ("effect-modal", R.EFFECT_MODALS),
    ("denial", R.DENIAL_WORDS),
    ("operation", R.OPERATION_WORDS),
    ("speculation", R.SPECULATION_WORDS),
    ("request", R.REQUEST_VERBS),
    ("industry", R.INDUSTRY_BODY_WORDS),
    ("piece", _PIECE_WORDS),
    ("attribution", _ATTRIBUTION_WORDS),
)


def reading_features(title: Text, lede: Text | None, trace: Sequence[str]) -> list[str]:
    """The reading features of a headline: its title and first summary sentence as the rules
    read them, and the rules' trace (which rules fired, never their verdict)."""
    lows = title.lows
    words = set(lows)
    feats = [f"x:{name}" for name, table in _TABLES if not words.isdisjoint(table)]
    if "x:request" in feats and words & R.REQUEST_VERBS <= R.WARN_VERBS and warns_face(title.text):
        feats.remove("x:request")  # "warns Indian aluminium could face tariffs": a threat
    if market(title.text):
        feats.append("x:market")
    if R.PROPOSED_RE.search(title.text) is not None:
        feats.append("x:proposed")
    if R.RATE_RE.search(title.text) is not None:
        feats.append("x:rate")
    if not words.isdisjoint(R.ACT_VERBS):
        feats.append("vb:any")
    feats += _rule_features(lows, trace)
    feats += _tense(title)
    if lede is not None:
        if market(lede.text):
            feats.append("x:s-market")
        lede_words = set(lede.lows)
        if not lede_words.isdisjoint(R.ACT_VERBS):
            feats.append("x:s-verb")
        if not lede_words.isdisjoint(R.GOVERNMENT_WORDS):
            feats.append("x:s-government")
    return feats


def market(text: str) -> bool:
    """Whether ``text`` has the rules' market-move wording (``R.MARKET_RE``; its search, folded
    to a case-sensitive one on most texts, costs less than the stem pre-check it used to have)."""
    return R.MARKET_RE.search(text) is not None


def _rule_features(lows: list[str], trace: Sequence[str]) -> list[str]:
    """Which rules fired and how: the first rule with its status, how many fired, the later
    ones, how many words decided (a bare noun or a verb and its object), and whether a verb of
    the rules stands before or after the deciding word in the title."""
    found = [m for m in map(_RULE_RE.match, (x for x in trace if x.startswith("rule "))) if m]
    if not found:
        return []
    first = found[0]
    trigger = first.group(2).split(" + ")
    feats = [
        f"rs:{first.group(1)}_{first.group(3)}",
        f"rules:{min(len(found), 3)}",
        f"trig:n{len(trigger)}",
    ]
    feats += [f"rule2:{m.group(1)}" for m in found[1:]]
    head = trigger[0].strip().lower().replace("’", "'").split()
    at = lows.index(head[0]) if head and head[0] in lows else None
    if at is not None:
        if not R.ACT_VERBS.isdisjoint(lows[:at]):
            feats.append("vb:before")
        if not R.ACT_VERBS.isdisjoint(lows[at + 1 :]):
            feats.append("vb:after")
    return feats


def _tense(title: Text) -> list[str]:
    """Modal verbs, plan words and "to" + a verb ("to ban", "set to raise") in the title."""
    lows = title.lows
    feats = [f"mod:{w}" for w in lows if w in _MODALS]
    if any(w in _PLAN_WORDS for w in lows):
        feats.append("mod:plan")
    if "to" in lows:
        i = lows.index("to") + 1
        if (
            i < len(lows)
            and measure_of(lows[i]) is None
            and not title.is_metal[i]
            and title.place_at[i] is None
        ):
            feats.append("mod:to-verb")
    return feats
