"""Headline text as the classifier reads it: tokens (two-word verbs joined), each token's
metal and place hits, measure and flow words, and the small records the rules pass on
(:class:`Finding`, :class:`Reading`). Whether a measure word is a trade measure noun in its
place is read by :mod:`tui.engine.classifier_measure_noun`. See :mod:`tui.engine.classifier`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tui.core.gazetteer import Gazetteer
from tui.core.once import once
from tui.engine import classifier_rules as R
from tui.engine.acronym_owners import owned_places
from tui.engine.classifier_spans import first_overlaps, metal_spans
from tui.engine.classifier_words import Tok, Words
from tui.engine.metal_matcher import MetalMatcher


@dataclass(slots=True)
class Finding:
    rule: str
    status: str
    index: int  # token index of the deciding word
    words: list[str]
    flow: str | None = None  # R.EXPORT / R.IMPORT / R.NEUTRAL when the rule saw one
    verb: bool = False  # decided by a verb (not a bare noun)
    confidence: float = 0.8
    measure: str | None = None  # the status of the measure noun involved, if any
    at: int | None = None  # token index of that measure noun

    @property
    def measure_at(self) -> int:
        """The measure's place: its noun's token, else the deciding word's."""
        return self.at if self.at is not None else self.index


@dataclass(slots=True)
class Reading:
    """What one text (a title or a summary sentence) says."""

    finding: Finding | None = None
    vetoed: str | None = None
    trace: list[str] = field(default_factory=list)
    background: list[bool] | None = None  # per token: in a background clause


#: What a rule returns for a word it consumed without finding anything.
SKIP = Finding("skip", "none", -1, [])


@lru_cache(maxsize=8192)
def base_word(low: str) -> str:
    """'china's' -> 'china'; hyphenated words keep their form."""
    if low.endswith("'s"):
        return low[:-2]
    return low


def is_granted(low: str) -> bool:
    """Whether a token's lower form ("permits", "licence's") is a measure noun a government
    grants (``R.GRANTED_NOUNS``: licences, permits, approvals), its possessive too. No granted
    noun ends in "'s", so the word is one exactly when its base word is."""
    return base_word(low) in R.GRANTED_NOUNS


def acts_on_measure(low: str) -> bool:
    """A verb that acts on a measure: imposes, bans, lifts ("to" is no verb here)."""
    if low == "to":
        return False
    return low in R.IMPOSE_VERBS or base_word(low) in R.STOP_VERBS or low in R.RELEASE_VERBS


@lru_cache(maxsize=8192)
def measure_of(low: str) -> tuple[str, str | None] | None:
    """(status, flow implied by a compound) for a measure word, else None."""
    low = base_word(low)
    if low in R.MEASURE_NOUNS:
        return R.MEASURE_NOUNS[low], R.FLOW_OF_MEASURE.get(low)
    if "-" in low:
        parts = low.split("-")
        last = parts[-1]
        if last in R.MEASURE_NOUNS and low not in R.OPEN_WORDS:
            flow = next((R.FLOW_WORDS[p] for p in parts[:-1] if p in R.FLOW_WORDS), None)
            return R.MEASURE_NOUNS[last], flow
    return None


@lru_cache(maxsize=8192)
def flow_of(low: str) -> str | None:
    low = base_word(low)
    if low in R.FLOW_WORDS:
        return R.FLOW_WORDS[low]
    if "-" in low:
        first = low.split("-")[0]
        if first in ("export", "import"):
            return R.FLOW_WORDS[first]
    return None


class _ByPosition(dict[int, str]):
    """Token index -> lower form; "" for an index with no token (negative or past the end)."""

    __slots__ = ()

    def __missing__(self, _key: int) -> str:
        return ""


class Text:
    """A tokenised text with its metal spans and place hits, and per-token tags.

    The tokens' lower forms (:attr:`lows`) are read at once; the tokens with their places, the
    metal spans, the places and the per-token tags built on them are found the first time a
    rule asks (a text with no word a rule reacts to is read on its lower forms alone).
    """

    def __init__(self, text: str, matcher: MetalMatcher, gaz: Gazetteer) -> None:
        self.text = text
        self.words = Words(text)  # the cut, kept for its tokens
        self.lows = self.words.lows  # per token: its ``low`` form
        self.matcher = matcher
        self.gaz = gaz
        self.memo: dict[str, Any] = {}  # what other modules derive from the text alone, once

    @once
    def toks(self) -> list[Tok]:
        return self.words.toks()

    @once
    def first_spans(self) -> list[tuple[str, int, int]]:  # alias matches, see metal_spans
        return self.matcher.first_spans(self.text)

    @once
    def metal_spans(self) -> list[tuple[str, int, int]]:
        return metal_spans(self.text, self.matcher, self.first_spans)

    @once
    def places(self) -> list[tuple[str, int, int, str]]:
        return owned_places(self.text, self.gaz.find(self.text), self.gaz)

    # Tokens, metal spans and places are each in text order and do not overlap among
    # themselves: one sweep finds, per token, whether a span overlaps it and the first
    # place that does.

    @once
    def is_metal(self) -> list[bool]:
        """Per token: a watched metal's name covers it."""
        is_metal = [False] * len(self.toks)
        for ti, _ in first_overlaps(self.toks, self.metal_spans):
            is_metal[ti] = True
        return is_metal

    @once
    def place_at(self) -> list[int | None]:
        """Per token: the index into :attr:`places` of the place that covers it, or None."""
        place_at: list[int | None] = [None] * len(self.toks)
        for ti, j in first_overlaps(self.toks, self.places):
            place_at[ti] = j
        return place_at

    @once
    def word(self) -> Callable[[int], str]:
        """``word(i)``: token i's lower form (``toks[i].low``, the tokens unmade), "" for an
        index before the first token or past the last. Rules ask for words by position some
        twenty times a text: the lookup is a dict's own ``__getitem__``, no Python frame."""
        return _ByPosition(enumerate(self.lows)).__getitem__

    def place_span(self, i: int) -> tuple[int, int]:
        """The first and last token of place ``i`` (of :attr:`places`)."""
        _code, s, e, _m = self.places[i]
        toks = self.toks
        first = next((k for k, tk in enumerate(toks) if tk.end > s), len(toks))
        last = first
        while last + 1 < len(toks) and toks[last + 1].start < e:
            last += 1
        return first, last
