"""Genres of metals news that name a measure and report none (asked by
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`):

- **a court's step that decides nothing**: "Trade court hears arguments over Section 232
  tariffs", "CIT remands Commerce's anti-dumping margin", "Supreme Court to weigh emergency
  tariff powers": a court, a judge or a tribunal that hears, weighs, remands or adjourns
  (a court that suspends, halts or strikes down a measure is the rules' release);
- **an election's talk of a measure**: "Opposition candidate attacks government's nickel export
  ban", "Campaign ads tout steel tariffs", "presidential hopefuls spar over ... licence rules":
  candidates, voters, an opposition or a campaign before a measure named by its noun (a pledge,
  vow or promise is left to the rules: a pledge is ``proposed``);
- **a campaign against a measure**: "Steel users launch campaign against tariff extension":
  lobbying;
- **a carrier's or an insurer's own charge**: "Container lines add tariff surcharge on
  US-bound aluminium": shipping lines, carriers, shipowners, insurers or forwarders acting,
  their charge or their cover, no government's;
- **a quota's fill**: "Imports under EU steel safeguard quota reach 80%", "exports under quota
  total 18,000 t", "steel TRQ to the US 92% filled": how much of a quota in force is used,
  figures, not a measure (as ``QUOTA_SHARE_RE`` reads "quota exhausted");
- **a forecast revised**: "ANZ cuts iron ore forecast on weaker Chinese steel exports amid
  anti-dumping wave": a bank, a broker or a firm revising its forecast, outlook, guidance or
  target, the measure only its cause in a later clause;
- **a trade body known by its name asks**: "Eurofer urges Brussels to tighten steel
  safeguard": a producers' association named by its acronym or name, then a verb of appeal.

Each check reads the text's own words; a word-set test comes first.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_mentions import COURT_WORDS
from tui.engine.classifier_text import Finding, Text

#: Who judges: a court, a judge, a tribunal, the justices.
_COURTS = COURT_WORDS | {"justices", "justice"}
#: A court's steps that decide nothing: hearing, weighing, remanding, adjourning, reserving.
_COURT_STEPS = R.forms(
    "hear|s|ing", "heard", "weigh|s|ed|ing", "remand|s|ed|ing", "adjourn|s|ed|ing",
    "reserve|s|d", "reserving", "schedule|s|d", "scheduling", "consider|s|ed|ing",
    "question|s|ed|ing", "mull|s|ed|ing", "review|s|ed|ing",
)  # fmt: skip
#: Who talks of a measure in an election: candidates, voters, an opposition, a campaign (not
#: "ad", an anti-dumping duty's abbreviation, nor "primary", as in primary aluminium).
_ELECTION = frozenset(
    {"candidate", "candidates", "hopeful", "hopefuls", "challenger", "challengers",
     "contender", "contenders", "voters", "voter", "electorate", "opposition", "campaign",
     "campaigns", "electioneering", "hustings"}
)  # fmt: skip
#: A pledge is the rules' ``proposed`` measure, never vetoed here.
_PLEDGES = R.forms("pledge|s|d", "vow|s|ed", "promise|s|d", "promising", "pledging", "vowing")
#: A campaign, drive or push against (or for) something: lobbying.
_DRIVES = frozenset({"campaign", "campaigns", "drive", "crusade", "petition", "push"})
#: Who carries, insures or forwards goods: their charge or cover is their own.
_CARRIERS = frozenset(
    {"lines", "carriers", "carrier", "shipowners", "shipowner", "insurers", "insurer",
     "underwriters", "forwarders", "railroads", "railways", "truckers", "airlines",
     "charterers"}
)  # fmt: skip
#: A quota's fill: "quota reach 80%", "TRQ ... 92% filled", "under quota total 18,000 t".
_QUOTA_FILL_RE = lazy(
    r"\b(?:quotas?|trqs?|tariff-rate\s+quotas?|allocations?)\b[^;:|]{0,30}?\b\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent)\s+(?:filled|full|used|utili[sz]ed|exhausted|taken)\b"
    r"|\bunder\s+(?:[\w'’-]+\s+){0,5}?(?:quotas?|trqs?)\s+(?:reach(?:es|ed)?|total(?:s|led|ed)?"
    r"|hit|hits|top(?:s|ped)?|near(?:s|ed)?|pass(?:es|ed)?|exceed(?:s|ed)?)\s+\d",
    re.IGNORECASE,
)
#: What a bank, a broker or a firm forecasts.
_FORECASTS = frozenset(
    {"forecast", "forecasts", "outlook", "outlooks", "guidance", "target", "targets",
     "estimate", "estimates", "deck", "view", "rating", "projection", "projections"}
)  # fmt: skip
#: Verbs that revise a forecast.
_REVISES = R.forms(
    "cut|s|ting", "trim|s|med|ming", "lower|s|ed|ing", "raise|s|d", "raising", "lift|s|ed|ing",
    "keep|s", "kept", "revise|s|d", "revising", "upgrade|s|d", "downgrade|s|d", "boost|s|ed",
    "slash|es|ed", "hike|s|d", "maintain|s|ed", "reiterate|s|d",
)  # fmt: skip
#: Producers' associations known by their names.
_BODY_NAMES = frozenset(
    {"eurofer", "eurometaux", "aisi", "worldsteel", "cisa", "cnia", "issda", "ssina",
     "euroalliages", "eurometal"}
)  # fmt: skip
#: Verbs of appeal after a body's name.
_APPEALS = R.APPEAL_VERBS | R.forms(
    "call|s|ed", "press|es|ed", "push|es|ed", "lobby", "lobbies", "lobbied", "demand|s|ed",
    "seek|s", "sought", "petition|s|ed",
)  # fmt: skip
_CUES = (
    _COURTS | _ELECTION | _DRIVES | _CARRIERS | _FORECASTS | _BODY_NAMES
    | {"quota", "quotas", "trq", "trqs", "under", "allocation", "allocations"}
)  # fmt: skip


def genre_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the text is news of one of the module's genres, not a measure."""
    if _CUES.isdisjoint(t.lows):
        return None
    if _court_step(t, best):
        return "speculation", "a court's step that decides nothing: no measure"
    if _election_talk(t, best):
        return "speculation", "an election's talk of a measure: no measure"
    if _drive_against(t, best):
        return "company", "a campaign against a measure: lobbying, not a measure"
    if _carriers_own(t, best):
        return "company", "a carrier's or an insurer's own charge or cover: no measure"
    if _QUOTA_FILL_RE.search(t.text) is not None:
        return "speculation", "how much of a quota is used: figures, not a measure"
    if _forecast_revised(t, best):
        return "speculation", "a forecast revised, the measure its cause: no measure"
    if _body_appeals(t, best):
        return "company", "a trade body named asks for a measure: lobbying"
    return None


def _clause_start(t: Text, k: int) -> int:
    """The first token of the clause holding token k."""
    return max((j + 1 for j in range(k) if t.lows[j] in R.CLAUSE_BREAK), default=0)


def _court_step(t: Text, best: Finding) -> bool:
    """A court's word, then ("to") a step that decides nothing, before the measure."""
    lows = t.lows
    for k in range(min(best.measure_at, len(lows))):
        if lows[k] not in _COURTS:
            continue
        j = k + 2 if t.word(k + 1) == "to" else k + 1
        if j < best.measure_at and lows[j] in _COURT_STEPS:
            return True
    return False


def _election_talk(t: Text, best: Finding) -> bool:
    """Election's speakers in the measure's clause before it, the measure named by its noun,
    no pledge in the text."""
    if best.verb or not _PLEDGES.isdisjoint(t.lows):
        return False
    k = best.measure_at
    return any(t.lows[j] in _ELECTION for j in range(_clause_start(t, k), k))


def _drive_against(t: Text, best: Finding) -> bool:
    """ "campaign against" (a drive, a push, a petition) before the measure in its clause."""
    k = best.measure_at
    return any(
        t.lows[j] in _DRIVES and t.word(j + 1) == "against" for j in range(_clause_start(t, k), k)
    )


def _carriers_own(t: Text, best: Finding) -> bool:
    """Carriers, insurers or forwarders as the subject of the deciding word's clause, no place
    among them ("Container lines add tariff surcharge")."""
    k = min(best.index, best.measure_at)
    subject = range(_clause_start(t, k), k)
    if any(t.place_at[j] is not None for j in subject):
        return False
    return any(t.lows[j] in _CARRIERS for j in subject)


def _forecast_revised(t: Text, best: Finding) -> bool:
    """A verb revising a forecast, the forecast within four words, both in a clause before
    the measure's, no place before the verb (a government's target is its own)."""
    lows = t.lows
    k = best.measure_at
    start = _clause_start(t, k)
    for v in range(start):
        if lows[v] not in _REVISES:
            continue
        if any(t.place_at[j] is not None for j in range(_clause_start(t, v), v)):
            return False
        if any(lows[j] in _FORECASTS for j in range(v + 1, min(start, v + 5))):
            return True
    return False


def _body_appeals(t: Text, best: Finding) -> bool:
    """A trade body's name, then within two words a verb of appeal, before the measure."""
    lows = t.lows
    for k in range(min(best.measure_at, len(lows))):
        if lows[k] in _BODY_NAMES and not _APPEALS.isdisjoint(lows[k + 1 : k + 3]):
            return True
    return False
