"""A title's bare licensing whose lede gives licences to mine (the twenty-first blind set's even
rows, session 41).

"Wa State announces new licensing process" whose lede tells "applications for mining,
processing, and prospecting licences": the licences are to mine, a mining right, not a licence
on a flow of goods (as "grants firm licence to mine rare earths" is already no measure). The
title names licensing with no flow and no metal, and its lede, read for them, is operations
news; a title naming exports or imports ("new export licensing for tin ore") keeps its reading.

Asked by :func:`tui.engine.classifier_lede_decides.lede_decides`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Reading, Text, flow_of


def mining_licences(t: Text, reading: Reading, sub: Reading) -> bool:
    """The title's licensing names no flow and no metal, and its lede (``sub``) is operations
    news: licences to mine, no trade measure."""
    f = reading.finding
    if f is None or f.status != "licensing" or sub.vetoed != "operations" or t.metal_spans:
        return False
    return not any(flow_of(w) in (R.EXPORT, R.IMPORT) for w in t.lows)
