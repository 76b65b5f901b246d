"""News that sits close to a measure without reporting one (session 28, issue #16).

The product owner's held-out sets still hold false events in news near a measure: a study's
finding on one, a feature's heading, a measure recalled months after it, a rule on an activity
that is no trade, police stopping one cargo, a flow stopped for repairs or by a dispute. Each
check takes the text and the finding the rules would report and says why the headline is no
measure after all, or nothing. They run last among the vetoes of
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`:

- **a study's or a survey's finding** ("Study finds China's gallium export controls lifted
  prices", "Think tank report: steel tariffs cost ...", "Research shows ..."): the finding on a
  measure is the news ("Report says ..." is left to the rules: a report of a measure is one);
- **a view's or a feature's heading** ("Viewpoint: Scrap the tariffs ...", "Op-ed:"; "Timeline:
  ...'s export bans since 2014", "Your questions answered on the new quota system"): a view
  is no news, as "Opinion:" (``EXPLAINER_RE``) already is; a feature's label before a
  measure named by its noun is about it, while an act told after it ("Timeline: Congo extends
  cobalt export ban") stays news, as after "Update:" (``test_classifier_kinds_57.py``);
- **a measure recalled after a span of time** ("payables recover months after Congo's export
  halt", "... weeks after the ban"): the deciding word stands after the span and "after",
  "since" or "on from", past the main clause's own verb;
- **a rule on an activity that is no trade** ("curbs hiring", "a ban on short selling", "lifts
  fee cap", "caps gold purchases on credit cards", "tightens rules on smelting pollution",
  "hits its sales quota"): with no word of goods crossing a border in the text, the measure's
  object is the activity, or the quota a target met;
- **police, guards or troops stopping a cargo** ("border guards stop tungsten concentrate
  cargo"): enforcement on one load, not a measure on the flow;
- **a hold on a market tightened or loosened** ("tightens grip on global nickel supply"):
  figurative, as "control" of a share of world supply is; "tightens control over graphite
  exports" names a flow and stays a measure;
- **a flow stopped for repairs or by a dispute** ("pauses bauxite exports for maintenance",
  "Rail dispute curbs iron ore exports"): operations, as a strike's or a flood's stop already
  is (``DISRUPTION_WORDS``).

Then :func:`tui.engine.classifier_in_force.in_force_veto` (session 29): a measure in force named
beside other news, a ruling or a case on one, and a company named after a place or a metal.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_in_force import in_force_veto
from tui.engine.classifier_text import Finding, Text, base_word, flow_of, measure_of

#: A study's finding at the head of the title: "Study finds", "New research shows", "Survey:",
#: "Think tank report:", "Report finds" (not "Report says": a report of a measure is one). A
#: bare "Research:" heading is read apart (``_RESEARCH_HEAD_RE``): an act may follow it.
_STUDY_HEAD_RE = lazy(
    r"^\s*(?:(?:a|an|the|new|latest)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:(?:study|studies|survey|research|paper|analysis|poll|modell?ing|simulation|audit)\s+"
    r"(?:finds?|found|shows?|showed|suggests?|estimates?|concludes?|reveals?|argues?|says)\b"
    r"|report\s+(?:finds?|found|shows?|showed|estimates?|concludes?|reveals?)\b"
    r"|(?:think[\s-]+tank|academic|study|survey)(?:\s+(?:report|paper|study|note))?\s*:"
    r"|(?:study|survey|poll)\s*:)",
    re.IGNORECASE,
)
#: A bare research heading ("Research:", "Economic Research:", "Policy Research:"): a study's
#: finding when no act follows it ("Research: steel tariffs would cost 75,000 jobs"); a measure
#: acted on after the label ("Research: Congo extends cobalt export ban") stays an event, as
#: after a feature's label (``feature_heading``). The real one, gate3's "Economic Research:
#: Announced Steel And Aluminum Tariffs Would Mean Little Change ...", was vetoed by the gate
#: alone; read by rule in session 27 it moved the gate's threshold (0.116 to 0.098), since
#: session 28 (a measure vetoed costs 0.75 in ``benchmarks/event_gate_training.py``) not.
_RESEARCH_HEAD_RE = lazy(r"^\s*(?:[\w'’.-]+\s+){0,2}?research\s*:", re.IGNORECASE)
#: A view's heading: "Viewpoint:", "Op-ed:", "Guest column:", "Letters:": an opinion whatever
#: it asks for ("Viewpoint: Scrap the tariffs ..."), as "Opinion:" is (``EXPLAINER_RE``).
_VIEW_HEAD_RE = lazy(
    r"^\s*(?:viewpoint|op[\s-]?ed|guest\s+(?:column|post|view|essay)|"
    r"letters?(?:\s+to\s+the\s+editor)?|book\s+review|quiz)\s*[:|\-–—]",
    re.IGNORECASE,
)
#: A feature's heading: "Timeline:", "Interview:", "Recap:", "Fact check:", "Chart:",
#: "Anniversary:", "Retrospective:", "Your questions answered": about a measure named by its noun; an act told after the label
#: ("Timeline: Congo extends cobalt export ban") is news, as after "Update:".
_FEATURE_HEAD_RE = lazy(
    r"^\s*(?:(?:timeline|chronology|interview|recap|backgrounder|explained|fact[\s-]?check|"
    r"reality\s+check|charts?|cheat\s+sheet|anniversary|retrospective|flashback)\s*[:|\-–—]|"
    r"(?:your\s+)?questions\s+answered\b)",
    re.IGNORECASE,
)
#: A span of time before "after", "since" or "on from": "months after", "years since".
_SPANS = R.TIME_SPANS
#: Activities a rule may curb that are no trade: hiring, spending, fees, short selling,
#: purchases on credit, pollution, travel, dividends; an exchange's position limits, a price
#: freeze; digging or making at home; a pastime or a habit (smoking, fishing).
_ACTIVITIES = frozenset(
    {"hiring", "recruitment", "spending", "capex", "cost", "costs", "fee", "fees", "short",
     "short-selling", "dividend", "dividends", "buyback", "buybacks", "bonus",
     "bonuses", "wage", "wages", "pay", "salaries", "pollution", "emissions", "emission",
     "travel", "overtime", "lending", "loans", "borrowing", "credit", "advertising",
     "mining", "smelting", "refining", "production", "output", "dust", "waste", "noise",
     "position", "positions", "price", "prices",
     # a ban on a pastime or a habit: "smoking ban", "fishing ban"
     "smoking", "vaping", "drinking", "alcohol", "fishing", "hunting", "gambling"}
)  # fmt: skip
#: Words of goods crossing a border; with one the activity may be a trade's.
_BORDER = frozenset(
    {"shipment", "shipments", "cargo", "cargoes", "customs", "overseas", "border", "abroad",
     "cross-border", "foreign", "trq", "trqs", "tariff-rate"}
)  # fmt: skip
#: A target met or missed: "hits its quota", "beats production quota", "misses sales quota".
_TARGET_VERBS = R.forms(
    "hit|s|ting", "meet|s|ing", "met", "beat|s|ing", "miss|es|ed|ing", "exceed|s|ed|ing",
    "top|s|ped", "surpass|es|ed", "fill|s|ed", "fulfil|s|led", "fulfill|s|ed",
)  # fmt: skip
_QUOTAS = frozenset({"quota", "quotas", "target", "targets"})
#: A limit's noun after an activity: "fee cap", "pay freeze".
_CAPS = frozenset({"cap", "caps", "limit", "limits", "freeze", "ceiling", "ceilings"})
#: Who polices a load: "border guards", "police", "troops", "coastguard".
_POLICE = frozenset(
    {"police", "policemen", "guards", "guard", "coastguard", "coastguards", "troops",
     "soldiers", "army", "navy", "rangers", "inspectors", "officers", "agents", "gendarmes"}
)  # fmt: skip
#: One load stopped: "cargo", "consignment", "truck", "haul", a "shipment" in the singular.
_LOADS = frozenset(
    {"shipment", "cargo", "consignment", "consignments", "truck", "trucks", "lorry", "lorries", "haul",
     "container", "containers", "boat", "boats", "plane", "vehicle", "vehicles", "convoy"}
)  # fmt: skip
#: Stoppages that are operations, not a government's: a dispute, repairs, a breakdown.
_STOPPAGES = frozenset(
    {"dispute", "disputes", "maintenance", "repairs", "repair", "breakdown", "breakdowns",
     "blockade", "blockades", "sabotage", "shutdown", "standoff", "malfunction", "fault",
     "upgrade", "upgrades", "overhaul", "retooling"}
)  # fmt: skip
#: A government's instrument as the stop's subject: a stoppage word before it is its name.
_INSTRUMENTS = frozenset({"package", "packages", "regulation", "decree", "law", "bill"})
#: "for maintenance", "due to repairs", "because of a breakdown": a stop's operational cause.
_FOR_REPAIRS_RE = lazy(
    r"\b(?:for|due\s+to|because\s+of|owing\s+to|during|amid)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:maintenance|repairs?|breakdowns?|upgrades?|overhaul|"
    r"malfunction|technical\s+(?:issues?|problems?|faults?))\b",
    re.IGNORECASE,
)
#: A hold on a market, not a measure: "tightens grip on nickel supply", "loosens its hold".
_GRIPS = frozenset({"grip", "hold", "stranglehold", "chokehold", "dominance", "clout"})
#: What a hold is on: a market, a supply, an industry ("Tightens Its Grip on Antimony" whose
#: lede tells export controls is left to the lede).
_HELD = frozenset(
    {"supply", "supplies", "market", "markets", "industry", "industries", "sector", "chain",
     "chains", "trade", "pricing", "prices", "output", "production"}
)  # fmt: skip
#: Every word some check needs besides the patterns (asked only with one of them).
_CUES = _SPANS | _ACTIVITIES | _TARGET_VERBS | _POLICE | _STOPPAGES | _GRIPS


def near_measure_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline sits close to a measure without reporting one, else None."""
    text = t.text
    if _STUDY_HEAD_RE.match(text):
        return "speculation", "a study's or a survey's finding on a measure, not news of one"
    if (head := _RESEARCH_HEAD_RE.match(text)) is not None and not _acted(text, head.end(), best):
        return "speculation", "a research heading before a finding on a measure, no act"
    if _VIEW_HEAD_RE.match(text):
        return "speculation", "a view's heading (viewpoint, op-ed, letters): an opinion"
    if not best.verb and _FEATURE_HEAD_RE.match(text):
        return "speculation", "a feature's heading (timeline, interview) on a measure named"
    if _FOR_REPAIRS_RE.search(text, t.toks[best.index].end) and best.rule == "stop":
        return "company", "a flow stopped for repairs or upkeep: operations, not a measure"
    lows = t.lows
    if _CUES.isdisjoint(lows):
        return in_force_veto(t, best)
    if _recalled(t, best):
        return "speculation", "a measure recalled after a span of time: the backdrop"
    if _stopped_by(t, best):
        return "company", "a dispute or an operational stop halts the flow, not a government"
    if _load_stopped(t, best):
        return "company", "police or guards stop one load: enforcement, not a measure"
    if _grip(t, best):
        return "speculation", "a hold on a market tightened or loosened: figurative, no measure"
    if _target_met(t, best):
        return "speculation", "a quota met or missed: a target, not a trade measure"
    if not any(w in _BORDER or flow_of(w) is not None for w in lows) and _activity_ruled(t, best):
        return "speculation", "a rule on an activity that is no trade"
    return in_force_veto(t, best)


def _acted(text: str, start: int, best: Finding) -> bool:
    """Whether the tail of a title from ``start`` reports an act on the measure: a verb read
    with it, not a participle opening the tail as an adjective ("Research: Announced steel
    tariffs would mean little change") nor a passive release ("curbs lifted prices")."""
    first = text[start:].split(maxsplit=1)[:1]
    if first and first[0].lower().endswith("ed"):
        return False
    return best.verb and best.rule != "passive-release"


def _recalled(t: Text, best: Finding) -> bool:
    """ "Payables recover months after Congo's export halt": a span of time and "after",
    "since" or "on from" before the deciding word, in its clause, with no verb of the rules
    deciding before the span.

    Not :func:`tui.engine.classifier_in_force._span_into` ("a year into the ban", a measure
    still in force), on purpose: "after" or "since" looks back on the measure, so a deciding
    word before the span always decides and one after it never does, and only punctuation
    ends the clause."""
    k = best.measure_at
    for j in range(k - 1, 0, -1):
        low = t.toks[j].low
        if low in (",", ";", ":", "|"):
            return False
        if low in R.SPAN_AFTER and t.word(j - 1) in _SPANS:
            return best.index > j  # "lifts ban months after imposing it": the act decides
    return False


def _stopped_by(t: Text, best: Finding) -> bool:
    """ "Rail dispute in South Africa curbs iron ore exports": a stoppage noun in the verb's
    subject, the verb stopping or curbing a flow (not in the name of a law or package that
    is the subject)."""
    if not best.verb or best.rule != "stop":
        return False
    for j in range(best.index - 1, -1, -1):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|", "to"):
            return False  # another clause; "dispute prompts Chile to curb ...": Chile acts
        if low in _INSTRUMENTS:
            return False  # "adopts 'maintenance and alignment' package banning": a law's name
        if base_word(low) in _STOPPAGES:
            return True
    return False


def _load_stopped(t: Text, best: Finding) -> bool:
    """ "Kyrgyz border guards stop tungsten concentrate cargo": police, guards or troops as the
    subject of a stop verb whose object, before any flow word, is one load."""
    if not best.verb or best.rule != "stop":
        return False
    if _POLICE.isdisjoint(tk.low for tk in t.toks[: best.index]):
        return False
    for j in range(best.index + 1, min(best.index + 7, len(t.toks))):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", ";", ":"):
            return False
        if low in _LOADS:
            return True
        if flow_of(low) is not None:
            return False
    return False


def _activity_ruled(t: Text, best: Finding) -> bool:
    """ "Developer curbs hiring", "a ban on short selling", "lifts fee cap", "caps gold
    purchases on credit cards", "tightens rules on smelting pollution": an activity word as
    the deciding verb's or noun's object (up to four words after it, or after "on"), or right
    before the measure noun ("cost controls", "fee cap")."""
    k = best.measure_at
    if t.word(k - 1) in _ACTIVITIES or (t.toks[k].low in _ACTIVITIES and t.word(k + 1) in _CAPS):
        return True
    start = best.measure_at + 1
    if t.word(start) in _ACTIVITIES and t.word(start).endswith("ing"):
        return True  # "curbs hiring" read as a noun: the activity right after it
    if t.word(start) in ("on", "over"):
        start += 1  # "a ban on short selling"
    elif measure_of(t.word(start)) is not None and t.word(start + 1) == "on":
        start += 2  # "tightens rules on ...", "imposes curbs on ..."
    elif not best.verb or best.measure_at != best.index:
        return False  # a noun's object is told after "on"; "tariffs may raise costs" is harm
    for j in range(start, min(start + 4, len(t.toks))):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|"):
            return False
        if low in _ACTIVITIES:
            return True
        if t.place_at[j] is not None:
            return False  # "curbs purchases from Russia": a place's goods
    return False


def _grip(t: Text, best: Finding) -> bool:
    """ "Indonesia tightens grip on global nickel supply", "loosens its hold on lithium
    industry": the deciding verb's object (past a possessive) is a hold on a market, a supply
    or an industry, and no flow word follows in its clause ("tightens control over graphite
    exports" is a measure; a grip on a metal alone is left to the lede)."""
    if not best.verb:
        return False
    j = best.index + 1
    if t.word(j) in ("its", "their", "her", "his", "a", "the"):
        j += 1
    if t.word(j) not in _GRIPS:
        return False
    held = False
    for k in range(j + 1, len(t.toks)):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|"):
            break
        if flow_of(low) is not None:
            return False
        held = held or low in _HELD
    return held


def _target_met(t: Text, best: Finding) -> bool:
    """ "Export sales team hits quota", "Miner beats its production quota": a verb of a target
    met or missed right before the quota (past a possessive or one adjective); "hit by" or
    "hit with" a quota is the quota falling on its subject ("exports hit by safeguard quota")."""
    k = best.measure_at
    if t.toks[k].low not in _QUOTAS:
        return False
    return any(
        t.word(j) in _TARGET_VERBS and t.word(j + 1) not in ("by", "with")
        for j in range(max(0, k - 3), k)
    )
