"""Duties named by the abbreviations and words of their trade, written out before the rules read.

Indian budget and trade-remedy news names its duties by their abbreviations: "BCD" (basic
customs duty), "AIDC" (the agriculture infrastructure and development cess), "SGD" (safeguard
duty); a "cess" is a tax on a flow (India's, Pakistan's, Indonesia's "export cess"); and "AD"
before "duty", "duties" or "measures" is anti-dumping, as "ADD" and "CVD" are read already. The
rules know none of these words, so "Govt cuts BCD on gold and silver to 6%" named no measure.
Each is written out as the duty it is ("basic customs duty", "agriculture duty", "safeguard
duty", "duty", "anti-dumping"). The abbreviations are read in capitals only, and "SGD" only
before "on", "of" or "in" (the Singapore dollar is "SGD" too), "AD" only before the words of a
remedy's duty or case ("an AD campaign" is an advertisement; "AD orders" are read as written
already, a continued order being no new measure).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_CAPS_RE = lazy(
    r"\bBCD\b|\bAIDC\b|\bSGD(?=\s+(?:on|of|in|ON|OF|IN)\b)"
    r"|\bAD(?=\s+(?:duty|duties|measures?|probe|investigation|DUTY|DUTIES|MEASURES?)\b)"
)
_CAPS = {"BCD": "basic customs duty", "AIDC": "agriculture duty", "SGD": "safeguard duty",
         "AD": "anti-dumping"}  # fmt: skip
_CESS_RE = lazy(r"\b(c)ess(es)?\b", re.IGNORECASE)


def spelled_duties(text: str) -> str:
    """``text`` with a duty's abbreviation or a "cess" written as the duty it is."""
    if not text:
        return text
    if "BCD" in text or "AIDC" in text or "SGD" in text or "AD " in text:
        text = _CAPS_RE.sub(lambda m: _CAPS[m.group(0)], text)
    if " cess" in text or " Cess" in text or " CESS" in text or text[:4].lower() == "cess":
        text = _CESS_RE.sub(
            lambda m: ("D" if m.group(1) == "C" else "d") + ("uties" if m.group(2) else "uty"), text
        )
    return text
