"""Word tables of plans told in a lede (data, not logic), re-exported by
:mod:`tui.engine.classifier_rules`."""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: A lede planning to sign or issue the instrument that makes the measure ("plans to sign an
#: executive order doubling tariffs on steel", "intends to issue a decree imposing a tax on
#: nickel exports", "plans to sign a regulation introducing a levy"): the measure is a plan,
#: as when the lede plans the measure's own verb (``LEDE_PLAN_RE``).
INSTRUMENT_PLAN_RE = lazy(
    r"\b(?:plans?|planning|intends?|intention|notice\s+of\s+intent|prepares?|preparing)\s+to\s+"
    r"(?:sign|issue|publish|adopt|enact|approve)\s+(?:an?|the|new)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:orders?|decrees?|regulations?|proclamations?|laws?|bills?|notifications?|rules?|"
    r"directives?|ordinances?|resolutions?)\s+(?:that\s+would\s+\w+|to\s+\w+|\w+ing)\b",
    re.IGNORECASE,
    fold=True,
)
