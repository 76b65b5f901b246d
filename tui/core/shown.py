"""Text from outside as a terminal shows it (the panels, ``snapshot``'s text): no character
whose width a terminal and Rich count differently, and nothing invisible.

The parser boundary (``tui.core.text.clean_text``) leaves plain text: no markup is read, no
control character or escape sequence, no bidi override. A few printable characters pass it
that break a row's layout or hide in it, measured in tmux 3.3 against ``rich.cells.cell_len``:
the Hangul fillers (U+3164: 2 cells in the terminal, 0 to Rich; U+FFA0: 1 and 0; U+115F, U+1160),
a variation selector after a symbol ("❤️": 1 cell drawn, 2 counted), a skin-tone modifier
("👍🏻": 4 drawn, 2 counted), tag characters, the soft hyphen and the other default-ignorable
code points. A row holding one was drawn a cell or two short or long: the columns after it moved
and the panel's right border was left behind or pushed out. They are left out where text from
outside is drawn (the row then reads "👍", "❤"); line and paragraph separators become spaces.
What is stored and what ``snapshot --json`` prints keep the text as it came; the panels (through
``tui.ui.shown``) and ``snapshot``'s text use this one helper.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _hidden() -> re.Pattern[str]:
    """Default_Ignorable_Code_Point (Unicode 15), emoji modifiers, and the Hangul fillers
    (compiled on the first text that is not ASCII: not on the start-up path of most)."""
    return re.compile(
        "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U0001f3fb-\U0001f3ff\U000e0000-\U000e0fff]"
    )


@cache
def _breaks() -> re.Pattern[str]:
    return re.compile("[\u2028\u2029\u0085]")


def shown(text: str) -> str:
    """``text`` as drawn: the characters above left out (a plain ASCII text as it is)."""
    if text.isascii() and text.isprintable():
        return text
    if not text.isascii():
        text = _hidden().sub("", _breaks().sub(" ", text))
    if text.isprintable():
        return text
    from tui.core.text import strip_controls  # what an older store may hold (rare)

    return strip_controls(text)  # never reaches the terminal
