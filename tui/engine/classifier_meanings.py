"""A measure's meaning told, a party's doubt over one, a feature's heading (session 25).

Three kinds of news that name a measure and report none, run with
:func:`tui.engine.classifier_outlooks.outlook_veto`:

- **a measure's meaning told** ("the nickel export ban highlights fragile supply chains",
  "copper tariffs reveal a rift", "the surtax raises questions over trade"): the measure, a
  noun heading the subject, then (after a modal at most) a verb that tells what it shows or
  risks (:func:`meaning_told`); an act on the measure ("takes effect", "rise to 50%") is a
  verb of another kind, and an act before it ("raises the duty, highlighting ...") decides by
  its verb;
- **a party's doubt over a measure** ("copper market questions durability of US tariff",
  "miners doubt the wisdom of the ore ban"): a verb of doubting, then within four words the
  measure, with no act between (:func:`doubted`); a doubt after the measure's act ("bans
  exports, questions ...") is read by the act;
- **a feature's heading** ("US steel tariffs: a timeline", "cobalt quota update: ...", "five
  things to know about India's duty"): the measure heads the title before a colon whose tail
  opens on a feature's label and names no act, a measure noun then "update" before the colon,
  or the title opens on a count of things to know, or a measure's heading ends on one ("...:
  10 things to know") (:func:`feature_heading`); and a list told by a relative clause ("Ten
  countries that restrict rare earth exports", :func:`listed_by_clause`), and a measure named
  after a speaker's colon, then a quoted verdict ending the title ("Trump: tariffs on Chinese
  steel 'working'",
  :func:`quoted_verdict`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, acts_on_measure, measure_of

#: Verbs that tell what a measure shows or risks: "highlights", "reveals", "risks", "fails" (to
#: dent supply). Not "means":
#: "export ban means firms will have to build plants" tells a new ban by its consequence.
_TELLS = R.forms(
    "highlight|s|ed", "underscore|s|d", "underline|s|d", "expose|s|d", "reveal|s|ed",
    "show|s|ed", "signal|s|ed|led", "illustrate|s|d", "demonstrate|s|d", "spotlight|s|ed",
    "reflect|s|ed", "spell|s|ed", "risk|s|ed", "matter|s", "mirror|s|ed",
    "epitomise|s|d", "epitomize|s|d", "typify", "typifies", "bode|s", "fail|s|ed", "falter|s|ed",
)  # fmt: skip
#: "raises questions", "raise doubts": what a measure raises when it is told, not acted on (not
#: fears or worries: "the tin export ban raises fears over supply" tells a new ban by the
#: reaction to it, an event by the house's reading).
_RAISES = R.forms("raise|s|d", "raising", "pose|s|d", "prompt|s|ed", "spark|s|ed", "stir|s|red")
_RAISED = frozenset({"questions", "question", "doubts", "eyebrows", "dilemma", "dilemmas"})
#: What may stand between the measure and its telling verb: "could risk", "may also highlight".
_MODALS = frozenset(
    {"could", "may", "might", "will", "would", "can", "also", "only", "further", "already",
     "still", "now"}
)  # fmt: skip
#: Nouns that may head the measure's phrase: "export control law", "the tariff regime".
_HEADS = frozenset(
    {"law", "laws", "regime", "regimes", "policy", "policies", "programme", "program",
     "system", "scheme", "decree", "decrees", "rule", "rules", "move", "moves", "plan", "plans"}
)  # fmt: skip
#: Modals that foretell a measure's effect ("will impact", "could stimulate", "likely to have");
#: not "to" or "set to", which tell a new measure by its effect ("ban to push prices higher").
_FORETELL = frozenset({"will", "would", "could", "may", "might", "likely"})
#: Verbs of a foretold effect on a market or a trade: "impact", "alter", "spur".
_EFFECTS = R.forms(
    "impact", "affect", "mean", "stimulate", "alter", "change", "boost", "lift", "help",
    "benefit", "spur", "drive", "reshape", "redraw", "dampen", "fuel", "shift", "support",
    "distort", "disrupt", "slow", "accelerate", "encourage", "discourage", "favour", "favor",
)  # fmt: skip
#: "have" an effect: "likely to have small impact".
_HAVE_WHAT = frozenset({"impact", "effect", "bearing", "consequences", "implications"})
#: Verbs of doubting: "questions", "doubts", "queries".
_DOUBTS = R.forms("question|s|ed", "doubt|s|ed", "query", "queries", "queried", "second-guess|es")
#: A feature's label after a measure's heading: "a timeline", "an explainer", "lessons".
_FEATURES = frozenset(
    {"timeline", "timelines", "explainer", "explainers", "primer", "guide", "history",
     "chronology", "checklist", "factbox", "backgrounder", "lessons", "lesson", "faq", "faqs",
     "q&a", "overview", "recap", "roundup", "round-up", "cheat-sheet", "scorecard", "tracker"}
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the", "our", "your", "key", "some", "quick", "brief", "short"})
#: The title opens on a count of things to know: "Five things to know about", "3 charts on".
_COUNT_RE = lazy(
    r"^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|key|some)\s+"
    r"(?:things|facts|questions|charts|ways|takeaways|numbers|points)\s+"
    r"(?:(?:you\s+)?(?:need\s+)?to\s+know\s+)?(?:about|on|behind|from|for)\s",
    re.IGNORECASE,
)

#: The tail of a heading after its colon that is a count of things to know: "10 things to
#: know", "five charts", "what you need to know".
_COUNT_TAIL_RE = lazy(
    r"\s*(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|key|the)\s+)?"
    r"(?:things|facts|questions|charts|takeaways|numbers|points)"
    r"(?:\s+(?:you\s+)?(?:need\s+)?to\s+(?:know|watch))?\s*$"
    r"|\s*what\s+(?:you\s+)?(?:need\s+)?to\s+know\s*$",
    re.IGNORECASE,
)
#: A title opening on parties or goods in the plural, then a relative clause: "Ten countries
#: that restrict ...", "Nations which have banned ...", "Producers who face ...".
_LISTED_RE = lazy(
    r"^\s*(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|all|many|most|some)\s+)?"
    r"(?:[a-z-]+\s+)?(?:countries|nations|governments|states|economies|producers|exporters|"
    r"importers|metals|minerals|commodities)\s+(?:that|which|who|where)\b",
    re.IGNORECASE,
)


def meaning_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline tells a measure's meaning, doubts one or heads a feature
    on one, else None."""
    if meaning_told(t, best):
        return "speculation", "what a measure shows or risks told: no measure"
    if effect_foretold(t, best):
        return "speculation", "a measure's effect on a market or a trade foretold: no measure"
    if doubted(t, best):
        return "speculation", "a party's doubt over a measure: no measure"
    if feature_heading(t, best):
        return "speculation", "a feature's heading on a measure: no measure"
    if listed_by_clause(t, best):
        return "speculation", "parties or goods listed by a relative clause: a list, no act"
    if quoted_verdict(t, best):
        return "speculation", "a measure, then a quoted verdict on it: a view, no act"
    return None


def _clause_start(t: Text, k: int) -> int:
    for i in range(k - 1, -1, -1):
        if t.lows[i] in R.CLAUSE_MARKS or t.lows[i] in R.CLAUSE_BREAK:
            return i + 1
    return 0


def _bare_noun(t: Text, best: Finding) -> bool:
    """The measure is a noun with no act before it in its clause."""
    if best.verb:
        return False
    k = best.measure_at
    return not any(acts_on_measure(w) for w in t.lows[_clause_start(t, k) : k])


def meaning_told(t: Text, best: Finding) -> bool:
    """ "Indonesia's nickel export ban highlights fragile supply chains", "US tariffs could
    risk jobs", "Canada's surtax raises questions over trade": the measure, a noun with
    no act before it in its clause, then, after modals at most, a verb that tells (or "raises"
    questions or doubts)."""
    if not _bare_noun(t, best):
        return False
    k = best.measure_at
    lows = t.lows
    j = k + 1
    while j < len(lows) and (
        lows[j] in _MODALS or lows[j] in _HEADS or measure_of(lows[j]) is not None
    ):
        j += 1  # "export ban could also", "export control law"
    if j >= len(lows):
        return False
    if lows[j] in _TELLS:
        return True
    return lows[j] in _RAISES and any(w in _RAISED for w in lows[j + 1 : j + 4])


def effect_foretold(t: Text, best: Finding) -> bool:
    """ "US copper tariffs may alter global trade flows", "tariffs on Mexican steel would spur
    investment", "duty likely to have small impact": the measure, a noun with no act before it in
    its clause, then within six words, with no act or break between, a modal that foretells and
    a verb of effect (or "have" an impact); "to" and "set to" tell a new measure by its effect,
    and harms are read by :func:`tui.engine.classifier_outlooks.harm_to_party`."""
    if not _bare_noun(t, best):
        return False
    k = best.measure_at
    lows = t.lows
    for j in range(k + 1, min(k + 7, len(lows))):
        low = lows[j]
        if (
            low in R.CLAUSE_MARKS
            or low in R.CLAUSE_BREAK
            or low in ("that", "which")
            or acts_on_measure(low)
        ):
            return False
        if low not in _FORETELL:
            continue
        rest = [w for w in lows[j + 1 : j + 4] if w not in ("also", "to", "further", "only")]
        if not rest:
            return False
        if rest[0] in ("have", "has"):
            return any(w in _HAVE_WHAT for w in lows[j + 2 : j + 6])
        return rest[0] in _EFFECTS
    return False


def doubted(t: Text, best: Finding) -> bool:
    """ "Copper market questions durability of US import tariff", "miners doubt the wisdom of
    the ore ban": a verb of doubting within the four words before the measure, in its clause,
    with no act between."""
    k = best.measure_at
    lows = t.lows
    for i in range(k - 1, max(-1, k - 6), -1):
        low = lows[i]
        if low in R.CLAUSE_MARKS or acts_on_measure(low):
            return False
        if low in _DOUBTS:
            return not best.verb
    return False


def feature_heading(t: Text, best: Finding) -> bool:
    """ "US steel tariffs: a timeline", "Cobalt quota update: Congo's exporters", "Five things
    to know about India's new duty": a measure noun heads the title before its first colon and
    the tail opens on a feature's label, or "update" follows the measure before the colon, or
    the title opens on a count of things to know; no act in the title."""
    k = best.measure_at
    if best.verb or any(acts_on_measure(w) for i, w in enumerate(t.lows) if i != k):
        return False  # ("levies" is a noun)
    if _COUNT_RE.match(t.text):
        return True
    lows = t.lows
    colon = next((i for i, w in enumerate(lows) if w in (":", "|")), None)
    if colon is None or k > colon:
        return False
    if lows[colon - 1] in ("update", "updates") and measure_of(
        lows[colon - 2] if colon > 1 else ""
    ):
        return True
    if _COUNT_TAIL_RE.match(t.text[t.toks[colon].end :]):
        return True  # "US tariffs on Canadian aluminium: 10 things to know"
    tail = [w for w in lows[colon + 1 : colon + 4] if w not in _ARTICLES]
    return bool(tail) and tail[0] in _FEATURES


#: A title opening on a count of measures, a few words of their goods or kind between, then a
#: relative clause: "10 Export Bans That Changed ...", "5 Cobalt Export Curbs That Could ...".
_COUNTED_MEASURES_RE = lazy(
    r"^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:tariffs|duties|levies|bans|curbs|controls|restrictions|quotas|"
    r"sanctions|embargoes|measures|rules|barriers)\s+(?:that|which)\b",
    re.IGNORECASE,
)


def listed_by_clause(t: Text, best: Finding) -> bool:
    """ "Ten countries that restrict rare earth exports", "Countries that have banned nickel ore
    exports": the title opens on parties or goods counted or named in the plural, then a
    relative clause whose verb is the measure's: a list, no act of one government. So does a
    count of measures told by a relative clause ("10 Export Bans That Changed The Nickel
    Market"): a list of them, no measure of its own."""
    m = _LISTED_RE.match(t.text)
    if m is not None and t.toks[best.index].start >= m.end():
        return True
    m = _COUNTED_MEASURES_RE.match(t.text)
    return m is not None and t.toks[best.index].end <= m.end()


#: A quoted tail of a few words ending the title ("tariffs on Chinese steel 'working'").
_QUOTED_TAIL_RE = lazy(r"\s['‘\"“]([^'’\"”]{1,40})['’\"”]\s*$")
#: A speaker of one to three words before a colon opening the title ("Trump:", "Minister:").
_SPEAKER_RE = lazy(r"^\s*(?:[\w.’'-]+\s+){0,2}[\w.’'-]+\s*:\s")
#: Words of a quoted tail that tell a measure's start or standing, not a verdict on it.
_STANDING = frozenset(
    {"from", "on", "in", "next", "now", "effective", "immediately", "force", "effect", "final",
     "confirmed", "approved", "signed", "today", "tomorrow", "until", "since", "by", "starts"}
)  # fmt: skip


def quoted_verdict(t: Text, best: Finding) -> bool:
    """ "Trump: tariffs on Chinese steel 'working'", "Minister: export ban 'a mistake'": a
    speaker before a colon opening the title, a measure named by its noun, no act in the title,
    and a quote of one to four words ending it that names no measure, flow, place, metal, figure
    or time: what the speaker thinks of the measure."""
    text = t.text
    if best.verb or ":" not in text or text.rstrip()[-1:] not in "'’\"”":
        return False  # cheap checks first: this runs on every finding
    m = _QUOTED_TAIL_RE.search(text)
    if _SPEAKER_RE.match(text) is None or m is None or m.start(1) <= t.toks[best.measure_at].end:
        return False
    if any(acts_on_measure(w) for i, w in enumerate(t.lows) if i != best.measure_at):
        return False
    words = re.findall(r"[\w'-]+", m.group(1).lower())
    return (
        0 < len(words) <= 4
        and not any(w[:1].isdigit() or w in _STANDING or w.endswith("day") for w in words)
        and not any(measure_of(w) or R.FLOW_WORDS.get(w) for w in words)
        and not t.matcher.spans(m.group(1))
        and not t.gaz.find(m.group(1))
    )
