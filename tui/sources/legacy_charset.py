"""Which single-byte charset a feed is in when the one it names (or UTF-8, named by none) cannot
read it: a Russian outlet's windows-1251 under ``encoding="utf-8"``, a template's line kept.

feedparser then tried windows-1252 alone, which reads any bytes: a Cyrillic title became
``Ìåäü äîðîæàåò`` (each letter an accented Latin one), shown and classified as such, only the
health line saying "read as windows-1252". Here each candidate's reading is judged by its words
(those with letters beyond ASCII): a word of Latin letters mostly accented, one mixing Latin and
Cyrillic, or a Cyrillic one whose case flips inside it (``мЕДЭ``: windows-1251 read as KOI8-R,
or the reverse) is no word of any language; the candidate with the fewest such is taken, and
windows-1252, feedparser's own, unless another has fewer.
"""

from __future__ import annotations

import codecs
import itertools
import re

#: Tried in this order; the first of those with the fewest words that are no words wins.
CANDIDATES = ("windows-1252", "windows-1251", "koi8-r")
_WORD = re.compile(r"[^\W\d_]+")
_HEAD = 64 * 1024  # the bytes judged (a feed's titles come early)


def guess(data: bytes, charset: str) -> str | None:
    """The single-byte charset ``data`` reads best in when ``charset`` cannot read its head
    (None when it can, or when ``charset`` is not known here: said as it was)."""
    head = data[:_HEAD]
    try:
        codecs.lookup(charset)
        head.decode(charset)
    except LookupError:
        return None
    except UnicodeDecodeError as exc:  # a character cut at the head's end reads on after it
        if len(head) == _HEAD and exc.start >= _HEAD - 4 and exc.reason == "unexpected end of data":
            return None
    else:
        return None
    best, fewest = None, None
    for candidate in CANDIDATES:
        bad = no_words(head.decode(candidate, errors="replace"))
        if fewest is None or bad < fewest:
            best, fewest = candidate, bad
    return best


def no_words(text: str) -> int:
    """How many of ``text``'s words with letters beyond ASCII are no word of any language."""
    bad = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        latin = sum(1 for ch in word if ch.isascii() or "\u00c0" <= ch <= "\u024f")
        if cyrillic and latin:
            bad += 1  # two alphabets in one word
        elif latin and len(word) >= 4 and sum(not ch.isascii() for ch in word) * 2 > len(word):
            bad += 1  # mostly accented letters
        elif cyrillic and _case_flips(word):
            bad += 1
    return bad


def _case_flips(word: str) -> bool:
    """A lower-case letter followed by an upper-case one (``мЕДЭ``), as no word is written."""
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
