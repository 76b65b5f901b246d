"""Cutting a text into tokens (two-word verbs joined), and whether it holds a trigger word.

:func:`has_trigger` is the classifier's cheap pre-check: does any run of ASCII letters and
digits of the text, lower-cased, belong to ``R.TRIGGER_WORDS``? :meth:`Words.has_trigger`
answers the same from the tokens a :class:`~tui.engine.classifier_text.Text` cuts anyway,
without a second pass over the text. On an ASCII text the two agree: a token is a maximal run
of letters and digits, or several joined by an apostrophe, a dot or a hyphen, or one mark
(``%``, ``;`` ...); the text between tokens holds no letter nor digit. So the runs are the
tokens' pieces between those joiners, and the marks, never trigger words, add nothing. A text
with a character outside ASCII (whose lower case may hold ASCII letters, "K" -> "k") is read
by :func:`has_trigger` itself.
"""

from __future__ import annotations

from itertools import accumulate, repeat
from typing import Any, NamedTuple

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

#: A token: letters and digits, joined by an apostrophe, a dot or a hyphen, or one mark. The
#: runs are possessive ("++", "*+"): nothing follows them inside the token that a shorter run
#: could let match, so each gives the same tokens as "+" and "*", with no back-tracking kept.
_TOKEN_RE = lazy(r"[A-Za-z0-9]++(?:['’.\-][A-Za-z0-9]++)*+|[%;:—–|,]")


class Tok(NamedTuple):
    """A word as written (``text``), lower-cased with a plain apostrophe (``low``), and where
    it stands in its text. A tuple: :func:`tokenize` builds them without a Python call each."""

    low: str
    text: str
    start: int
    end: int


_MULTI_FIRST = frozenset(a for a, _b in R.MULTI_WORDS)

_new_tuple = tuple.__new__
#: The token pattern as one group: ``split`` gives [gap, token, gap, token, ..., gap], so the
#: tokens and, from the running lengths, their places come without a match object each.
_TOKEN_SPLIT = lazy("(" + _TOKEN_RE.pattern + ")")


class Words:
    """A text cut into tokens: their lower forms at once, the :class:`Tok` records on
    demand (with two-word verbs joined the same way in both)."""

    __slots__ = ("folded", "joins", "lows", "parts")

    def __init__(self, text: str) -> None:
        parts = plain_parts(text)
        self.parts = _TOKEN_SPLIT.split(text) if parts is None else parts
        words = self.parts[1::2]
        # a token is ASCII letters and digits, apostrophes, dots, hyphens or one mark: its
        # lower case is that of its characters one by one, so all are lower-cased in one go
        # ("\0" cannot occur in a token)
        self.folded = "\0".join(words).lower().replace("’", "'")  # "" when there are none
        lows = self.folded.split("\0") if words else []
        self.joins = [] if _MULTI_FIRST.isdisjoint(lows) else _two_word_verbs(lows)
        if self.joins:
            lows = _joined(lows, self.joins, lambda a, b: R.MULTI_WORDS[(a, b)])
        self.lows = lows

    def has_trigger(self, text: str) -> bool:
        """Whether ``text`` (the text cut) holds a word the rules react to, as
        :func:`has_trigger` reads it: from the tokens already cut where that gives the same
        answer (module docstring), else by :func:`has_trigger` itself."""
        if not text.isascii():
            return has_trigger(text)
        folded = self.folded
        if "'" in folded or "." in folded or "-" in folded:
            folded = folded.replace("'", "\0").replace(".", "\0").replace("-", "\0")
        elif not self.joins:
            return not R.TRIGGER_WORDS.isdisjoint(self.lows)  # the very same runs
        return not R.TRIGGER_WORDS.isdisjoint(folded.split("\0"))

    def toks(self) -> list[Tok]:
        parts = self.parts
        if len(parts) == 1:
            return []
        words = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        lows = self.lows
        if self.joins:  # the lower forms of the tokens before joining
            lows = "\0".join(words).lower().replace("’", "'").split("\0")
        fields = zip(lows, words, ends[0:-1:2], ends[1::2], strict=True)
        toks = list(map(_new_tuple, repeat(Tok), fields))
        if self.joins:
            return _joined(toks, self.joins, _join_toks)
        return toks


def plain_parts(text: str) -> list[str] | None:
    """What the token pattern's split gives for a plain text, made without it; None for any
    other text. Plain: ASCII words of letters and digits split by single spaces, the whole
    perhaps ended by a full stop (most titles). There each word is a maximal run of letters and
    digits (no joiner between two) and the gaps are the spaces and the stop. (Cutting a text
    with commas word by word in Python cost as many instructions as the pattern.)"""
    if not text.isascii():
        return None
    end = ""
    if text[-1:] == ".":
        text, end = text[:-1], "."
    if not text.replace(" ", "").isalnum():  # also "" and spaces alone
        return None
    if "  " in text or text[0] == " " or text[-1] == " ":
        return None
    words = text.split(" ")
    parts = [" "] * (2 * len(words) + 1)
    parts[1::2] = words
    parts[0], parts[-1] = "", end
    return parts


def _two_word_verbs(lows: list[str]) -> list[int]:
    """Where a two-word verb ("cut off", "roll back") starts, left to right, not overlapping."""
    out: list[int] = []
    i = 0
    while i + 1 < len(lows):
        if (lows[i], lows[i + 1]) in R.MULTI_WORDS:
            out.append(i)
            i += 2
        else:
            i += 1
    return out


def _join_toks(a: Tok, b: Tok) -> Tok:
    return Tok(R.MULTI_WORDS[(a.low, b.low)], a.text + " " + b.text, a.start, b.end)


def _joined(items: list[Any], joins: list[int], join: Any) -> list[Any]:
    """``items`` with each pair starting at an index of ``joins`` made one by ``join``."""
    out: list[Any] = []
    last = 0
    for i in joins:
        out.extend(items[last:i])
        out.append(join(items[i], items[i + 1]))
        last = i + 2
    out.extend(items[last:])
    return out


def tokenize(text: str) -> list[Tok]:
    """The words and marks of ``text`` (two-word verbs such as "cut off" joined)."""
    return Words(text).toks()


_WORD_RE = lazy(r"[a-z0-9]+")
#: A word of a lower-cased text, a hyphened one whole ("anti-dumping", "tariff-rate"): how
#: rules read the words of a text they do not cut into tokens (a lede, a clause).
LOWER_WORD_RE = lazy(r"[a-z]+(?:-[a-z]+)*")


def has_trigger(text: str) -> bool:
    """A cheap pre-check: does the text contain any word the rules react to?"""
    return not R.TRIGGER_WORDS.isdisjoint(_WORD_RE.findall(text.lower()))
