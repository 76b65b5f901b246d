"""A measure named in an outlook: its harm foretold, a premise, a coming backdrop (session 22).

More kinds of news that talk about a measure without reporting one, run with
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`:

- **a measure's harm to a party** ("copper tariffs to smack Chilean miners", "the ore ban set
  to hit Congo's budget", "duties put refiners in a deepening predicament"): the measure, a
  noun, is the subject of a harm foretold to a sector, an industry, its firms, a budget or a
  metal's trade, or of a plight it puts or leaves them in (:func:`harm_to_party`); a government
  that hits someone with a measure acts, and an act with its effect after a comma ("slaps
  surtax on steel, hitting exporters") is read by the rules;
- **a measure only as a premise** ("miners to face headwinds once China restricts imports",
  "smelters could lose billions if Chile imposes an export tax"): the measure is in a clause of
  condition ("once", "if", "unless", an inverted "should", or "when" after a forecast), which
  :func:`premise_at` marks as background for
  :func:`tui.engine.classifier_context.background_mask`, so a measure in the main clause ("raises
  tariffs, to lift them once US drops its duties") is read first and a measure found only in
  the premise is none (:func:`only_premise`);
- **a measure coming as the backdrop of a mood** ("exporters on edge as US duties loom",
  "demand under pressure with tariffs on the horizon"): a measure noun that looms, in a clause
  after the main one which names no measure of its own (:func:`looming_backdrop`); a measure
  that looms in the main clause ("X's ore export ban looms over Y") is a plan.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_judgements import judgement_veto
from tui.engine.classifier_meanings import meaning_veto
from tui.engine.classifier_text import Finding, Text, measure_of
from tui.engine.classifier_views import view_veto

#: Verbs of a harm foretold: "to smack", "will hurt", "set to batter".
_HARMS = R.forms(
    "smack", "batter", "pummel", "hammer", "hurt", "squeeze", "crush", "punish", "dent",
    "cripple", "choke", "ravage", "devastate", "hit", "sting", "weigh",
)  # fmt: skip
#: Harms too common with goods to take a metal as the party ("US tariffs to hit Chinese steel"
#: may announce the tariffs).
_HARMS_PARTY_ONLY = frozenset({"hit", "weigh", "sting"})
#: Words that foretell: "to", "will", "set to", "poised to", "likely to".
_AHEAD = frozenset({"to", "will", "set", "poised", "likely", "expected", "could", "would"})
#: Who or what a measure harms: a sector, its firms, a budget.
_PARTIES = frozenset(
    {"smelters", "smelter", "miners", "refiners", "producers", "makers", "mills", "exporters",
     "importers", "processors", "manufacturers", "industry", "industries", "sector", "sectors",
     "economy", "economies", "budget", "firms", "companies", "workers", "consumers", "buyers",
     "users", "plants", "farmers", "suppliers", "traders", "shippers", "fabricators"}
)  # fmt: skip
#: A plight a measure puts or leaves someone in: "in a deepening predicament".
_PLIGHTS = frozenset(
    {"predicament", "pressure", "jeopardy", "limbo", "doubt", "bind", "dilemma", "turmoil",
     "disarray", "crisis", "trouble", "difficulty", "difficulties"}
)  # fmt: skip
_PUTS = R.forms("put|s", "leave|s", "left", "leaving", "putting", "plunge|s", "throw|s")
#: Openers of a clause of condition: "once", "if", "unless".
_CONDITIONS = frozenset({"once", "if", "unless"})
#: The words at which :func:`premise_at` may find a clause open (it answers 0 at any other).
PREMISE_OPENERS = _CONDITIONS | {"should", "when"}
#: A main clause that foretells (a "when" clause after it is a condition).
_FORETELLS = frozenset(
    {"to", "will", "may", "might", "could", "would", "seen", "set", "poised", "likely",
     "expected"}
)  # fmt: skip
#: Openers of a clause after the main one: "as", "with", "amid", "while".
_BACKDROPS = frozenset({"as", "with", "amid", "amidst", "while"})
_LOOMS = frozenset({"loom", "looms", "looming"})


def outlook_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure in an outlook, else None."""
    if harm_to_party(t, best):
        return "speculation", "a measure's harm to a party foretold: its effect is the news"
    if only_premise(t, best):
        return "speculation", "a measure only as a premise of a forecast: no measure"
    if looming_backdrop(t, best):
        return "speculation", "a measure coming, the backdrop of a mood: no measure"
    return meaning_veto(t, best) or judgement_veto(t, best) or view_veto(t, best)


def _stops(low: str) -> bool:
    return low in R.CLAUSE_BREAK or low in R.CLAUSE_MARKS


def harm_to_party(t: Text, best: Finding) -> bool:
    """ "Trump tariffs to smack iron ore", "EU steel quotas to squeeze Turkish mills", "ban set
    to hit Congo's budget", "duties put Indonesian refiners under mounting pressure": the
    measure, a noun, then within four words a word that foretells and a harm whose object,
    within five words, is a party (or, for most harms, a metal, when the measure names no
    metal of its own: "Australian alumina ban will squeeze Rusal and aluminum" tells the new ban
    by its effect on its own goods, an event in the labelled sets); or a verb that puts or
    leaves someone, then within nine words a plight."""
    if best.verb:
        return False
    k = best.measure_at
    ahead = False
    for j in range(k + 1, min(k + 5, len(t.toks))):
        low = t.toks[j].low
        if _stops(low):
            return False
        if low in _AHEAD:
            ahead = True
            continue
        if low in _PUTS:
            return _plight_after(t, j)
        if low not in _HARMS or not ahead:
            continue
        own = any(t.is_metal[m] for m in range(max(0, k - 4), k))  # "alumina ban will ..."
        return _party_after(t, j, metals=low not in _HARMS_PARTY_ONLY and not own)
    return False


def _plight_after(t: Text, j: int) -> bool:
    for m in range(j + 1, min(j + 10, len(t.toks))):
        low = t.toks[m].low
        if _stops(low) or measure_of(low) is not None:
            return False
        if low in _PLIGHTS and any(t.word(p) in ("in", "under", "into") for p in range(j, m)):
            return True
        if low == "at" and t.word(m + 1) == "risk":
            return True
    return False


def _party_after(t: Text, j: int, *, metals: bool) -> bool:
    start = j + 2 if t.word(j + 1) in ("on", "at") else j + 1  # "weigh on", "hit at"
    for m in range(start, min(start + 5, len(t.toks))):
        low = t.toks[m].low
        if _stops(low) or measure_of(low) is not None:
            return False
        if low in _PARTIES or low.endswith("makers"):
            return True
        if metals and t.is_metal[m]:
            return True
    return False


def premise_at(t: Text, i: int) -> int:
    """Where a clause of condition opened at ``i`` ends ("once US hikes tariffs", "if Chile
    imposes a tax", "should the US raise duties", "when Peru restricts exports" after a
    forecast), or 0 when no such clause opens there. At the start, the clause ends at its
    comma ("If China bans graphite exports, ...")."""
    lows = t.lows
    low = lows[i]
    if low == "should":
        if i == 0 or not (lows[i + 1 : i + 2] in (["the"],) or _place(t, i + 1)):
            return 0  # "X should impose tariffs": a call, read elsewhere
    elif low == "when":
        if i == 0 or _FORETELLS.isdisjoint(lows[:i]):
            return 0
    elif low not in _CONDITIONS:
        return 0
    end = next((j for j in range(i + 1, len(lows)) if lows[j] in R.CLAUSE_MARKS), len(lows))
    if i == 0 and end == len(lows):
        return 0
    return end


def _place(t: Text, i: int) -> bool:
    return i < len(t.toks) and t.place_at[i] is not None


def only_premise(t: Text, best: Finding) -> bool:
    """The finding stands in a clause of condition and the main clause before it names no
    measure: the measure is a premise of a forecast about others."""
    k = best.index
    for i in range(k, -1, -1):
        if i < k and t.lows[i] in R.CLAUSE_MARKS:
            return False
        end = premise_at(t, i)
        if end:
            return k < end and not any(measure_of(w) for w in t.lows[:i])
    return False


def looming_backdrop(t: Text, best: Finding) -> bool:
    """ "Chilean copper exporters on edge as US duties loom", "aluminium demand under pressure
    with tariffs on the horizon": the measure, a noun, then "loom" or "on (the) horizon", in a
    clause opened by "as", "with", "amid" or "while" after a main clause that names no measure."""
    if best.verb:
        return False
    k = best.measure_at
    after = t.lows[k + 1 : k + 4]
    if not (
        (after[:1] and after[0] in _LOOMS)
        or after[:2] == ["on", "horizon"]
        or after[:3] == ["on", "the", "horizon"]
    ):
        return False
    for i in range(k - 1, max(-1, k - 8), -1):
        low = t.lows[i]
        if low in _BACKDROPS:
            return i > 0 and not any(measure_of(w) for w in t.lows[:i])
        if low in R.CLAUSE_MARKS:
            return False
    return False
