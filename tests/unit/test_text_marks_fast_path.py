"""``tame_marks`` skips its walk over each character when no character of the text is past
U+02FF: no combining or enclosing mark is below U+0300 (checked here on every code point, so a
Unicode update that placed one there would fail this test), and the text it skips is the text
the walk would have given."""

from __future__ import annotations

import sys
import unicodedata

from tui.core import text
from tui.core.text import MAX_MARKS, tame_marks


def test_no_mark_is_below_the_fast_paths_bound() -> None:
    marks = [
        c
        for c in range(sys.maxunicode + 1)
        if unicodedata.combining(chr(c)) or unicodedata.category(chr(c)) == "Me"
    ]
    assert min(marks) == 0x300
    assert not any(text._MAYBE_MARK.search(chr(c)) is None for c in marks)


def test_latin_text_is_as_the_walk_gives_it() -> None:
    for value in (
        "Kupferpreis steigt: Hütten in Österreich drosseln, Größe ¾",
        "Prix du cuivre : l’été de Noël façon Œuvre, ĳ ŀ ſ ǅ ȡ ɐ ʬ ˿",
        "e\u0301te\u0301 (NFC joins these marks)",
    ):
        assert tame_marks(value) == unicodedata.normalize("NFC", value)


def test_stacked_marks_are_still_tamed() -> None:
    marks = "\u0305\u0306\u0307\u0308\u0309\u030a"  # on "q": no precomposed letter
    assert tame_marks("Cuq" + marks + " ok") == "Cuq" + marks[:MAX_MARKS] + " ok"
    assert tame_marks("ä" + "\u20dd" * 6) == "ä" + "\u20dd" * MAX_MARKS  # enclosing marks
