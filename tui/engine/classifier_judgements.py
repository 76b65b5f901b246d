"""A measure judged, not acted on (session 32): kinds of news that name a measure and report
none, run with :func:`tui.engine.classifier_outlooks.outlook_veto`:

- **a party lobbying over a measure** ("South Korean delegation lobbies Washington over steel
  quota"): lobbying is no measure (:func:`lobbied_over`);
- **a measure's effect on a party told** ("EU steel safeguard protects mills but hurts
  carmakers", "US aluminium tariffs squeeze canmakers", "Section 232 tariffs prop up mills'
  margins"): the measure, a noun with no act before it in its clause, is the subject of a verb
  of harm or help whose object, within five words, is a sector, its firms or its workers
  (:func:`effect_on_party`); a harm foretold ("to smack", "set to hit") is
  :func:`tui.engine.classifier_outlooks.harm_to_party`'s, and a measure that "hits" someone in
  the present may be the news of it ("New US tariffs hit Chinese steel"), so "hit", "sting" and
  "weigh" are left to that rule;
- **a verdict's heading** ("The flawed logic of copper tariffs", "Tin-foil logic for tin-mill
  tariffs", "The hidden cost of India's gold duty"): the title opens on a noun of judgement
  ("logic", "folly", "cost", "case") before "of", "for", "behind", "against" or "with" and the
  measure, and names no act (:func:`verdict_heading`);
- **a process for a change to a measure** ("Commerce opens new process for adding products to
  steel tariffs", "BIS to establish process to include derivative products in 232 tariffs"): a
  process, a portal or a form "for" or "to" a change told by its verb is the way to ask for the
  change, no change; the products added or the exclusions granted are the act
  (:func:`process_step`). Guidance on a measure, or its procedures, are not this kind: the
  labelled sets read "Guidance for Section 232 Tariffs on ... downstream products" and
  "Application Requirements and Procedures for ... Exports" as the measure.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, acts_on_measure, measure_of

#: Verbs of a measure's harm or help to a party, told in the present: "hurts", "squeeze",
#: "props up", "protects".
_DOES = R.forms(
    "hurt|s", "harm|s", "squeeze|s", "crush|es", "punish|es", "cripple|s", "choke|s",
    "batter|s", "hammer|s", "pummel|s", "ravage|s", "devastate|s", "smack|s", "dent|s",
    "protect|s", "shield|s", "prop|s", "boost|s", "help|s", "benefit|s", "favour|s",
    "favor|s", "reward|s", "penalise|s", "penalize|s", "bolster|s", "buoy|s", "cushion|s",
    # headlinese drops the "is" of "is hurting": "duty structure hurting competitiveness"
    "hurting", "harming", "squeezing", "crushing", "crippling", "choking", "hammering",
    "battering", "eroding", "erode|s", "undermine|s", "undermining",
)  # fmt: skip
#: Heads of a compound the measure opens: "duty structure", "tariff regime".
_HEADS = frozenset({"structure", "structures", "regime", "regimes", "system", "policy", "policies"})
#: What may stand between the measure and its verb: "could", "also", "still".
_BETWEEN = frozenset(
    {"also", "still", "only", "now", "already", "further", "both", "do", "does", "mostly",
     "largely", "mainly"}
)  # fmt: skip
#: Who or what a measure harms or helps: a sector, its firms, its workers.
_PARTIES = frozenset(
    {"smelters", "smelter", "miners", "refiners", "producers", "makers", "mills", "mill",
     "exporters", "importers", "processors", "manufacturers", "industry", "industries",
     "sector", "sectors", "firms", "companies", "workers", "consumers", "buyers", "users",
     "plants", "farmers", "suppliers", "traders", "shippers", "fabricators", "steelworkers",
     "jobs", "margins", "profits", "fabricator", "downstream", "competitiveness"}
)  # fmt: skip
#: Lobbying a measure's maker: "lobbies Washington over steel quota".
_LOBBIES = frozenset({"lobby", "lobbies", "lobbied", "lobbying"})
_LOBBY_LINKS = frozenset({"over", "on", "about", "against"})
#: Nouns of a judgement heading a title: "the flawed logic of", "the hidden cost of".
_VERDICTS = frozenset(
    {"logic", "folly", "cost", "costs", "case", "trouble", "myth", "myths", "paradox", "irony",
     "failure", "fallacy", "peril", "perils", "danger", "dangers", "economics", "politics",
     "hypocrisy", "limits", "wisdom", "madness", "futility", "toll", "downside", "downsides",
     "upside", "truth", "problem", "problems", "misguided", "mistake"}
)  # fmt: skip
_VERDICT_LINKS = frozenset({"of", "for", "behind", "against", "with", "in"})
#: A process, a portal, a form: the way to ask for a change, not the change.
_PROCESSES = frozenset({"process", "processes", "portal", "portals", "form", "forms"})
_PROCESS_LINKS = frozenset({"for", "to"})
#: Words between the verb that sets a process up and the process: "sets up a new process".
_BEFORE_PROCESS = frozenset({"up", "a", "an", "the", "new", "its", "their", "fresh", "online"})
#: Verbs of a change asked for, after "process to": "include", "add", "exclude".
_CHANGES = R.forms("include", "add", "exclude", "request", "apply", "seek", "remove", "expand")


def judgement_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline judges a measure, lobbies over one or names a process
    around one."""
    if lobbied_over(t, best):
        return "company", "a party lobbying over a measure: no measure"
    if effect_on_party(t, best):
        return "speculation", "a measure's effect on a party told: no measure"
    if verdict_heading(t, best):
        return "speculation", "a verdict's heading on a measure: no measure"
    if process_step(t, best):
        return "speculation", "a process around a measure: no change to it"
    return None


def _stops(low: str) -> bool:
    return low in R.CLAUSE_BREAK or low in R.CLAUSE_MARKS


def effect_on_party(t: Text, best: Finding) -> bool:
    """The measure, a noun with no act before it in its clause, then (past other measure
    words, "also", "still") a verb of harm or help whose object within five words is a party."""
    if best.verb:
        return False
    k = best.measure_at
    lows = t.lows
    for i in range(k - 1, -1, -1):
        if _stops(lows[i]):
            break
        if acts_on_measure(lows[i]):
            return False
    j = k + 1
    while j < len(lows) and (
        lows[j] in _BETWEEN or lows[j] in _HEADS or measure_of(lows[j]) is not None
    ):
        j += 1
    if j >= len(lows) or lows[j] not in _DOES:
        return False
    start = j + 2 if j + 1 < len(lows) and lows[j + 1] in ("up", "on") else j + 1
    for m in range(start, min(start + 5, len(lows))):
        low = lows[m]
        if _stops(low) or measure_of(low) is not None:
            return False
        if low in _PARTIES or low.endswith("makers") or low.endswith("workers"):
            return True
    return False


def lobbied_over(t: Text, best: Finding) -> bool:
    """ "South Korean delegation lobbies Washington over steel quota": a verb of lobbying, then
    within four words "over", "on", "about" or "against" and, before any break, the measure, a
    bare noun (an act told after it, "lobbies Washington to cut the quota", is read elsewhere)."""
    if best.verb:
        return False
    lows = t.lows
    k = best.measure_at
    for i in range(k - 1, -1, -1):
        if _stops(lows[i]):
            return False
        if lows[i] in _LOBBIES:
            return any(w in _LOBBY_LINKS for w in lows[i + 1 : min(k, i + 5)])
    return False


def verdict_heading(t: Text, best: Finding) -> bool:
    """The title opens (within its first three words) on a noun of judgement, then a link
    ("of", "for") and, before any break, the measure; no word of the title acts on it."""
    k = best.measure_at
    lows = t.lows
    if best.verb or any(acts_on_measure(w) for i, w in enumerate(lows) if i != k):
        return False
    for i in range(min(3, len(lows) - 1)):
        if lows[i] in _VERDICTS and lows[i + 1] in _VERDICT_LINKS:
            return k > i + 1 and not any(_stops(w) for w in lows[i + 2 : k])
        if _stops(lows[i]):
            return False
    return False


def process_step(t: Text, best: Finding) -> bool:
    """A process noun, then "for" or "to" and a change told by its verb ("for adding", "to
    include"), then within ten words of the process and no break the measure's deciding
    word; no act on a measure before the process noun in the title but the verb that sets
    the process up ("sets up a new process")."""
    lows = t.lows
    first = min(best.index, best.measure_at)
    for p in range(first - 1, max(-1, first - 11), -1):
        low = lows[p]
        if _stops(low):
            return False
        if low not in _PROCESSES or p + 2 >= first or lows[p + 1] not in _PROCESS_LINKS:
            continue
        verb = lows[p + 2]
        told = verb in _CHANGES or (len(verb) > 5 and verb.endswith("ing"))
        acts = [a for a in range(p) if acts_on_measure(lows[a])]
        # the verb that sets the process up is no act on the measure ("sets up a new process")
        governs = bool(acts) and all(w in _BEFORE_PROCESS for w in lows[acts[-1] + 1 : p])
        return told and (not acts or (len(acts) == 1 and governs))
    return False
