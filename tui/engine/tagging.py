"""Tagging text with the configured metals it names.

Aliases match as whole words, case-insensitively, with plural and hyphen/space variants:
the alias "rare earth" matches "rare earths", "rare-earth" and "Rare Earth's".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tui.models import Metal


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\-_]+", alias.strip()) if w]
    if not words:
        return ""
    body = r"[\s\-]+".join(words)
    # plural / possessive endings: s, es, 's, ’s
    return body + r"(?:e?s|['’]s)?"


@lru_cache(maxsize=64)
def _compile(aliases: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for metal_id, names in aliases:
        parts = [p for p in (_alias_pattern(a) for a in names) if p]
        if parts:
            out.append(
                (metal_id, re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.I))
            )
    return out


def metal_aliases(metal: Metal) -> tuple[str, ...]:
    names = metal.aliases or (metal.name,)
    return tuple(dict.fromkeys(names))


def _patterns(metals: Sequence[Metal]) -> list[tuple[str, re.Pattern[str]]]:
    key = tuple((m.id, metal_aliases(m)) for m in metals)
    return _compile(key)


@lru_cache(maxsize=64)
def _patterns_for(metals: tuple[Metal, ...]) -> list[tuple[str, re.Pattern[str]]]:
    return _patterns(metals)


def _cached(metals: Sequence[Metal]) -> list[tuple[str, re.Pattern[str]]]:
    try:
        return _patterns_for(tuple(metals))
    except TypeError:  # unhashable sequence items
        return _patterns(metals)


def tag_metals(text: str, metals: Sequence[Metal]) -> tuple[str, ...]:
    """The ids of the metals named in ``text``, in config order."""
    if not text:
        return ()
    return tuple(mid for mid, pat in _cached(metals) if pat.search(text))


def find_metal_spans(text: str, metals: Sequence[Metal]) -> list[tuple[str, int, int]]:
    """(metal id, start, end) of every alias match, in text order."""
    spans = [(mid, m.start(), m.end()) for mid, pat in _cached(metals) for m in pat.finditer(text)]
    return sorted(spans, key=lambda s: s[1])
