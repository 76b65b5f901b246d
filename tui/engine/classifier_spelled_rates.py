"""A rate written another way, made the figure the rules read (:func:`spelled_rates`).

Wires and official channels write a rate in words ("twenty-five percent", "fifteen per cent",
"a fifty-percent tariff") or with the abbreviation of British and Indian outlets ("a 10pc
levy", "50 pc"): each is written as its figure ("25 percent", "10%") before the rate's words
are read (:func:`tui.engine.classifier_surface.plain_words`). A number word names a rate only
right before its per-cent word; "pc" only right after a figure.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_VALUES = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
}
#: A number from one to a hundred in words right before a per-cent word.
_SPELLED_RE = lazy(
    r"\b((?:(?:a|one)\s+)?hundred|(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(_UNITS)
    + r"))?|"
    + "|".join(_TEENS + _UNITS)
    + r")(?=[\s-]?(?:per[\s-]?cent|percent|pct)\b)",
    re.IGNORECASE,
)
#: "pc" right after a figure ("10pc", "25 pc"): the per-cent sign.
_PC_RE = lazy(r"(?<=\d) ?pc\b", re.IGNORECASE)


def _value(words: str) -> str:
    parts = re.split(r"[\s-]+", words.lower())
    if parts[-1] == "hundred":  # "a hundred", "one hundred"
        return "100"
    return str(sum(_VALUES[p] for p in parts))


def spelled_rates(text: str, low: str | None) -> str:
    """``text`` with a rate in words or "pc" written as its figure; ``low``: its lower form
    when it is ASCII (each pattern runs only where its letters are), else None."""
    if low is None or "cent" in low or "pct" in low:
        text = _SPELLED_RE.sub(lambda m: _value(m.group(1)), text)
    if low is None or "pc" in low:
        text = _PC_RE.sub("%", text)
    return text
