"""Tagging text with the configured metals it names.

Aliases match as whole words, case-insensitively, with plural and hyphen/space variants:
the alias "rare earth" matches "rare earths", "rare-earth" and "Rare Earth's". A word after a
hyphen counts when a word of three letters or more stands before it: mining news names the
metals of a deposit as one compound ("copper-gold project", "zinc-lead-silver mine",
"nickel-cobalt refinery"), each of them named; after a prefix of one or two letters ("K-tin",
"e-gold") it continues a coined word and does not.

:class:`MetalMatcher` compiles a watch list once; :func:`tag_metals` and
:func:`find_metal_spans` are thin wrappers that find (or build) the matcher for a list.
Every match begins with the first word of one of its metal's aliases, so a matcher tries a
metal's pattern only where such a word begins in the lower-cased text: most texts name one
metal or none, so most patterns are never run, and the answers are exactly those of a
``search`` over the whole text (tests/unit/test_tagging.py checks both ways agree).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from tui.core.lazy_re import lazy
from tui.core.models import Metal
from tui.engine.figurative import figurative

_SPLIT = lazy(r"[\s\-_]+")

# Where a match may begin: not inside a word, nor right after a hyphen that follows a one- or
# two-letter prefix ("K-tin"); after a longer word's hyphen it may ("copper-gold"), and after a
# number's (a wire slug's "UPDATE 1-Copper ...": a number coins no metal's name).
_BEGIN = r"(?<![\w])(?<!(?<![\w-])[^\W\d_]-)(?<!(?<![\w-])[^\W\d_][^\W\d_]-)"

# The only non-ASCII characters that IGNORECASE matches with an ASCII character (checked
# against ``re`` itself in tests/unit/test_tagging.py): mapped to that character so that a
# lower-cased text contains an ASCII alias word whenever a pattern can match it.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _alias_words(alias: str) -> list[str]:
    return [w for w in _SPLIT.split(alias.strip()) if w]


def _alias_pattern(alias: str) -> str:
    words = [re.escape(w) for w in _alias_words(alias)]
    if not words:
        return ""
    body = r"[\s\-]+".join(words)
    # plural / possessive endings: s, es, 's, ’s
    return body + r"(?:e?s|['’]s)?"


@lru_cache(maxsize=256)
def _compile(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One metal's pattern: any of its aliases, as a whole word; None without aliases."""
    parts = [p for p in (_alias_pattern(a) for a in names) if p]
    if not parts:
        return None
    return re.compile(_BEGIN + r"(?:" + "|".join(parts) + r")(?![\w])", re.I)


def metal_aliases(metal: Metal) -> tuple[str, ...]:
    names = metal.aliases or (metal.name,)
    return tuple(dict.fromkeys(names))


def fold_for_prefilter(text: str) -> str:
    """``text`` lower-cased, of the same length, so that it contains an ASCII word wherever
    an IGNORECASE pattern for that word can match in ``text``."""
    if text.isascii():
        return text.lower()
    key = text.translate(_TO_ASCII).lower()
    if len(key) != len(text):  # positions in the key must be those of the text
        key = "".join(
            low if len(low := ch.lower()) == 1 else ch for ch in text.translate(_TO_ASCII)
        )
    return key


def _needles(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The lower-cased first word of each alias, or None when one of them is not ASCII
    (its case-insensitive matches are not a plain substring test: that pattern always runs)."""
    out: list[str] = []
    for name in names:
        words = _alias_words(name)
        if not words:
            continue
        first = words[0]
        if not first.isascii():
            return None
        out.append(first.lower())
    return tuple(dict.fromkeys(out))


class MetalMatcher:
    """A watch list's alias patterns, compiled once. Build one per run (or get the cached
    one from :func:`matcher_for`) and call :meth:`tag` / :meth:`spans` on every text.

    Every match starts with the first word of one of its metal's aliases ("needle"), so a
    pattern is only tried (with ``match``: its look-behind still sees the text before)
    where such a word begins in the lower-cased text. The answers are exactly those of
    ``search`` / ``finditer`` over the whole text, at a fraction of the cost: most texts
    name one metal or none.
    """

    __slots__ = ("_combined", "_entries", "_needles", "_pairs", "metals")

    def __init__(self, metals: Sequence[Metal]) -> None:
        self.metals: tuple[Metal, ...] = tuple(metals)
        # (metal id, needles or None, pattern) in config order
        self._entries: list[tuple[str, tuple[str, ...] | None, re.Pattern[str]]] = []
        every: dict[str, list[int]] = {}  # needle -> indices into _entries
        exact = True
        for metal in self.metals:
            names = metal_aliases(metal)
            pat = _compile(names)
            if pat is None:
                continue
            needles = _needles(names)
            for needle in needles or ():
                every.setdefault(needle, []).append(len(self._entries))
            self._entries.append((metal.id, needles, pat))
            exact = exact and needles is not None
        # every needle, or None when some pattern has to be searched in every text
        self._needles: tuple[str, ...] | None = tuple(every) if exact else None
        # (needle, indices into _entries of the metals it begins an alias of)
        self._pairs: tuple[tuple[str, tuple[int, ...]], ...] = tuple(
            (needle, tuple(indices)) for needle, indices in every.items()
        )
        self._combined: tuple[re.Pattern[str] | None, dict[str, str]] | None = None

    def may_name(self, text: str) -> bool:
        """False only when ``text`` certainly names none of the metals (a cheap check)."""
        if not text or not self._entries:
            return False
        needles = self._needles
        if needles is None:
            return True
        # whether any needle occurs: one substring test each (about a third fewer instructions
        # than the alternation of them all, which tries each at every position)
        key = fold_for_prefilter(text)
        for needle in needles:
            if needle in key:
                return True
        return False

    def _positions(self, key: str) -> dict[int, list[int]]:
        """Entry index -> the positions (ascending) where one of its needles begins in
        ``key``; entries without needles, or whose needles do not occur, are left out."""
        out: dict[int, list[int]] = {}
        merge: list[int] = []
        find = key.find
        for needle, indices in self._pairs:
            if needle not in key:
                continue
            starts: list[int] = []
            at = find(needle)
            while at >= 0:
                starts.append(at)
                at = find(needle, at + 1)
            for i in indices:
                got = out.get(i)
                if got is None:
                    out[i] = starts
                else:
                    out[i] = got + starts
                    merge.append(i)
        for i in merge:  # an entry with two needles present: ascending, once each
            out[i] = sorted(set(out[i]))
        return out

    def tag(self, text: str) -> tuple[str, ...]:
        """The ids of the metals named in ``text``, in config order."""
        if not text:
            return ()
        positions = self._positions(fold_for_prefilter(text))
        entries = self._entries
        out: list[str] = []
        if self._needles is not None:  # only the entries whose needles occur can match
            for i in sorted(positions):
                pat = entries[i][2]
                for at in positions[i]:
                    if _literal(pat.match(text, at), text):
                        out.append(entries[i][0])
                        break
            return tuple(out)
        for i, (metal_id, needles, pat) in enumerate(entries):
            if needles is None:
                if any(_literal(m, text) for m in pat.finditer(text)):
                    out.append(metal_id)
                continue
            for at in positions.get(i, ()):
                if _literal(pat.match(text, at), text):
                    out.append(metal_id)
                    break
        return tuple(out)

    def tag_many(self, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """``[self.tag(t) for t in texts]``, with each needle looked for once in all texts.

        The lower-cased texts are joined by a line break (no needle holds one, so no
        occurrence spans two texts) and each needle's occurrences are found by ``str.find``
        over the whole: the Python work is per occurrence, not per needle and text.
        """
        if self._needles is None:
            return [self.tag(t) for t in texts]
        keys = [fold_for_prefilter(t) for t in texts]
        starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        whole = "\n".join(keys)
        hits: list[list[tuple[int, int]] | None] = [None] * len(texts)  # (entry, offset)
        find = whole.find
        for needle, indices in self._pairs:
            at = find(needle)
            while at >= 0:
                ti = bisect_right(starts, at) - 1
                got = hits[ti]
                if got is None:
                    got = hits[ti] = []
                offset = at - starts[ti]
                for i in indices:
                    got.append((i, offset))
                at = find(needle, at + 1)
        entries = self._entries
        out: list[tuple[str, ...]] = []
        for text, got in zip(texts, hits, strict=True):
            if got is None:
                out.append(())
                continue
            tags: list[str] = []
            done = -1  # the last entry found: its other positions need no look
            for i, offset in sorted(got) if len(got) > 1 else got:  # by entry, then position
                if i != done and _literal(entries[i][2].match(text, offset), text):
                    tags.append(entries[i][0])
                    done = i
            out.append(tuple(tags))
        return out

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """(metal id, start, end) of every alias match, in text order (where the aliases of
        two metals match at one place: both, in config order)."""
        if not text:
            return []
        positions = self._positions(fold_for_prefilter(text))
        entries = self._entries
        spans: list[tuple[str, int, int]] = []
        order = sorted(positions) if self._needles is not None else range(len(entries))
        for i in order:
            metal_id, needles, pat = entries[i]
            if needles is None:
                found = list(pat.finditer(text))
            else:
                starts = positions.get(i)
                if starts is None:
                    continue
                found = _scan_matches(pat, text, starts)
            spans.extend((metal_id, m.start(), m.end()) for m in found if _literal(m, text))
        return sorted(spans, key=lambda s: s[1])

    def first_spans(self, text: str) -> list[tuple[str, int, int]]:
        """(metal id, start, end) of the matches of one alternation of every metal's aliases,
        in text order: where the aliases of two metals match at one place only the first
        metal (in config order) counts, and the next match begins after this one."""
        if self._combined is None:
            self._combined = self._compile_combined()
        pat, groups = self._combined
        if pat is None or not text:
            return []
        if self._needles is None:
            found = list(pat.finditer(text))
        else:
            starts = _starts(fold_for_prefilter(text), self._needles)
            if not starts:
                return []
            found = _scan_matches(pat, text, starts)
        return [
            (groups[m.lastgroup], m.start(), m.end())
            for m in found
            if m.lastgroup and _literal(m, text)
        ]

    def _compile_combined(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        groups: dict[str, str] = {}
        alts: list[str] = []
        for i, m in enumerate(self.metals):
            parts = [p for p in (_alias_pattern(a) for a in metal_aliases(m)) if p]
            if parts:
                groups[f"m{i}"] = m.id
                alts.append(f"(?P<m{i}>" + "|".join(parts) + ")")
        if not alts:
            return None, {}
        # the word boundaries of _compile, hoisted out of the alternation
        body = _BEGIN + r"(?:" + "|".join(alts) + r")(?![\w])"
        return re.compile(body, re.IGNORECASE), groups


def _literal(m: re.Match[str] | None, text: str) -> bool:
    """A match that names its metal: not None, and not a figurative use of the word ("the
    gold standard", "a silver lining": :mod:`tui.engine.figurative`)."""
    return m is not None and not figurative(text, m.start(), m.end())


def _starts(key: str, needles: tuple[str, ...]) -> list[int]:
    """Every position of ``key`` where one of ``needles`` begins, ascending, once each."""
    out: list[int] = []
    several = False
    find = key.find
    for needle in needles:
        if needle not in key:
            continue
        several = several or bool(out)
        at = find(needle)
        while at >= 0:
            out.append(at)
            at = find(needle, at + 1)
    return sorted(set(out)) if several else out


def _scan_matches(pat: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(pat.finditer(text))``, given that a match can only begin at ``starts``
    (ascending) and is never empty."""
    out: list[re.Match[str]] = []
    resume = 0
    for at in starts:
        if at < resume:
            continue
        m = pat.match(text, at)
        if m is not None:
            out.append(m)
            resume = m.end()
    return out


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
