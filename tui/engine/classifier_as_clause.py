"""A government's act told after "as", following others' reaction: "Germanium buyers scramble
as China bans exports", "Tungsten buyers panic as Beijing halts shipments to US". The words
before "as" are who reacts (buyers, traders, mills), not who acts: the act's subject is the
"as" clause's, and a place named there is the government acting. A clause naming no place
("as Glencore halts a mine", "as smelter halts production") keeps its company as the subject.
Used by :mod:`tui.engine.classifier_vetoes` and :mod:`tui.engine.classifier_market_clause`."""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: Words before "as" that make it no conjunction ("such as", "as well as", "as much as").
_NOT_JOINING = frozenset({"such", "well", "much", "many", "soon", "long", "far", "same", "so"})


def as_clause_start(t: Text, f: Finding) -> int | None:
    """The token after the last "as" before the finding's verb when the clause it opens names a
    place before that verb (the government acting), else None."""
    end = f.index
    if not 0 < end <= len(t.toks):
        return None
    for j in range(end - 1, 0, -1):
        if t.toks[j].low != "as":
            continue
        if t.toks[j - 1].low in _NOT_JOINING:
            return None
        if any(t.place_at[k] is not None for k in range(j + 1, end)):
            return j + 1
        return None
    return None
