"""A measure named for what it does to an economy or a flow: its effects, not news of it.

A measure in force or proposed, named as a bare noun, can be the subject of what it will do to
prices, an industry, a market or a place ("steel duty may drive prices higher", "tariffs to
batter the local steel industry", "levies add to market uncertainty", "Canada most affected by
US tariffs"): a forecast of its effects (:func:`economic_effect`; not when a government joins
others' measure to an aim, :func:`joined`). A flow or an output cut by a measure ("tariffs cut
steel imports by 20%", "mills cut steel exports by 30% amid tariffs",
:func:`flow_cut_by_measure`), a flow that recovers or wanes after one ("germanium exports
recover after curbs", :func:`flow_moved_after`), and a harm or an outlook faced because of one
("Bahrain faces minimal impact from US tariffs", :func:`faces_fallout`) are its effects too.
Asked by ``stance_veto`` in :mod:`tui.engine.classifier_stances`, gated on the words each
check needs (:data:`EFFECT_CUES`, :data:`FLOW_CUTS`, :data:`FLOW_MOVES`, :data:`FACE_VERBS`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_commentary import EFFECT_LEADS, adjectival
from tui.engine.classifier_plan_purpose import planned_for
from tui.engine.classifier_text import Finding, Text, measure_of

#: Verbs of what a measure does to an economy, read with an object of :data:`_ECONOMY_WORDS`.
_IMPACT_VERBS = R.forms(
    "hit|s", "hitting", "batter|s|ed|ing", "drive|s", "driving", "raise|s", "raising",
    "increase|s", "increasing", "boost|s|ed|ing", "lead|s", "leave|s", "leaving", "add|s|ing",
    "impact|s", "affect|s", "hurt|s|ing", "dent|s", "lift|s|ing", "weigh|s|ing", "pressure|s",
    "propel|s", "benefit|s", "harm|s", "damage|s", "squeeze|s", "impacting", "affecting",
)  # fmt: skip
#: Verbs whose bare present can tell the act itself ("tariffs hit steel imports", "ban raises
#: fears"): read as effects only after a modal or "to".
_BARE_ACTS = R.forms("hit|s", "raise|s", "increase|s", "boost|s", "lead|s", "drive|s")
#: A purpose told before the verb ("aims to boost"), or a clause describing the measure ("tariffs
#: that could impact exports"): not the measure's forecast effects.
_PURPOSE_WORDS = frozenset(
    {"aim", "aims", "aimed", "aiming", "seeks", "designed", "meant", "intended", "bid", "order",
     "that", "which"}
)  # fmt: skip
#: What an economy has that a measure's effects reach: prices, industries, markets, earnings
#: (not supply: what a measure could do to supply tells the measure, ``effect_modal``).
_ECONOMY_WORDS = frozenset(
    {"price", "prices", "industry", "industries", "sector", "sectors", "market", "markets",
     "revenue", "revenues", "earnings", "margins", "profits", "jobs", "growth", "uncertainty",
     "dumping", "economy", "economies", "exporters", "producers", "manufacturers", "makers",
     "shares", "stocks", "hard", "hike", "hikes", "inflation", "countries", "nations",
     "suppliers"}
)  # fmt: skip
#: Nouns that extend a measure's noun phrase ("tariff hike", "duty increase"), not verbs.
_NOUN_TAILS = frozenset({"hike", "hikes", "increase", "increases", "rise", "rises", "cut", "cuts"})
#: What a measure "threatens" or "risks" when its effects are foretold as a harm to people (a
#: measure threatening an industry is read as before: "tariff blow threatens Swiss refiners").
_THREAT_VERBS = R.forms("threaten|s|ed", "threatening", "risk|s", "spell|s")
_HARM_WORDS = frozenset(
    {"crisis", "crises", "livelihoods", "jobs", "losses", "layoffs", "closures", "collapse",
     "ruin", "disaster", "hardship", "bankruptcy", "bankruptcies", "poverty", "unemployment"}
)  # fmt: skip
#: "most affected by", "hardest hit by": a place or industry named for a measure's effects.
_WORST_WORDS = frozenset({"most", "hardest", "worst", "badly", "severely"})
_AFFECTED_WORDS = frozenset({"affected", "hit", "exposed", "impacted", "hurt"})

#: Verbs by which a trade flow or an output falls ("tariffs cut steel imports by 20%").
FLOW_CUTS = R.forms(
    "cut|s", "slash|es|ed", "reduce|s|d", "halve|s|d", "trim|s|med", "shrink|s", "shrank",
    "dent|s|ed", "curtail|s|ed", "crimp|s|ed", "lower|s|ed", "decimate|s|d",
)  # fmt: skip
#: What such a verb lowers when a measure's effect is told: a flow or what is made.
_FLOWED = frozenset(R.FLOW_WORDS) | frozenset(
    {"output", "production", "volumes", "volume", "demand", "arrivals", "inflows", "outflows"}
)
#: A clause whose measure is only the cause of a cut before it ("... by 30% amid tariffs").
_CAUSE_WORDS = frozenset({"as", "amid", "amidst", "after", "following", "due", "because", "over"})
#: How much a flow fell ("by 30%", "by half", "by a third").
_BY_AMOUNT_RE = lazy(
    r"\bby\s+(?:\d[\d.,]*\s*(?:%|per\s*cent|pc|percent)|(?:a\s+|one[\s-])?(?:half|third|"
    r"quarter|fifth|tenth)|(?:two|three)[\s-](?:thirds|quarters))",
    re.IGNORECASE,
)


#: Verbs of a flow recovering or waning that the market words do not hold ("exports recover").
FLOW_MOVES = R.forms(
    "recover|s|ed|ing", "revive|s|d", "normalise|s|d", "normalize|s|d", "stabilise|s|d",
    "stabilize|s|d", "dwindle|s|d", "shrink|s", "shrank", "grow|s", "grew",
)  # fmt: skip


def flow_moved_after(t: Text, best: Finding) -> bool:
    """ "China's germanium exports recover after curbs", "aluminium imports dwindle as tariffs
    bite": a flow, the subject, recovers or wanes in a clause before the one whose measure is
    only its cause (the market words read the flows that rise, fall or rebound)."""
    for j in range(best.index - 1):
        if t.word(j) not in _FLOWED:
            continue
        v = j + 1  # past the goods after the flow ("exports of antimony recover")
        while v < min(best.index, j + 5) and (t.word(v) == "of" or _goods_at(t, v)):
            v += 1
        if t.word(v) in FLOW_MOVES and any(
            t.word(k) in _CAUSE_WORDS for k in range(v + 1, best.index)
        ):
            return True
    return False


#: Facing, or bracing for, what comes: the object is a harm or an outlook unless it is the
#: measure itself ("S. Korea to face China's anti-dumping duties").
FACE_VERBS = R.forms("face|s|d", "facing", "brace|s|d", "bracing")
#: A measure's effects named before it ("faces minimal impact from US tariffs").
_FALLOUT_NOUNS = frozenset({"impact", "impacts", "fallout", "effects", "consequences", "toll"})


def faces_fallout(t: Text, best: Finding) -> bool:
    """ "Philippines faces grim prospects for nickel after proposed ore export tax", "Bahrain
    faces minimal impact from US tariffs", "industry braces for losses as duties loom": a place
    or an industry faces (braces for) a harm or an outlook whose cause is a measure named as a
    bare noun in a later clause or after "impact of": its effects, not the measure. A measure
    faced as such ("India faces EU heat on steel quotas") is the event."""
    if best.verb and not adjectival(best):
        return False
    face = next((k for k in range(best.index) if t.word(k) in FACE_VERBS), None)
    if face is None:
        return False
    for k in range(face + 1, best.index):
        word = t.word(k)
        if word in _CAUSE_WORDS or (
            word in _FALLOUT_NOUNS and t.word(k + 1) in ("of", "from", "on")
        ):
            return True
    return False


def flow_cut_by_measure(t: Text, best: Finding) -> bool:
    """ "Tariffs cut steel imports by 20%", "duties slash aluminium shipments to US": a measure
    named as a bare noun, then the verb by which it lowers a flow or an output (an effect on
    trade, not a measure); and "mills cut steel exports by 30% amid tariffs": a flow cut by an
    amount before a clause whose measure is only its cause. A government that cuts imports
    itself ("EU to cut steel imports further", "EU cuts steel imports via quotas") acts."""
    for k in range(len(t.toks) - 1):
        if t.word(k) not in FLOW_CUTS or t.word(k + 1) in R.AFTER_OWN_CUT:
            continue
        obj = next((j for j in range(k + 1, min(len(t.toks), k + 6)) if t.word(j) in _FLOWED), None)
        if obj is None or not all(_goods_at(t, j) for j in range(k + 1, obj)):
            continue  # "tariff cut boosts steel imports": "cut" is a noun, another verb acts
        if measure_of(t.word(obj + 1)) is not None:
            continue  # "halved import quotas": the flow names a measure, which is cut
        if k > best.index and (not best.verb or adjectival(best)):
            between = range(best.index + 1, k)
            if not any(t.word(j) in R.CLAUSE_BREAK or t.word(j) in EFFECT_LEADS for j in between):
                return True  # "tariffs on Chinese steel cut imports by 40%"
        if k < best.index and any(t.word(j) in _CAUSE_WORDS for j in range(obj + 1, best.index)):
            cause = next(j for j in range(obj + 1, best.index) if t.word(j) in _CAUSE_WORDS)
            if _BY_AMOUNT_RE.search(t.text, t.toks[k].end, t.toks[cause].start) is not None:
                return True  # "China cuts steel exports by 30% amid US tariffs"
    return False


#: Words that name goods in general or join them ("the", "critical minerals", "raw materials").
_GOODS_MORE = frozenset(
    {"the", "its", "their", "of", "and", "ore", "raw", "steel", "critical", "strategic",
     "minerals", "metals", "materials", "rare", "earth", "earths", "battery", "key"}
)  # fmt: skip


def _goods_at(t: Text, j: int) -> bool:
    """Whether the word at ``j`` can modify a flow as its goods or places ("Canadian aluminium
    foil" in "... exports")."""
    word = t.word(j)
    return (
        t.is_metal[j] or t.place_at[j] is not None or word in R.GOODS_WORDS or word in _GOODS_MORE
    )


def _clause_end(t: Text, start: int) -> int:
    """The index of the first clause break at or after ``start`` (or the end)."""
    for k in range(start, len(t.toks)):
        if t.word(k) in (";", ":", "—", "–", "|", "(") or (
            t.word(k) == "-" and k + 1 < len(t.toks)
        ):
            return k
    return len(t.toks)


def economic_effect(t: Text, best: Finding) -> bool:
    """ "Proposed steel duty may drive prices higher", "tariffs to batter local steel industry",
    "levies add to market uncertainty", "tariffs unlikely to impact India": a measure named as a
    bare noun, then what it does to prices, an industry, a market or a place; and "Canada most
    affected by US tariffs". A measure imposed by a verb ("raises duty to boost local
    manufacturing") keeps its reading: the effect is its purpose."""
    if (best.verb and not adjectival(best)) or joined(t, best) or planned_for(t, best):
        return False
    end = _clause_end(t, best.index + 1)
    for k in range(best.index):
        if t.word(k) in R.CLAUSE_BREAK:
            break
        if t.word(k) in _WORST_WORDS and t.word(k + 1) in _AFFECTED_WORDS and t.word(k + 2) == "by":
            return True
    for k in range(best.index + 1, end):
        word = t.word(k)
        if k == best.index + 1 and word in _NOUN_TAILS:
            continue  # "tariff hike threatens ...": the measure's noun phrase
        if k == best.index + 1 and word in R.TARGET_IDIOMS:
            return False  # "comes in Trump's tariff crosshairs, driving up ...": a threat
        if word in _THREAT_VERBS and any(
            t.word(j) in _HARM_WORDS for j in range(k + 1, min(end, k + 6))
        ):
            return True  # "ban threatens thousands of livelihoods": a harm foretold
        if word not in _IMPACT_VERBS:
            if word in R.IMPOSE_VERBS - EFFECT_LEADS or word in R.RELEASE_VERBS:
                return False  # "duties on steel imposed to protect ...": told by a verb
            continue
        leads = [t.word(j) for j in range(max(best.index + 1, k - 3), k)]
        if any(w in _PURPOSE_WORDS for w in leads):
            return False  # "proposal aims to boost the industry": its purpose, told
        if word in _BARE_ACTS and not any(w in EFFECT_LEADS for w in leads):
            continue  # "tariffs hit steel imports": a bare present may tell the act
        for j in range(k + 1, min(end, k + 6)):
            if t.word(j) in _ECONOMY_WORDS or (
                t.place_at[j] is not None and not t.is_metal[j] and j == k + 1
            ):
                return True
    return False


def joined(t: Text, best: Finding) -> bool:
    """ "US to join G-7 in ban of Russian gold imports to hit Putin", "joins EU ban on Russian
    gold to pressure Kremlin": a government named before a verb of joining takes up others'
    measure as its own (as "joins EU sanctions" reads); what follows is its aim."""
    for k in range(best.index - 1, max(-1, best.index - 6), -1):
        if t.word(k) in R.CLAUSE_BREAK:
            return False
        if t.word(k) in R.JOIN_VERBS:
            return any(t.place_at[j] is not None for j in range(k))
    return False


#: The words without which a check of this module gives no veto (see ``stance_veto`` in
#: :mod:`tui.engine.classifier_stances`, which gates them): :func:`economic_effect`'s.
EFFECT_CUES = _WORST_WORDS | _THREAT_VERBS | _IMPACT_VERBS
