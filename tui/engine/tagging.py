"""Tagging text with the configured metals it names.

Aliases match as whole words, case-insensitively, with plural and hyphen/space variants:
the alias "rare earth" matches "rare earths", "rare-earth" and "Rare Earth's". A word after a
hyphen counts when a word of three letters or more stands before it: mining news names the
metals of a deposit as one compound ("copper-gold project", "zinc-lead-silver mine",
"nickel-cobalt refinery"), each of them named; after a prefix of one or two letters ("K-tin",
"e-gold") it continues a coined word and does not.

:class:`~tui.engine.metal_matcher.MetalMatcher` compiles a watch list once (its patterns:
:mod:`~tui.engine.metal_patterns`); :func:`matcher_for` keeps one per list, and
:func:`tag_metals` and :func:`find_metal_spans` are thin wrappers that find (or build) the
matcher for a list.
Every match begins with the first word of one of its metal's aliases, so a matcher tries a
metal's pattern only where such a word begins in the lower-cased text: most texts name one
metal or none, so most patterns are never run, and the answers are exactly those of a
``search`` over the whole text (tests/unit/test_tagging.py checks both ways agree).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.models import Metal
from tui.engine.metal_matcher import MetalMatcher

_MATCHERS: dict[tuple[int, ...], MetalMatcher] = {}
_MAX_MATCHERS = 16
_LAST: list[Any] = [None, None]  # (the last tuple of metals asked for, its matcher)


def matcher_for(metals: Sequence[Metal]) -> MetalMatcher:
    """The matcher for a watch list, built once per list of metal objects.

    The cache key is the identity of each metal; a cached matcher holds its metals, so no
    id in a key can be reused by another object while the entry lives.
    """
    last_metals, last = _LAST
    if metals is last_metals and last is not None:  # the very tuple of the last call
        return last
    if not isinstance(metals, (list, tuple)):
        metals = tuple(metals)
    key = tuple(map(id, metals))
    matcher = _MATCHERS.get(key)
    if matcher is None:
        if len(_MATCHERS) >= _MAX_MATCHERS:
            _MATCHERS.clear()
        matcher = _MATCHERS[key] = MetalMatcher(metals)
    if type(metals) is tuple:  # a tuple cannot change: the next call with it is answered first
        _LAST[:] = [metals, matcher]
    return matcher


def tag_metals(text: str, metals: Sequence[Metal]) -> tuple[str, ...]:
    """The ids of the metals named in ``text``, in config order."""
    if not text:
        return ()
    return matcher_for(metals).tag(text)


def find_metal_spans(text: str, metals: Sequence[Metal]) -> list[tuple[str, int, int]]:
    """(metal id, start, end) of every alias match, in text order."""
    return matcher_for(metals).spans(text)
