"""Spans of a text as the classifier reads it: the watched metals it names (without "lead" as
a verb), the sentences of a summary, and which span each token falls in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_dateline import government_filed
from tui.engine.metal_matcher import MetalMatcher

# a sentence ends at ". " before a capital, but not after an initialism ("The U.S. Commerce
# Department", "S. Korea"); both branches end a stop, tested first (one character) so that a
# position after no stop fails at once (a third of the time the split took)
SENTENCE_RE = lazy(
    r"(?<=[.!?])(?:(?<!\.[A-Z]\.)(?<!\b[A-Z]\.)\s+(?=[A-Z\"“‘'])"
    # a scraped summary's sentences run together ("... aluminum imports.The move also ..."):
    # a word of two small letters or more, its stop, then a capitalised word (not "St.Louis",
    # "U.S.President" nor "Mining.com")
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)


_STOPS_RE = lazy(r"[.!?]")
#: Sentences scraped run together with no stop at all ("banned raw lithium exportsThe mines
#: ministry said ..."): a lower-case word of four letters or more glued to a capitalised word
#: that opens sentences (an article, a pronoun, a preposition, a linking word). A name glued on
#: ("importsBrazil's inflation") is left: a bullet list's items read as one, as before.
_GLUED_RE = lazy(
    r"\b([a-z]{4,})(?=(?:The|A|An|It|Its|This|That|These|Those|They|He|She|We|In|On|At|"
    r"But|However|Meanwhile|Earlier|Last|Officials)\b)"
)

#: A metal naming a government's portfolio ("iron and steel Minister", "Ministry of Steel",
#: "Steel Min", "Steel Secretary"): the office, not the goods.
_PORTFOLIO_AFTER_RE = lazy(
    r"\s+(?:and\s+\w+\s+)?(?:minist(?:er|ers|ry)\b|secretar(?:y|ies)\b|(?-i:Min|MIN)\b(?!\s*\d))",
    re.IGNORECASE,
)
_PORTFOLIO_BEFORE_RE = lazy(r"\bminist(?:er|ry)\s+(?:of|for)\s+(?:\w+\s+and\s+)?$", re.I)


def metal_spans(
    text: str, matcher: MetalMatcher, spans: list[tuple[str, int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """The watched metals named in ``text`` without "lead" as a verb ("to lead the talks") or
    a metal naming a minister's portfolio ("Steel Minister");
    ``spans``: its alias matches (:meth:`MetalMatcher.first_spans`: the patterns of
    :mod:`tui.engine.tagging` run as one alternation, compiled once per watch list;
    overlapping matches of two metals at one place yield the first metal only), when known."""
    spans = matcher.first_spans(text) if spans is None else spans
    # the portfolio patterns need "minist", "secretar" or "Min": an ASCII text without them has none
    low = text.lower()
    portfolio = bool(spans) and (
        not text.isascii() or "minist" in low or "secretar" in low or "Min" in text or "MIN" in text
    )
    out = []
    for mid, s, e in spans:
        word = text[s:e].lower()
        if word.startswith("lead") and "zinc" not in word:  # "lead and zinc" is no verb
            after = text[e : e + 12].lower()
            before = text[max(0, s - 12) : s].lower()
            if re.match(r"\s+(?:to|the|by|in|role|on|over|from|a|its|their)\b", after) or re.search(
                r"\b(?:to|will|could|may|would|might|can|should|the|take|takes|took|in)\s+$",
                before,
            ):
                continue
        if portfolio and (
            _PORTFOLIO_AFTER_RE.match(text, e)
            or _PORTFOLIO_BEFORE_RE.search(text, max(0, s - 40), s)
        ):
            continue
        out.extend(_paired(mid, s, e, word, matcher))
    return out


#: The other metal of a watched pair named as one alias ("lead and zinc", "zinc-lead").
_PAIR_RE = lazy(r"\bzinc\b")


def _paired(
    mid: str, s: int, e: int, word: str, matcher: MetalMatcher
) -> list[tuple[str, int, int]]:
    """The span of a lead alias that names zinc beside it ("lead and zinc") as two spans, one
    per metal, when zinc is watched: the pair names both goods ("exempts lead and zinc")."""
    if mid != "lead" or not any(m.id == "zinc" for m in matcher.metals):
        return [(mid, s, e)]
    z = _PAIR_RE.search(word)
    if z is None:
        return [(mid, s, e)]
    lead = word.find("lead")
    spans = [("lead", s + lead, s + lead + 4), ("zinc", s + z.start(), s + z.end())]
    return sorted(spans, key=lambda x: x[1])


def sentences(summary: str) -> list[str]:
    """The sentences of a summary, without a wire dateline ("SEOUL, July 22 (Yonhap) --"): the
    city an outlet files from takes no part in the corridor, but where the lede's subject is a
    government named by no country (:func:`~tui.engine.classifier_dateline.government_filed`)."""
    if not summary:
        return []
    dateline = R.DATELINE_RE.match(summary)  # anchored at the start: its one place to match
    if dateline is not None:
        summary = government_filed(summary[: dateline.end()], summary[dateline.end() :])
    summary = _GLUED_RE.sub(r"\1. ", summary)
    return [s.strip() for s in split_sentences(summary) if s.strip()]


def split_sentences(text: str) -> list[str]:
    """``SENTENCE_RE.split(text)``, trying the pattern only just after each ".", "!" or "?"
    (both its branches begin there, by their look-behind, and a match never holds a stop): a
    few tries instead of one at every character."""
    match = SENTENCE_RE.match
    out: list[str] = []
    last = 0
    for at in _STOPS_RE.finditer(text):
        m = match(text, at.end())
        if m is not None:
            out.append(text[last : m.start()])
            last = m.end()
    out.append(text[last:])
    return out


def first_overlaps(toks: Sequence[Any], spans: Sequence[Any]) -> list[tuple[int, int]]:
    """(token index, index of the first span overlapping it) for each overlapped token; tokens
    and spans (``span[1]`` start, ``span[2]`` end) are each in text order."""
    out: list[tuple[int, int]] = []
    j, ns = 0, len(spans)
    if not ns:
        return out
    for ti, t in enumerate(toks):
        while j < ns and spans[j][2] <= t.start:
            j += 1
        if j == ns:
            break
        if spans[j][1] < t.end:
            out.append((ti, j))
    return out
