"""A place after a span that follows a measure's change: "Export ban on raw nickel ends after
five years in Indonesia", "Gold import curbs lifted after 18 months in India", "Tin ore export
ban comes to an end after six months in Myanmar".

The span ("after five years") tells how long the measure ran, and the place after it closes
the clause: it is where the measure was set, as "... ends in Indonesia" reads (the exporter of
an export measure, the importer of an import one), not another clause's place. Read by
:func:`~tui.engine.classifier_roles.place_roles` (``_closes_title``); the bare duration itself
is no background clause (:func:`duration_at`, read by
:func:`~tui.engine.classifier_context.background_mask`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_ends import END_FORMS
from tui.engine.classifier_text import Text

#: The span's noun ("after five years", "after 18 months", "after a decade").
_SPANS = R.TIME_SPANS | {"week", "weeks"}
#: What opens the span.
_OPENS = frozenset({"after", "following"})


def duration_at(t: Text, i: int) -> bool:
    """Token ``i`` opens a bare duration ("after five years", "after a decade", "following 18
    months") closed by the text's end, a punctuation mark or "in": how long something ran,
    not a background clause of its own."""
    if t.word(i) not in _OPENS:
        return False
    j = i + 1
    while j < len(t.toks) and (t.word(j)[:1].isdigit() or t.word(j) in _COUNTS):
        j += 1
    if j == i + 1 or t.word(j) not in _SPANS:
        return False
    nxt = t.word(j + 1)
    return j + 1 >= len(t.toks) or nxt == "in" or not nxt.isalpha()


def span_after_change(t: Text, k: int, changes: frozenset[str]) -> bool:
    """Token ``k`` is the "in" before a place, right after a span ("after five years") that
    follows a verb of ``changes`` or "comes to an end"."""
    if t.word(k) != "in" or t.word(k - 1) not in _SPANS:
        return False
    j = k - 2
    while j >= 0 and (t.word(j)[:1].isdigit() or t.word(j) in _COUNTS):
        j -= 1  # "five", "18", "a", "two and a half" read loosely: counts and articles
    if j == k - 2 and t.word(k - 1) not in ("decade", "decades"):
        return False  # "after years": no count, no measure's span
    if t.word(j) not in _OPENS:
        return False
    verb = t.word(j - 1)
    return verb in changes or (verb in END_FORMS and t.word(j - 2) in ("an", "the"))


#: Counts before a span's noun.
_COUNTS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "fifteen", "twenty", "several", "few", "nearly", "almost", "over",
     "more", "than", "and", "half"}
)  # fmt: skip
