"""The alias patterns of a watch list's metals, and where in a text they may match.

Aliases match as whole words, case-insensitively (an abbreviation, "REE", only in its capitals:
:func:`is_abbreviation`), with plural and hyphen/space variants (:func:`alias_pattern`); a match may begin only where :data:`BEGIN` allows. Every match begins
with the first word of one of its metal's aliases (:func:`needles_of`), looked for in the text
lower-cased by :func:`fold_for_prefilter`; :func:`needle_starts` and :func:`scan_matches` turn
those positions into the matches a ``finditer`` over the whole text would give. Read by
:class:`~tui.engine.metal_matcher.MetalMatcher`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.lazy_re import lazy
from tui.core.models import Metal

_SPLIT = lazy(r"[\s\-_]+")

# Where a match may begin: not inside a word, nor right after a hyphen that follows a one- or
# two-letter prefix ("K-tin"); after a longer word's hyphen it may ("copper-gold"), and after a
# number's (a wire slug's "UPDATE 1-Copper ...": a number coins no metal's name). A ferroalloy
# written as one word names its alloying metal as "ferro-nickel" does ("ferronickel",
# "ferrotungsten": :data:`FERRO_BEGIN`).
FERRO_BEGIN = r"(?<=\bferro)"
BEGIN = (
    r"(?:" + FERRO_BEGIN + r"|"
    r"(?<![\w])(?<!(?<![\w-])[^\W\d_]-)(?<!(?<![\w-])[^\W\d_][^\W\d_]-))"
)

# The only non-ASCII characters that IGNORECASE matches with an ASCII character (checked
# against ``re`` itself in tests/unit/test_tagging.py): mapped to that character so that a
# lower-cased text contains an ASCII alias word whenever a pattern can match it.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _alias_words(alias: str) -> list[str]:
    return [w for w in _SPLIT.split(alias.strip()) if w]


def is_abbreviation(alias: str) -> bool:
    """An alias of one word written with two capitals or more ("REE", "NdFeB"): it names its
    metal only so written, never in another case ("Rees-Mogg", "ree")."""
    words = _alias_words(alias)
    return len(words) == 1 and sum(ch.isupper() for ch in words[0]) >= 2


#: The trade a metal names, written as one word with it: "steelmaker", "steelmaking",
#: "steelworks", "steelworker", "steelmill" (a story about the trade is about its metal).
TRADE_SUFFIX = r"(?:mak(?:er|ing)|works?|worker|mill)"


def alias_pattern(alias: str, trades: bool = False) -> str:
    """``alias`` as a pattern: its words joined by spaces or hyphens, a plural or possessive
    ending; with ``trades``, the trade of a one-word alias written as one word with it too
    (``TRADE_SUFFIX``)."""
    words = [re.escape(w) for w in _alias_words(alias)]
    if not words:
        return ""
    if is_abbreviation(alias):  # "REE" names rare earths, "Rees-Mogg" and "Karen Rees" none
        forms = dict.fromkeys((words[0], re.escape(alias.strip().upper())))  # "NDFEB" in capitals
        return r"(?-i:(?:" + "|".join(forms) + r")(?:s|S|['’]s)?)"
    body = r"[\s\-]+".join(words)
    if trades and len(words) == 1:  # "steelmaker", never "iron oremaker"
        body += TRADE_SUFFIX + "?"
    # plural / possessive endings: s, es, 's, ’s
    return body + r"(?:e?s|['’]s)?"


@lru_cache(maxsize=256)
def compile_aliases(names: tuple[str, ...], trades: bool = False) -> re.Pattern[str] | None:
    """One metal's pattern: any of its aliases, as a whole word; None without aliases. With
    ``trades`` (the tags of a story, not the classifier's reading of where a metal is named),
    the metal's trade written as one word with it too: "steelmakers" names steel."""
    parts = [p for p in (alias_pattern(a, trades) for a in names) if p]
    if not parts:
        return None
    return re.compile(BEGIN + r"(?:" + "|".join(parts) + r")(?![\w])", re.I)


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


def needles_of(names: tuple[str, ...]) -> tuple[str, ...] | None:
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


def needle_starts(key: str, needles: tuple[str, ...]) -> list[int]:
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


def scan_matches(pat: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
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
