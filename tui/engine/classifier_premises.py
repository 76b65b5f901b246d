"""A measure cited as the premise of a comment: "Noting Trump's orders imposing 25 percent tariffs
on all steel and aluminum imports, The Journal said the president ...".

An opening participle clause that cites ("noting", "citing", "recalling", "pointing to") holds a
measure the sentence's speaker comments on, not news of it: in the lede of a title that names no
measure (an editorial, a column) it decides nothing (session 23, the seventeenth blind set). A
measure in the main clause after it ("Citing overcapacity, Ottawa imposed ...") is read as ever.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

_CITING = frozenset({"noting", "citing", "recalling", "mentioning", "referencing", "highlighting"})
_CITING_TO = frozenset({"pointing", "referring", "alluding"})


def cited_premise(st: Text, at: int) -> bool:
    """Token ``at`` of ``st`` stands in an opening clause that cites it, before the comma."""
    first = st.word(0)
    if first not in _CITING and not (first in _CITING_TO and st.word(1) == "to"):
        return False
    comma = next((k for k in range(1, len(st.toks)) if st.word(k) == ","), None)
    return comma is not None and at < comma
