"""Places, peoples, capitals and ministries -> ISO 3166 alpha-2 codes (``EU`` for the Union).

The classifier reads a trade corridor out of words like "Russian aluminium", "exports to the
United States", "Beijing" or "MOFCOM". This module ships the table it uses; users add names
in the config's ``[gazetteer]`` table (``"Naypyitaw" = "MM"``), which :meth:`Gazetteer.extend`
merges in.

Matching is whole-word. Most names match case-insensitively ("CHINA", "china"); short codes
("US", "UK", "EU", "DRC") and names that are also common English words ("Polish", "Turkey",
"Chile", "Guinea") only match as written or in capitals, so "tell us" and "polish" are not
places. A name mapped to ``""`` is a *blocker*: it is matched and then dropped, so that "South
China Sea", "Latin America" or "Indian Ocean" do not count as China, the US or India.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from tui.core.gazetteer_forms import _COMMON_WORDS, BLOCKERS, DEMONYMS
from tui.core.gazetteer_words import ISO_CODES, NAMES
from tui.core.lazy_re import uncased


def _needs_case(name: str) -> bool:
    """Acronyms (US, EU, DRC, U.S.) and common words are matched case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return True
    return name.lower() in _COMMON_WORDS


def _trie_regex(names: list[str], ignore_case: bool) -> str:
    """One regex for many literal names, as a character trie (much faster than ``a|b|c``).

    Spaces in a name match any run of whitespace.
    """
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for ch in " ".join(name.split()).lower() if ignore_case else " ".join(name.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # greedy: longer names are tried first, the name ending here is the fallback
        return "(?:" + body + ")?" if end else body

    return emit(trie)


_LEFT = r"(?<![\w.])"
_RIGHT_WORD = r"(?![\w$])"  # "US$170 million": a currency, not a place


@lru_cache(maxsize=8)
def _build(
    entries: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    """(case-insensitive regex, case-sensitive regex, lower-cased name -> code, the first's
    case-sensitive twin for lower-cased text: :func:`_folded_twin`)."""
    lookup: dict[str, str] = {}
    ci: list[str] = []
    cs: list[str] = []
    for name, code in entries:
        lookup[name.lower()] = code
        if _needs_case(name):
            cs.append(name)
            if name.upper() != name:
                cs.append(name.upper())
                lookup[name.upper().lower()] = code
        else:
            ci.append(name)

    def compile_(names: list[str], flags: int) -> re.Pattern[str] | None:
        if not names:
            return None
        # A trie tries longer names first ("Guinea-Bissau" before "Guinea"); the word-boundary
        # check then backtracks to a shorter name when a longer one ends mid-word.
        alts = _trie_regex(sorted(set(names)), bool(flags & re.IGNORECASE))
        return re.compile(_LEFT + "(?:" + alts + ")" + _RIGHT_WORD, flags)

    insensitive = compile_(ci, re.IGNORECASE)
    return insensitive, compile_(cs, 0), lookup, _folded_twin(insensitive)


def _folded_twin(insensitive: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The case-insensitive names' pattern compiled case-sensitively, to search a text's lower
    case instead of the text (about half the instructions: the matcher skips a branch of the
    trie on its first letter only case-sensitively). On a text with no cased character outside
    ASCII (:func:`~tui.core.lazy_re.uncased`) both find the same spans: lowering changes ASCII
    letters alone, keeps every length and every word boundary, the trie's letters are lower
    case, and none of its letters outside ASCII matches an ASCII one case-insensitively (checked
    here; else None, and the text itself is searched)."""
    if insensitive is None:
        return None
    pattern = insensitive.pattern
    for ch in set(pattern):
        if ch != ch.lower():
            return None
        if ch >= "\x80" and any(
            re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in string.ascii_letters
        ):
            return None
    return re.compile(pattern)


class Gazetteer:
    """Finds places and peoples in text and names their codes."""

    __slots__ = ("_compiled", "_demonyms", "_entries", "_size")

    def __init__(self, entries: Mapping[str, str], demonyms: frozenset[str] = frozenset()) -> None:
        self._entries: dict[str, str] = dict(entries)
        self._demonyms = demonyms
        self._compiled = _build(tuple(sorted(self._entries.items())))
        self._size = len({c for c in self._entries.values() if c})

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    def extend(self, extra: Mapping[str, str]) -> Gazetteer:
        """A new gazetteer with ``extra`` (name -> code; ``""`` blocks a name) merged in.

        Codes are upper-cased; :func:`normalise_code` validates them (``ValueError``).
        """
        entries = dict(self._entries)
        for name, code in extra.items():
            name = " ".join(str(name).split())
            if not name:
                raise ValueError("gazetteer: empty name")
            entries[name] = normalise_code(code) if str(code).strip() else ""
        return Gazetteer(entries, self._demonyms)

    def find(self, text: str) -> list[tuple[str, int, int, str]]:
        """(code, start, end, matched text) of every place named in ``text``, in text order.

        Overlapping matches keep the longest; blocked phrases are dropped.
        """
        if not text:
            return []
        ci, cs, lookup, twin = self._compiled
        hits: list[tuple[int, int, str]] = []
        if twin is not None and uncased(text):
            spans = [m.span() for m in twin.finditer(text.lower())]  # the same as ci's
            hits.extend((s, e, text[s:e]) for s, e in spans)
        elif ci is not None:
            hits.extend((m.start(), m.end(), m.group(0)) for m in ci.finditer(text))
        if cs is not None:
            hits.extend((m.start(), m.end(), m.group(0)) for m in cs.finditer(text))
        if not hits:
            return []
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[str, int, int, str]] = []
        last_end = -1
        for start, end, matched in hits:
            if start < last_end:
                continue
            last_end = end
            code = lookup.get(" ".join(matched.split()).lower().replace("’", "'"), "")
            if code:
                out.append((code, start, end, matched))
        return out

    def lookup(self, name: str) -> str | None:
        """The code for a whole name ("China", "Kinshasa", "cn"), or None."""
        key = " ".join(name.split())
        if key.upper() in ISO_CODES:
            return key.upper()
        if key.upper() == "UK":
            return "GB"
        code = self._compiled[2].get(key.lower())
        return code or None

    def is_demonym(self, matched: str) -> bool:
        """Whether a matched name is an adjective of origin ("Russian", "Chinese")."""
        return " ".join(matched.split()).lower().replace("’", "'") in self._demonyms

    def __len__(self) -> int:
        """The number of distinct codes named (computed once: ``gaz or default`` is cheap)."""
        return self._size


def normalise_code(code: object) -> str:
    """An upper-case ISO 3166 alpha-2 code, ``EU`` or ``*``; ``UK`` becomes ``GB``."""
    text = str(code).strip().upper()
    if text == "UK":
        return "GB"
    if text == "*" or text in ISO_CODES:
        return text
    raise ValueError(f"{code!r} is not an ISO 3166 alpha-2 code, 'EU' or '*'")


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    entries: dict[str, str] = {}
    demonyms: set[str] = set()
    for code, names in NAMES.items():
        for name in names:
            entries[name] = code
    for code, names in DEMONYMS.items():
        for name in names:
            entries[name] = code
            demonyms.add(name.lower())
    for name in BLOCKERS:
        entries[name] = ""
    return Gazetteer(entries, frozenset(demonyms))
