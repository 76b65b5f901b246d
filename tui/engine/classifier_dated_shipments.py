"""Goods' shipments "will not be allowed" from a date (kinds 132; kinds 127's strict xfail).

"Bauxite shipments will not be allowed after June 1, Guinea says", "Nickel ore shipments will
not be allowed from January": a neutral flow word ("shipments", "cargoes") after the goods,
and nothing after "not allowed" but when it starts and who says so. A ban told that way has no
other clause; a stop for a strike, a port closure or a sale to some buyers says why or where
("... to leave port during strike", "... through the port while it is closed", "... from
Monday as dockworkers strike", "... to unlicensed traders") and is left a denial, as before.
The flow is the goods leaving the country that says so: an export. Asked by
:func:`tui.engine.classifier_frames.not_allowed` when the flow word before "not allowed" is
neutral.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.core.months import MONTH_STEM_PATTERN as _MONTH_STEM
from tui.engine.classifier_text import Text

#: The neutral flow words of goods moving out in bulk.
_SHIPPING = frozenset({"shipments", "shipment", "cargoes", "cargo"})
_MONTH = (
    _MONTH_STEM + r"[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
)
#: Only a start date, then at most who says so, to the text's end.
_DATED_TAIL_RE = lazy(
    r"^\s*(?:from|after|starting|beginning|as\s+of|beyond)\s+"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:next\s+(?:year|month)|" + _MONTH + r"|\d{4}|\d{1,2}\s+" + _MONTH + r")"
    r"(?:\s*,\s*(?:[\w.'’-]+\s+){1,3}(?:says|said|announces|announced|confirms|confirmed))?"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


def dated_shipments(t: Text, flow_at: int, end: int) -> bool:
    """The neutral flow word at token ``flow_at`` is goods' shipments (a watched metal right
    before it, past a product word or two) and the text after ``end`` (where "not allowed"
    ends) is only a start date and an attribution."""
    if t.toks[flow_at].low not in _SHIPPING:
        return False
    if not any(t.is_metal[j] for j in range(max(0, flow_at - 3), flow_at)):
        return False
    return _DATED_TAIL_RE.match(t.text[end:]) is not None
