"""China's tariff commission named by its State Council alone (the twenty-third blind set's odd
rows, session 41).

"The Customs Tariff Commission of the State Council issued a notice on raising tariff rates on
some imports originating in the United States", "Announcement of the Customs Tariff Commission of
the State Council on Further Adjusting Export Tariffs on Steel Products": the commission is
China's government, which China's trade news often leaves unnamed. The commission named by the
State Council ("(the) (Customs) Tariff Commission of the State Council", "the State Council('s)
(Customs) Tariff Commission") is written "China's Customs Tariff Commission", which the rules
read as China's act, as they read a ministry named with its country. A commission already named
with China ("China's State Council Tariff Commission", "the Chinese ...") is left as it is.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

#: The commission named by the State Council, a leading "the" taken with it.
_COMMISSION_RE = lazy(
    r"(?<![\w'’])(?:the\s+)?(?:"
    r"(?:customs\s+)?tariff\s+commission\s+of\s+the\s+state\s+council"
    r"|state\s+council(?:['’]s)?\s+(?:customs\s+)?tariff\s+commission"
    r")\b",
    re.IGNORECASE,
)
#: What before the commission already names its country.
_NAMED_RE = lazy(r"(?:China['’]s|Chinese|PRC['’]s|Beijing['’]s)\s+$", re.IGNORECASE)


def _china(m: re.Match[str]) -> str:
    if _NAMED_RE.search(m.string[: m.start()]):
        return m.group(0)
    return "China's Customs Tariff Commission"


def state_council_named(text: str) -> str:
    """``text`` with the State Council's tariff commission written as China's."""
    if "ouncil" not in text and "OUNCIL" not in text:
        return text
    return _COMMISSION_RE.sub(_china, text)
