"""A place typed in the policy board's filter, read as the code its corridors show.

The board writes corridors as codes (``CN→US``): a filter of "China", "United States" or "DR
Congo" matched no row, where a metals watcher types the country's name as often as its code.
The names are the gazetteer's (``tui.core.gazetteer_words``: countries, short forms, capitals,
governments) and the config's ``[gazetteer]``, read whole: "chin" is no place, only text.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

#: Shorter than this, a filter is no name: two letters already match the codes as text.
SHORTEST = 3


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from tui.core.gazetteer_words import NAMES  # a table of words: read once, when first asked

    return {" ".join(n.split()).lower(): code for code, names in NAMES.items() for n in names}


def _key(text: str) -> str:
    return " ".join(text.split()).lower().replace("’", "'")


def place_code(text: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The code of the place ``text`` names whole ("china" -> "CN"), by the config's
    ``[gazetteer]`` first (a name it maps to "" is no place), else None."""
    key = _key(text)
    if len(key) < SHORTEST:
        return None
    for name, code in (extra or {}).items():
        if _key(name) == key:
            return code.strip().upper() or None
    return _names().get(key)
