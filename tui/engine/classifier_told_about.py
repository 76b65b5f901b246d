"""A measure's noun followed by what the news is about instead: a debate or a row over it
("Chile's copper export tax debate heats up in Congress"), or its age ("Indonesia's nickel
export ban turns five", "... export ban anniversary passes quietly").

A debate told before the measure ("Debate over ... export ban heats up") is read by
:mod:`tui.engine.classifier_backdrops`; here the quarrel's noun or the anniversary stands right
after the measure's noun, with at most a word of goods or flow between. Only a finding told by
a noun: a verb's act ("Chile raises export tax amid debate") stays news.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

#: A quarrel over the noun before it: "export tax debate", "ban row".
_QUARRELS = frozenset(
    {"debate", "debates", "row", "rows", "spat", "spats", "feud", "controversy", "backlash",
     "rift", "wrangle", "wrangling", "squabble", "infighting"}
)  # fmt: skip
#: A count of years: "turns five", "turns 10", "marks two years".
_COUNTS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a"}
)  # fmt: skip


def told_about_veto(t: Text, best: Finding) -> tuple[str, str] | None:
    """(kind, why) when the measure's noun is followed by a debate over it or its age."""
    if best.verb:
        return None
    k = best.measure_at + 1
    if t.word(k) in _QUARRELS:
        return "speculation", "a debate or a row over a measure named by its noun: no act"
    if t.word(k) in ("anniversary", "anniversaries") or (
        t.word(k) in ("turns", "marks") and (t.word(k + 1) in _COUNTS or t.word(k + 1).isdigit())
    ):
        return "speculation", "a measure's anniversary: the backdrop of other news"
    return None
