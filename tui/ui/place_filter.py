"""A place typed in the policy board's filter, read as the code its corridors show.

The board writes corridors as codes (``CN→US``): a filter of "China", "United States" or "DR
Congo" matched no row, where a metals watcher types the country's name as often as its code.
The names are the gazetteer's (``Gazetteer.lookup``: countries, short forms, capitals,
governments) with the config's ``[gazetteer]`` (``Gazetteer.extend``), read whole: "chin" is
no place, only text.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.gazetteer import Gazetteer

#: Shorter than this, a filter is no name: two letters already match the codes as text.
SHORTEST = 3


@lru_cache(maxsize=4)
def _gazetteer(extra: tuple[tuple[str, str], ...]) -> Gazetteer:
    """The default gazetteer with the config's names (built once per ``[gazetteer]``); its
    modules are imported here, when a filter is first long enough to be a name, not at every
    start with the board (~6 M instructions)."""
    from tui.core.gazetteer import Gazetteer

    return Gazetteer.default().extend(dict(extra)) if extra else Gazetteer.default()


def _key(text: str) -> str:
    return " ".join(text.split()).lower().replace("’", "'")


def place_code(text: str, extra: Mapping[str, str] | None = None) -> str | None:
    """The code of the place ``text`` names whole ("china" -> "CN"), by the config's
    ``[gazetteer]`` first (a name it maps to "" is no place), else None. A people's name
    ("Chinese") is no place typed: it stays text."""
    key = _key(text)
    if len(key) < SHORTEST:
        return None
    gazetteer = _gazetteer(tuple(sorted((extra or {}).items())))
    return None if gazetteer.is_demonym(key) else gazetteer.lookup(key)
