"""Goods told by their making after them (the sixth wire's odd rows, session 39).

"Britain bars steel processed from Russian iron in third countries", "bars aluminium smelted
from Russian alumina", "bans steel produced with Russian inputs": the participle after the
metal, followed by where or from what the goods were made, qualifies the goods; it is no noun
the metal qualifies, as "copper smuggling" or "Copper land transfers" are
(:func:`tui.engine.classifier_phrases.scan_object`).
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Participles of making goods: "processed", "smelted", "produced", "manufactured".
_MAKING = frozenset(
    {"processed", "smelted", "produced", "manufactured", "melted", "cast", "rolled", "derived",
     "sourced", "fabricated", "originating", "mined"}
)  # fmt: skip
#: What follows the participle: where or from what the goods were made.
_MADE_HOW = frozenset({"from", "with", "using", "in", "abroad", "outside", "overseas"})


def told_by_making(t: Text, k: int) -> bool:
    """Token ``k`` is a participle of making followed by its source or place ("processed from
    ...", "produced with ...", "smelted in ...")."""
    return t.word(k) in _MAKING and t.word(k + 1) in _MADE_HOW
