"""A charge struck on a country's goods: "Ankara hits Russian steel wire with dumping levy".

A weak charge noun ("levy", "tax", "fee") names a trade duty only on goods of a named place or
beside a protection word (:func:`~tui.engine.classifier_measure_noun.measure_noun`). Written
as the instrument a government strikes goods with ("hits Chinese aluminium sheet with
provisional levy", "targets Russian nickel with new levy"), the goods stand before "with", the
object of a verb of striking: goods of a named place make the charge a duty on their imports.
A charge struck on producers ("hits gold miners with windfall levy") names no goods of a place
and stays no trade measure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tui.engine import classifier_rules as R


class Text(Protocol):
    """What :func:`struck_with` reads of a :class:`~tui.engine.classifier_text.Text` (only
    these, so the text's module is not imported here)."""

    @property
    def is_metal(self) -> Sequence[bool]: ...

    @property
    def place_at(self) -> Sequence[int | None]: ...

    def word(self, i: int) -> str: ...


#: Verbs of striking goods with an instrument ("hits ... with", "slaps ... with").
HIT_VERBS = R.forms(
    "hit|s|ting", "slap|s|ped", "target|s|ed", "strike|s", "struck", "saddle|s|d", "punish|es|ed"
)
#: Words between "with" and the charge ("with a new provisional levy").
_BETWEEN = 4
#: How far before "with" the verb of striking may stand ("hits Malaysian aluminium extrusions").
_OBJECT = 7


def struck_with(t: Text, i: int) -> bool:
    """Whether the charge at token ``i`` is the instrument a verb of striking hits goods of a
    named place with (see the module docstring)."""
    w = next((k for k in range(i - 1, max(-1, i - _BETWEEN - 1), -1) if t.word(k) == "with"), None)
    if w is None or any(t.word(k) in R.CLAUSE_BREAK for k in range(w + 1, i)):
        return False
    verb = next(
        (k for k in range(w - 1, max(-1, w - _OBJECT - 1), -1) if t.word(k) in HIT_VERBS), None
    )
    if verb is None:
        return False
    obj = range(verb + 1, w)
    if any(t.word(k) in R.CLAUSE_BREAK or t.word(k) in R.PLURAL_SUBJECTS for k in obj):
        return False  # "hits miners with ...", "hits Chile, and ..."
    return any(t.is_metal[k] for k in obj) and any(
        t.place_at[k] is not None and not t.is_metal[k] for k in obj
    )
