"""Places named formally or in a list: what stands before a place's name, read by
:mod:`~tui.engine.classifier_roles`.

A notice names a country by its formal title ("from the Socialist Republic of Vietnam", "the
Republic of Turkey"): the word before the title, not its "of", says the place's role. A list of
places with an Oxford comma ("from Japan, Korea, and Taiwan") keeps one role throughout: every
place after "from" is an origin, none of them the importer.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Words of a country's formal title before its name ("the Federal Republic of Germany").
_TITLE_HEADS = frozenset(
    {"republic", "kingdom", "federation", "state", "states", "emirates", "commonwealth"}
)
_TITLE_WORDS = _TITLE_HEADS | frozenset(
    {"socialist", "federal", "people's", "peoples", "democratic", "islamic", "arab", "united"}
    | {"plurinational", "bolivarian", "oriental", "cooperative", "hashemite", "sultanate"}
)
_ARTICLES = frozenset({"the", "a", "an"})
#: Words that join the places of one list.
_LIST_WORDS = frozenset({",", "and", "or", "&", "the"})


def word_before_place(t: Text, first: int, bg: list[bool] | None = None) -> int:
    """The index of the word that governs the place starting at token ``first``: past
    articles and a formal title ("from the Republic of Turkey" -> "from"); -1 when none, as
    for a place opening the main clause after a background one ("Copper slides on | Ottawa's
    tariff threat": "on" joins the market move to its cause, it governs no place)."""
    k = _before_title(t, first - 1)
    if bg is not None and k >= 0 and bg[k] and not bg[first]:
        return -1
    return k


def _before_title(t: Text, k: int) -> int:
    while k >= 0 and t.toks[k].low in _ARTICLES:
        k -= 1
    if k >= 1 and t.toks[k].low == "of" and t.toks[k - 1].low in _TITLE_HEADS:
        j = k - 1
        while j >= 0 and t.toks[j].low in _TITLE_WORDS:
            j -= 1
        while j >= 0 and t.toks[j].low in _ARTICLES:
            j -= 1
        return j
    return k


def listed_after(t: Text, prev_last: int, first: int) -> bool:
    """The place starting at token ``first`` follows the one ending at ``prev_last`` in one
    list: only commas, "and", "or", articles and a formal title between them ("Japan, Korea,
    and the Republic of Turkey")."""
    between = [tk.low for tk in t.toks[prev_last + 1 : word_before_place(t, first) + 1]]
    return 0 < len(between) <= 3 and set(between) <= _LIST_WORDS and set(between) != {"the"}
