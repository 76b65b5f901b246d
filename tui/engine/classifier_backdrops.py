"""A measure named as the backdrop of other news, not reported (session 20).

More kinds of news that name a measure without reporting one, run with
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`:

- **a measure as a heading, then a reaction or a verdict** ("Trump's 50% tariff on copper:
  Chile fears a glut", "Indonesia's ore export ban: bad for itself"): the heading names the
  measure and the tail, after a colon, is what someone fears or thinks of it; a tail that states
  the measure's terms or an act on it ("...: exporters must apply for licences", "...: Trump sets
  50% rate") is not one;
- **trade figures under a measure** ("12% of Vietnam's steel exports now subject to duties",
  "platinum exports to US drop 20% under new tariff"): a share of trade subject to a measure, or
  a flow that moves "under", "since" or "despite" it, is data on trade, not a measure;
- **a measure of years ago recalled** ("Two years after Zimbabwe's lithium ore export ban,
  refineries multiply", "A decade after Indonesia banned ore exports, Jakarta eyes copper"):
  the opening phrase dates the measure and the news after its comma is something else (a new
  act after the comma, "Two years after ban, Zimbabwe lifts curbs", is read by the rules);
- **a measure risked or escaped** ("talks stall, risking new tariffs on steel", "Mexican steel
  may escape US tariffs", "Swiss gold might not face US duties"): a measure that may come or
  may not, named as a risk: no plan of a government;
- **relief asked for in the past tense** ("Japan's minister asked the US to exclude Japan from
  steel tariffs", "Seoul requested Washington exclude Korean steel from quotas"): an appeal, as
  relief sought already is (README "Trade-policy statuses");
- **a market report dated by its year** ("Cobalt Market Outlook 2027: Export Bans",
  "Industry Forecast to 2032", "Copper Supply Chain 2026: Tariffs"): a report's title; and a
  study's or a poll's finding ("Study finds ...", "New report shows ...", "Research: ...",
  "Poll shows ...", "... in survey");
- **a measure said to be something** ("Steel tariffs are a tax on ...", "the ore ban is a gift
  to smelters"): a view ("the ban is back in force" is read by the rules);
- **an investigation that could lead to a measure** ("probe that may result in duties"): an
  investigation opened is no event (README);
- **a debate, row or backlash over a measure** ("Debate over ...'s export ban heats up");
- **"control" that is no trade control**: a share of world supply held ("could control a third
  of the world's lithium") or a control of something else ("pollution control agency").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_flow_figures import counted_after
from tui.engine.classifier_text import (
    Finding,
    Text,
    acts_on_measure,
    base_word,
    flow_of,
    measure_of,
)

#: What a reaction or a verdict on a measure says: "fears", "a boon", "bad for", "the wrong".
_VERDICTS = frozenset(
    {
        "fear", "fears", "feared", "worry", "worries", "worried", "fret", "frets", "fretting",
        "cheer", "cheers", "welcome", "welcomes", "slam", "slams", "hail", "hails", "brace",
        "braces", "bad", "good", "wrong", "costly", "boon", "blow", "mistake", "folly",
        "disaster", "failure", "backfire", "backfires", "gamble", "headache", "windfall",
        "lifeline", "winners", "losers", "worse", "better", "self-defeating", "misguided",
    }
)  # fmt: skip
#: Words of a share of trade: "12% of", "half of", "one in ten", "a third of".
_SHARES = frozenset(
    {"%", "percent", "per", "half", "third", "quarter", "share", "fifth", "tenth", "most", "bulk",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)  # fmt: skip
#: A flow's figure beside its verb: "exports zero germanium", "imports hit record".
_FIGURES = frozenset({"zero", "record", "nothing", "no"})
#: A flow that moves: "exports drop 20%", "imports slump".
_MOVES = R.forms(
    "drop|s|ped", "fall|s", "fell", "rise|s", "rose", "jump|s|ed", "slump|s|ed", "surge|s|d",
    "plunge|s|d", "climb|s|ed", "soar|s|ed", "tumble|s|d", "sink|s", "sank", "slide|s", "slid",
    "dip|s|ped", "decline|s|d", "shrink|s", "shrank", "grow|s", "grew", "slow|s|ed",
    "double|s|d", "triple|s|d", "quadruple|s|d", "slip|s|ped", "collapse|s|d", "dry",
    "dries", "dried", "crash|es|ed", "dwindle|s|d", "halve|s|d",
)  # fmt: skip
#: What ties a moved flow to the measure it moves under: "under new tariff", "since sanctions",
#: "set record before quota reset".
_UNDER = frozenset({"under", "since", "despite", "amid", "after", "as", "on", "before", "ahead"})
#: A time gone by before a measure (then :data:`R.SPAN_AFTER`): "two years after", "a decade on
#: from", "ten years since".
_SPANS = frozenset({"year", "years", "decade", "decades", "months"})
#: A measure risked or escaped: "risking new tariffs", "may escape tariffs", "might not face".
_RISKING = frozenset({"risking", "risks", "risk", "risked"})
_ESCAPE = frozenset({"escape", "escapes", "avoid", "avoids", "dodge", "evade"})
_MAY = frozenset({"may", "might", "could"})
#: Relief or a measure only hoped or bid for: "Korea's bid for zero tariff", "hopes of relief".
_BIDS = frozenset({"bid", "bids", "hope", "hopes", "quest", "plea", "pleas"})
#: Asked in the past tense: "asked the US to exclude", "requested Washington exclude".
_ASKED = frozenset({"asked", "requested", "urged", "pressed", "lobbied", "implored"})
_SPARE = R.forms("exclude|d", "exempt|ed", "spare|d", "remove|d", "waive|d", "drop|ped", "lift|ed")
#: A report's title dated by its year: "Market Outlook 2027", "forecast to 2032", "2026 outlook".
_REPORT_RE = lazy(
    r"\b(?:outlook|forecasts?|report|insights?|projections?|supply\s+chain|market\s+size)\s*,?\s*"
    r"(?:to\s+|for\s+|through\s+|until\s+)?20\d\d\b"
    r"|\b20\d\d\s+(?:market\s+)?(?:outlook|forecast)\b",
    re.IGNORECASE,
)


#: What an investigation "could lead to": "probe that may result in duties".
_LEADS = frozenset({"lead", "result", "bring", "end", "pave", "open", "usher", "trigger"})
_MODALS = frozenset({"could", "may", "might", "would", "can", "will"})
#: A quarrel or a debate over a measure: "debate over export limits", "row over copper tax".
_QUARRELS = frozenset(
    {"debate", "debates", "row", "rows", "controversy", "backlash", "outcry", "uproar",
     "furore", "furor", "spat", "feud", "rift", "storm", "anger", "fury", "criticism"}
)  # fmt: skip
_ABOUT = frozenset({"over", "about", "around", "against"})
#: "control" of what is not trade: "pollution control agency", "emission control rules".
_OTHER_CONTROLS = frozenset(
    {"pollution", "emission", "emissions", "environmental", "flood", "damage", "traffic",
     "pest", "fire", "noise", "dust", "infection", "disease", "border", "gun", "guns",
     "firearm", "firearms", "weapon", "weapons", "birth", "crowd", "capital"}
)  # fmt: skip
#: A state's hold on a sector, not on a flow: "tightening state control over gold mining".
_HOLDERS = frozenset({"state", "government", "central"})
_CONTROL = frozenset({"control", "controls", "controlled", "controlling"})
#: A poll's or a survey's finding: "Poll shows ... back copper export tax", "... in survey".
_POLL_RE = lazy(
    r"^\s*(?:(?:a|new|the|latest)\s+)*(?:poll|survey)\s*:"
    r"|\b(?:poll|survey)\s+(?:shows|finds|found|says|suggests)\b"
    r"|\bin\s+(?:a\s+|new\s+)?(?:[\w'’-]+\s+)?(?:poll|survey)\s*$",
    re.IGNORECASE,
)
#: A study's finding told: "Study finds ...", "New report shows ...", "Research: ...", "...,
#: paper finds" ("Report: ..." alone is a wire's way of reporting news, not a study).
_FINDINGS_RE = lazy(
    r"^\s*(?:(?:a|new|the|latest)\s+)*(?:study|studies|research|paper|survey|analysis)\s*"
    r"(?::|\b(?:finds|found|shows|showed|suggests|reveals|estimates))"
    r"|^\s*(?:(?:a|new|the|latest)\s+)*report\s+(?:finds|found|shows|showed|suggests|reveals)\b"
    r"|[,–—-]\s*(?:new\s+)?(?:study|research|paper|survey)\s+(?:finds|shows|says|suggests)\s*$",
    re.IGNORECASE,
)


def backdrop_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure as the backdrop of other news."""
    if _heading_verdict(t, best) or _called_a(t, best):
        return "speculation", "a measure as a heading, then a reaction or a verdict on it"
    if _trade_figures(t, best):
        return "market", "trade figures under a measure: data, not a measure"
    if _years_after(t, best) or _dated_measure(t, best):
        return "speculation", "a measure of years ago recalled: the news is something else"
    if _risked(t, best):
        return "speculation", "a measure risked or escaped: no plan of a government"
    if _asked_for_relief(t, best):
        return "company", "relief asked of another government: an appeal, not a measure"
    if _inquiry_could_lead(t, best):
        return "speculation", "an investigation that could lead to a measure: none yet"
    if _debated(t, best):
        return "speculation", "a debate, row or backlash over a measure: not news of one"
    if _control_share(t, best):
        return "market", "a share of world supply controlled, or a control that is no trade's"
    if not best.verb and (  # the three patterns only for a noun's finding (most are verbs')
        _REPORT_RE.search(t.text) or _FINDINGS_RE.search(t.text) or _POLL_RE.search(t.text)
    ):
        return "speculation", "a market report's title, a study's or a poll's finding"
    return None


def _heading_verdict(t: Text, best: Finding) -> bool:
    """ "US tariffs on Canadian aluminium: a boon for smelters": the measure, a noun, heads the
    title before its first colon, and the tail names a reaction or a verdict but no act and no
    word of obligation."""
    if best.verb:
        return False
    colon = next((k for k in range(best.index + 1, len(t.toks)) if t.toks[k].low == ":"), None)
    if colon is None or any(t.toks[k].low in (":", "|") for k in range(colon)):
        return False
    tail = [tk.low for tk in t.toks[colon + 1 :]]
    if any(acts_on_measure(w) or w in ("must", "required", "need", "needs") for w in tail):
        return False
    return any(base_word(w) in _VERDICTS for w in tail)


#: A measure said to be something: "tariffs are a tax on ...", "the ban was a mistake".
_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "proves", "proved"})


def _called_a(t: Text, best: Finding) -> bool:
    """ "Steel tariffs are a tax on American workers", "the ore ban is a gift to smelters": the
    measure, a noun, then a copula and "a" or "an": what it is said to be, a view ("the ban is
    back in force" states it, and is read by the rules)."""
    k = best.measure_at
    return not best.verb and t.word(k + 1) in _COPULAS and t.word(k + 2) in ("a", "an")


def _trade_figures(t: Text, best: Finding) -> bool:
    """ "Half of Canada's aluminium shipments subject to US tariffs", "exports to the EU drop
    12% under safeguard quota": a share of a flow before "subject to" the measure, or the
    deciding word a flow's move (the rules take "drop" for a release), or a move right before
    "under", "since" or "despite" the measure (also a move named before its flow: "25% drop in
    copper exports after ...")."""
    k = best.index
    before = [tk.low for tk in t.toks[:k]]
    flows = [
        j
        for j, w in enumerate(before)
        if flow_of(w) is not None and w.endswith(("s", "ed")) and not w.endswith("ers")
    ]
    if not flows:
        return False
    subject = next((j for j in range(k - 1, max(-1, k - 6), -1) if before[j] == "subject"), None)
    if subject is not None and t.word(subject + 1) == "to":
        return any(w in _SHARES or w[:1].isdigit() for w in before[: flows[0]])
    if best.rule == "release" and t.toks[k].low in _MOVES and any(k - 5 <= j for j in flows):
        return True
    moves = [
        j
        for j, w in enumerate(before)
        if j > flows[0] and (w in _MOVES or (w in _FIGURES and j - flows[0] <= 2))
    ]
    if not moves:  # "25% drop in copper exports after ...": the move named before its flow
        moves = [
            j for j in range(min(4, flows[0])) if before[j] in _MOVES and before[j + 1] == "in"
        ]
    if moves and best.verb and counted_after(t, flows[0], moves[-1], k):
        return True  # "Gold imports into India slump after government raises duty to 15%"
    return bool(moves) and not best.verb and any(w in _UNDER for w in before[moves[-1] + 1 :])


#: A measure's year after a preposition: "profit from 2018 tariffs", "since the 2002 safeguard".
_DATED_AFTER = frozenset({"from", "since", "of", "after", "before", "under", "the"})
#: Relief named with a measure: "exemption from 2018 tariffs" is a release, not history.
_RELIEF = frozenset(
    {"exemption", "exemptions", "exempt", "exempted", "relief", "spared", "excluded", "exclusion"}
)


def _dated_measure(t: Text, best: Finding) -> bool:
    """ "US steelmakers still profit from 2018 tariffs": the measure, a noun, dated by a past
    year right after a preposition, and no act and no relief anywhere in the title ("Trump
    steps up his 2018 tariffs" is a raise, read by the rules)."""
    if best.verb:
        return False
    k = best.measure_at
    year = next(
        (j for j in range(k - 1, max(-1, k - 6), -1) if re.fullmatch(r"(?:19|20)\d\d", t.word(j))),
        None,
    )
    if year is None or t.word(year - 1) not in _DATED_AFTER:
        return False
    return not any(acts_on_measure(tk.low) or tk.low in _RELIEF for tk in t.toks)


def _years_after(t: Text, best: Finding) -> bool:
    """ "Two years after Zimbabwe's lithium ore export ban, refineries multiply": the title
    opens on a span of time and "after", "since" or "on from"; the deciding word is before the
    first comma, and the words after it name no measure and no act."""
    toks = [tk.low for tk in t.toks]
    comma = next((j for j, w in enumerate(toks) if w == ","), None)
    if comma is None or best.index > comma:
        return False
    opening = toks[: min(4, comma)]
    if not any(w in _SPANS and t.word(j + 1) in R.SPAN_AFTER for j, w in enumerate(opening)):
        return False
    return not any(measure_of(w) is not None or acts_on_measure(w) for w in toks[comma + 1 :])


def _risked(t: Text, best: Finding) -> bool:
    """ "talks stall, risking a return of tariffs", "steel may escape US tariffs", "gold might
    not face duties": within five words before the measure, a risk taken or a modal's escape."""
    k = best.measure_at
    for j in range(k - 1, max(-1, k - 6), -1):
        low = t.toks[j].low
        if low in (",", "|") or low in R.CLAUSE_BREAK:
            return False  # another clause
        if low in _RISKING and t.word(j + 1) not in ("of", "to"):
            return not best.verb or best.index == k
        if low in _BIDS and t.word(j + 1) in ("for", "of") and not best.verb:
            return True
        if low in _MAY and (
            t.word(j + 1) in _ESCAPE or (t.word(j + 1) == "not" and t.word(j + 2) == "face")
        ):
            return True
    return False


def _asked_for_relief(t: Text, best: Finding) -> bool:
    """ "asked the US to exclude Japan from steel tariffs": an asking verb in the past tense,
    then within five words a verb of sparing, before the deciding word."""
    for j in range(best.index):
        if t.toks[j].low in _ASKED:
            for m in range(j + 1, min(j + 6, best.index)):
                if t.word(m) in (",", "|") or t.word(m) in R.CLAUSE_BREAK:
                    return False  # "After the EU asked, China lifted ...": its own clause
                if t.word(m) in _SPARE:
                    return True
            return False
    return False


def _inquiry_could_lead(t: Text, best: Finding) -> bool:
    """ "Commerce opens probe that could lead to tariffs on nickel": an investigation, then a
    modal and a verb of leading to the measure, before the deciding word (an investigation
    opened is no event, README "Trade-policy statuses")."""
    k = best.measure_at
    probe = next((j for j in range(k) if t.toks[j].low in R.INVESTIGATION_WORDS), None)
    if probe is None:
        return False
    return any(t.toks[m].low in _MODALS and t.word(m + 1) in _LEADS for m in range(probe + 1, k))


def _debated(t: Text, best: Finding) -> bool:
    """ "Debate over Indonesia's nickel export ban heats up", "row over Zambia's copper export
    tax deepens": the measure, a noun, within six words after a quarrel's "over" or "about",
    no clause break between."""
    if best.verb:
        return False
    k = best.measure_at
    for j in range(k - 1, max(-1, k - 7), -1):
        low = t.toks[j].low
        if low in R.CLAUSE_BREAK or low in (",", "|"):
            return False
        if low in _ABOUT and _QUARRELS.intersection((t.word(j - 1), t.word(j - 2))):
            return True
    return False


def _control_share(t: Text, best: Finding) -> bool:
    """ "China could control a third of the world's lithium", "Russia controls 40 percent of
    global palladium": "control" with a share right after it is a hold on supply; "pollution
    control agency", "emission control rules", "firearm controls", "state control over gold
    mining" (no flow after it): a control of something other than trade. The control may be
    the noun a stop verb governs ("tightens gun controls")."""
    after = (j for j in range(best.index + 1, best.index + 4) if t.word(j) in _CONTROL)
    for k in {best.index, best.measure_at, next(after, -1)}:
        if k < 0:
            continue
        if t.toks[k].low not in _CONTROL:
            continue
        if t.word(k - 1) in _OTHER_CONTROLS:
            return True
        if t.word(k - 1) in _HOLDERS and not any(
            flow_of(t.word(m)) is not None for m in range(k + 1, min(k + 6, len(t.toks)))
        ):
            return True  # "tightens state control over mining" (not "state control of exports")
        if flow_of(t.word(k - 1)) is not None:
            return False  # "export controls on two metals": a measure
        for m in range(k + 1, min(k + 5, len(t.toks))):
            low, nxt = t.toks[m].low, t.word(m + 1)
            share = low in _SHARES or low in ("majority", "%") or low[:1].isdigit()
            if share and (nxt == "of" or (low == "half" and nxt == "the")):
                return True
    return False
