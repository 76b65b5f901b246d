"""Where a measure noun's phrase ends, whatever its word order.

Outlets write the same measure two ways: "China's export ban" and "China's ban on exports",
"import curbs" and "curbs on imports", "gallium export controls" and "controls on gallium
exports". The rules that read what follows the measure (a verb of effect, of worry, of cause:
"... to push prices", "... concern exporters", "... trigger a surge") must read it after the
whole phrase, so that the second order is read as the first (``benchmarks/invariance.py``'s
"export ban" rewriting). :func:`phrase_end` is the phrase's last token.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Text, flow_of

#: Words that may stand in the goods run between "on" and the flow ("on raw nickel ore
#: exports", "on its scrap exports"): determiners, owners' pronouns, goods adjectives.
_RUN_WORDS = frozenset(
    {"the", "its", "their", "his", "her", "certain", "some", "all", "key", "critical", "new"}
)
_FLOWS = frozenset({R.EXPORT, R.IMPORT})


def _goods_word(t: Text, j: int) -> bool:
    w = t.word(j)
    return (
        t.is_metal[j]
        or w in R.GOODS_WORDS
        or w in R.MATERIAL_WORDS
        or w in R.GOODS_ADJECTIVES
        or w in _RUN_WORDS
        or w in ("earth", "earths", "rare", "rare-earth", "rare-earths")
    )


def phrase_end(t: Text, k: int) -> int:
    """The last token of the measure noun at ``k`` with its object of a flow: "ban on exports"
    ends at "exports", "controls on gallium exports" at "exports", "curbs on exports of gallium"
    at "gallium"; a measure with no such tail ("export ban", "tariff on steel") ends at ``k``."""
    n = len(t.toks)
    if k + 1 >= n or t.word(k + 1) not in ("on", "of"):
        return k
    j = k + 2
    while j < n and j <= k + 6 and flow_of(t.word(j)) not in _FLOWS:
        if not _goods_word(t, j) or flow_of(t.word(j)) is not None:
            return k
        j += 1
    if j >= n or j > k + 6 or t.word(j) in ("export", "import"):
        return k  # "ban on export licences": the flow word qualifies another noun
    end = j
    if t.word(j + 1) == "of":  # "curbs on exports of gallium": the goods after the flow
        m = j + 2
        while m < n and m <= j + 5 and _goods_word(t, m) and t.word(m) not in _RUN_WORDS:
            end = m
            m += 1
    return end
