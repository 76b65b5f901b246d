"""The market a warning names for an export measure: "Putin warns EU that palladium exports are
now banned" (RU -> EU), "Beijing warns Washington that gallium exports will be halted". The
title opens on the warner (a place, its leader's name or its capital), a verb of warning, then
the warned place and "that": the measure's exports are the warner's, bound for the warned. The
roles alone read the warned place as the exporter, or leave the market blank. Read by
:func:`tui.engine.classifier_corridor.event_corridor` for an export flow.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text

#: "<warner> warns <warned> that": the verb and "that" around the warned place.
_WARNS_RE = lazy(r"\s+(?:warns|warned|tells|told)\s+(?:the\s+)?$", re.IGNORECASE)


def warned_market(t: Text, flow: str | None, origin: str) -> tuple[str, str, str] | None:
    """(origin, destination, word) for an export measure a warner tells a warned place of (see
    the module), else None."""
    if flow != R.EXPORT or len(t.places) < 2 or t.place_at[0] != 0:
        return None
    warner, warned = t.places[0], t.places[1]
    if warner[0] == warned[0] or not _WARNS_RE.search(t.text[warner[2] : warned[1]]):
        return None
    if not re.match(r"\s+that\b", t.text[warned[2] :], re.IGNORECASE):
        return None
    if origin not in ("*", warner[0], warned[0]):
        return None
    return warner[0], warned[0], warned[3]
