"""A title's duties whose lede says the goods are subject to tariff quotas (the twenty-first
blind set's even rows, session 41).

"Turkey imposed provisional duties on a wide scope of steel products" whose lede says the imports
"shall be subject to tariff quotas determined separately for each category": the measure's form
is the tariff-rate quota the lede names, which README.md calls a ``quota``; the title's "duties"
are what is charged above it. A lede naming no quota, or quotas ended ("Quotas on steel imports
were scrapped"), leaves the tariff as it is.

Asked by :func:`tui.engine.classifier_form.measure_form`.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine.classifier_text import Finding

#: "subject to tariff quotas", "subject to tariff-rate quotas", "subject to a tariff quota".
_SUBJECT_TO_QUOTAS_RE = lazy(
    r"\bsubject\s+to\s+(?:an?\s+)?tariff[-\s](?:rate\s+)?quotas?\b", re.IGNORECASE
)
#: The title's measure nouns that a tariff-rate quota charges.
_DUTY_WORDS = frozenset({"duty", "duties", "tariff", "tariffs"})


def lede_quotas(f: Finding, lede: str) -> bool:
    """The tariff ``f`` read from a duty noun, and the lede says the goods are subject to tariff
    quotas: a ``quota``."""
    if f.status != "tariff" or not any(w.lower() in _DUTY_WORDS for w in f.words):
        return False
    return _SUBJECT_TO_QUOTAS_RE.search(lede) is not None
