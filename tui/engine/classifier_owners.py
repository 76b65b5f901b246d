"""Whose goods, whose measure: the roles of places read from what stands right after them.

:func:`~tui.engine.classifier_roles.place_roles` reads a place's role mostly from the word
before it. Some places are told by the words after them instead, and
:func:`owner_roles` corrects their roles before
:mod:`~tui.engine.classifier_direction` turns the roles into a corridor:

- a possessive before a company ("Brazil's Gerdau", "India's Hindalco") names where the company
  is, neither the goods' origin nor an imposer;
- a country before its goods and a tariff-rate quota ("Japan steel TRQ", "Ukraine steel TRQ")
  names the exporter the quota is for, when another government acts (an import measure);
- "[country] [metal] imports" under another country's measure named right before the deciding
  noun ("UK steel imports keep 25% US tariff rate") are that country's goods, not its imports;
- a quota or tariff "for" a country on imports ("cuts steel import quotas for Turkey") is the
  share set for that exporter; so are goods "of" a country ("articles of Argentina");
- a demonym before goods and a measure, the measure then put "on" another country ("Canadian
  aluminium and steel surcharge on China"), is the imposer, as "Canada's ... surcharge" is;
- a country whose industry a measure aims to protect ("to shield Indian steel mills", "to
  protect Canada's steel workers") imports, its own measure's;
- a country's bare name before goods and their imports, right after another government's
  measure verb ("EU bans Belarus steel imports", "Beijing bans Australia copper ore imports"),
  names the exporter, as "Belarusian steel" does, not a second importer;
- a place right before a government's instrument ("with Biden proclamation", "by Indian
  decree") acts, when no other place does;
- a place before goods and a draft, proposal or plan that a verb follows ("EC steel draft to
  slash quotas", "EU aluminium proposal would halve quotas") is its author, not the goods'
  origin: the draft is the government's;
- a place opening a clause after the measure's, warning or vowing to act against those who
  would evade it ("Export ban on nickel ore takes effect; Jakarta warns smugglers"), enforces
  the measure: its author (a reaction, "; Japan urges calm", names no side).

It also says when a place names goods by a possessive (:func:`owned`), which the corridor reads
as a demonym ("bans Russia's gold" as "bans Russian gold").
"""

from __future__ import annotations

import re

from tui.engine import classifier_rules as R
from tui.engine.classifier_case import headline_cased, looks_named
from tui.engine.classifier_importers import (
    importer_before_imports,
    listed_before_goods,
    spared_from_its,
)
from tui.engine.classifier_listed import word_before_place
from tui.engine.classifier_sent import bound_for
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

Roles = list[tuple[str, str, str]]

#: Nouns of goods whose owner follows "of" ("articles of Argentina", "products of Japan").
_GOODS_OF = frozenset({"articles", "products", "goods", "merchandise"})
#: A government's instruments: the place right before one acts ("with Biden proclamation").
_INSTRUMENTS = frozenset(
    {"proclamation", "proclamations", "decree", "decrees", "notification", "ordinance"}
)
#: A government's draft or plan ("EC steel draft to slash quotas"): the place before it drafts.
_DRAFTS = frozenset({"draft", "drafts", "proposal", "proposals", "plan", "plans", "blueprint"})
#: A government's warning to those who would evade its measure ("Jakarta warns smugglers").
_ENFORCE_VERBS = frozenset({"warns", "warned", "vows", "vowed", "threatens", "cautions"})
_EVADERS = frozenset(
    {"smugglers", "smuggling", "violators", "offenders", "evaders", "evasion", "exporters",
     "importers", "traders", "miners"}
)  # fmt: skip
#: Words of a state's bodies that a possessive may lead ("Vietnam's National Assembly").
_STATE_WORDS = frozenset(
    {"national", "assembly", "central", "federal", "supreme", "prime", "foreign", "finance",
     "treasury", "council", "commission", "bank", "reserve", "revenue", "board", "office",
     "congress", "mines", "mining", "energy", "economy", "industry"}
)  # fmt: skip
#: Words after a name that make it a part of the country, not a company ("Myanmar's Wa region").
_AREA_WORDS = frozenset(
    {"region", "regions", "province", "provinces", "state", "district", "area", "zone", "county",
     "city", "port", "island", "islands", "coast", "valley", "belt", "border", "territory"}
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


def _possessive(t: Text, i: int) -> bool:
    e = t.places[i][2]
    return t.text[e : e + 2] in ("'s", "’s") or t.word(t.place_span(i)[1]).endswith("'s")


def owned(t: Text, matched: str) -> bool:
    """The place written ``matched`` names goods as a demonym or a possessive does ("Russian
    gold", "Russia's gold")."""
    if t.gaz.is_demonym(matched):
        return True
    return any(p[3] == matched and _possessive(t, i) for i, p in enumerate(t.places))


def _company_after(t: Text, last: int) -> bool:
    """A name stands right after the token ``last`` in a sentence-case text: a company
    ("Brazil's Gerdau"), not goods, a measure, another place, a government body ("Vietnam's
    National Assembly") or a part of the country ("Myanmar's Wa region"). In Title Case every
    word looks like a name ("Congo's Surprise Export Ban"): none is read so."""
    k = last + 1
    if k >= len(t.toks) or t.place_at[k] is not None or t.is_metal[k]:
        return False
    tok = t.toks[k]
    low = tok.low
    if low in R.GOODS_WORDS or low in R.GOODS_FORMS or measure_of(low) or flow_of(low):
        return False
    if low.endswith(("ing", "ed")):
        return False  # "Trump's Touting 50% tariff": a verb's form, capitalised
    if any(t.word(j) in R.GOVERNMENT_WORDS or t.word(j) in _STATE_WORDS for j in (k, k + 1)):
        return False
    if t.word(k + 1) in _AREA_WORDS:
        return False  # "Myanmar's Wa region": a part of the country, its own side
    return tok.text[:1].isupper() and not headline_cased(t.text) and looks_named(t.text, tok.text)


def _goods_then(t: Text, k: int, heads: frozenset[str]) -> int | None:
    """Past metals and goods words from token ``k``: the index of a head word in ``heads``
    (a quota's "TRQ", "imports"), else None."""
    j = k
    while (
        j < len(t.toks)
        and t.word(j) not in heads
        and (t.is_metal[j] or t.word(j) in R.GOODS_WORDS or t.word(j) in R.GOODS_FORMS)
    ):
        j += 1
    if j == k or j >= len(t.toks):
        return None
    if t.word(j) in heads:
        return j
    if t.word(j) in ("tariff-rate", "tariff") and "trq" in heads:
        nxt = j + 1 if t.word(j) == "tariff-rate" else j + 2
        if t.word(j) == "tariff" and t.word(j + 1) != "rate":
            return None
        return j if t.word(nxt) in ("quota", "quotas") else None
    return None


def _trq_for(t: Text, first: int, last: int) -> bool:
    """ "Japan steel TRQ", "Ukraine steel tariff-rate quotas": the place before goods and a
    tariff-rate quota."""
    return t.word(first - 1) not in ("on", "from", "of") and (
        _goods_then(t, last + 1, R.TRQ_WORDS) is not None
    )


def quota_for(t: Text, i: int) -> bool:
    """Place ``i`` stands before goods and a tariff-rate quota ("Japan steel TRQ") and another
    country is named: the quota is that country's on the first one's goods, not the first's."""
    first, last = t.place_span(i)
    return _trq_for(t, first, last) and any(p[0] != t.places[i][0] for p in t.places)


def _import_measure_for(t: Text, k: int) -> bool:
    """The word before "for" at ``k`` is a tariff or a quota, on imports: "import quotas for",
    "steel TRQ for"; no export word in the title."""
    m = measure_of(t.word(k - 1))
    if m is None or m[0] not in ("tariff", "quota"):
        return False
    return not any(flow_of(w) == R.EXPORT for w in t.lows)


#: A rate's number ("25", "2.5", "25%"); its words are :data:`R.RATE_WORDS`.
_RATE_NUMBER = re.compile(r"^[\d.,]+%?$")


def _imposer_before(t: Text, f: Finding, code: str) -> bool:
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


def _demonym_imposes(t: Text, i: int, last: int) -> bool:
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


def _protected(t: Text, first: int, last: int) -> bool:
    """The place (tokens ``first`` to ``last``) names an industry a measure aims to protect:
    "to protect Canadian aluminium producers", "to shield India's steel sector"."""
    if t.word(first - 1) not in _PROTECT_VERBS or t.word(first - 2) != "to":
        return False
    return _goods_then(t, last + 1, _INDUSTRY_HEADS) is not None


#: Words that end the clause of a measure's verb: a place after one is not its object.
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "as", "while", "after", "amid", "and", "but", "since", "because", "when",
     "with", "or", "&", "before", "despite", "until"}
)  # fmt: skip


def _bare_goods_of(t: Text, f: Finding, roles: Roles, i: int, first: int) -> bool:
    """Place ``i`` (from token ``first``), a bare name read as an importer before its goods'
    imports, is the object of another place's measure verb: "EU bans Belarus steel imports",
    "EU to ban Belarus steel imports". Another place acts before the verb, the name follows
    the verb within a few words, with nothing ending the clause between."""
    code, matched = roles[i][1], roles[i][2]
    if t.gaz.is_demonym(matched) or _possessive(t, i) or not f.verb:
        return False
    if not f.index < first <= f.index + 3:
        return False
    if any(t.word(k) in _CLAUSE_BREAKS for k in range(f.index, first)):
        return False
    return any(
        r == "actor" and c != code and t.place_span(j)[1] < f.index
        for j, (r, c, _m) in enumerate(roles)
    )


def main_from(t: Text, bg: list[bool] | None, lo: int, index: int) -> int:
    """The first token from ``lo`` out of an opening clause of response, when the token at
    ``index`` is in the main one ("In response to Chinese export curbs, Japan imposes duties
    ...": the answered measure's "export" is not the duties' flow; an opening of context,
    "Amid soaring aluminium imports, India brings in new QCO", may tell the flow)."""
    if bg is None or index >= len(bg) or bg[index] or t.word(1) not in R.RESPONSE_WORDS:
        return lo
    while lo < index and bg[lo]:
        lo += 1
    return lo


def owner_roles(t: Text, f: Finding, roles: Roles) -> Roles:
    """The roles with the corrections the module names."""
    if len(roles) != len(t.places):
        return roles
    out = list(roles)
    for i, (role, code, matched) in enumerate(roles):
        first, last = t.place_span(i)
        k = word_before_place(t, first)  # past "the": "articles of the United Kingdom"
        before = t.word(k)
        if _possessive(t, i) and _company_after(t, last):
            out[i] = ("other", code, matched)
        elif role != "goods" and quota_for(t, i) and not _pair_head(t, i):
            out[i] = ("goods", code, matched)  # not "US-" of "US-Japan steel TRQ": the imposer
        elif role != "to" and bound_for(t, k):
            out[i] = ("to", code, matched)  # "shipments bound for China": where they go
        elif (
            role == "goods"
            and t.gaz.is_demonym(matched)
            and importer_before_imports(t, roles, i, last)
        ):
            out[i] = ("into", code, matched)  # "Turkish aluminium imports from Russia": Turkey's
        elif role in ("other", "target") and listed_before_goods(t, roles, i, last):
            out[i] = ("goods", code, matched)  # "exempts UAE, Singapore gold": the list's first
        elif role in ("from", "goods") and spared_from_its(t, roles, i, k, last):
            out[i] = ("actor", code, matched)  # "Chilean copper exempted from Chinese import tax"
            out[:i] = [("target", *x[1:]) if x[0] == "actor" else x for x in out[:i]]
        elif role == "into" and first == 0 and _imposer_before(t, f, code):
            if _goods_then(t, last + 1, frozenset({"imports"})) is not None:
                out[i] = ("goods", code, matched)
        elif role == "to" and before == "for" and _import_measure_for(t, k):
            out[i] = ("from", code, matched)
        elif before == "of" and t.word(k - 1) in _GOODS_OF:
            out[i] = ("from", code, matched)
        elif role == "goods" and t.gaz.is_demonym(matched) and _demonym_imposes(t, i, last):
            out[i] = ("actor", code, matched)
        elif role == "into" and _bare_goods_of(t, f, roles, i, first):
            out[i] = ("goods", code, matched)  # "EU bans Belarus steel imports": Belarus's
        elif role == "goods" and _drafts(t, last):
            out[i] = ("actor", code, matched)  # "EC steel draft to slash quotas": its author
        elif role == "other" and _enforces(t, first, last):
            out[i] = ("actor", code, matched)  # "...; Jakarta warns smugglers": its measure
        elif role in ("goods", "actor") and _protected(t, first, last):
            out[i] = ("into", code, matched)  # "to shield Indian steel mills": India's measure
        elif role == "actor" and _quota_owner(t, f, roles, i, k, last):
            out[i] = ("goods", code, matched)  # "US cuts Brazil's semi-finished steel quota"
    if not any(r in ("actor", "into") for r, _c, _m in out):
        for i, (role, code, matched) in enumerate(out):
            if role == "other" and t.word(t.place_span(i)[1] + 1) in _INSTRUMENTS:
                out[i] = ("actor", code, matched)  # "takes effect with Biden proclamation"
                break
    return out


#: Words of a product's kind between a possessive and its metal ("Brazil's semi-finished steel").
_PRODUCT_KINDS = frozenset({"finished", "flat", "long", "crude", "import", "annual"})
#: Verbs that enlarge a share, beside the measure verbs ("boosts Mexico's steel quota").
_BOOSTS = frozenset({"boost", "boosts", "boosted", "ups", "upped"})


def _quota_owner(t: Text, f: Finding, roles: Roles, i: int, k: int, last: int) -> bool:
    """Place ``i`` is a possessive right after another place's verb (token ``k``), before goods
    and the quota deciding the finding: "Washington trims Argentina's aluminium quota", "U.S.
    slashes Brazil's semi-finished steel quota": the exporter whose share the importer sets."""
    verb = t.word(k)
    if not _possessive(t, i) or not (verb in R.IMPOSE_VERBS or verb in _BOOSTS):
        return False
    code = roles[i][1]
    before = [c for j, (r, c, _m) in enumerate(roles) if r == "actor" and t.place_span(j)[1] < k]
    if not any(c != code for c in before):
        return False
    j = last + 1
    while j < f.measure_at and j - last <= 4:
        low = t.word(j)
        if not (
            t.is_metal[j]
            or low in R.GOODS_FORMS
            or low in _PRODUCT_KINDS
            or ("-" in low and not measure_of(low) and t.place_at[j] is None)
        ):
            return False
        j += 1
    return j == f.measure_at > last + 1 and t.word(j) in ("quota", "quotas", *R.TRQ_WORDS)


def _drafts(t: Text, last: int) -> bool:
    """Goods then a draft or plan after the place ending at ``last``, then "to", "would" or
    "will" ("EC steel draft to slash quotas"): the place drafts the measure."""
    k = last + 1
    while k < len(t.toks) and (t.is_metal[k] or t.word(k) in R.GOODS_FORMS):
        k += 1
    return k > last + 1 and t.word(k) in _DRAFTS and t.word(k + 1) in ("to", "would", "will")


def _enforces(t: Text, first: int, last: int) -> bool:
    """The place from ``first`` to ``last`` opens a clause after a semicolon, comma or dash
    and warns or vows against those who would evade a measure ("; Jakarta warns smugglers")."""
    if first == 0 or t.word(first - 1) not in (";", ",", "–", "—", ":"):
        return False
    if t.word(last + 1) not in _ENFORCE_VERBS:
        return False
    return any(t.word(k) in _EVADERS for k in range(last + 2, min(last + 6, len(t.toks))))


def _pair_head(t: Text, i: int) -> bool:
    """Place ``i`` is joined by a hyphen to the next ("US" of "US-Japan", "U.S.-Japan"): not
    the member whose goods a quota named after the pair is for."""
    if i + 1 >= len(t.places):
        return False
    end, start = t.places[i][2], t.places[i + 1][1]
    return start == end + 1 and t.text[end:start] in ("-", "–", "/")
