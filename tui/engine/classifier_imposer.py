"""Who imposes a measure named after a place ("US tariffs", "China's gallium export ban"), and
whose goods an exemption spares ("Ukraine's steel quota exemption", "exemptions for Canada"):
read by :mod:`~tui.engine.classifier_direction` for a finding's corridor."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_goods_owners import quota_for
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of


def imposer_of(t: Text, at: int) -> int | None:
    """The place right before a measure ("US tariffs", "EU steel quotas", "China's gallium
    export ban", "US steel and aluminium tariffs", "US 50% steel tariff"), as an index into ``t.places``. Not before
    an exemption ("Australia's exemption", "Australia steel tariff exemption"): that place is
    the one the measure spares."""
    if t.word(at) in R.EXEMPTION_NOUNS or t.word(at + 1) in R.EXEMPTION_NOUNS:
        return None  # "grants Australia steel tariff exemption": the place is the one spared
    if t.word(at) == "sanction" and t.word(at + 1) not in ("on", "against"):
        return None  # "US and UK sanction Russian nickel": a verb after its subjects
    agent = passive_agent(t, at)
    if agent is not None:
        return agent
    pi = _place_before(t, at)
    if pi is not None and quota_for(t, pi):
        return None  # "Japan steel TRQ": for Japan
    return None if pi is None else _pair_head(t, pi)


#: Participles of laying a measure, before its agent: "tariffs imposed by the US".
_LAID = frozenset(
    {"imposed", "levied", "set", "slapped", "placed", "applied", "announced", "introduced",
     "ordered", "enacted", "adopted", "issued", "declared", "put"}
)  # fmt: skip


def passive_agent(t: Text, at: int) -> int | None:
    """The place after "<laid> by" right after the measure ("Brazil steel tariffs imposed by
    US", "duties levied by the EU on ..."), as an index into ``t.places``: the imposer, so the
    place before the measure is the one it falls on."""
    k = at + 1
    if t.word(k) in _LAID and t.word(k + 1) == "by":
        k += 2
        if t.word(k) == "the":
            k += 1
        return t.place_at[k] if k < len(t.toks) else None
    return None


def spared_by(t: Text, f: Finding) -> tuple[str, str] | None:
    """(code, matched) of the place right before the finding's exemption noun ("ends
    Ukraine's steel quota exemption", "grants Australia exemption"), or right after it and
    "for" ("ends tariff exemptions for Canada, Mexico"): whose goods it spares."""
    for at in (f.at, f.index):
        if at is not None and t.word(at) in R.EXEMPTION_NOUNS:
            after = t.place_at[at + 2] if t.word(at + 1) == "for" else None
            pi = _place_before(t, at) if after is None else after
            return None if pi is None else (t.places[pi][0], t.places[pi][3])
    return None


#: Words naming the metals as a class, read between a place and its measure as a metal is.
_GOODS_CLASS = frozenset({"metals", "metal"})


def _place_before(t: Text, at: int) -> int | None:
    k = at - 1
    while k >= 0:
        low = t.toks[k].low
        if (
            t.is_metal[k]
            or flow_of(low)
            or low in R.MEASURE_MODIFIERS
            or measure_of(low)
            or (low in ("and", ",", "&") and k > 0 and t.is_metal[k - 1])
            or low in _GOODS_CLASS  # "U.S. metals tariffs double": the metals' class word
        ):
            k -= 1
            continue
        if low in ("%", "percent", "pct") and k > 0 and t.toks[k - 1].low[:1].isdigit():
            k -= 2  # "US 50% steel tariff": the measure's rate
            continue
        break
    if t.word(k) == "on" and t.word(k - 1) in R.PRESSURE_NOUNS:
        k -= 2  # "faces EU heat on steel quotas": the pressure's owner imposes
    pi = t.place_at[k] if k >= 0 else None
    if pi is None:
        return None
    if t.gaz.is_demonym(t.places[pi][3]) and not t.toks[k].low.endswith("'s"):
        return None  # "Chinese steel tariffs": where the goods come from
    if "(" in t.text[t.toks[k].end : t.toks[k + 1].start]:
        return None  # "... of China (Anti-Dumping Duty 2337)": a reference, not a modifier
    j = next((x for x in range(k, -1, -1) if t.place_at[x] != pi), -1)
    while j >= 0 and t.toks[j].low in ("the", "a", "an"):
        j -= 1
    if t.word(j) == "in" and t.word(j - 1) in R.ORIGIN_WORDS:
        return None  # "originating in China anti-dumping duty": where the goods come from
    return pi


def _pair_head(t: Text, pi: int) -> int:
    """The first member of a hyphenated pair that ends with place ``pi`` ("U.S.-Japan TRQ",
    "Japan-U.S. tariff"), else ``pi``: a pair before a measure is read as one name, whether
    the tokeniser cuts it in two ("U.S.-Japan") or keeps it whole ("US-Japan")."""
    while pi > 0:
        _c, start, _e, _m = t.places[pi]
        prev_end = t.places[pi - 1][2]
        if start != prev_end + 1 or t.text[prev_end:start] not in ("-", "–", "/"):
            break
        pi -= 1
    return pi
