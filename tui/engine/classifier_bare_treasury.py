"""A bare "Treasury" heading a title whose country another clause of the title names: "Treasury
blocks Russian nickel imports as Britain widens sanctions", "Treasury bars Iranian copper, UK
says". "Treasury" alone names no place (a bond market's "Treasury yields" neither), so the
measure's importer was lost; the place that opens a clause of its own in the title ("as
Britain widens ...", ", UK says"), not the goods' origin, is the country whose Treasury acts.
Read by :func:`tui.engine.classifier_corridor.event_corridor` for a measure on imports read with
no importer; a place named as the goods' or a shipment's ("over Iran shipments") is no clause's
subject and names none. A lede naming the Treasury's country ("The US Treasury said ...") is
read by the summary's importer step already.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Words that open a clause whose subject may be the Treasury's country.
_OPENERS = frozenset({"as", ",", ";", "and", "while", "after", "–", "—"})


def treasury_country(t: Text, origin: str) -> tuple[str, str] | None:
    """(code, words) of the country a title's bare "Treasury" (its first word, or after "The")
    belongs to: the one place, not ``origin``, that opens a clause of the title with a verb in
    the lower case; else None."""
    k = 1 if t.word(0) == "the" else 0
    if t.word(k) != "treasury" or not t.toks or t.place_at[k] is not None:
        return None
    found: set[str] = set()
    words = ""
    for p, (code, _s, _e, matched) in enumerate(t.places):
        if code == origin:
            continue
        first, last = t.place_span(p)
        nxt = t.toks[last + 1].text if last + 1 < len(t.toks) else ""
        if t.word(first - 1) in _OPENERS and nxt[:1].islower() and nxt.endswith(("s", "ed")):
            found.add(code)
            words = matched
    return (found.pop(), words) if len(found) == 1 else None
