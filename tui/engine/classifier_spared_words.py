"""Words of being spared from a measure written as the form the rules read.

Goods or a country "relieved of" or "freed from" another's measure ("Thai zinc relieved of
Chinese import levy", "Brazilian steel freed from US tariffs") are spared from it, a release on
their exports to the measure's country, as "Australia spared from US steel tariffs" reads. Before
the rules read a title (:func:`~tui.engine.classifier_surface.plain_surface`) the phrase is
written "spared from"; what follows decides the rest, so "relieved of supply worries" stays no
measure and a mood ("smelters relieved as ...") is left alone. The pattern runs only on a title
holding "relieved" or "freed".
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_RELIEVED_RE = lazy(r"\b(?:(r)elieved\s+(?:of|from)|(f)reed\s+from)\b", re.IGNORECASE)


def _spared(m: re.Match[str]) -> str:
    return "Spared from" if (m.group(1) or m.group(2)).isupper() else "spared from"


def spared_words(title: str) -> str:
    """``title`` with "relieved of" and "freed from" written "spared from"."""
    low = title.lower()
    if "relieved" not in low and "freed" not in low:
        return title
    return _RELIEVED_RE.sub(_spared, title)
