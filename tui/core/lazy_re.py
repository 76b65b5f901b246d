"""Regular expressions compiled on their first use, not when their module is imported.

The classifier's word tables hold some 150 patterns, many of them long alternations; compiling
them all cost every process that imports the engine ~60-80 ms (more on a loaded machine), though
most runs use only some of them (a metals feed never reaches the denial or withdrawal patterns).
A :class:`LazyPattern` keeps the source and flags and compiles them with :func:`re.compile` the
first time a method is called: the same pattern object ``re.compile`` gives, so every match is
the same. After that, its methods are the compiled pattern's own bound methods, kept on the
instance, so a call costs what a call on the compiled pattern costs.

``fold=True`` (for a long case-insensitive alternation searched often): ``search`` and
``finditer`` read a text
without a cased character outside ASCII (most headlines) with the same pattern compiled
case-sensitively on the text in lower case, then takes the match from the case-insensitive
pattern at the position found. On such a text the two find the same positions (lowering changes
no length, no word boundary and no other character; the pattern holds no upper-case letter, no
back-reference and no inline flag, checked when it is compiled), and the match is the
case-insensitive pattern's own, on the text as given. It is faster because CPython's matcher
skips an alternative whose first letter differs only when the comparison is case-sensitive:
case-insensitively it enters every alternative at every word boundary. Any other text is
searched as ``re.compile`` would. (A folded match's ``pos`` attribute, which no caller reads, is
its own start rather than the ``pos`` the search was given.)

``memo=N`` (for a pattern searched in the same text by several rules): ``search`` and
``finditer`` over a whole text (no ``pos`` nor ``endpos``) keep their answer for the last N
texts and give it again for the same text: the same match objects (which cannot change), so
every answer is the one a new search would give; ``finditer`` gives an iterator over them
each time. ``search`` answers from a kept ``finditer`` too: a search's match is the first
``finditer`` gives, and a ``finditer`` answers nothing at once for a text whose kept search
found nothing. The memo is emptied when full.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern", "lazy"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


#: a pattern's pieces, left to right: an escape, a class, a quantifier (with a possessive "+"
#: after it, Python 3.11's), any other character
_PIECE = re.compile(r"\\.|\[\]?(?:\\.|[^\]])*\]|(?:[+*?]|\{\d*(?:,\d*)?\})\+?|.", re.DOTALL)


def for_this_python(pattern: str) -> str:
    """``pattern`` as this Python compiles it: possessive quantifiers are Python 3.11's, and on
    3.10 (which the package supports) they are made greedy. A pattern uses one only as a speed-up
    where giving back could find no other match (``\\w++-``: no word character is a hyphen),
    so greedy matches the same."""
    if sys.version_info >= (3, 11):
        return pattern
    return "".join(_greedy(m[0]) for m in _PIECE.finditer(pattern))


def _greedy(piece: str) -> str:
    quantifier = len(piece) > 1 and piece[-1] == "+" and piece[0] in "+*?{"
    return piece[:-1] if quantifier else piece


class LazyPattern:
    """``re.compile(pattern, flags)``, done on the first call of one of its methods."""

    def __init__(
        self, pattern: str, flags: int | re.RegexFlag = 0, *, fold: bool = False, memo: int = 0
    ) -> None:
        self.pattern = pattern
        self._flags = flags
        self._fold = fold
        self._memo = memo
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(for_this_python(self.pattern), self._flags)
            # the compiled pattern's bound methods shadow this class's (an instance attribute
            # wins over a function of the class): later calls go to them directly
            for name in _METHODS:
                self.__dict__[name] = getattr(compiled, name)
            if self._fold:
                self.__dict__["search"], self.__dict__["finditer"] = _folded(compiled)
            if self._memo:
                self.__dict__["search"], self.__dict__["finditer"] = _memoised(
                    self.__dict__["search"], self.__dict__["finditer"], self._memo
                )
            self._compiled = compiled
        return compiled

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def lazy(
    pattern: str, flags: int | re.RegexFlag = 0, *, fold: bool = False, memo: int = 0
) -> LazyPattern:
    """A module's pattern, compiled on its first use (``re.compile``'s arguments; ``fold`` and
    ``memo``: see the module's docstring)."""
    return LazyPattern(pattern, flags, fold=fold, memo=memo)


_SearchFn = Callable[..., "re.Match[str] | None"]
_IterFn = Callable[..., Iterator["re.Match[str]"]]
_UNCASED: dict[str, bool] = {}  # character outside ASCII -> it has no case


def uncased(text: str) -> bool:
    """Whether ``text`` has no cased character outside ASCII (so lowering it changes ASCII
    letters alone, and a case-insensitive match of it is a case-sensitive one of its lower
    form). Every character CPython's matcher folds beyond lower case is a cased one."""
    if text.isascii():
        return True
    for ch in set(text):
        if ch >= "\x80":
            known = _UNCASED.get(ch)
            if known is None:
                known = _UNCASED[ch] = ch.lower() == ch == ch.upper()
            if not known:
                return False
    return True


def _folded(insensitive: re.Pattern[str]) -> tuple[_SearchFn, _IterFn]:
    """``insensitive.search`` and ``.finditer`` through its case-sensitive twin on lowered text
    (module docs)."""
    if not insensitive.flags & re.IGNORECASE:
        raise ValueError(f"fold needs a case-insensitive pattern: {insensitive.pattern!r}")
    if sys.version_info >= (3, 11):
        from re import _parser  # type: ignore[attr-defined]
    else:  # pragma: no cover - Python 3.10 names it sre_parse
        import sre_parse as _parser

    flags = insensitive.flags & ~re.IGNORECASE
    _check_foldable(_parser.parse(insensitive.pattern, flags), insensitive.pattern)
    sensitive = re.compile(insensitive.pattern, flags)
    fast, match, slow = sensitive.search, insensitive.match, insensitive.search
    fast_iter, slow_iter = sensitive.finditer, insensitive.finditer

    def search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not uncased(string):
            return slow(string, pos, endpos)
        found = fast(string.lower(), pos, endpos)
        if found is None:
            return None
        # the same leftmost position: the case-insensitive match there is the one search gives
        return match(string, found.start(), endpos) or slow(string, pos, endpos)

    def finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not uncased(string):
            return slow_iter(string, pos, endpos)
        # the same matches one after the other: each the case-insensitive one at its start
        hits = [match(string, m.start(), endpos) for m in fast_iter(string.lower(), pos, endpos)]
        if None in hits:  # never, as the module docs argue: then as re.compile would
            return slow_iter(string, pos, endpos)
        return iter(hits)  # type: ignore[arg-type]

    return search, finditer


def _memoised(search: _SearchFn, finditer: _IterFn, size: int) -> tuple[_SearchFn, _IterFn]:
    """``search`` and ``finditer`` answering again for the last ``size`` whole texts (module
    docs)."""
    found: dict[str, re.Match[str] | None] = {}
    every: dict[str, tuple[re.Match[str], ...]] = {}

    def memo_search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos or endpos != sys.maxsize:
            return search(string, pos, endpos)
        if string in found:
            return found[string]
        hits = every.get(string)
        if hits is not None:
            return hits[0] if hits else None
        if len(found) >= size:
            found.clear()
        got = found[string] = search(string)
        return got

    def memo_finditer(
        string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if pos or endpos != sys.maxsize:
            return finditer(string, pos, endpos)
        hits = every.get(string)
        if hits is None:
            if found.get(string, True) is None:
                return iter(())  # a kept search found nothing: nor would finditer
            if len(every) >= size:
                every.clear()
            hits = every[string] = tuple(finditer(string))
        return iter(hits)

    return memo_search, memo_finditer


def _check_foldable(tree: Any, source: str) -> None:
    """Raise ``ValueError`` unless the parsed pattern matches the same on lowered text: no
    upper-case literal, no back-reference, no inline flags."""
    if sys.version_info >= (3, 11):
        from re import _constants as c  # type: ignore[attr-defined]
    else:  # pragma: no cover - Python 3.10 names it sre_constants
        import sre_constants as c

    def bad(why: str) -> ValueError:
        return ValueError(f"fold: {why} in {source!r}")

    def chars(code: int) -> None:
        ch = chr(code)
        if ch != ch.lower() or (code > 127 and ch.lower() != ch.upper()):
            raise bad(f"the cased letter {ch!r} (upper-case, or not ASCII)")

    for op, av in tree:
        if op is c.LITERAL or op is c.NOT_LITERAL:
            chars(av)
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars(iav)
                elif iop is c.RANGE:
                    for code in range(iav[0], iav[1] + 1):
                        chars(code)
        elif op is c.SUBPATTERN:
            _group, add, remove, sub = av
            if add or remove:
                raise bad("inline flags")
            _check_foldable(sub, source)
        elif op is c.BRANCH:
            for sub in av[1]:
                _check_foldable(sub, source)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            _check_foldable(av[2], source)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _check_foldable(av[1], source)
        elif op is getattr(c, "ATOMIC_GROUP", None):  # Python 3.11 and newer
            _check_foldable(av, source)
        elif op is c.GROUPREF_EXISTS:
            _check_foldable(av[1], source)
            if av[2] is not None:
                _check_foldable(av[2], source)
        elif op in (c.GROUPREF, c.GROUPREF_IGNORE):
            raise bad("a back-reference")
