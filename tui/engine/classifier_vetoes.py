"""The vetoes of a text's strongest finding (:func:`find_veto`, asked by
:func:`tui.engine.classifier_read.read_text`): denials of a plan, market moves, questions,
explainers, appeals and lobbying, analysts, companies and disruptions; the kinds of
:mod:`tui.engine.classifier_mentions`, :mod:`tui.engine.classifier_reactions` and the other
veto modules are asked first. Two readings keep an event: a consultancy credited before the
title's colon (:func:`credited_source`) and firms acting on a government's order
(:func:`ordered`)."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_as_clause import as_clause_start
from tui.engine.classifier_caused import fronted_cause_end as fronted
from tui.engine.classifier_effects import (
    deferred,
    held_change,
    kept_for_the_metals,
    struck_from_draft,
)
from tui.engine.classifier_explainer_act import explained_act
from tui.engine.classifier_firm_hit import firm_goods
from tui.engine.classifier_firm_kept import firm_kept_trading
from tui.engine.classifier_firm_permit import firm_permit
from tui.engine.classifier_firm_sales import firm_halts_sales
from tui.engine.classifier_frames import (
    attached_before,
    forecast_said,
    industry_tail,
    measure_moves_to_rate,
    question,
    reaction_tail,
    speculation_end,
    takes_effect,
    told_after_market,
    topic_question,
)
from tui.engine.classifier_harmed import at_risk_as_it_hits
from tui.engine.classifier_market_clause import market_clause
from tui.engine.classifier_mentions import mention_veto
from tui.engine.classifier_nonmeasures import nonmeasure_veto
from tui.engine.classifier_passive_by import stopped_by_government
from tui.engine.classifier_policy_news import instrument_modifier
from tui.engine.classifier_reactions import reaction_veto
from tui.engine.classifier_reason_clause import in_reason_clause
from tui.engine.classifier_responds_plan import responds_to_plan
from tui.engine.classifier_rulings import ruling_veto
from tui.engine.classifier_shared_subject import shared_subject_end
from tui.engine.classifier_sidelines import company_view, lobbies, states_group
from tui.engine.classifier_spared_moves import spared_move
from tui.engine.classifier_state_firm import state_firm_told
from tui.engine.classifier_statements import statement_veto
from tui.engine.classifier_supposed import supposed_effect
from tui.engine.classifier_talks import talks_veto
from tui.engine.classifier_text import Finding, Text, Tok, base_word, measure_of


def find_veto(t: Text, best: Finding, in_main: list[bool]) -> tuple[str, str] | None:
    """(kind, why) when the headline is not a policy event after all."""
    toks = t.toks
    text = t.text
    if (mention := mention_veto(t, best)) is not None:
        return mention
    if (ruling := ruling_veto(text)) is not None:
        return ruling  # a WTO dispute's report; goods ruled not subject to a duty
    if (reaction := reaction_veto(t, best) or nonmeasure_veto(t, best)) is not None:
        return reaction
    if responds_to_plan(t, best):
        return "company", "a response to another's plan: no measure of its own"
    if at_risk_as_it_hits(t, best):
        return "speculation", "a risk told as another's measure hits: its backdrop"
    if question(t, best):
        return "speculation", "a question, not a measure"
    if (statement := statement_veto(t, best)) is not None:
        return statement
    if (talks := talks_veto(t, best)) is not None:
        return talks
    if forecast_said(t, best):
        return "speculation", "a forecast of a measure by a firm or an adviser, not a plan"
    if supposed_effect(t, best):
        return "speculation", "an act as a modal's subject: what it would do, no measure"
    if (R.EXPLAINER_RE.match(text) and not explained_act(t, best)) or R.STUDY_RE.match(text):
        return "speculation", "an explainer or a view on a measure, not news of one"
    if (not best.verb and R.KICKER_WHY_RE.match(text)) or topic_question(t, best):
        return "speculation", "a measure named as a topic, then a question: an explainer"
    if deferred(t, best) or held_change(t, best):
        return "deferred", "a measure put off before it took effect: nothing changes"
    if (best.rule == "release" and _drops_a_plan(t, best)) or struck_from_draft(t, best):
        return "deferred", "a planned measure dropped: nothing changes"
    if kept_for_the_metals(t, best):
        return "deferred", "released, but the measure on the metals named is kept"
    market = R.MARKET_RE.search(text)
    told = market is not None and told_after_market(t, best, market)
    if market is not None and market.end() <= toks[best.index].start:
        # "Gold jumps as Trump threatens tariffs on EU": the price move is the news; but
        # "Tin soars as Myanmar halts ore shipments": a government acts, the move follows
        between = [tk.low for tk in toks[: best.index] if tk.end > market.start()][1:]
        if any(w in R.MARKET_CLAUSE for w in between) and not told and not spared_move(t, best):
            return "market", f"market news ({market.group(0)!r}) before the policy clause"
    subject = toks[: best.index]
    if any(tk.low in R.APPEALED and t.word(k + 1) == "to" for k, tk in enumerate(subject)):
        return "company", "a government urged to act by others: an appeal, not a measure"
    if (
        best.verb
        and (t.word(best.index - 1) == "to" or _to_before(t, best.index, subject))
        and any(tk.low in R.ASKING and t.word(k + 1) != "for" for k, tk in enumerate(subject))
        and not state_firm_told(t, best.index)  # "Peru asks state refiner to resume ..."
    ):
        return "company", "someone asks another to act: an appeal, not a measure"
    if any(
        tk.low in R.ASKING
        and (t.word(k + 1) in R.IMPOSE_VERBS or measure_of(t.word(k + 1)) is not None)
        for k, tk in enumerate(subject)
    ):
        return "company", "someone asks for a measure ('asks increase in duty'): an appeal"
    if _presses_a_government(t, best.index):
        return "company", "someone presses a government for something on a measure: an appeal"
    if not best.verb and _called_for(t, best):
        return "company", "a measure called for (urged, sought), not taken"
    if not best.verb and _inquiry_into(t, best):
        return "speculation", "an investigation into a practice opened: no measure yet"
    if any(tk.low in R.WARN_VERBS for tk in subject) and any(
        tk.low in R.EFFECT_MODALS for tk in toks[best.index + 1 : best.index + 4]
    ):
        return "speculation", "a warning of what a measure could do: comment, not a measure"
    if _imperative_lobbying(t, best) or industry_tail(t, best):
        return "company", "a call for a measure attributed to an industry: lobbying"
    if (
        lobbies(t, subject)
        and not state_firm_told(t, best.index)
        and any(
            base_word(tk.low) in R.COMPANY_WORDS
            or tk.low in R.PLURAL_SUBJECTS
            or (tk.low in R.INDUSTRY_BODY_WORDS and not _of_government(t, k))
            or tk.low in R.INDUSTRY_SPEAKERS
            or tk.low.endswith(("makers", "workers"))  # "carmakers", "steelworkers": an industry
            for k, tk in enumerate(subject)
        )
    ):
        return "company", "an industry asks for a measure: lobbying, not a measure"
    if not best.verb:
        if (
            market is not None
            and not attached_before(t, best, market.start(), in_main)
            and not measure_moves_to_rate(t, best, market)
            and not told
            and not takes_effect(t, best)
            and not spared_move(t, best)
            and not (best.status == "licensing" and _FIRMS_LISTED_RE.search(t.text))
            and not in_reason_clause(t, market.start())  # "..., citing low prices": its reason
        ):
            return "market", f"market news ({market.group(0)!r}) with no policy verb"
        if any(
            t.word(j) in R.SPECULATION_WORDS
            for j in range(max(0, best.index - 2), speculation_end(t, best))
        ):
            return "speculation", "speculative mention ('fears', 'ahead of' ...)"
        if toks[0].low in R.QUESTION_WORDS:
            return "speculation", "a question, not a measure"
    analyst = next((j for j, tk in enumerate(toks) if base_word(tk.low) in R.ANALYST_WORDS), None)
    if analyst is not None and (analyst < best.index or not best.verb):  # not a dash's tail
        # "Analysts scramble as Indonesia bans ...": a government acts in the "as" clause
        acts = best.verb and (as_clause_start(t, best) or 0) > analyst
        if not acts and not credited_source(t, analyst) and not reaction_tail(t, best, analyst):
            return "speculation", "analysts' view, not a measure"
    if company_view(t, best, after_kicker(t)) and not spared_move(t, best):
        return "company", "a company's view of a measure or its own permit, not a measure"
    if firm_permit(t, best):
        return "company", "a company wins or renews its own permit: its business, no measure"
    if firm_kept_trading(t, best):
        return "company", "one named company let keep trading: its permit kept, no measure"
    if firm_halts_sales(t, best):
        return "company", "a mint or a company halts its own sales: its business, no measure"
    if best.verb and best.rule in ("stop", "restart", "grant"):
        # "LITHIUM LOCKDOWN! Zimbabwe BANS ...": the subject is in the verb's own sentence (a
        # market move's cause clause: "Nickel miners slump as Jakarta bans ...")
        start = max(
            _sentence_start(t, best.index),
            market_clause(t, best) or 0,
            fronted(t, best),
            as_clause_start(t, best) or 0,  # "buyers scramble as China bans ...": China acts
        )
        end = shared_subject_end(t, best, start) or best.index  # "UK imposes ..., bans ..."
        subject = [
            toks[j]
            for j in range(start, end)
            if t.place_at[j] is None
            and not states_group(t, j)  # "G7 group": states
            and not instrument_modifier(t, j)  # "new mining law bans": the state's act
        ]
        if R.FORUM_RE.search(t.text):  # "Group of Seven to bar ...": governments, no company
            subject = [s for s in subject if s.low != "group"]
        if best.rule == "stop" and R.COMMERCIAL_CAUSE_RE.search(t.text, toks[best.index].end):
            return "company", "a seller stops for prices or demand, not a government's measure"
        if any(base_word(s.low) in R.DISRUPTION_WORDS for s in subject):
            return "company", "a strike, protest or accident stops the flow, not a government"
        if best.rule == "restart" and _after_disruption(t, best):
            return "company", "a flow restarts after a disruption: operations, not a measure"
        if firm_goods(t, best) is not None:
            return None  # "Rusal's aluminium barred by UK import ban": the ban falls on it
        if stopped_by_government(t, best):
            return None  # "Russian aluminium trader blacklisted by UK": the firm is its target
        if any(base_word(s.low) in R.COMPANY_WORDS for s in subject) and not any(
            t.place_at[j] is not None and not t.gaz.is_demonym(t.places[t.place_at[j]][3])  # type: ignore[index]
            for j in range(0, best.index)
            if base_word(t.word(j + 1)) not in R.COMPANY_WORDS
        ):
            return "company", "a company, not a government, is the subject"
        if (
            any(base_word(s.low) in R.COMPANY_WORDS for s in subject[-3:])
            or (subject and subject[-1].low in R.SITE_SUBJECTS)  # "Mine suspends copper exports"
        ) and not (ordered(t, best) or state_firm_told(t, best.index)):
            return "company", "a company, not a government, is the subject"
    return None


def _to_before(t: Text, i: int, subject: list[Tok]) -> bool:
    """ "to" before the deciding word, past an adverb, the verb and an adjective ("FIMI urges
    Centre to immediately put complete ban"), when no government or place asks (an
    administration calling on its own agency "to triple tariffs" plans them)."""
    if any(
        tk.low in R.GOVERNMENT_WORDS or t.place_at[k] is not None for k, tk in enumerate(subject)
    ):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        if t.word(k) == "to":
            return True
        if t.word(k) in R.CLAUSE_BREAK or t.word(k) in R.FUNCTION_WORDS:
            return False
    return False


def _called_for(t: Text, best: Finding) -> bool:
    """ "Ban on copper bars export urged": the measure noun's own participle asks for it."""
    for tk in t.toks[best.index + 1 :]:
        if tk.low in R.CLAUSE_BREAK or tk.low == ",":
            return False
        if tk.low in R.CALLED_FOR:
            return True
    return False


#: A list of who may trade, issued ("issues list of firms qualified to export silver"): the
#: firms are the licence's holders, not market news.
_FIRMS_LISTED_RE = lazy(
    r"\b(?:issu|publish|releas|unveil)\w*\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?lists?\s+of\s+"
    r"(?:firms|companies|exporters|importers|traders|enterprises)\b",
    re.IGNORECASE,
)


#: Words that name a government as the one pressed ("urges the government for ...").

_GOVERNMENTS = frozenset({"government", "governments", "ministers", "officials", "lawmakers"})


def _presses_a_government(t: Text, at: int) -> bool:
    """ "UK Steel presses London for timetable on tariff-free US access", "asks government for
    relief from duties": an asking verb before the measure with a government (named by its place
    or as one) for its object, then what is asked for: an appeal, nothing done."""
    for k in range(at):
        if t.toks[k].low not in R.ASKING:
            continue
        g = k + 1 + (t.word(k + 1) == "the")
        if t.place_at[g] is None and t.word(g) not in _GOVERNMENTS:
            continue
        if any(t.word(x) in ("for", "over") for x in range(g + 1, min(at, g + 3))):
            return True
    return False


def _inquiry_into(t: Text, best: Finding) -> bool:
    """ "opens a probe into antidumping practices", "inquiry into countervailing duties": a
    trade-remedy case stands in what an investigation looks into, the case is the news ("a
    probe into possible new tariffs" weighs a tariff: proposed)."""
    if (
        t.toks[best.index].low not in R.TRADE_REMEDY_WORDS
        and t.word(best.index - 1) not in R.TRADE_REMEDY_WORDS  # "safeguard measures"
    ):
        return False
    for k in range(best.index - 1, -1, -1):
        if t.toks[k].low in R.CLAUSE_BREAK:
            return False
        if t.toks[k].low in R.INVESTIGATION_WORDS and t.word(k + 1) in R.INQUIRY_PREPS:
            return True
    return False


def _after_disruption(t: Text, best: Finding) -> bool:
    """ "Graphite shipments restart after election violence": the flow stopped for unrest, a
    strike or weather, not a measure (no measure word in the text)."""
    rest = [tk.low for tk in t.toks[best.index + 1 :]]
    if any(measure_of(w) is not None for w in t.lows):
        return False
    return any(w in R.BACKGROUND_MARKERS for w in rest) and any(
        base_word(w) in R.DISRUPTION_WORDS for w in rest
    )


def _of_government(t: Text, k: int) -> bool:
    """ "industry minister", "Ministry of Industry": the word names a government's portfolio,
    not an industry body."""
    return t.word(k + 1) in R.GOVERNMENT_WORDS or (
        t.word(k - 1) == "of" and t.word(k - 2) in R.GOVERNMENT_WORDS
    )


def _imperative_lobbying(t: Text, best: Finding) -> bool:
    """ "Raise import tariff on aluminium, say producers": a headline opening on a bare verb
    whose call is attributed, after it, to producers, miners or an industry body."""
    first = t.word(0)
    if not (
        first in R.IMPOSE_VERBS or base_word(first) in R.STOP_VERBS or first in R.RELEASE_VERBS
    ):
        return False
    if first.endswith(("s", "ed")) or t.word(1) in R.FUNCTION_WORDS:
        return False  # "Raises ...", "Banned ...": a report; "Ban on ...": a noun
    for k in range(best.index + 1, len(t.toks)):
        if t.toks[k].low in R.SAY_WORDS:
            return any(
                t.word(j) in R.INDUSTRY_SPEAKERS
                or t.word(j) in R.INDUSTRY_BODY_WORDS
                or base_word(t.word(j)) in R.COMPANY_WORDS
                for j in range(k + 1, min(k + 4, len(t.toks)))
            )
    return False


def _drops_a_plan(t: Text, best: Finding) -> bool:
    """ "drops proposed ban on nickel ore exports", "scraps planned export tax": the measure
    was never in force (but "suspends planned export curbs" is a release: ``resuming``)."""
    if base_word(t.toks[best.index].low) not in R.DROP_VERBS or best.at is None:
        return False
    return any(t.toks[k].low in R.PLAN_ADJECTIVES for k in range(best.index + 1, best.at))


def _sentence_start(t: Text, i: int) -> int:
    """The first token after the last "!", "?" or ":" before token i."""
    cut = max(t.text.rfind(c, 0, t.toks[i].start) for c in "!?:")
    return next((k for k, tk in enumerate(t.toks) if tk.start > cut), i) if cut >= 0 else 0


def credited_source(t: Text, k: int) -> bool:
    """ "CRU: Mexico to toughen controls on steel imports": a consultancy or bank before the
    title's colon credits the story whose subject, a place, acts; it gives no view of its own."""
    if k + 2 >= len(t.toks) or t.word(k) in _PEOPLE:
        return False  # "Analysts: EU safeguard review unlikely to change quotas": their view
    return t.word(k + 1) == ":" and t.place_at[k + 2] is not None


#: Analysts named as people, not a firm: a heading of theirs is their view, no credit.
_PEOPLE = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists",
     "forecasters", "brokers", "experts"}
)  # fmt: skip


def after_kicker(t: Text) -> int:
    """Where the title's news starts after a short kicker whose colon a place follows
    ("Smelter Alert: Philippines' ... Ban"): the kicker's words are no subject."""
    for k in range(min(4, len(t.toks) - 1)):
        if t.word(k) == ":":
            return k + 1 if t.place_at[k + 1] is not None else 0
    return 0


def ordered(t: Text, best: Finding) -> bool:
    """ "China has ordered traders to halt ... imports": the firms act on a government's order,
    the government (a place before the order) decides."""
    return any(
        t.word(k) in R.ORDER_VERBS and any(t.place_at[j] is not None for j in range(k))
        for k in range(best.index)
    )
