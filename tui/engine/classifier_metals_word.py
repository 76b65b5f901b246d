"""A title's measure on "metals" that names one metal, its lede naming the others.

"Trump ends metals tariff exemptions, lifts aluminum rate to 25%" whose lede says he "restored
a full 25% tariff on steel imports and raised the aluminum tariff to 25%": the title's
"metals" is the class of goods the measure is on, and the metal it names is one of them, so
the metals of the lede's first trade sentence are the measure's goods too, whether or not the
lede lists them together (:func:`~tui.engine.classifier_summary.listed_with`). A metal told
only as a market's move there ("sending copper prices lower") or as spared ("exempting
nickel") is not; a stop verb on "metals" ("bans metals ore exports") is such a measure too.
Read by :func:`tui.engine.classifier_event_metals.event_metals` when the title names a metal.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_context import background_sentence
from tui.engine.classifier_spans import metal_spans, sentences
from tui.engine.metal_matcher import MetalMatcher

#: "metals tariff", "metals import duties", "metals surtax exemptions", "metal export ban",
#: and a stop verb on "metals" ("bans metals ore exports").
_METALS_MEASURE_RE = lazy(
    r"\bmetals?\s+(?:[a-z-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|"
    r"tax(?:es)?|bans?|exemptions?|waivers?|quotas?|curbs?|controls?|sanctions)\b|"
    r"\b(?:bans?|banned|banning|curbs?|curbed|restricts?|restricted|halts?|halted)\s+"
    r"(?:[a-z-]+\s+)?metals?\b",
    re.IGNORECASE,
)
#: What makes a metal a market's move, not goods: "copper prices", "nickel futures".
_MOVED_RE = lazy(r"^\s*(?:prices?|futures|shares|stocks|output|miners?)\b", re.IGNORECASE)
#: Where the metals a measure spares start: "..., exempting nickel and cobalt".
_SPARED_RE = lazy(
    r"\b(?:exempt(?:s|ing)?|except(?:ing)?|excluding|sparing|other\s+than|but\s+not)\b",
    re.IGNORECASE,
)


def class_metals(title: str, summary: str, matcher: MetalMatcher) -> tuple[str, ...]:
    """The metals of the summary's first trade sentence when the title's measure is on
    "metals", in the matcher's order; else none."""
    if _METALS_MEASURE_RE.search(title) is None:
        return ()
    for sent in sentences(summary):
        if not R.TRADE_SENTENCE_RE.search(sent) or background_sentence(sent):
            continue
        sent = _SPARED_RE.split(sent, maxsplit=1)[0]  # the metals it spares are not its goods
        found = {
            mid for mid, _s, e in metal_spans(sent, matcher) if _MOVED_RE.match(sent, e) is None
        }
        return tuple(m.id for m in matcher.metals if m.id in found)
    return ()
