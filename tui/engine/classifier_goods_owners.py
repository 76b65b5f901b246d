"""Whose goods: a place named by a possessive, and the exporter a quota is for.

Read by :func:`~tui.engine.classifier_owners.owner_roles` (and the corridor): whether a place
names goods as a demonym or a possessive does (:func:`owned`, "bans Russia's gold"), whether a
possessive names a company ("Brazil's Gerdau", :func:`company_after`), whether a place stands
before goods and a tariff-rate quota ("Japan steel TRQ", :func:`quota_for`), whether a quota
"for" a country is on imports (:func:`import_measure_for`), whose share a measure verb sets
("U.S. slashes Brazil's semi-finished steel quota", :func:`quota_owner`), and whether a place is
the head of a hyphenated pair ("US-Japan", :func:`pair_head`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_case import headline_cased, looks_named
from tui.engine.classifier_leader_names import leader_acts
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

Roles = list[tuple[str, str, str]]

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


def possessive(t: Text, i: int) -> bool:
    """Place ``i`` is written with a possessive ("Russia's", "Brazil’s")."""
    e = t.places[i][2]
    return t.text[e : e + 2] in ("'s", "’s") or t.word(t.place_span(i)[1]).endswith("'s")


def owned(t: Text, matched: str) -> bool:
    """The place written ``matched`` names goods as a demonym or a possessive does ("Russian
    gold", "Russia's gold")."""
    if t.gaz.is_demonym(matched):
        return True
    return any(p[3] == matched and possessive(t, i) for i, p in enumerate(t.places))


def company_after(t: Text, last: int) -> bool:
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
    if leader_acts(t, k):
        return False  # "Chile's Boric slaps export tax": a leader, the country acts
    return tok.text[:1].isupper() and not headline_cased(t.text) and looks_named(t.text, tok.text)


def goods_then(t: Text, k: int, heads: frozenset[str]) -> int | None:
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
        goods_then(t, last + 1, R.TRQ_WORDS) is not None
    )


def quota_for(t: Text, i: int) -> bool:
    """Place ``i`` stands before goods and a tariff-rate quota ("Japan steel TRQ") and another
    country is named: the quota is that country's on the first one's goods, not the first's."""
    first, last = t.place_span(i)
    return _trq_for(t, first, last) and any(p[0] != t.places[i][0] for p in t.places)


def import_measure_for(t: Text, k: int) -> bool:
    """The word before "for" at ``k`` is a tariff or a quota, on imports: "import quotas for",
    "steel TRQ for"; no export word in the title."""
    m = measure_of(t.word(k - 1))
    if m is None or m[0] not in ("tariff", "quota"):
        return False
    return not any(flow_of(w) == R.EXPORT for w in t.lows)


#: Words of a product's kind between a possessive and its metal ("Brazil's semi-finished steel").
_PRODUCT_KINDS = frozenset({"finished", "flat", "long", "crude", "import", "annual"})
#: Verbs that enlarge a share, beside the measure verbs ("boosts Mexico's steel quota").
_BOOSTS = frozenset({"boost", "boosts", "boosted", "ups", "upped"})


def quota_owner(t: Text, f: Finding, roles: Roles, i: int, k: int, last: int) -> bool:
    """Place ``i`` is a possessive right after another place's verb (token ``k``), before goods
    and the quota deciding the finding: "Washington trims Argentina's aluminium quota", "U.S.
    slashes Brazil's semi-finished steel quota": the exporter whose share the importer sets."""
    verb = t.word(k)
    if not possessive(t, i) or not (verb in R.IMPOSE_VERBS or verb in _BOOSTS):
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


def pair_head(t: Text, i: int) -> bool:
    """Place ``i`` is joined by a hyphen to the next ("US" of "US-Japan", "U.S.-Japan"): not
    the member whose goods a quota named after the pair is for."""
    if i + 1 >= len(t.places):
        return False
    end, start = t.places[i][2], t.places[i + 1][1]
    return start == end + 1 and t.text[end:start] in ("-", "–", "/")
