"""Capitals as evidence of a name, only where the text's case says something.

A capitalised word in a sentence-case headline is a name ("Zimbabwe bans", "CAP Acero
withdraws", "President Trump to restore tariffs"). In a headline written in Title Case ("Vietnam
Amends Law To Ban Exports") or in capitals every word is capitalised, so a capital tells
nothing: there a word counts as a name only when it is not one of the rules' own words (a verb,
a measure, a flow: :mod:`tui.engine.classifier_rules`) nor inflected as a verb or plural is
("Amends", "Decided", "Imposing"). ``benchmarks/invariance.py`` measures the reading of the same
headline in each case.
"""

from __future__ import annotations

from functools import lru_cache

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

_WORD_RE = lazy(r"[A-Za-z][A-Za-z'’]*")
_INFLECTED = ("s", "ed", "ing")


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Every word the rules list (their word sets), lower-cased."""
    words: set[str] = set()
    for value in vars(R).values():
        if isinstance(value, (frozenset, set, tuple)) and all(isinstance(w, str) for w in value):
            words.update(w.lower() for w in value if " " not in w)
    return frozenset(words)


@lru_cache(maxsize=8192)
def headline_cased(text: str) -> bool:
    """Is the text written in capitals or in Title Case (nearly every word of four letters or
    more capitalised, at least three of them)?"""
    words = [w for w in _WORD_RE.findall(text) if len(w) >= 4]
    if text.isupper():
        return len(words) >= 2
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def looks_named(text: str, word: str) -> bool:
    """Does ``word``, as written in ``text``, stand as a name by its capital (see the module
    docstring)?"""
    if not word[:1].isupper():
        return False
    if not headline_cased(text):
        return True
    low = word.lower().replace("’", "'")
    low = low[:-2] if low.endswith("'s") else low
    return low not in rule_words() and not low.endswith(_INFLECTED)
