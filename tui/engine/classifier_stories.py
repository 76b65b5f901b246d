"""A multi-story title: a digest's stories, one of them a measure ("Copper slips; Indonesia bans
bauxite exports; gold steady", "Metals wrap: zinc gains, Peru raises copper export tax to 5%").

A title of several stories, split by semicolons or bars, or a market line ("zinc gains", "gold
steady") set off by a comma, names the metals of each story. A market line's metals are that
market's move, not the measure's goods: :func:`other_stories` gives the metals named only in
market lines other than the story the measure stands in, for
:func:`~tui.engine.classifier._analyse` to leave out. A story that names the measure's own
metal, or one that is no market line ("...; copper, nickel to follow"), gives nothing up.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding, Text

#: Where a digest's stories part: a semicolon or a bar.
_BREAK_RE = lazy(r"\s*[;|]\s*")
#: A market line: a few words, then a move with nothing after it but a time ("gold steady",
#: "Copper slips", "tin flat", "zinc gains", "aluminium edges higher", "copper at record").
_MARKET_LINE_RE = lazy(
    r"\s*(?:[\w'.-]+\s+){1,3}?(?:(?:edges?|inches?|ticks?|holds?|trades?)\s+)?"
    r"(?:slips?|slipped|slides?|slid|steady|steadies|flat|up|down|gains?|gained|rises?|rose|"
    r"falls?|fell|climbs?|climbed|eases?|eased|firms?|firmed|firmer|dips?|dipped|jumps?|"
    r"jumped|rall(?:y|ies|ied)|higher|lower|quiet|mixed|weaker|stronger|retreats?|"
    r"rebounds?|(?:hits?\s+|at\s+)(?:a\s+)?(?:record|\d+-\w+\s+(?:high|low)))"
    r"(?:\s+(?:high|low))?(?:\s+(?:on\s+)?(?:today|overnight|in\s+\w+))?\s*$",
    re.IGNORECASE,
)


def _stories(text: str) -> list[tuple[int, int]]:
    """The character spans of a title's stories: parted at semicolons and bars, and a market
    line parted from what follows at its comma ("zinc gains, Peru raises ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        head = text.find(":", s, e) + 1 or s  # after a digest's label ("Metals wrap: ...")
        comma = text.find(",", head, e)
        if comma > 0 and _MARKET_LINE_RE.fullmatch(text[head:comma]) is not None:
            out += [(s, comma), (comma + 1, e)]
        else:
            out.append((s, e))
    return out


def other_stories(t: Text, f: Finding, source: Text) -> set[str]:
    """The metals a multi-story title names only in market lines other than the measure's own
    story (see the module); empty for a title of one story or a measure read from the lede."""
    if source is not t or not t.metal_spans or not 0 <= f.measure_at < len(t.toks):
        return set()
    text = t.text
    if ";" not in text and "|" not in text:
        comma = text.find(",")
        if comma < 0 or text.count(" ", 0, comma) > 5:
            return set()  # no break, or no market line of a few words before the first comma
    spans = _stories(t.text)
    if len(spans) < 2:
        return set()
    at = t.toks[f.measure_at].start
    own = next(((s, e) for s, e in spans if s <= at < e), None)
    if own is None:
        return set()
    goods = {m for m, s, _e in t.metal_spans if own[0] <= s < own[1]}
    if not goods:
        return set()
    lines = [
        (s, e)
        for s, e in spans
        if (s, e) != own and _MARKET_LINE_RE.fullmatch(t.text[s:e]) is not None
    ]
    named = {m for m, ms, _e in t.metal_spans if any(s <= ms < e for s, e in lines)}
    return named - goods
