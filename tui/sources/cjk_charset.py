"""Which East Asian charset of two bytes a character a feed is in when the one it names (or
UTF-8, named by none) cannot read it: a Japanese outlet's Shift_JIS or EUC-JP, a Chinese one's
GB18030 or Big5, a Korean one's EUC-KR or CP949 (its superset), under ``encoding="utf-8"`` or
no declaration at all.

feedparser then read it as windows-1252, and ``tui.sources.legacy_charset`` as one of its
single-byte charsets: ``“ú–{`` for ``日本``, shown and classified so. As there, each
candidate's reading is judged by what it reads into: here its characters beyond ASCII that are
letters (kana, ideographs, hangul, any alphabet's), each either one of the common characters of
a language written in these charsets or no character of it. A language's common characters:
Japanese, its kana and the first level of JIS X 0208's kanji (what Shift_JIS codes from
``889F`` to ``9872``); simplified Chinese, the first level of GB 2312's hanzi (rows ``B0`` to
``D7``); traditional Chinese, Big5's frequently used characters (``A440`` to ``C67E``);
Korean, the 2,350 hangul syllables of KS X 1001 (EUC-KR's ``B0A1`` to ``C8FE``; not CP949's
rarer ones) and its hanja in a word of hanja alone (``美``, ``韓美``: a Korean headline's country),
never in one that mixes them with hangul as a Chinese text read in EUC-KR does.
A character that cannot be read (``U+FFFD``) is none. A text misread in one of these charsets
reads mostly into rare ideographs, half-width katakana or the alphabets these charsets carry
(Greek, Cyrillic), or mixes kana with Chinese-only forms: read in its own, nearly all its
letters are common characters of one language. The candidate with the fewest that are not
(counted for the language it reads best as) is taken, when they are at most one in twenty,
and only over a single-byte charset's reading that reads fewer of the characters into words
(``legacy_charset``: KOI8-R's lower-case Cyrillic takes GB 2312's common hanzi too).

Korean is judged first and taken whenever it reads so. EUC-KR's hangul take the very bytes of
GB 2312's common hanzi (rows ``B0`` to ``C8``) and of JIS X 0208's first-level kanji, so a Korean
text always reads into common characters of Chinese or Japanese too; the reverse holds only of
a text all of whose characters lie in those 25 rows, and a Chinese or Japanese one of a
headline's length seldom does: ``上``, ``是``, ``中``, ``在`` lie beyond them, and read in EUC-KR
they are hanja or no character, kana are jamo or Greek, and Shift_JIS or Big5 read in CP949 are
its rarer syllables. Nor is Korean taken for a text whose words run longer than four letters
on average: Korean spaces its words (two or three syllables each in a headline), Chinese and
Japanese do not, and a phrase of kanji alone (``中国経済減速懸念`` in EUC-JP, all of it in those
rows) reads as one word of eight hangul.
"""

from __future__ import annotations

import dataclasses
import functools

#: Tried in this order; Korean's reads first, then the first of those with the fewest uncommon
#: letters wins.
KOREAN = "cp949"
CANDIDATES = (KOREAN, "cp932", "euc-jp", "gb18030", "big5")
_HANGUL = 3  # Korean's place among the languages judged (:func:`_common`)
_CHARS = 2000  # the letters beyond ASCII judged at most (a feed's titles come early)
_AT_LEAST = 4  # fewer letters beyond ASCII than this tell no language apart
_SHARE = 20  # the winner's uncommon letters: at most one in this many
_SPACED = 4  # Korean's letters a word at most, on average (its headlines: 2 to 3)


@dataclasses.dataclass(frozen=True)
class Reading:
    """A candidate's reading of the head: its charset, and the share of its characters beyond
    ASCII that read as common characters or the punctuation written with them."""

    charset: str
    share: float


def guess(head: bytes) -> Reading | None:
    """The candidate ``head`` (a feed's first bytes) reads best in as characters of one of
    these languages, None when none reads it so."""
    best: Reading | None = None
    fewest = -1
    for candidate in CANDIDATES:
        text = head.decode(candidate, errors="replace")
        letters, uncommon, words = _judged(text)
        korean = candidate == KOREAN  # judged as Korean only, the others as any but Korean
        odd = uncommon[_HANGUL] if korean else min(uncommon[:_HANGUL])
        if letters < _AT_LEAST or odd * _SHARE > letters:
            continue
        if korean and letters <= _SPACED * words:  # unspaced: Chinese or Japanese as hangul
            return Reading(candidate, _share(text, letters - odd))
        if korean:
            continue
        if fewest < 0 or odd < fewest:
            best, fewest = Reading(candidate, _share(text, letters - odd)), odd
    return best


def _judged(text: str) -> tuple[int, list[int], int]:
    """How many letters beyond ASCII ``text`` holds (at most ``_CHARS``), how many of them are
    not common characters of each language (:func:`_common`; for Korean, its hanja too where a
    word holds hangul), and how many words (runs of letters) they make."""
    letters = 0
    uncommon = [0, 0, 0, 0]
    hanja, hangul = 0, False  # the current word's hanja, and whether it holds hangul
    words, word = 0, False  # the words (runs of letters) begun, and whether one is running
    for ch in text:
        if ch.isascii() or not (ch.isalpha() or ch == "\ufffd"):
            uncommon[_HANGUL] += hanja if hangul else 0
            hanja, hangul, word = 0, False, False
            continue
        words += not word
        word = True
        letters += 1
        if letters > _CHARS:
            letters = _CHARS
            break
        common = _common(ch)
        for language in range(_HANGUL):
            uncommon[language] += not common[language]
        if common[_HANGUL]:
            hangul = True
        elif _hanja(ch):
            hanja += 1
        else:
            uncommon[_HANGUL] += 1
    uncommon[_HANGUL] += hanja if hangul else 0
    return letters, uncommon, words


def _share(text: str, common: int) -> float:
    """The share of ``text``'s characters beyond ASCII (as far as its first ``_CHARS``
    letters) that are ``common`` letters or punctuation."""
    high = marks = letters = 0
    for ch in text:
        if ch.isascii():
            continue
        if ch.isalpha() or ch == "\ufffd":
            letters += 1
            if letters > _CHARS:
                break
        elif "\u2010" <= ch <= "\u206f" or "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff65":
            marks += 1
        high += 1
    return (common + marks) / high if high else 0.0


@functools.lru_cache(maxsize=8192)
def _common(ch: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``ch`` is a common character of Japanese, simplified and traditional Chinese,
    and Korean."""
    kana = "\u3041" <= ch <= "\u30ff"
    return (
        kana or _coded(ch, "shift_jis", 0x889F, 0x9872),
        _coded(ch, "gb2312", 0xB0A1, 0xD7FE),
        _coded(ch, "big5", 0xA440, 0xC67E),
        _coded(ch, "euc-kr", 0xB0A1, 0xC8FE),
    )


@functools.lru_cache(maxsize=8192)
def _hanja(ch: str) -> bool:
    """Whether ``ch`` is one of KS X 1001's hanja."""
    return _coded(ch, "euc-kr", 0xCAA1, 0xFDFE)


def _coded(ch: str, charset: str, low: int, high: int) -> bool:
    """Whether ``ch`` is coded in ``charset`` by two bytes from ``low`` to ``high``."""
    try:
        coded = ch.encode(charset)
    except UnicodeEncodeError:
        return False
    return len(coded) == 2 and low <= int.from_bytes(coded, "big") <= high
