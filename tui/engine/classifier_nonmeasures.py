"""Kinds of news that name a measure without reporting one (session 19).

Each check takes the text and the finding the rules would report, and says why the headline is
no measure after all, or nothing. They run with the other vetoes
(:func:`tui.engine.classifier_vetoes.find_veto`):

- **sanctions on people, networks and private firms** ("Treasury sanctions gold smuggling
  network", "sanctions on traders linked to ..."): no measure on a metal's trade; sanctions on
  a state's company, agency or sector, or on a country's metal, are
  (:mod:`tui.engine.classifier_sanctioned_parties`);
- **evading a measure** ("to evade sanctions", "a gap in western sanctions", "skirting export
  controls"): the measure is what is dodged;
- **a court's or the WTO's ruling, a case brought** ("panel rules against ...'s export
  limits", "court rules officials wrongly granted permits", "files WTO case against ...
  tariffs"): the ruling or the case is the news; a national court that suspends a duty or
  rules against it is read by the rules as a release;
- **what a country must or should do** ("X must impose tariffs", "Why X should restrict
  exports"): a call or an opinion; traders who "must" hold a licence under a rule are not asked,
  and "X says Y should ..." is left to the rules on speakers (a leader's own "should consider"
  is a plan).

Two more, goods under a measure traded and a firm barred from a bullion market, are in
:mod:`tui.engine.classifier_traded_under`.

Then rules on a metal that are not on its trade (:mod:`tui.engine.classifier_nontrade`: a
mining quota, an EV credit's sourcing rule, a tax on miners, a mining permit), and the kinds of
:mod:`tui.engine.classifier_sidelines` (a measure's effect, a vote against
it), of :mod:`tui.engine.classifier_backdrops` (a measure as the backdrop of other
news: a heading's verdict, trade figures, a measure of years ago, a measure risked, relief
asked, a market report) and of :mod:`tui.engine.classifier_outlooks` (a measure's harm
foretold, a measure only as a premise, a measure looming behind a mood).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_backdrops import backdrop_veto
from tui.engine.classifier_beside_acts import beside_act_veto
from tui.engine.classifier_called_tail import called_tail_veto
from tui.engine.classifier_felt import felt_veto
from tui.engine.classifier_genres import genre_veto
from tui.engine.classifier_near_measures import near_measure_veto
from tui.engine.classifier_near_news import near_news_veto
from tui.engine.classifier_nontrade import nontrade_veto
from tui.engine.classifier_other_goods import other_goods_veto
from tui.engine.classifier_outlooks import outlook_veto
from tui.engine.classifier_policy_news import policy_news_veto
from tui.engine.classifier_price_rules import price_rule
from tui.engine.classifier_sanctioned_parties import clause_words, listed_parties, sanctions_parties
from tui.engine.classifier_sidelines import sideline_veto
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of
from tui.engine.classifier_told_about import told_about_veto
from tui.engine.classifier_traded_under import exchange_rule, goods_under_measure
from tui.engine.classifier_unmade import unmade_veto

#: Dodging a measure: "evade sanctions", "skirting export controls", "sanctions evasion".
_EVADE = R.forms(
    "evade|s|d",
    "evading",
    "evasion",
    "skirt|s|ed|ing",
    "circumvent|s|ed|ing",
    "circumvention",
    "dodge|s|d",
    "dodging",
    "bypass|es|ed|ing",
    "flout|s|ed|ing",
    "bust|s|ed|ing",
)
#: A hole in a measure: "a gap in western sanctions", "loophole in the export ban".
_HOLES = frozenset({"gap", "gaps", "loophole", "loopholes", "hole", "holes"})
#: Who rules on a measure, and how.
_ARBITERS = frozenset({"panel", "tribunal", "wto", "arbitrator", "arbiter"})
_COURTS = frozenset({"court", "courts", "judge", "judges"})
_RULINGS = R.forms("rule|s|d", "ruling", "find|s", "found", "declare|s|d", "uphold|s", "upheld")
#: A case brought against a measure: "WTO case against ...", "complaint over ...".
_CASES = frozenset(
    {"case", "cases", "complaint", "complaints", "challenge", "dispute", "lawsuit", "suit"}
)
_AGAINST = frozenset({"against", "over", "on", "to"})
#: A duty laid on someone: "must", "should", "ought to", "needs to", "need to".
_MODALS = frozenset({"must", "should", "ought", "needs", "need"})
#: What a call asks a government to do besides imposing: "should consider", "must respond".
_CALLED_ACTS = frozenset({"consider", "respond", "act", "retaliate", "hit", "use", "adopt"})
#: A transaction stopped, not a flow: "blocks takeover of ...", "halts sale of ... stake".
_DEALS = frozenset(
    {"deal", "takeover", "merger", "acquisition", "purchase", "bid", "sale", "stake", "buyout"}
)
#: "must be considered", "should be weighed": a call to weigh, not a measure.
_WEIGHED = frozenset({"considered", "weighed", "examined", "reviewed", "discussed", "studied"})
#: A response promised, not taken: "vows all-out response to ...", "pushes firm response".
_PROMISES = R.forms(
    "vow|s|ed",
    "promise|s|d",
    "pledge|s|d",
    "push|es|ed",
    "seek|s",
    "sought",
    "weigh|s|ed",
    "mull|s|ed",
    "consider|s|ed",
    "plan|s|ned",
    "demand|s|ed",
    "urge|s|d",
)
_RESPONSES = frozenset({"response", "responses", "retaliation", "reply", "riposte"})
#: Who must act under a rule, not a government asked to act.
_BOUND = frozenset(
    {"exporters", "importers", "traders", "buyers", "sellers", "shippers", "firms",
     "companies", "miners", "producers", "dealers", "refiners", "smelters", "holders"}
)  # fmt: skip


#: The words without which a check of ``nonmeasure_veto`` gives no veto (see
#: :mod:`tui.engine.classifier_veto_cues`): asked only when one of them is a token.
_EVADED_CUES = _EVADE | _HOLES  # _evaded
_RULED_CUES = _RULINGS | _CASES  # _ruled_on
_NONMEASURE_CUES = frozenset().union(_EVADED_CUES, _RULED_CUES, _MODALS, _RESPONSES, _DEALS)


def nonmeasure_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure of one of the module's kinds without
    reporting one, else None."""
    lacks = _NONMEASURE_CUES.intersection(t.lows).isdisjoint  # a gated check's words
    if sanctions_parties(t, best) or listed_parties(t, best):
        return "company", "sanctions on people, a network or private firms, not on goods"
    if not lacks(_EVADED_CUES) and _evaded(t, best):
        return "speculation", "a measure evaded or its gap: not news of a measure"
    if not lacks(_RULED_CUES) and _ruled_on(t, best):
        return "speculation", "a court's or the WTO's ruling, or a case, on a measure"
    if not lacks(_MODALS) and _called_duty(t, best):
        return "company", "what a government must or should do: a call, not a measure"
    if goods_under_measure(t, best):
        return "speculation", "goods under a measure traded: the trade is the news"
    if not lacks(_RESPONSES) and _response_promised(t, best):
        return "speculation", "a response promised to another's measure: no measure named"
    if exchange_rule(t, best):
        return "company", "a firm barred from a bullion market, not a trade measure"
    if not lacks(_DEALS) and _deal_stopped(t, best):
        return "company", "a takeover, deal or sale stopped: no trade measure"
    if (nontrade := nontrade_veto(t, best) or other_goods_veto(t, best)) is not None:
        return nontrade
    if price_rule(t, best):
        return "speculation", "a control or cap on a price: no trade measure"
    if (policy := policy_news_veto(t, best)) is not None:
        return policy
    return (
        sideline_veto(t, best)
        or backdrop_veto(t, best)
        or told_about_veto(t, best)
        or outlook_veto(t, best)
        or near_measure_veto(t, best)
        or near_news_veto(t, best)
        or beside_act_veto(t, best)
        or genre_veto(t, best)
        or felt_veto(t, best)
        or called_tail_veto(t, best)
        or unmade_veto(t, best)
    )


def _evaded(t: Text, best: Finding) -> bool:
    """ "to evade sanctions on ...", "a gap in western sanctions", "sanctions evasion": the
    deciding measure is the object of a dodge or holds a hole, within three words."""
    k = best.measure_at
    for j in range(k - 1, max(-1, k - 5), -1):
        low = t.toks[j].low
        if low in _EVADE or (low == "in" and t.word(j - 1) in _HOLES):
            return True
        if low in R.CLAUSE_BREAK or low in R.IMPOSE_VERBS or low in (",", "|"):
            return False
    return t.word(k + 1) in _EVADE


def _ruled_on(t: Text, best: Finding) -> bool:
    """ "WTO panel rules against ...", "court finds ... levy unlawful", "files WTO case against
    ... tariffs": a court, panel or the WTO before a ruling verb, or a case brought against the
    measure, before the deciding word in its clause."""
    before = [tk.low for tk in t.toks[: best.index + 1]]
    for j, low in enumerate(before):
        ruling = next((k for k in (j + 1, j + 2) if t.word(k) in _RULINGS), None)
        if ruling is None and low in _COURTS and t.word(j + 1) == "of":
            ruling = _named_court_ruling(t, j + 2)  # "Court of International Trade upholds"
        if ruling is not None and low in _ARBITERS:
            return True
        if ruling is not None and low in _COURTS and t.word(ruling + 1) != "against":
            # a national court ruling against a measure, or a ruling that lifts it ("court
            # ruling lifts tariffs"), strikes it down: a release
            return best.index != ruling + 1 or best.rule != "release"
        if low in _CASES and t.word(j + 1) in _AGAINST and j < best.index:
            return not any(w in R.CLAUSE_BREAK for w in before[j + 1 :])
    return False


def _named_court_ruling(t: Text, k: int) -> int | None:
    """The ruling verb after a court's name in capitals ("Court of International Trade
    upholds", "Court of Appeals finds"): its index, within three words, else None."""
    for m in range(k, min(k + 4, len(t.toks))):
        if t.toks[m].low in _RULINGS:
            return m
        if not t.toks[m].text[:1].isupper():
            return None
    return None


def _called_duty(t: Text, best: Finding) -> bool:
    """ "Brazil must impose tariffs on ...", "Why Vietnam should restrict ... exports": a modal
    of duty right before the deciding act (or a call to consider, respond), its subject no
    trader bound by a rule."""
    for j in range(best.index - 1, max(-1, best.index - 8), -1):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", "|", ":"):
            return False
        if low not in _MODALS or (low in ("need", "needs", "ought") and t.word(j + 1) != "to"):
            continue
        subject = [tk.low for tk in t.toks[:j]]
        if not _BOUND.isdisjoint(subject) or not R.SAY_WORDS.isdisjoint(subject):
            return False  # a trader bound; a speaker's own words are the speaker rules'
        step = j + 2 if t.word(j + 1) == "to" else j + 1
        nxt = t.word(step)
        if nxt == "be" and t.word(step + 1) in _WEIGHED:
            return True  # "must be considered in further sanctions"
        return step == best.index or nxt in _CALLED_ACTS or nxt in R.IMPOSE_VERBS
    return False


def _deal_stopped(t: Text, best: Finding) -> bool:
    """ "blocks Chinese takeover of lithium miner", "halts sale of copper mine stake": the stop
    verb's object, before any flow word, is a transaction."""
    if not best.verb or best.rule != "stop":
        return False
    for low in clause_words(t, best.index + 1, len(t.toks)):
        if low in _DEALS:
            return True
        if flow_of(low) is not None or measure_of(low) is not None:
            return False
    return False


def _response_promised(t: Text, best: Finding) -> bool:
    """ "S. Korea vows all-out response to EU quota cut", "Canada promises response will be
    'clear' on US tariffs": a promise verb whose object, within four words, is a response
    noun, before the deciding word (the measure responded to); a response launched or a
    measure named as the response ("responds with 25% tariffs") is read by the rules."""
    k = best.measure_at
    for j in range(k - 1, -1, -1):
        if t.toks[j].low in _RESPONSES:
            return any(t.word(m) in _PROMISES for m in range(max(0, j - 4), j)) and not any(
                t.toks[m].low == "with" for m in range(j + 1, k)
            )
    return False
