"""A title that reacts to a measure, or reviews one in force, leaves its lede's measure a topic
(:func:`title_reacts`): "Steel groups welcome deal with Japan" (no measure word in the title)
whose lede tells the deal; "Peru reviews duties" whose lede says "sunset review"; a title that
is market news naming no measure. Read by :mod:`tui.engine.classifier` with the lede; the
reactions within one text are :mod:`tui.engine.classifier_reactions`'."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_asides import deal_told_by_lede
from tui.engine.classifier_causes import names_a_cause
from tui.engine.classifier_effect_nouns import named_for_effects
from tui.engine.classifier_effects import effect_of_measure, spared_from_investigation
from tui.engine.classifier_market_ledes import lede_act, names_its_cause
from tui.engine.classifier_notices import lede_notice
from tui.engine.classifier_orders import revoked_on_review
from tui.engine.classifier_text import Finding, Text


def title_reacts(t: Text, best: Finding | None, lede: str) -> str | None:
    """Why a title's reaction to a measure, or its review of one in force, leaves its lede's
    measure a topic: "Steel groups welcome deal with Japan" (no measure word in the title)
    whose lede tells the deal; "Peru reviews duties" whose lede says "sunset review"."""
    if (why := lede_notice(t, best, lede)) is not None:
        return why
    if spared_from_investigation(t, best, lede):
        return "the lede says another's investigation spares the title's side: no measure"
    if effect_of_measure(t, best, lede):
        return "a measure in force (its lede says so) named for its effects: not the measure"
    if named_for_effects(t, best):
        return "a measure named for its effects ('tariff impact'): the lede's is its topic"
    if best is None:
        if not R.REACTION_VERBS.isdisjoint(t.lows):  # the tokens' lower forms, as cut
            return "the title reacts to what its lede tells: no measure"
        if workforce_news(t):
            return "the title is a firm's jobs or plants news: the lede's measure is its backdrop"
        if (
            R.MARKET_RE.search(t.text) is not None
            and not any(w in R.FLOW_WORDS for w in t.lows)
            and not names_a_cause(t, lede)
            and not (names_its_cause(t) and lede_act(t, Text(lede, t.matcher, t.gaz)))
        ):
            # "Market unfazed by court's decision" whose lede weighs repealing tariffs (a title
            # with a flow, "Export Clampdown Ignites ... Volatility", may name a measure)
            return "the title is market news and names no measure: the lede's is its cause"
        return None
    if deal_told_by_lede(t, best, lede):
        return "the lede says the title's block is of a deal: no trade measure"
    if reviewed_in_force(t, best, lede):
        return "the lede says the review is of measures in force: no measure"
    return None


#: A firm's acts on its staff or plants: "lays off", "layoffs", "furloughs staff", "idles plant".
_WORKFORCE = R.forms("layoff|s", "furlough|s|ed|ing", "idle|s|d", "idling", "hire|s|d", "hiring")
_JOB_CUTS = R.forms("cut|s|ting", "shed|s|ding", "slash|es|ed|ing", "axe|s|d", "ax|es|ed")


def workforce_news(t: Text) -> bool:
    """ "Steelmaker lays off staff as trade war commences", "smelter cuts 150 jobs", "idles
    plant, furloughs staff": a firm's jobs or plants, the title's news."""
    lows = t.lows
    for k, w in enumerate(lows):
        if w in _WORKFORCE or (w in ("lay", "lays", "laid", "laying") and t.word(k + 1) == "off"):
            return True
        if w in ("jobs", "job") and (
            t.word(k + 1) in ("cuts", "losses")
            or any(t.word(j) in _JOB_CUTS for j in (k - 1, k - 2))
        ):
            return True
    return False


def reviewed_in_force(t: Text, best: Finding, lede: str) -> bool:
    """ "Peru reviews duties on Chinese zinc sheets" or "considers ending duties" whose lede
    says "has begun a sunset review of the duties": the title's review, or its weighing of the
    duties' end, is of measures in force, a step of their case."""
    weighs = R.REVIEW_VERBS | (R.WEIGH_VERBS if best.status == "resuming" else frozenset())
    if revoked_on_review(t, best):
        return False  # "Final Results of Sunset Reviews and Revocation of Orders": revoked
    return any(t.word(k) in weighs for k in range(best.index)) and bool(
        R.IN_FORCE_REVIEW_RE.search(lede)
    )
