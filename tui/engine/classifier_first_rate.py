"""A measure's rate counts only when the title or the lede's first sentence states it.

A market, currency or company story often tells a measure as its cause and gives the measure's
rate only in a later sentence ("The won slipped on Wednesday. Seoul imposed duties of 28% on
steel plate ..."): that rate is background the story repeats, not what it reports, and the
labelling rules of the studied sets record no rate for it. :func:`stated_first` keeps the rate
:func:`~tui.engine.classifier_event_rate.event_rate` found only when the title or the summary's
first sentence (as split before a market lede's talk is skipped) states the same figure as a
rate. A first sentence that only restates the headline ("Gold, Steel Prices Soar After Trump's
Tariff Announcement." under "Gold, Steel Prices Surge After Trump's Tariff", as aggregators
print it) is the title again, and a "sentence" of a few words before the lede ("MOSCOW.",
"BAKU, Azerbaijan, September 30.", "Ulaanbaatar /MONTSAME/.", a byline, a kicker: "Why?") and
a list's heading with its bullets ("Key points: peso down 0.4%; yields ease.") are no sentence
of it: the lede's first sentence is then the next one.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R

_WORD_RE = lazy(r"[^\W\d_]{3,}")
#: The share of a first sentence's words the title holds for it to restate the title.
_RESTATED = 0.7
#: Fewer words than this make a dateline, a byline or a kicker, not the lede's first sentence.
_SHORTEST = 6
#: A list of bullets under its heading, before the lede ("Key points: ...", "Highlights: ...").
_BULLETS_RE = lazy(r"\s*(?:key\s+points|highlights|at\s+a\s+glance|in\s+brief)\s*:", re.I)


def _states(text: str, value: float) -> bool:
    """Does ``text`` state ``value`` as a per-cent figure ("25%", "25 percent")?"""
    text = R.SPELLED_DECIMAL_RE.sub(
        lambda m: f"{m.group(1)}.{R.SPELLED_DIGITS.get(m.group(2).lower(), m.group(2))}", text
    )
    return any(float(m.group(1)) == value for m in R.RATE_RE.finditer(text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


def restates(title: str, sent: str) -> bool:
    """Does ``sent`` only restate the headline ``title`` (most of its words the title's, and
    not much longer)?"""
    words, held = _words(sent), set(_words(title))
    if not words or len(words) > 1.5 * max(1, len(held)):
        return False
    return sum(w in held for w in words) >= _RESTATED * len(words)


def stated_first(
    rate: tuple[float, str] | None, title: str, opening: list[str]
) -> tuple[float, str] | None:
    """``rate`` when the title or the lede's first sentence (``opening``: the summary's first
    three sentences as written, or fewer) states its figure, else None."""
    if rate is None:
        return None
    k = 0  # the lede's first sentence: past a dateline, a byline, a kicker, a restated title
    while k + 1 < len(opening) and (
        len(opening[k].split()) < _SHORTEST
        or restates(title, opening[k])
        or _BULLETS_RE.match(opening[k]) is not None
    ):
        k += 1
    if any(_states(x, rate[0]) for x in (title, *opening[: k + 1])):
        return rate
    return None
