"""A measure in force named beside other news, and other news close to a measure (session 29,
issue #16).

Headlines that are not a measure still name one: a measure already in force as the backdrop of
a company's result, a mill's run rate or a market ("mills run below capacity despite
anti-dumping duties", "margins under existing steel tariffs", "recyclers ramp up as export
controls stay in place"), a measure's period ("pre-control levels"), a cost coped with
("surcharge to cover 50% tariff"), a measure's administration ("quota delays", "licence
backlog"), a ruling or a case on one ("WTO body adopts ruling on Indian steel duties", "takes
US steel tariffs to WTO"), relief raised with another leader ("raises steel tariff exemption
with Trump"), and a company named after a place or a metal acting on its own sales ("Korea Zinc
stops germanium exports", "Jiangxi Copper suspends cathode shipments"). Each check takes the
text and the finding the rules would report and says why the headline is no measure after all,
or nothing. They run last among the vetoes of
:func:`tui.engine.classifier_near_measures.near_measure_veto`.

A government acting now keeps its measure ("Tin soars as Myanmar's Wa region halts ore
shipments", "DRC's cobalt export ban to stay in place until September"): the checks of a
backdrop need the measure named by a bare noun, in a clause of its own beside the news; a
verb may decide only with a span before the measure ("ease a year into the crackdown"), a
period's prefix, relief raised with someone, or a company's name as the stop's subject.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import (
    Finding,
    Text,
    acts_on_measure,
    base_word,
    flow_of,
    measure_of,
)

#: A concession: "despite anti-dumping duties", "notwithstanding the ban".
_CONCEDING = frozenset({"despite", "notwithstanding"})
#: Adjectives of a measure in force: "existing steel tariffs", "the current quota".
_IN_FORCE = frozenset(
    {"existing", "current", "ongoing", "long-standing", "longstanding", "prevailing",
     "standing", "lingering", "remaining", "continuing", "continued", "persistent"}
)  # fmt: skip
#: What opens the phrase of a measure in force named as a backdrop: "under existing tariffs".
_BACKDROP_PREPS = frozenset(
    {"under", "despite", "with", "amid", "given", "beyond", "by", "top", "through",
     "notwithstanding", "because"}
)  # fmt: skip
#: Words passed over between such a preposition and the measure: "under the existing US".
_PHRASE_WORDS = frozenset({"the", "its", "their", "his", "her", "a", "an", "export", "import"})
#: A measure that goes on, told after it: "as export controls stay in place", "licences
#: trickle in", "as the tariff persists", "quota delays drag on".
_GOES_ON = frozenset(
    {"persist", "persists", "persisted", "linger", "lingers", "lingered", "trickle",
     "trickles", "trickled", "drag", "drags", "dragged", "bite", "bites", "pinch", "pinches"}
)  # fmt: skip
_STAY = frozenset({"stay", "stays", "remain", "remains", "stayed", "remained"})
_IN_PLACE = frozenset({"place", "force", "effect"})
#: What opens a clause told beside the news: "as", "while", "with".
_BESIDE = frozenset({"as", "while", "with", "amid", "since", "and"})
#: Verbs of coping with a cost: "to cover 50% tariff", "absorb duties", "navigating
#: safeguards".
_COPES = R.forms(
    "cover|s|ed|ing", "offset|s|ting", "absorb|s|ed|ing", "recoup|s|ed|ing",
    "mitigate|s|d", "mitigating", "navigate|s|d", "navigating", "weather|s|ed|ing",
    "shoulder|s|ed|ing", "cushion|s|ed|ing",
)  # fmt: skip
#: A measure's administration or its cost to someone, right after its noun: "quota delays",
#: "licence backlog", "pass on tariff costs", "import duty bill", "warns of tariff fallout".
_ADMIN = frozenset(
    {"delay", "delays", "backlog", "backlogs", "bottleneck", "bottlenecks", "wait", "waits",
     "logjam", "paperwork", "red-tape", "cost", "costs", "bill", "bills", "burden", "burdens",
     "expense", "expenses", "fallout", "toll"}
)  # fmt: skip
#: A bill's passage through a legislature ("export ban bill tabled", "... bill passes").
_LEGISLATED = frozenset(
    {"tabled", "filed", "introduced", "submitted", "passed", "passes", "clears", "cleared",
     "approved", "approves", "advances", "signed", "debated", "enacted"}
)  # fmt: skip
#: Measures that are no cost to pay: "ban bill" is always a law's.
_NO_BILL_TO_PAY = frozenset({"ban", "bans", "prohibition", "embargo", "quota", "quotas"})
#: A market feature's heading: "Tin market outlook:", "Week ahead:", "Copper preview -".
_OUTLOOK_HEAD_RE = lazy(
    r"^[^:|]{0,60}?\b(?:outlook|preview|week\s+ahead|in\s+focus)\s*[:|\-–—]",
    re.IGNORECASE,
)
#: What a measure does to a market when it is a clause's subject: "as sanctions on Russian metal
#: tighten supply", "as controls squeeze supply".
_MARKET_OBJECTS = frozenset({"supply", "supplies", "market", "markets", "availability"})
#: A period named after a measure: "pre-control levels", "post-tariff", "pre-ban".
_PERIOD_RE = lazy(r"(?:pre|post)-[a-z]")
#: A measure dated by the last span: "last year's duty cut", "last month's ban".
_LAST = frozenset(
    {"year's", "month's", "week's", "summer's", "winter's", "spring's", "autumn's"}
)  # fmt: skip
#: A span of time, then "into": "two years into the ore ban", "a year into the crackdown".
_SPANS = R.TIME_SPANS | {"weeks"}
#: A ruling on a measure: "adopts ruling on", "verdict over".
_RULINGS = frozenset(
    {"ruling", "rulings", "verdict", "verdicts", "judgment", "judgement", "judgments", "award"}
)
_ON = frozenset({"on", "over", "against", "about", "concerning", "regarding"})
#: Where a measure is taken to be judged: "takes US steel tariffs to WTO".
_FORUMS = frozenset({"wto", "court", "courts", "tribunal", "arbitration", "icsid", "panel"})
_TAKES = R.forms("take|s|n", "took", "taking", "bring|s", "brought", "haul|s|ed", "drag|s|ged")
#: Raising a topic with someone: "raises steel tariff exemption with Trump".
_RAISES = frozenset({"raise", "raises", "raised", "raising"})


def in_force_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline names a measure beside other news, else None."""
    k = best.measure_at
    low = t.toks[k].low
    if _PERIOD_RE.match(low):
        return "speculation", "a period named after a measure ('pre-control levels'), no measure"
    if best.verb and best.rule == "stop" and _company_named(t, best):
        return "company", "a company named after a place or a metal acts on its own sales"
    if _span_into(t, best):
        return "speculation", "a measure in force for a span of time ('a year into ...')"
    if best.rule == "release-noun" and _raised_with(t, best):
        return "company", "relief raised with another government: sought, not granted"
    if best.verb and best.rule == "stop" and _measure_as_subject(t, best):
        return "market", "a measure in force tightens a market's supply: its effect, no act"
    if best.verb:
        return None
    if _OUTLOOK_HEAD_RE.match(t.text):
        return "speculation", "a market outlook's or preview's heading on a measure named"
    if t.word(k + 1) in _ADMIN and not _legislated(t, k):
        return "speculation", "a measure's administration ('quota delays'), not a measure"
    if _last_spans(t, k):
        return "speculation", "a measure of last year or month recalled: the backdrop"
    if _conceded(t, k) or _in_force_phrase(t, k) or _goes_on(t, k):
        return "speculation", "a measure in force named as the backdrop of other news"
    if _coped_with(t, k):
        return "company", "a cost of a measure covered or absorbed: a firm's act, no measure"
    if _ruled_or_taken(t, k):
        return "speculation", "a ruling on a measure, or a measure taken to a court: a case"
    return None


def _clause_back(t: Text, k: int) -> range:
    """The token indexes before k back to the clause's start (a comma, a colon, a dash)."""
    j = k - 1
    while j >= 0 and t.toks[j].low not in (",", ";", ":", "|", "—", "–"):
        j -= 1
    return range(k - 1, j, -1)


def _conceded(t: Text, k: int) -> bool:
    """ "Mills run below capacity despite anti-dumping duties on Chinese flat steel": the
    measure, a noun, within six words after "despite", no verb acting on it between."""
    for j in _clause_back(t, k):
        low = t.toks[j].low
        if low in _CONCEDING or (low == "spite" and t.word(j - 1) == "in"):
            return k - j <= 6
        if acts_on_measure(low):
            return False
    return False


def _in_force_phrase(t: Text, k: int) -> bool:
    """ "Margins under existing steel tariffs", "on top of the current quota": an adjective of
    a measure in force within its phrase, the phrase opened by a preposition."""
    j = k - 1
    seen = False
    while j >= 0 and k - j <= 6:
        low = t.toks[j].low
        if low in _IN_FORCE:
            seen = True
        elif not (
            low in _PHRASE_WORDS
            or t.is_metal[j]
            or t.place_at[j] is not None
            or measure_of(low) is not None
            or low.endswith(("'s", "’s"))
            or "-" in low
            or low[:1].isdigit()
            or low == "%"
        ):
            return seen and low in _BACKDROP_PREPS
        j -= 1
    return False


def _goes_on(t: Text, k: int) -> bool:
    """ "Recyclers ramp up as Chinese export controls stay in place", "carmakers still short
    as rare earth licences trickle in": the measure, a noun, then a verb of going on, in a
    clause opened by "as" or "while" after the title's own news."""
    nxt, after = t.word(k + 1), t.word(k + 2)
    if not (nxt in _GOES_ON or (nxt in _STAY and after == "in" and t.word(k + 3) in _IN_PLACE)):
        return False
    for j in _clause_back(t, k):
        if t.toks[j].low in _BESIDE:
            return j > 1  # the news before it: "... as export controls stay in place"
        if acts_on_measure(t.toks[j].low):
            return False
    return False


def _coped_with(t: Text, k: int) -> bool:
    """ "Distributor imposes surcharge to cover 50% tariff", "mills absorb import duties":
    a verb of coping with a cost within four words before the measure, no clause between."""
    for j in range(k - 1, max(-1, k - 5), -1):
        low = t.toks[j].low
        if low in _COPES:
            return True
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|") or acts_on_measure(low):
            return False
    return False


def _ruled_or_taken(t: Text, k: int) -> bool:
    """ "WTO dispute body adopts ruling on Indian steel duties": a ruling's noun, then "on" or
    "against", within six words before the measure; "Brazil takes US steel tariffs to WTO": a
    verb of taking, the measure, then "to" a court or the WTO."""
    for j in range(k - 1, max(-1, k - 7), -1):
        low = t.toks[j].low
        if low in _ON and t.word(j - 1) in _RULINGS:
            return True
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|"):
            break
    took = any(t.toks[j].low in _TAKES for j in range(max(0, k - 6), k))
    if not took:
        return False
    for j in range(k + 1, min(len(t.toks), k + 6)):
        if t.toks[j].low == "to":  # "to WTO", "to the trade panel"
            return any(t.word(m) in _FORUMS for m in range(j + 1, j + 4))
    return False


def _raised_with(t: Text, best: Finding) -> bool:
    """ "Australian PM raises steel tariff exemption with Trump at G7": relief named as a noun,
    the object of "raises", then "with" and who it was raised with (a place or a leader's
    name): an exemption sought, as README "Trade-policy statuses" has relief sought."""
    start = best.index if best.at is None else min(best.index, best.at)
    end = max(best.index, best.measure_at)
    raised = any(t.toks[j].low in _RAISES for j in range(max(0, start - 4), start))
    if not raised:
        return False
    for j in range(end + 1, min(len(t.toks), end + 3)):
        if t.toks[j].low == "with":
            nxt = j + 1
            return nxt < len(t.toks) and (
                t.place_at[nxt] is not None or t.toks[nxt].text[:1].isupper()
            )
    return False


def _last_spans(t: Text, k: int) -> bool:
    """ "Smuggling eases after last year's duty cut": "last" and a span's possessive within
    four words before the measure, in its phrase."""
    for j in range(k - 1, max(-1, k - 5), -1):
        low = t.toks[j].low
        if low in _LAST and t.word(j - 1) == "last":
            return True
        if low in R.CLAUSE_BREAK or low in (",", ";", ":", "|") or acts_on_measure(low):
            return False
    return False


def _span_into(t: Text, best: Finding) -> bool:
    """ "Output climbs three years into ore export ban", "rates ease a year into the export
    permit crackdown": a span of time and "into" before the measure in its clause, and no word
    of a measure or a flow between the deciding verb, if one comes before, and the span.

    Not :func:`tui.engine.classifier_near_measures._recalled` ("months after the halt", a
    measure looked back on), on purpose: "into" tells a measure still in force, so a deciding
    verb after the span decides, one before it only where a measure's or a flow's word stands
    between them, "weeks" counts as a span and a dash ends the clause."""
    k = best.measure_at
    for j in _clause_back(t, k):
        if t.toks[j].low == "into" and t.word(j - 1) in _SPANS:
            if best.index > j:
                return not best.verb
            return not any(
                measure_of(t.word(m)) is not None or flow_of(t.word(m)) is not None
                for m in range(best.index + 1, j)
            )
    return False


def _company_named(t: Text, best: Finding) -> bool:
    """ "Korea Zinc stops germanium exports to US", "Jiangxi Copper suspends cathode
    shipments", "China Minmetals halts tungsten sales": the stop verb, written in lower case,
    after a run of two or more capitalised words from the title's start that names no place
    the gazetteer tags there and no government, but holds a metal's name after its first word
    or a place's name the gazetteer leaves untagged there (a company's name: ``BLOCKERS``); a
    place the gazetteer tags counts when a capitalised metal or firm's noun follows it in the
    run ("Guinea Alumina halts bauxite exports", ``_names_firm``)."""
    i = best.index
    if i < 2 or not t.toks[i].text[:1].islower():
        return False
    run = t.toks[:i]
    if not all(tk.text[:1].isupper() for tk in run):
        return False
    if any(t.place_at[j] is not None and not _names_firm(t, j, i) for j in range(i)):
        return False
    if any(tk.low in R.GOVERNMENT_WORDS or base_word(tk.low) in R.GOVERNMENT_WORDS for tk in run):
        return False
    metal = any(t.is_metal[j] for j in range(1, i))
    named_place = any(t.gaz.lookup(tk.text) is not None for tk in run)
    return metal or named_place


#: Words that, capitalised right after a place, make the place a company's name ("Guinea
#: Alumina", "Zambia Copper Investments", "Bolivia Tin Smelting").
_FIRM_NOUNS = R.COMPANY_WORDS | frozenset(
    {"alumina", "investments", "smelting", "refining", "steel", "aluminium", "aluminum", "global"}
)


def _names_firm(t: Text, j: int, i: int) -> bool:
    """The place at ``j``, in the capitalised run before the verb at ``i``, is followed in
    the run by a capitalised metal or firm's noun ("Indonesia Asahan Aluminium"): a
    company's name, not a government."""
    k = j + 1
    while k < i and t.place_at[k] == t.place_at[j] and not t.is_metal[k]:
        k += 1  # the rest of a place of several words ("South Africa")
    if k >= i or t.toks[k - 1].text.endswith("'s"):
        return False
    return any(t.is_metal[m] or base_word(t.toks[m].low) in _FIRM_NOUNS for m in range(k, i))


def _measure_as_subject(t: Text, best: Finding) -> bool:
    """ "Premiums firm as sanctions on Russian metal tighten supply": the stop verb's object is
    a market's supply and its subject, in a clause opened by "as", "while" or "amid" after the
    title's own news, holds a measure noun and no place acting (a measure's effect, not an act)."""
    i = best.index
    if t.word(i + 1) not in _MARKET_OBJECTS:
        return False
    for j in range(i - 1, 0, -1):
        low = t.toks[j].low
        if low in ("as", "while", "amid"):
            subject = range(j + 1, i)
            return any(measure_of(t.word(m)) is not None for m in subject) and not any(
                t.place_at[m] is not None and t.word(m + 1) == t.toks[i].low for m in subject
            )
        if low in (",", ";", ":", "|"):
            return False
    return False


def _legislated(t: Text, k: int) -> bool:
    """ "export ban bill tabled", "tariff bill passes": a bill, the law that makes the
    measure, not the bill that pays for it ("£9bn tariff bill")."""
    if t.word(k + 1) not in ("bill", "bills"):
        return False  # "quota delays", "licence backlog": the measure's administration
    return t.toks[k].low in _NO_BILL_TO_PAY or t.word(k + 2) in _LEGISLATED
