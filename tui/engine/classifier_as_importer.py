"""The importer of a measure told in an "as" clause after it: "25% tariff to apply to
Chinese-made steel, aluminum products as Canada publishes final list". The title's main clause
names the measure and its goods, and no importer; the "as" clause names the government that
publishes, announces or finalises it, which imposes it. Read by
:mod:`tui.engine.classifier_corridor` for an import measure read with no importer; a clause
whose place does anything else ("as China retaliates") names no importer.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Verbs by which the government in an "as" clause sets out its measure.
_SETS_OUT = frozenset(
    {"publishes", "published", "announces", "announced", "finalises", "finalizes", "finalised",
     "finalized", "unveils", "unveiled", "releases", "released", "issues", "issued", "confirms",
     "confirmed", "sets", "adopts", "adopted", "lists", "listed"}
)  # fmt: skip


def as_clause_importer(t: Text, at: int, origin: str) -> tuple[str, str] | None:
    """(code, words) of the place that opens an "as" clause after the measure at token ``at``
    and sets a measure out ("as Canada publishes final list"), when it is not the origin;
    else None."""
    toks = t.toks
    for j in range(at + 1, len(toks) - 2):
        if toks[j].low != "as":
            continue
        p = t.place_at[j + 1]
        if p is None:
            return None
        code, _start, end, matched = t.places[p]
        k = j + 1
        while k < len(toks) and toks[k].start < end:
            k += 1  # past the place's words ("as South Africa publishes")
        if t.word(k) in _SETS_OUT and code != origin:
            return code, matched
        return None
    return None
