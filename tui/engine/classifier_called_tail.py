"""Calls and forecasts told in the imperative, and an appeal to a ministry (asked by
:func:`tui.engine.classifier_nonmeasures.nonmeasure_veto`):

- **a call with its asker after it**: "Ban copper concentrate exports, UPPZ's Chanda urges
  government", "Budget 2024: raise basic customs duty on zinc imports, urges Hindustan Zinc's
  chief", "Scrap import duty on ferronickel ..., India's stainless steel mills ask": the clause of
  the measure opens on a bare verb (at the title's head or after a heading's colon or dash) and
  the last comma's clause holds a verb of asking, whoever asks;
- **a forecast in the imperative**: "Flexport: expect more steel derivatives to be added to
  Section 232 list": "expect" opening the clause foretells, it decides nothing;
- **an appeal to a ministry**: "Steel minister to press finance ministry for raising of import
  tariffs": an asking verb, a government body (past one modifier) and "for", before the measure;
- **an assessment's heading**: "Impact assessment: EU temporary AD duties on ...": a heading
  of two or three words before the colon ending on an assessment, an analysis or an outlook,
  before a measure named by its noun.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: Bare verbs a call opens on: "Ban ...", "raise ...", "Scrap ...".
_BARE = frozenset(
    {"ban", "raise", "scrap", "cut", "impose", "lift", "keep", "extend", "end", "remove", "hike",
     "slash", "restore", "reinstate", "introduce", "curb", "restrict", "halt", "stop", "reduce",
     "increase", "lower", "levy", "slap", "drop", "waive", "abolish", "axe", "ease", "tighten",
     "double", "withdraw", "rethink", "review", "bar", "block"}
)  # fmt: skip
#: Verbs of asking in the tail: "urges", "ask", "demand".
_ASKS = (R.ASKING | R.REQUEST_VERBS | frozenset({"plead", "pleads", "demand", "demands"})) - {
    "welcome",
    "welcomes",
    "oppose",
    "opposes",
}
#: Heads a clause opens after.
_HEADS = frozenset({":", "-", "—", "–"})
#: What a heading before the colon ends on when it assesses: "Impact assessment:".
_ASSESSED = frozenset(
    {"assessment", "analysis", "outlook", "preview", "overview", "briefing", "takeaways",
     "scenarios"}
)  # fmt: skip
#: A government body an appeal is made to.
_BODIES = R.GOVERNMENT_WORDS | frozenset({"centre", "center", "treasury", "govt"})


def called_tail_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the headline calls for or foretells a measure, else None."""
    start = _clause_start(t, best.index)
    first = t.word(start)
    if (
        first in _BARE
        and t.word(start + 1) not in ("on", "of", "to", "as")
        and _asked_in_tail(t, best)
    ):
        return "company", "a call in the imperative with its asker after it: not a measure"
    if first == "expect" and t.word(start + 1) not in ("on", "of"):
        return "speculation", "a forecast told in the imperative: no measure"
    if _appeal_to_body(t, best.measure_at):
        return "company", "someone presses a ministry for something on a measure: an appeal"
    if not best.verb and _assessed_heading(t):
        return "speculation", "an assessment's heading before the colon: a view, not news"
    return None


def _clause_start(t: Text, i: int) -> int:
    """The first token of the clause holding token ``i``: after the last heading mark."""
    return next((k + 1 for k in range(i - 1, -1, -1) if t.word(k) in _HEADS), 0)


def _asked_in_tail(t: Text, best: Finding) -> bool:
    """The last comma after the finding opens a short clause holding a verb of asking and no
    measure."""
    commas = [k for k in range(best.index + 1, len(t.toks)) if t.word(k) == ","]
    if not commas:
        return False
    tail = [t.word(k) for k in range(commas[-1] + 1, len(t.toks))]
    return (
        0 < len(tail) <= 8
        and any(w in _ASKS for w in tail)
        and not any(w in R.IMPOSE_VERBS or w in R.STOP_VERBS for w in tail)
    )


def _appeal_to_body(t: Text, at: int) -> bool:
    """ "to press finance ministry for raising of import tariffs": asking, a body, "for"."""
    for k in range(at):
        if t.toks[k].low not in R.ASKING:
            continue
        g = k + 1 + (t.word(k + 1) == "the")
        body = next((x for x in (g, g + 1) if t.word(x) in _BODIES), None)
        if body is not None and t.word(body + 1) == "for":
            return True
    return False


def _assessed_heading(t: Text) -> bool:
    """A heading of two or three words before the title's first colon, ending on an
    assessment word (a one-word label, "Explainer:", "Analysis:", is
    :data:`~tui.engine.classifier_rules.EXPLAINER_RE`'s, an act after it
    :mod:`~tui.engine.classifier_explainer_act`'s)."""
    colon = next((k for k, tk in enumerate(t.toks) if tk.low == ":"), None)
    return colon is not None and 2 <= colon <= 3 and t.word(colon - 1) in _ASSESSED
