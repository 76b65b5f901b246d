"""A volume let in free of duty, or tariffs eased under a quota deal, is a quota (the first
wire's even rows, session 41).

"U.S. to let 500,000 tonnes of British steel in duty free from June 1", "Canada to allow 200,000
tonnes of Korean aluminium in tariff-free": the flow is capped in volume (README.md's ``quota``),
and is written so ("... in under duty-free quota ...") before the rules read the title; goods
let in free of duty with no volume ("to let Korean aluminium in duty free") stay a restart.
"U.S., Japan agree to ease Section 232 steel tariffs under quota deal": the tariffs eased for a
volume, written "... with tariff-rate quota"; tariffs lifted or eased with no quota deal stay as
they are.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "let 500,000 tonnes of British steel in duty free": a verb of letting, a volume, the goods
#: (up to four words), "in", then free of duty
_VOLUME_RE = lazy(
    r"\b(?P<head>(?:let|lets|letting|allow|allows|allowing|admit|admits|admitting)\s+"
    r"[\d][\d.,]*\s*(?:million\s+|mln\s+|m\s+)?(?:metric\s+)?(?:tonnes|tons)\s+of"
    r"(?:\s+[\w'’-]+){1,4}?\s+in)\s+(?P<free>duty|tariff)[\s-]free\b",
    re.IGNORECASE,
)
#: "ease Section 232 steel tariffs under quota deal": a verb of easing, then the deal
_DEAL_RE = lazy(
    r"\b(?P<head>(?:eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?)"
    r"\b[^,;:–—]{1,60}?)\s+under\s+(?:a\s+|the\s+|new\s+)?quota\s+"
    r"(?:deal|agreement|arrangement|pact)\b",
    re.IGNORECASE,
)


def _volume(m: re.Match[str]) -> str:
    return f"{m.group('head')} under {m.group('free').lower()}-free quota"


def _deal(m: re.Match[str]) -> str:
    return f"{m.group('head')} with tariff-rate quota"


def quota_volume(title: str) -> str:
    """``title`` with a volume let in free of duty, or tariffs eased under a quota deal,
    written as a quota."""
    low = title.lower()
    if "free" in low and ("tonnes" in low or "tons" in low):
        title = _VOLUME_RE.sub(_volume, title)
    if "quota" in low:
        title = _DEAL_RE.sub(_deal, title)
    return title
