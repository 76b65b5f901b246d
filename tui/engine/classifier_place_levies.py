"""A place's metal levies told starting (kinds 139).

"Indonesia's new nickel ore levies kick in", "EU nickel levies take effect", "Mexico's 25% steel
levies take effect": "levy" is a weak charge noun, a trade duty only with a flow or a place's
goods near it (:func:`~tui.engine.classifier_measure_noun.measure_noun`); a levy named after a
place and the goods it falls on, and told starting right after, is the place's duty on them, as
"duties" in its place reads. :func:`place_levies` answers so for the charge at token ``i``; the
flow is left to the corridor (a lone producer's own charge on a mined metal its export, a charge
on made goods the importer's). A firm's hit from levies ("hit from aluminium levies"), a loser
from a place's levies or their effects ("Washington's copper levies", "steel levies weigh on
...") tell no start and stay no measure.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text

_LEVIES = frozenset({"levy", "levies"})
#: Words between the place and the goods ("Indonesia's new nickel ore levies").
_MODIFIERS = frozenset({"new", "fresh", "extra", "additional", "higher", "first", "latest"})
#: A measure starting, or its rate raised, right after the charge ("levies kick in", "take
#: effect", "come into force", "rise to 50%").
_STARTS_RE = lazy(
    r"\s+(?:(?:now|officially|formally)\s+)?(?:starts?|started|begins?|began|kicks?\s+in|"
    r"kicked\s+in|takes?\s+effect|took\s+effect|(?:comes?|came|go|goes|went|enters?|entered)"
    r"\s+into\s+(?:force|effect)|(?:rises?|rose|doubles?|doubled)\s+to\s+\d+(?:\.\d+)?\s*%)",
    re.IGNORECASE,
)


def place_levies(t: Text, i: int) -> bool:
    """The levy at token ``i`` is a place's charge on the goods named between them, told
    starting right after it."""
    if t.word(i) not in _LEVIES or _STARTS_RE.match(t.text, t.toks[i].end) is None:
        return False
    goods = False
    j = i - 1
    while j >= 0:
        low = t.word(j)
        if t.place_at[j] is not None and not t.is_metal[j]:
            return goods
        if t.is_metal[j] or low in ("metal", "metals"):
            goods = True
        elif not (
            low in R.GOODS_FORMS
            or low in _MODIFIERS
            or low in ("and", ",", "%")
            or low.replace(".", "", 1).isdigit()
        ):
            return False
        j -= 1
    return False
