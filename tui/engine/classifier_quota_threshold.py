"""A quota's over-quota rate told as a threshold (the sixth wire's even rows, session 41).

"Canada will halve the volume of steel that countries without a free trade pact can ship
before a 50% surtax applies", "... the aluminium its partners can ship, above which a 25% duty
applies": a lede that tells a quota as a volume that may cross before a tariff applies names
no "quota", yet its rate is the quota's over-quota rate (as "with a 25% tariff above them" is).
:func:`~tui.engine.classifier_event_rate.event_rate` asks :func:`threshold_rate_told` of a
quota's lede sentence. A rate in a cut ("cut its quota by 20%") or in a background clause
("after a 10% tariff took effect last year") is not one.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "before a 50% surtax applies", "above which a 25% duty applies", "beyond which a 25% tariff
#: kicks in": a rate that applies once a volume is crossed.
_THRESHOLD_RE = lazy(
    r"\b(?:before|above\s+which|beyond\s+which|over\s+which|after\s+which)\s+"
    r"(?:an?\s+|the\s+)?\d+(?:\.\d+)?\s*(?:%|-?\s*per\s*cent\b|-?\s*percent\b)\s*"
    r"(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|tax(?:es)?)\s+"
    r"(?:applies|apply|kicks?\s+in|takes?\s+effect|is\s+charged|is\s+levied)\b",
    re.IGNORECASE,
)


def threshold_rate_told(sent: str) -> bool:
    """``sent`` tells a rate that applies once a volume is crossed (a quota's rate)."""
    return _THRESHOLD_RE.search(sent) is not None
