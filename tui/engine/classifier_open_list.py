"""A title's list of metals left open ("bans on cobalt, copper and other minerals", "exempts
gold and other critical commodities"): the lede's list is the measure's.

A title that names some goods and then "other metals", "other minerals" or "other critical
commodities" says its list goes on; the summary's sentence that names the title's metals gives
the rest ("a waiver to an export ban on cobalt hydroxide as well as tin concentrates"), even
where goods that are not watched metals, or product words ("hydroxide", "concentrates"), stand
between them and break the plain list that
:func:`~tui.engine.classifier_summary.listed_with` reads. A title that closes its list ("bans
exports of raw lithium") keeps its own metals. Called by
:func:`~tui.engine.classifier_event_metals.event_metals`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_context import background_sentence
from tui.engine.classifier_spans import sentences
from tui.engine.classifier_summary import metals_in
from tui.engine.metal_matcher import MetalMatcher

#: A list left open: "and other (critical|strategic|...) minerals", ", other metals".
_OPEN_CLASS_RE = lazy(
    r"(?:,|\band)\s+(?:some\s+|several\s+|many\s+)?other\s+(?:[a-z-]+\s+)?"
    r"(?:metals|minerals|commodities|raw\s+materials|ores|elements|resources)\b",
    re.IGNORECASE,
)


def open_list_metals(
    title: str, summary: str, named: tuple[str, ...], matcher: MetalMatcher
) -> tuple[str, ...]:
    """The metals the lede adds to a title's open list of ``named`` metals: those of the first
    summary sentence that names one of them (not a background sentence), in its order."""
    if not summary or _OPEN_CLASS_RE.search(title) is None:
        return ()
    for sent in sentences(summary):
        if background_sentence(sent):
            continue
        found = metals_in(sent, matcher)
        if set(found) & set(named):
            return tuple(m for m in found if m not in named)
    return ()
