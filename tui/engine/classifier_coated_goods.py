"""The goods of a title that names a metal only as a coating (the twenty-first blind set's even
rows, session 41).

"Thailand issues final AD duty on tin-coated plate from China" whose lede says "tin-coated steel
plates": tin is the plate's coat, steel the goods. A title naming the goods after the coating
("zinc-coated steel sheets") is read by :func:`tui.engine.classifier_summary.goods_metals`
already; here the title names only the coat, and the summary names the same coat before other
goods, which are the measure's. A title whose metal is no coating ("duty on tin and zinc"), or a
summary that names no goods after the coat, keeps the title's reading.

Asked by :func:`tui.engine.classifier_event_metals.event_metals`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_spans import metal_spans
from tui.engine.metal_matcher import MetalMatcher


def _coats(text: str, spans: list[tuple[str, int, int]]) -> dict[str, set[str]]:
    """Each metal named as a coating in ``text``, with the metals named after its coat word
    (the coated goods; empty when none is named)."""
    coats: dict[str, set[str]] = {}
    for mid, _s, e in spans:
        m = R.COATING_RE.match(text, e)
        if m is None or m.group(0).strip().lower() == "mill":
            continue
        goods = coats.setdefault(mid, set())
        for mid2, s2, _e2 in spans:
            if s2 >= m.end() and s2 - m.end() <= 2 and mid2 != mid:
                goods.add(mid2)
    return coats


def coated_goods(
    title: str, spans: list[tuple[str, int, int]], summary: str, matcher: MetalMatcher
) -> set[str]:
    """The goods the summary names after the coat that is the title's only metal ("tin-coated
    plate" over "tin-coated steel plates": steel); empty when the title's metals are not all
    coats of nothing named, or the summary names no goods after them."""
    if not spans or not summary:
        return set()
    title_coats = _coats(title, spans)
    if set(title_coats) != {mid for mid, _s, _e in spans} or any(title_coats.values()):
        return set()
    lede_coats = _coats(summary, metal_spans(summary, matcher))
    goods: set[str] = set()
    for mid in title_coats:
        goods |= lede_coats.get(mid, set())
    return goods
