"""The importer of a measure told "under" its owner's instrument: "Chinese steel faces 25% duty
under Commission regulation", "Russian steel imports capped under EU draft plan", "Gold imports
face 15% duty under Indian budget proposal". The place (or the demonym, or the bare
"Commission", the European Commission) right after "under" owns the plan, rule, bill or
regulation that lays the measure, so it is the importer of a measure on imports; read by
:func:`tui.engine.classifier_corridor.event_corridor` when the title names no importer (and a
demonym read there as the goods' origin, "Indian budget proposal", is the owner's, not the
goods'). Whether the instrument is only proposed is read apart
(:mod:`tui.engine.classifier_event_proposed`).
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Instruments a government lays a measure by.
_INSTRUMENTS = frozenset(
    {"plan", "plans", "proposal", "proposals", "draft", "rules", "regulation", "regulations",
     "law", "bill", "decree", "budget", "scheme", "package", "directive", "framework"}
)  # fmt: skip
#: Words between "under" and the owner.
_ARTICLES = frozenset({"a", "an", "the", "new"})
#: The most words between the owner and its instrument ("EU draft plan", "Indian budget").
_NEAR = 3


def under_owner(t: Text) -> tuple[str, str] | None:
    """The code and the words of the owner of the instrument a title's "under" names ("under
    EU draft plan": EU), else None."""
    toks, lows = t.toks, t.lows
    for k, low in enumerate(lows):
        if low != "under":
            continue
        j = k + 1
        while t.word(j) in _ARTICLES:
            j += 1
        if j >= len(toks):
            return None
        if (p := t.place_at[j]) is not None:
            code = t.places[p][0]
            last = t.place_span(p)[1]
        elif toks[j].text == "Commission":
            code, last = "EU", j
        else:
            continue
        for n in range(last + 1, min(len(toks), last + 1 + _NEAR)):
            if lows[n] in _INSTRUMENTS:
                return code, " ".join(tk.text for tk in toks[j : n + 1])
            if not toks[n].text[:1].islower():
                break
    return None
