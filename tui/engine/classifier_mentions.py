"""Vetoes for news that only mentions a measure: nobody with the power to act takes one.

Read after the strongest finding of a text is chosen (:func:`tui.engine.classifier_vetoes.
find_veto` asks here first). Each kind is a shape of sentence, not a headline's words:

- a call by someone without the power to act (an opposition leader, a candidate, activists)
  saying a government should act, or wanting or proposing it (a head of state's "Russia
  should consider" is a plan: ``proposed``);
- a verdict on a measure ("... violated trade rules") by a body that does not strike it down;
- a sector struggling with a list of troubles, a licence regime among them;
- a measure named only as the start of a period ("the most since Beijing imposed curbs");
- traders, buyers or an industry hoping for (anticipating) a measure's end;
- quotas issued in batches with no flow word, or quotas on mining and smelting: production;
- a complaint against a measure before a trade body ("complains to the WTO over X's duties"),
  concern about a measure ("concerned about US tariffs") and an investigation whose subject is
  a measure ("investigates anti-dumping measures"): the measure is the topic, not news of one.

:mod:`tui.engine.classifier_recast` reads a measure noun again when the sentence acts on it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_case import looks_named
from tui.engine.classifier_text import Finding, Text, flow_of

#: People with a voice but no power to decide a measure.
CALLERS = frozenset(
    {
        "opposition",
        "candidate",
        "candidates",
        "frontrunner",
        "front-runner",
        "hopeful",
        "hopefuls",
        "activist",
        "activists",
        "campaigners",
        "campaigner",
        "critics",
        "unions",
        "union",
        "ngo",
        "ngos",
        "challenger",
        "party",
    }
)
#: Verbs by which a caller voices a call.
CALL_VERBS = frozenset(
    {
        "say",
        "says",
        "said",
        "want",
        "wants",
        "wanted",
        "demand",
        "demands",
        "demanded",
        "call",
        "calls",
        "called",
        "urge",
        "urges",
        "urged",
        "should",
        "ought",
        "propose",
        "proposes",
        "proposed",
        "pledge",
        "pledges",
        "pledged",
        "promise",
        "promises",
        "promised",
        "vow",
        "vows",
        "vowed",
    }
)
#: A breach found of a measure ("violates the ban", "inconsistent with WTO rules"): the measure
#: is the topic of a ruling, not news of one. Not :data:`R.VERDICT_RE` (a judgement of a
#: measure's strength before an attribution, "too lax, smelters say"): these verbs tell that
#: something broke a measure, no view of how strict it is, and no comma need follow them.
BREACH_RE = lazy(
    r"\b(?:violat(?:e|es|ed|ing)|breach(?:es|ed)?|broke|break(?:s)?|flout(?:s|ed)?|"
    r"cut\s+against|inconsistent\s+with)\b",
    re.IGNORECASE,
)
#: Bodies that strike a measure down (their verdict releases it, see the release rules).
COURT_WORDS = frozenset({"court", "courts", "cit", "judge", "judges", "tribunal"})
#: Verbs of a sector's hardship: what follows is a list of its troubles.
STRUGGLE_VERBS = frozenset(
    {
        "struggle",
        "struggles",
        "struggling",
        "grapple",
        "grapples",
        "grappling",
        "battle",
        "battles",
        "battling",
        "wrestle",
        "wrestles",
        "wrestling",
        "contend",
        "contends",
        "cope",
        "copes",
    }
)
#: Verbs of hope: those who hope for a measure's end do not end it.
HOPE_WORDS = frozenset(
    {
        "hope",
        "hopes",
        "hoping",
        "hoped",
        "anticipate",
        "anticipates",
        "anticipating",
        "anticipated",
        "bet",
        "bets",
        "betting",
    }
)
RELEASE_RULES = frozenset({"release", "passive-release", "release-noun"})
#: Quotas on production, not trade ("mining and smelting quotas", "the quota caps output").
PRODUCTION_QUOTA_RE = lazy(
    r"\b(?:mining|smelting|separation|production|output|extraction)\b(?:\W+\w+){0,4}?\W+"
    r"quotas?\b|\bquotas?\b(?:\W+\w+){0,3}?\W+(?:mining|smelting|production|output)\b",
    re.IGNORECASE,
)
#: Words that end the measure's own noun phrase ("duties on ...").
#: Words after a released measure that end its object: a place, goods or a background clause
#: ("Revocation of the Orders Following Sunset Reviews": the review is the background).
STOP_AFTER = frozenset(
    {"on", "into", "for", "against", "of", "to", "from", ",", ";", ":", "following", "after"}
)
BATCH_WORDS = frozenset({"batch", "batches", "tranche", "tranches"})
_MINING_WORDS = frozenset({"mining", "smelting", "extraction", "quarrying"})
#: Ordinals before a year's quotas name a tranche as "batch" does ("first quotas of 2024").
ORDINALS = frozenset({"first", "second", "third", "fourth"})
#: A trade-remedy case's papers: ending or withdrawing them ends no measure.
CASE_WORDS = frozenset(
    {
        "petition",
        "petitions",
        "request",
        "requests",
        "complaint",
        "complaints",
        "application",
        "applications",
        "case",
        "cases",
    }
)


#: Verbs of a complaint or challenge brought against a measure.
COMPLAIN_VERBS = frozenset(
    {
        "complain",
        "complains",
        "complained",
        "challenge",
        "challenges",
        "challenged",
        "contest",
        "contests",
        "contested",
        "disputes",
        "disputed",
        "sue",
        "sues",
        "sued",
    }
)
#: Bodies that hear trade disputes.
DISPUTE_BODIES = frozenset({"wto", "organization", "organisation", "gatt"})
#: Words of concern: "Argentina concerned about US tariffs" reacts to a measure.
CONCERN_WORDS = frozenset({"concerned", "worried", "alarmed", "uneasy", "anxious", "upset"})
#: Verbs of an investigation opened into something.
INVESTIGATE_VERBS = frozenset(
    {
        "investigate",
        "investigates",
        "investigating",
        "probing",
    }
)


def mention_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the text only mentions a measure, else None."""
    if best.verb and best.at is not None and t.word(best.at + 1) in R.MOOD_NOUNS:
        # "Copper reverses on tariff fears": the verb acts on a mood, not on the measure
        return "speculation", "a mood about a measure ('tariff fears'), not a measure"
    lows = t.lows
    if any(
        w in CALLERS and t.place_at[k] is None and t.word(k + 1) not in R.STATE_NOUNS
        for k, w in enumerate(lows)
    ) and not (CALL_VERBS.isdisjoint(lows)):
        # "union" in "European Union" is a place, in "Union Budget" the state's: no caller
        return "company", "a call by someone without the power to act, not a measure"
    after = t.text[t.toks[best.index].end :]
    before = lows[: best.index]
    if not best.verb and BREACH_RE.search(after) and COURT_WORDS.isdisjoint(before):
        return "speculation", "a verdict on a measure by a body that does not strike it down"
    if not best.verb and not STRUGGLE_VERBS.isdisjoint(before):
        return "speculation", "a sector's troubles, a measure among them: a feature"
    if (
        not best.verb
        and not COMPLAIN_VERBS.isdisjoint(before)
        and not DISPUTE_BODIES.isdisjoint(lows)
    ):
        return "speculation", "a complaint against a measure before a trade body: a dispute"
    if not best.verb and any(
        w in CONCERN_WORDS and nxt in ("about", "over") for w, nxt in pairwise(before)
    ):
        return "speculation", "a reaction to a measure (concern about it): not news of one"
    if not best.verb and not INVESTIGATE_VERBS.isdisjoint(before):
        return "speculation", "an investigation into a measure: no measure yet"
    if _power_curbs(t, best):
        return "operations", "curbs on power or fuel supply: no trade measure"
    if _since_clause(t, best):
        return "speculation", "a measure named as the start of a period: background"
    if best.rule in RELEASE_RULES and _ends_a_case(t, best):
        return "speculation", "an investigation or a request for one ended: no measure was in force"
    if _name_in_capitals(t, best):
        return "company", "a measure word in capitals heading a name: a company"
    if best.rule in RELEASE_RULES and not HOPE_WORDS.isdisjoint(before):
        return "company", "others hope for a measure's end: nothing changes"
    if _mining_faces_ban(t, best, before):
        return "operations", "mining faces a ban: production, not trade"
    if best.status == "quota" and not best.verb:
        if R.QUOTA_SHARE_RE.search(t.text):
            return "market", "a share of a quota used up: market data, not a measure"
        if PRODUCTION_QUOTA_RE.search(t.text):
            return "operations", "a quota on mining or smelting: production, not trade"
        ordinal = _ordinal_quotas(t, best.index)
        if (
            (ordinal or not BATCH_WORDS.isdisjoint(lows))  # "first rare earth quotas of 2024"
            and not any(flow_of(w) for w in lows)
            and "scrap" not in lows  # scrap is bought abroad, not mined: scrap quotas are trade
        ):
            return "operations", "quotas issued in batches, no trade flow: production"
    return None


def _ordinal_quotas(t: Text, i: int) -> bool:
    """An ordinal right before the quotas at i, with only their metals between ("first rare earth
    quotas"), not before another noun ("First Quarter Tariff Rate Quota")."""
    k = i - 1
    while k >= 0 and t.is_metal[k]:
        k -= 1
    return t.word(k) in ORDINALS


def _power_curbs(t: Text, best: Finding) -> bool:
    """ "after lifting electricity curbs", "gas supply curbs": the measure word is on power or
    fuel supply, not on a trade flow."""
    m = best.measure_at
    before = t.word(m - 1)
    if before in ("supply", "supplies"):
        return t.word(m - 2) in R.FUEL_WORDS
    return before in R.POWER_WORDS


def _since_clause(t: Text, best: Finding) -> bool:
    """ "the most since Beijing imposed curbs in 2021": the last clause break before the
    deciding word is "since"."""
    for k in range(best.index - 1, -1, -1):
        low = t.toks[k].low
        if low in R.CLAUSE_BREAK or low == ",":
            return low == "since"
    return False


def _mining_faces_ban(t: Text, best: Finding, before: list[str]) -> bool:
    """ "Tin mining in Wa State faces prolonged ban": the ban falls on mining (production);
    with no trade flow named, it is no trade measure."""
    return (
        best.status == "suspended"
        and not _MINING_WORDS.isdisjoint(before)
        and not R.FACE_VERBS.isdisjoint(before)
        and not any(flow_of(w) for w in t.lows)
    )


def _name_in_capitals(t: Text, best: Finding) -> bool:
    """ "CAP Acero withdraws ...": a measure word in capitals opening a title not in capitals,
    followed by a capitalised word, is (part of) a name."""
    tok = t.toks[best.index]
    if best.index != 0 or not tok.text.isupper() or len(tok.text) < 2 or t.text.isupper():
        return False
    nxt = t.toks[best.index + 1].text if best.index + 1 < len(t.toks) else ""
    return bool(nxt) and looks_named(t.text, nxt) and not nxt.isupper()


def _ends_a_case(t: Text, best: Finding) -> bool:
    """ "drops petition for duties", "ended an antidumping investigation": the released thing
    is a case or its papers, before or right after the measure word."""
    if best.at is None:
        return False
    lows = t.lows
    if any(w in R.INVESTIGATION_WORDS or w in CASE_WORDS for w in lows[best.index + 1 : best.at]):
        return True
    for w in lows[best.at + 1 : best.at + 5]:
        if w in R.INVESTIGATION_WORDS or w in CASE_WORDS:
            return True
        if w in STOP_AFTER or flow_of(w):
            return False
    return False
