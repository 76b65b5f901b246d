"""The comparable form of a headline title, and how alike two titles are.

A title is normalised (lower-cased, an outlet suffix and a "Kicker:" dropped, filler words
removed, plurals folded) and tagged with what tells stories apart: numbers, metals, places,
the direction of a move, negation. :func:`similarity` scores two normalised titles with
rapidfuzz behind guards (:func:`compatible`) that keep apart titles which share many words
but report different facts. The words live in :mod:`tui.engine.title_words`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

from rapidfuzz import fuzz

from tui.core.models import Headline
from tui.core.text import split_outlet_suffix
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.title_words import (
    _ABBR_DOT,
    _KICKER,
    _LABEL,
    _TOKEN,
    _TOKEN_ASCII,
    ANTONYMS,
    COUNTRY_WORDS,
    DOWN,
    METAL_WORDS,
    NEGATIONS,
    STOPWORDS,
    TENTATIVE,
    UNDOING,
    UP,
)

#: Titles sharing less than this share of their words (Jaccard) are never merged.
MIN_JACCARD = 0.4


def _fold_phrase(phrase: str) -> str:
    return " ".join(_fold(w) for w in phrase.split())


@dataclass(slots=True)
class Title:
    """The comparable form of one title."""

    text: str  # content words, space-separated, in title order (without a "Kicker:" prefix)
    words: frozenset[str]
    numbers: frozenset[str]
    metals: frozenset[str]
    places: frozenset[str]
    up: bool
    down: bool
    negated: bool
    undoing: bool  # a word that undoes or puts off a measure or plan ("scraps", "lifts")
    tentative: bool  # a word of a measure not yet taken ("plans", "proposes", "mulls")
    all_words: frozenset[str]  # every word, stopwords too (only the antonym words are kept)
    doc_id: str | None = None  # an official document's number: two different ones never merge

    def __post_init__(self) -> None:
        # A snapshot build holds a Title per stored headline (20,000: ~60 MB of sets at once).
        # ``all_words`` is asked only about the antonym words (``compatible``): keep just those;
        # most titles have none, and name no number, metal or place: one shared empty set.
        self.all_words = self.all_words & _ANTONYM_WORDS or _NONE
        if not self.numbers:
            self.numbers = _NONE
        if not self.metals:
            self.metals = _NONE
        if not self.places:
            self.places = _NONE


_NONE: frozenset[str] = frozenset()
#: What a :class:`Title` holds besides its words, metals and document id: numbers, places,
#: up, down, negated, undoing, tentative, the antonym words.
Guards = tuple[frozenset[str], frozenset[str], bool, bool, bool, bool, bool, frozenset[str]]


def guards_of(t: Title) -> Guards:
    return (t.numbers, t.places, t.up, t.down, t.negated, t.undoing, t.tentative, t.all_words)


def title_again(
    text: str, words: tuple[str, ...], metals: frozenset[str], g: Guards, doc_id: str | None
) -> Title:
    """The :class:`Title` of these text, words, metals, :func:`guards_of` and document id:
    the one :func:`title_form` built, made again without reading the title."""
    numbers, places, up, down, negated, undoing, tentative, all_words = g
    return Title(
        text,
        frozenset(words),
        numbers,
        metals,
        places,
        up,
        down,
        negated,
        undoing,
        tentative,
        all_words,
        doc_id,
    )


_SAY = frozenset({"say", "said", "saying"})  # "says" folds to "say"
_ANTONYM_WORDS = frozenset(word for pair in ANTONYMS for word in pair)


def similarity(a: Title, b: Title) -> float:
    """0-100: how far two normalised titles say the same thing (0 when a guard forbids)."""
    if not a.text or not b.text or not compatible(a, b):
        return 0.0
    inter = len(a.words & b.words)
    union = len(a.words | b.words)
    if inter < MIN_JACCARD * union:
        return 0.0
    score = fuzz.token_sort_ratio(a.text, b.text)
    if min(len(a.words), len(b.words)) >= 4 and inter >= 0.5 * union:
        score = max(score, fuzz.token_set_ratio(a.text, b.text))
    return float(score)


def compatible(a: Title, b: Title) -> bool:
    """Guards: titles that differ in these ways report different facts."""
    if a.doc_id is not None and b.doc_id is not None and a.doc_id != b.doc_id:
        return False
    if a.up != b.up or a.down != b.down or a.negated != b.negated:
        return False
    if a.undoing != b.undoing or a.tentative != b.tentative:
        return False
    if a.metals != b.metals:
        return False
    if a.numbers and b.numbers and not (a.numbers <= b.numbers or b.numbers <= a.numbers):
        return False
    if a.places and b.places and not (a.places <= b.places or b.places <= a.places):
        return False
    for x, y in ANTONYMS:
        ax, ay = x in a.all_words, y in a.all_words
        bx, by = x in b.all_words, y in b.all_words
        if (ax and not ay and by and not bx) or (ay and not ax and bx and not by):
            return False
    return True


# -- normalising --------------------------------------------------------------------------


def normalise_title(title: str, outlet: str | None = None) -> str:
    """The comparable text of a title: lower-case content words (see module doc)."""
    return title_form(title_text(title, outlet), ()).text


def normalise(h: Headline, matcher: MetalMatcher, doc_id: str | None = None) -> Title:
    text = title_text(h.title, h.outlet)
    return title_form(text, matcher.tag(text), doc_id)


def title_text(title: str, outlet: str | None) -> str:
    """The title as compared and tagged: NFKC, without an outlet suffix or a "Kicker:"."""
    text = unicodedata.normalize("NFKC", title or "")
    text = _strip_outlet_suffix(text, outlet)
    return _KICKER.sub("", text)


def title_form(text: str, metals: tuple[str, ...], doc_id: str | None = None) -> Title:
    """The comparable form of a :func:`title_text`, given the watched metals it names."""
    label = _LABEL.match(text) if ":" in text else None
    if label is not None:
        cut = label.end()
        body_words = _words(text[cut:])
        raw = _words(text[:cut]) + body_words
    else:
        body_words = _words(text)
        raw = body_words
    all_words = frozenset(raw)
    content = list(filterfalse(STOPWORDS.__contains__, body_words))
    metal_ids = set(metals)
    places: set[str] = set()
    present = _LOOKUP_WORDS.intersection(all_words)  # most titles hold one or two such words
    if present:
        # a one-word name is the same hit wherever it stands; only the first word of a phrase
        # ("central african republic", "rare earth", "south korea") is read where it stands
        starts = _PHRASE_STARTS.intersection(present)
        for word in present.difference(starts) if starts else present:
            hit = _HITS[word]
            (metal_ids if hit[0] else places).add(hit[1])
        if starts:
            for k, word in enumerate(raw):
                if word in starts:
                    found = (
                        _HITS.get(" ".join(raw[k : k + 3]))
                        or _HITS.get(" ".join(raw[k : k + 2]))
                        or _HITS.get(word)
                    )
                    if found is not None:
                        (metal_ids if found[0] else places).add(found[1])
    flags = _FLAG_WORDS.intersection(all_words)  # most titles hold none
    if flags:
        up, down = not flags.isdisjoint(UP), not flags.isdisjoint(DOWN)
        negated, undoing = not flags.isdisjoint(NEGATIONS), not flags.isdisjoint(UNDOING)
        tentative = not flags.isdisjoint(TENTATIVE)
    else:
        up = down = negated = undoing = tentative = False
    # a word ending in "n't" ("won't", "isn't"): words hold no spaces; an ASCII title without
    # an apostrophe holds none
    if not negated and ("'" in text or not text.isascii()):
        negated = "n't " in " ".join(raw) + " "
    # a sourced report of a metal's measure is tentative too ("..., sources say")
    if not tentative and metal_ids and "source" in all_words:
        tentative = raw[-1] == "source" or not all_words.isdisjoint(_SAY)
    return Title(
        " ".join(content),  # text
        frozenset(content),  # words
        frozenset(filter(_is_number, raw)),  # numbers
        frozenset(metal_ids),  # metals
        frozenset(places),  # places
        up,
        down,
        negated,
        undoing,
        tentative,
        all_words,
        doc_id,
    )


def _words(text: str) -> list[str]:
    if "." in text:
        text = _ABBR_DOT.sub("", text)
    if text.isascii():  # lower-case ASCII: _TOKEN's classes are these ranges there
        return list(map(_fold, _TOKEN_ASCII.findall(text.lower())))
    text = text.casefold().replace("’", "'")
    return list(map(_fold, _TOKEN.findall(text)))


@lru_cache(maxsize=65536)
def _is_number(word: str) -> bool:
    """Whether a word starts with a digit (cached: the same few words recur in titles)."""
    return word[:1].isdigit()


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Plural and possessive folding (enough to match "tariffs" with "tariff")."""
    if word.endswith(("'s", "'")):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_METALS = {_fold_phrase(k): v for k, v in METAL_WORDS.items()}
_PLACES = {_fold_phrase(k): v for k, v in COUNTRY_WORDS.items()}
_PHRASE_STARTS = frozenset(k.split()[0] for k in (*_METALS, *_PLACES) if " " in k)
# phrase -> (is a metal, metal id or place code); a metal wins over a place of the same name
_HITS: dict[str, tuple[bool, str]] = {
    **{k: (False, v) for k, v in _PLACES.items()},
    **{k: (True, v) for k, v in _METALS.items()},
}
# the words a title's lookup can start from: a one-word name or the first word of a phrase
_LOOKUP_WORDS = frozenset(k for k in _HITS if " " not in k) | _PHRASE_STARTS
# every word a title's direction, negation, undoing or tentative flag is read from
_FLAG_WORDS = UP | DOWN | NEGATIONS | UNDOING | TENTATIVE


def _strip_outlet_suffix(title: str, outlet: str | None) -> str:
    if not ("-" in title or "|" in title or "–" in title or "—" in title):
        return title
    # an outlet not the entry's own, named with words of the news ("- Steel Times
    # International", "| Mining"): no part of the story either (loaded with the rules, which
    # the first paint does not need)
    from tui.engine.classifier_outlet_tail import without_outlet

    return without_outlet(split_outlet_suffix(title, (outlet,))[0])
