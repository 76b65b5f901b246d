"""A watch list's metals, compiled once: which metals a text names and where.

:class:`MetalMatcher` tries a metal's pattern (:mod:`~tui.engine.metal_patterns`) only where
the first word of one of its aliases begins in the lower-cased text, and drops a figurative use
of a metal's word (:mod:`~tui.engine.figurative`). :mod:`~tui.engine.tagging` keeps one matcher
per watch list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from tui.core.models import Metal
from tui.engine.classifier_plain_chars import plain_hyphens
from tui.engine.figurative import figurative
from tui.engine.metal_patterns import (
    BEGIN,
    alias_pattern,
    compile_aliases,
    fold_for_prefilter,
    metal_aliases,
    needle_starts,
    needles_of,
    scan_matches,
)


class MetalMatcher:
    """A watch list's alias patterns, compiled once. Build one per run (or get the cached
    one from :func:`matcher_for`) and call :meth:`tag` / :meth:`spans` on every text.

    Every match starts with the first word of one of its metal's aliases ("needle"), so a
    pattern is only tried (with ``match``: its look-behind still sees the text before)
    where such a word begins in the lower-cased text. The answers are exactly those of
    ``search`` / ``finditer`` over the whole text, at a fraction of the cost: most texts
    name one metal or none.
    """

    __slots__ = ("_combined", "_entries", "_needles", "_pairs", "_tags", "metals")

    def __init__(self, metals: Sequence[Metal]) -> None:
        self.metals: tuple[Metal, ...] = tuple(metals)
        # (metal id, needles or None, pattern) in config order
        self._entries: list[tuple[str, tuple[str, ...] | None, re.Pattern[str]]] = []
        # per entry, the pattern :meth:`tag` uses: the aliases and their trades as one word
        # ("steelmakers"), which a story's tags count and the classifier's spans do not
        self._tags: list[re.Pattern[str]] = []
        every: dict[str, list[int]] = {}  # needle -> indices into _entries
        exact = True
        for metal in self.metals:
            names = metal_aliases(metal)
            pat = compile_aliases(names)
            if pat is None:
                continue
            needles = needles_of(names)
            for needle in needles or ():
                every.setdefault(needle, []).append(len(self._entries))
            self._entries.append((metal.id, needles, pat))
            self._tags.append(compile_aliases(names, True) or pat)
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
        text = plain_hyphens(text)  # "rare‑earth": a non-breaking hyphen is a hyphen
        positions = self._positions(fold_for_prefilter(text))
        entries = self._entries
        tags = self._tags
        out: list[str] = []
        if self._needles is not None:  # only the entries whose needles occur can match
            for i in sorted(positions):
                pat = tags[i]
                for at in positions[i]:
                    if _literal(pat.match(text, at), text):
                        out.append(entries[i][0])
                        break
            return tuple(out)
        for i, (metal_id, needles, _) in enumerate(entries):
            pat = tags[i]
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
        texts = [plain_hyphens(t) for t in texts]  # as :meth:`tag` reads them
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
        patterns = self._tags
        out: list[tuple[str, ...]] = []
        for text, got in zip(texts, hits, strict=True):
            if got is None:
                out.append(())
                continue
            tags: list[str] = []
            done = -1  # the last entry found: its other positions need no look
            for i, offset in sorted(got) if len(got) > 1 else got:  # by entry, then position
                if i != done and _literal(patterns[i].match(text, offset), text):
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
                found = scan_matches(pat, text, starts)
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
            starts = needle_starts(fold_for_prefilter(text), self._needles)
            if not starts:
                return []
            found = scan_matches(pat, text, starts)
        return [
            (groups[m.lastgroup], m.start(), m.end())
            for m in found
            if m.lastgroup and _literal(m, text)
        ]

    def _compile_combined(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        groups: dict[str, str] = {}
        alts: list[str] = []
        for i, m in enumerate(self.metals):
            parts = [p for p in (alias_pattern(a) for a in metal_aliases(m)) if p]
            if parts:
                groups[f"m{i}"] = m.id
                alts.append(f"(?P<m{i}>" + "|".join(parts) + ")")
        if not alts:
            return None, {}
        # the word boundaries of compile_aliases, hoisted out of the alternation
        body = BEGIN + r"(?:" + "|".join(alts) + r")(?![\w])"
        return re.compile(body, re.IGNORECASE), groups


def _literal(m: re.Match[str] | None, text: str) -> bool:
    """A match that names its metal: not None, and not a figurative use of the word ("the
    gold standard", "a silver lining": :mod:`tui.engine.figurative`)."""
    return m is not None and not figurative(text, m.start(), m.end())
