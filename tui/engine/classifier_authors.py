"""Who acts: a measure's author (or its importer) read from the words after a place.

Read by :func:`~tui.engine.classifier_owners.owner_roles`: another place right before the
deciding measure noun (:func:`imposer_before`, "25% US tariff rate"), a demonym before goods and
a measure put "on" another country (:func:`demonym_imposes`), an industry a measure aims to
protect (:func:`protected`), a bare name after another government's measure verb
(:func:`bare_goods_of`, "EU bans Belarus steel imports"), a draft's author (:func:`drafts`) and a
place warning those who would evade a measure (:func:`enforces`).
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_goods_owners import Roles, goods_then, possessive
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: A government's draft or plan ("EC steel draft to slash quotas"): the place before it drafts.
_DRAFTS = frozenset({"draft", "drafts", "proposal", "proposals", "plan", "plans", "blueprint"})
#: A government's warning to those who would evade its measure ("Jakarta warns smugglers").
_ENFORCE_VERBS = frozenset({"warns", "warned", "vows", "vowed", "threatens", "cautions"})
_EVADERS = frozenset(
    {"smugglers", "smuggling", "violators", "offenders", "evaders", "evasion", "exporters",
     "importers", "traders", "miners"}
)  # fmt: skip
#: Verbs of a measure's aim of protecting an industry ("to shield Indian steel mills").
_PROTECT_VERBS = frozenset(
    {"protect", "protects", "protecting", "shield", "shields", "shielding", "safeguard",
     "support", "defend", "save", "help", "aid", "boost"}
)  # fmt: skip
#: What a protected industry is called after its goods ("producers", "mills", "sector").
_INDUSTRY_HEADS = frozenset(
    {"producers", "industry", "industries", "sector", "sectors", "workers", "mills", "makers",
     "smelters", "miners", "manufacturers", "companies", "firms", "plants", "jobs", "refiners"}
)  # fmt: skip


#: A rate's number ("25", "2.5", "25%"); its words are :data:`R.RATE_WORDS`.
_RATE_NUMBER = re.compile(r"^[\d.,]+%?$")


def imposer_before(t: Text, f: Finding, code: str) -> bool:
    """Another place than ``code`` stands right before the deciding measure noun ("25% US
    tariff rate"), past a rate and modifiers."""
    at = f.measure_at
    if measure_of(t.word(at)) is None:
        return False  # "imports from Brazil capped": a verb decides, "from Brazil" imposes none
    for k in range(at - 1, max(-1, at - 4), -1):
        pi = t.place_at[k]
        if pi is not None:
            return t.places[pi][0] != code
        if t.is_metal[k] or t.word(k) in R.GOODS_WORDS:
            return False
        if not _before_measure(t.word(k)):
            return False  # "imports from UAE face new quota": a verb stands between
    return False


def _before_measure(word: str) -> bool:
    """A word that may stand between a measure's imposer and its noun: a rate, a modifier, a
    flow or another measure word ("25% US import tariff rate")."""
    return bool(
        _RATE_NUMBER.match(word)
        or word in R.RATE_WORDS
        or word in R.MEASURE_MODIFIERS
        or flow_of(word)
        or measure_of(word)
    )


def demonym_imposes(t: Text, i: int, last: int) -> bool:
    """ "Canadian aluminium and steel tariff surcharge on China": goods words, then measure
    nouns, then "on" and another place."""
    k = last + 1
    while k < len(t.toks) and (
        t.is_metal[k] or t.word(k) in R.GOODS_FORMS or t.word(k) in ("and", ",", "&")
    ):
        k += 1
    if k == last + 1 or measure_of(t.word(k)) is None:
        return False
    while k < len(t.toks) and measure_of(t.word(k)) is not None:
        k += 1
    if t.word(k) not in ("on", "against") or k + 1 >= len(t.toks):
        return False
    pi = t.place_at[k + 1]
    return pi is not None and t.places[pi][0] != t.places[i][0]


def protected(t: Text, first: int, last: int) -> bool:
    """The place (tokens ``first`` to ``last``) names an industry a measure aims to protect:
    "to protect Canadian aluminium producers", "to shield India's steel sector"."""
    if t.word(first - 1) not in _PROTECT_VERBS or t.word(first - 2) != "to":
        return False
    return goods_then(t, last + 1, _INDUSTRY_HEADS) is not None


#: Words that end the clause of a measure's verb: a place after one is not its object.
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "as", "while", "after", "amid", "and", "but", "since", "because", "when",
     "with", "or", "&", "before", "despite", "until"}
)  # fmt: skip


def bare_goods_of(t: Text, f: Finding, roles: Roles, i: int, first: int) -> bool:
    """Place ``i`` (from token ``first``), a bare name read as an importer before its goods'
    imports, is the object of another place's measure verb: "EU bans Belarus steel imports",
    "EU to ban Belarus steel imports". Another place acts before the verb, the name follows
    the verb within a few words, with nothing ending the clause between."""
    code, matched = roles[i][1], roles[i][2]
    if t.gaz.is_demonym(matched) or possessive(t, i) or not f.verb:
        return False
    if not f.index < first <= f.index + 3:
        return False
    if any(t.word(k) in _CLAUSE_BREAKS for k in range(f.index, first)):
        return False
    return any(
        r == "actor" and c != code and t.place_span(j)[1] < f.index
        for j, (r, c, _m) in enumerate(roles)
    )


def drafts(t: Text, last: int) -> bool:
    """Goods then a draft or plan after the place ending at ``last``, then "to", "would" or
    "will" ("EC steel draft to slash quotas"): the place drafts the measure."""
    k = last + 1
    while k < len(t.toks) and (t.is_metal[k] or t.word(k) in R.GOODS_FORMS):
        k += 1
    return k > last + 1 and t.word(k) in _DRAFTS and t.word(k + 1) in ("to", "would", "will")


def enforces(t: Text, first: int, last: int) -> bool:
    """The place from ``first`` to ``last`` opens a clause after a semicolon, comma or dash
    and warns or vows against those who would evade a measure ("; Jakarta warns smugglers")."""
    if first == 0 or t.word(first - 1) not in (";", ",", "–", "—", ":"):
        return False
    if t.word(last + 1) not in _ENFORCE_VERBS:
        return False
    return any(t.word(k) in _EVADERS for k in range(last + 2, min(last + 6, len(t.toks))))
