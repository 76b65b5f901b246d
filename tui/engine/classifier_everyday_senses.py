"""Measure words in senses of everyday life, not of trade, written as plain words before the
rules read (everyday feeds name metals beside them: the wild audit, session 43).

- "Duty" as service: an officer "off duty" or "on duty", a "tour of duty", "active" or "jury
  duty", a game or a show named for it ("Call of Duty", "Line of Duty"): written "watch".
  "On duty-free goods" and "duty paid" stay duties.
- An embargo on news ("news embargo", "press embargo", "media embargo"): written "hold".
- A licence of everyday life (driving, fishing, hunting, firearms, liquor, a pub's, a TV
  licence, a taxi's, a pilot's, a doctor's or a teacher's): written "card".

A trade's embargo or licence ("embargo on Iranian steel", "import licences for gold") is left as
written. Called by :func:`tui.engine.classifier.classify` and :func:`~tui.engine.classifier.explain`
on the title and the summary.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_SERVICE_RE = lazy(
    r"\b(?:(?:off|on)[\s-]+|(?:call|line|tour)\s+of\s+|(?:jury|active|military|night|guard)\s+)"
    r"(d)uty\b(?![\s-]*(?:free|paid|rate|cut|hike)\b)",
    re.IGNORECASE,
)
_EMBARGO_RE = lazy(r"\b(?:news|press|media|publication|reporting)[\s-]+(e)mbargo(es)?\b", re.I)
_LICENCE_RE = lazy(
    r"\b(?:driving|driver['’]?s|drivers['’]|fishing|hunting|firearms?|gun|shotgun|liquor|alcohol|"
    r"pub|premises|tv|television|taxi|pilot['’]?s?|medical|teaching|nursing)[\s-]+"
    r"(l)icen[cs](?:e|es|ing)\b",
    re.IGNORECASE,
)


def everyday_senses(text: str) -> str:
    """``text`` with a measure word in an everyday sense written as a plain word (see the
    module)."""
    if not text:
        return text
    low = text.lower()
    if "uty" in low:
        text = _SERVICE_RE.sub(lambda m: _swap(m, "watch"), text)
    if "embargo" in low:
        text = _EMBARGO_RE.sub(lambda m: _swap(m, "hold"), text)
    if "licen" in low:
        text = _LICENCE_RE.sub(lambda m: _swap(m, "card"), text)
    return text


def _swap(m: re.Match[str], plain: str) -> str:
    """The match with its measure word (from group 1's letter to the end) written ``plain``, in
    the word's case ("Call of Duty" -> "Call of Watch")."""
    word = m.group(0)
    at = m.start(1) - m.start()
    head = word[at:]
    if head.isupper():
        plain = plain.upper()
    elif head[:1].isupper():
        plain = plain.capitalize()
    return word[:at] + plain
