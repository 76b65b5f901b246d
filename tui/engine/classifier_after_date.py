"""A bare date after "after" ("... will not be allowed after June 1, Guinea says") is when the
measure starts, not a background clause (kinds 132). Read as
:func:`tui.engine.classifier_span_place.duration_at` reads "after five years": the date must
close its clause (the text's end or a punctuation mark after it), so "after June talks" and
"after March 2025 deal" stay background clauses.
"""

from __future__ import annotations

from tui.core.months import MONTHS as _MONTHS
from tui.engine.classifier_text import Text


def date_at(t: Text, i: int) -> bool:
    """Token ``i`` ("after") opens a bare date ("after June 1", "after July", "after 2027")
    closed by the text's end or a punctuation mark."""
    if t.word(i) != "after":
        return False
    j = i + 1
    if t.word(j) in _MONTHS:
        j += 1
        if t.word(j)[:1].isdigit() and len(t.word(j)) <= 4:
            j += 1  # "June 1", "June 1st"
            if t.word(j) == "," and len(t.word(j + 1)) == 4 and t.word(j + 1).isdigit():
                j += 2  # "June 1, 2027"
    elif len(t.word(j)) == 4 and t.word(j).isdigit():
        j += 1  # "after 2027"
    else:
        return False
    return j >= len(t.toks) or not t.word(j).isalnum()
