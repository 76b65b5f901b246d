"""Which single-byte charset a feed is in when the one it names (or UTF-8, named by none) cannot
read it: a Russian outlet's windows-1251 under ``encoding="utf-8"``, a template's line kept.

feedparser then tried windows-1252 alone, which reads any bytes: a Cyrillic title became
``Ìåäü äîðîæàåò`` (each letter an accented Latin one), shown and classified as such, only the
health line saying "read as windows-1252". Here each candidate's reading is judged by its words
(those with letters beyond ASCII): a word of Latin letters mostly accented, one mixing Latin and
Cyrillic, or a Cyrillic one whose case flips inside it (``мЕДЭ``: windows-1251 read as KOI8-R,
or the reverse) is no word of any language; the candidate with the fewest such is taken, and
windows-1252, feedparser's own, unless another has fewer. A charset of two bytes a character
(Shift_JIS, EUC-JP, GB18030, Big5: ``tui.sources.cjk_charset``) that reads the text into the
common characters of one language is taken over them when it reads more of the text so than
they read into words.
"""

from __future__ import annotations

import codecs
import itertools
import re

from tui.sources import cjk_charset

#: Tried in this order; the first of those with the fewest words that are no words wins.
CANDIDATES = ("windows-1252", "windows-1251", "koi8-r")
_WORD = re.compile(r"[^\W\d_]+")
_HEAD = 64 * 1024  # the bytes judged (a feed's titles come early)
# the words of the head with a byte beyond ASCII (the letters of any single-byte charset), the
# only ones any candidate reads differently; at most ``_WORDS`` of them are judged
_LETTERS = frozenset(range(0x80, 0x100)) | frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
_WORDS_ONLY = bytes(b if b in _LETTERS else 0x20 for b in range(256))  # the rest as spaces
_WORDS = 400
_TEXT = 16 * 1024  # the characters judged against an East Asian charset's reading
#: The charsets named that are judged against the candidates though they read any text.
_CODECS = frozenset(codecs.lookup(c).name for c in (*CANDIDATES, "iso-8859-1"))


def guess(data: bytes, charset: str) -> str | None:
    """The single-byte charset ``data`` reads best in when ``charset`` cannot read its head, or
    is one of these that reads it into clearly fewer words (a Western feed under a template's
    ``encoding="windows-1251"``: ``Sгo Paulo``); None when ``charset`` reads it (or is not
    known here: said as it was)."""
    head = data[:_HEAD]
    try:
        codec = codecs.lookup(charset).name
        head.decode(charset)
    except LookupError:
        return None
    except UnicodeDecodeError as exc:  # a character cut at the head's end reads on after it
        reads = len(head) == _HEAD and exc.start >= _HEAD - 4 and exc.reason.startswith("unexp")
    else:
        reads = True
    if reads and codec not in _CODECS:
        return None
    sample = b" ".join(_high_words(head))
    best, fewest = CANDIDATES[0], -1
    for candidate in CANDIDATES:
        bad = no_words(sample.decode(candidate, errors="replace"))
        if fewest < 0 or bad < fewest:
            best, fewest = candidate, bad
    wide = cjk_charset.guess(head)
    if wide is not None:  # read into the characters of a language: over fewer words only
        read = [best, *([charset] if reads else [])]
        if all(wide.share > word_share(head.decode(c, errors="replace")) for c in read):
            return wide.charset
    if not reads:
        return best
    named = no_words(sample.decode(charset, errors="replace"))
    return best if codecs.lookup(best).name != codec and fewest * 4 < named else None


def word_share(text: str) -> float:
    """The share of ``text``'s characters beyond ASCII (in its first ``_TEXT``) that are
    letters of its words that are words (:func:`no_words`)."""
    text = text[:_TEXT]
    high = sum(1 for ch in text if not ch.isascii())
    good = sum(
        sum(1 for ch in word if not ch.isascii())
        for word in _WORD.findall(text)
        if not word.isascii() and not no_words(word)
    )
    return good / high if high else 0.0


def _high_words(head: bytes) -> list[bytes]:
    """The words of ``head`` with a byte beyond ASCII, at most ``_WORDS``."""
    return [w for w in head.translate(_WORDS_ONLY).split() if not w.isascii()][:_WORDS]


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
