"""The places a text names in one role (:func:`tui.engine.classifier_roles.place_roles`):
where goods come from, who exports to a destination, who imports, the first actor, and the
one other country an import measure's text names aside."""

from __future__ import annotations

from itertools import pairwise

from tui.engine import classifier_rules as R
from tui.engine.classifier_roles import place_roles
from tui.engine.classifier_text import Finding, Text, base_word, flow_of


def origin_named(
    t: Text, not_code: str, roles: tuple[str, ...] = ("from",)
) -> tuple[str, str] | None:
    """(code, matched) of the first place a text names as where goods come from ("imports
    from China", "originating in China"; with "target", "measures against the US"), other
    than ``not_code``."""
    for role, code, matched in place_roles(t, len(t.toks)):
        if role in roles and code != not_code:
            return code, matched
    return None


def exporter_to(t: Text, destination: str) -> tuple[str, str] | None:
    """(code, matched) of a place acting in a text that sends goods to ``destination``
    ("Switzerland shipped $61bn of gold to the US last year"): the exporter of a tariff's
    goods when the title names only the importer."""
    roles = place_roles(t, len(t.toks))
    if not any(role == "to" and code == destination for role, code, _m in roles):
        return None
    if not any(flow_of(tk.low) or base_word(tk.low) in R.SHIP_VERBS for tk in t.toks):
        return None
    for role, code, matched in roles:
        if role == "actor" and code != destination:
            return code, matched
    return None


#: A third country's sellers a lede names ("Malaysian exporters", "exporters in Vietnam"):
#: whose gain or loss the lede tells, never who imposes the measure.
_SELLERS = frozenset({"exporters", "exporter", "shippers", "suppliers", "sellers"})


def _sellers_place(t: Text, i: int, after_sellers: bool) -> bool:
    """Place ``i`` names a country's sellers: before them ("Malaysian exporters", "Thailand's
    exporters"), after "exporters in", or listed after such a place ("in Vietnam and Thailand",
    ``after_sellers``)."""
    first, last = t.place_span(i)
    k = last + 2 if t.word(last + 1) in ("'s", "’s", "s") else last + 1
    if t.word(k) in _SELLERS:
        return True
    before = t.word(first - 1)
    if before in ("in", "from") and t.word(first - 2) in _SELLERS:
        return True
    return after_sellers and before in (",", "and", "&")


def importer_named(t: Text) -> tuple[str, str] | None:
    """(code, matched) of who imports in a lede: its actor (not a country's sellers, "Malaysian
    exporters are expected to fill the gap"), else the place its goods are sent to ("Australian
    steel exports to the United States will now be subject to ...")."""
    sellers = False
    for i, (role, code, matched) in enumerate(place_roles(t, len(t.toks))):
        sellers = _sellers_place(t, i, sellers)
        if role == "actor" and not sellers:
            return code, matched
    for role, code, matched in place_roles(t, len(t.toks)):
        if role == "to":
            s = next(s for c, s, _e, m in t.places if c == code and m == matched)
            k = next((j for j, tk in enumerate(t.toks) if tk.end > s), 0) - 1
            while t.word(k) in ("the", "a", "an", "to"):
                k -= 1
            if flow_of(t.word(k)) is not None:
                return code, matched
    return None


def title_actor(t: Text) -> tuple[str, str] | None:
    """(code, matched) of the first place acting in a text (its subject or possessive)."""
    for role, code, matched in place_roles(t, len(t.toks)):
        if role == "actor":
            return code, matched
    return None


def named_aside(
    t: Text, f: Finding, roles: list[tuple[str, str, str]], d: str, bg: list[bool] | None
) -> tuple[str, str] | None:
    """(code, matched) of the one other country an import measure's text names after the
    measure, in an aside with no role of its own ("... on gold bars, Switzerland first in
    line"): the country whose goods it falls on. Not in a background clause, nor after a
    word that opens another clause ("..., as Japan ...")."""
    found: list[tuple[str, str]] = []
    for (role, code, matched), (_c, s, _e, _m) in zip(roles, t.places, strict=True):
        k = next((j for j, tk in enumerate(t.toks) if tk.end > s), len(t.toks))
        if k <= f.index or code == d:
            continue
        if role != "other" or (bg is not None and k < len(bg) and bg[k]):
            return None
        if any(t.toks[j].low in R.CLAUSE_BREAK for j in range(f.index, k)):
            return None
        found.append((code, matched))
    if len({c for c, _m in found}) == 1 or (f.status == "resuming" and _one_list(t, found)):
        return found[0]  # one country, or one list of them ("exempts Argentina, Australia, Brazil")
    return None


def _one_list(t: Text, found: list[tuple[str, str]]) -> bool:
    """The places found stand in one list (commas and "and" alone between them)."""
    spans = [(s, e) for _c, s, e, m in t.places if (_c, m) in found]
    if len(spans) < 2:
        return False
    between = (t.text[a[1] : b[0]].strip(" ,").lower() for a, b in pairwise(spans))
    return all(x in ("", "and", "&", ", and") for x in between)
