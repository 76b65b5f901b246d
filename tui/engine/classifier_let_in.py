"""Goods let in free of duty, no volume named (kinds 139).

"Canada lets Korean aluminium in duty free", "India lets Russian nickel in free of duty", "UK
lets Indian steel in without tariffs": goods a government lets, allows or admits in free of
duty are a flow made free of the duty, the duty lifted (``resuming``, as a duty-free flow reads:
:mod:`tui.engine.classifier_free`), the government the importer and the goods' place the
exporter. Before the rules read a title (:func:`~tui.engine.classifier_surface.plain_surface`)
the goods are written as imports let in duty-free ("lets Korean aluminium imports in
duty-free"; "admits" as "lets"). A volume let in free of duty is a quota, written so first
(:mod:`tui.engine.classifier_quota_volume`); access only granted ("grants duty-free access")
names no flow let in and stays ``open``.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: "lets Korean aluminium in duty free": a verb of letting, the goods (one to five words with
#: no clause mark), "in", then free of duty or tariffs
_LET_IN_RE = lazy(
    r"\b(?P<head>(?:let|lets|letting|allow|allows|allowed|allowing|admit|admits|admitted|"
    r"admitting)(?:\s+[\w'’-]+){1,5}?)\s+in\s+(?:(?:duty|tariff)[\s-]free|free\s+of\s+"
    r"(?:duty|duties|tariffs?)|without\s+(?:duties|tariffs))\b",
    re.IGNORECASE,
)


#: "admit" is no verb of restarting a flow: written as "let" in its tense
_ADMIT = {"admit": "let", "admits": "lets", "admitted": "let", "admitting": "letting"}


def _imports(m: re.Match[str]) -> str:
    verb, _, goods = m.group("head").partition(" ")
    verb = _ADMIT.get(verb.lower(), verb)
    return f"{verb} {goods.strip()} imports in duty-free"


def let_in_free(title: str) -> str:
    """``title`` with goods let in free of duty written as imports let in duty-free."""
    low = title.lower()
    if " in " not in low or ("free" not in low and "without" not in low):
        return title
    return _LET_IN_RE.sub(_imports, title)
