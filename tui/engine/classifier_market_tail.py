"""A market line after the measure, past a comma, a semicolon or a dash: "Peru raises copper
export tax, zinc gains", "Canada imposes 25% tariff on Chinese steel, aluminium rallies", "EU
lifts tariffs on US aluminium - copper unmoved". The metals the line names only as markets that
moved are not the measure's goods (:func:`~tui.engine.classifier_market_clause.market_only`
leaves them out); a line naming a measure or a flow of its own, or no move, is no market line.
"""

from __future__ import annotations

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_metal_moves import MARKET_HEADS
from tui.engine.classifier_text import Finding, Text, flow_of, measure_of

#: What separates a title's measure from a market line after it.
_SEPARATOR_RE = lazy(r"[,;]|\s[-–—]\s")
#: A market's state or move the market words leave out ("copper unmoved", "zinc eases").
_STATES = frozenset(
    {"unmoved", "flat", "unchanged", "mixed", "eases", "eased", "firms", "firmed", "steady",
     "steadies", "slides", "drops", "dropped", "dips", "declines", "advances", "weakens",
     "strengthens", "softens", "recovers", "rebounds", "holds"}
)  # fmt: skip
#: Words a market line may carry between its metals and its move ("steel shares fall").
_MARKET_WORDS = MARKET_HEADS | {"prices", "price", "premiums", "miners", "and", "&"}
#: The longest market line, in words.
_LONGEST = 7


def tail_markets(t: Text, f: Finding) -> set[str]:
    """The metals named only in a market line after the measure ``f`` (see the module)."""
    last = max(f.index, f.measure_at)
    if not 0 <= last < len(t.toks):
        return set()
    for sep in _SEPARATOR_RE.finditer(t.text, t.toks[last].end):
        nxt = _SEPARATOR_RE.search(t.text, sep.end())
        stop = len(t.text) if nxt is None else nxt.start()
        line = [k for k, tk in enumerate(t.toks) if sep.end() <= tk.start < stop]
        if line and _market_line(t, line):
            cut, end = t.toks[line[0]].start, t.toks[line[-1]].end
            before = {m for m, s, _e in t.metal_spans if s < sep.start()}
            return {m for m, s, _e in t.metal_spans if cut <= s < end} - before
    return set()


def _market_line(t: Text, line: list[int]) -> bool:
    """Whether the tokens ``line`` are a market line: metals, market words, then a move."""
    if len(line) > _LONGEST or any(measure_of(t.word(k)) or flow_of(t.word(k)) for k in line):
        return False  # "..., zinc tariffs next": a measure of its own
    k, stop = line[0], line[-1] + 1
    if not t.is_metal[k]:
        return False
    while k < stop and (t.is_metal[k] or t.word(k) in _MARKET_WORDS):
        k += 1
    if k >= stop:
        return False
    return t.word(k) in _STATES or R.MARKET_RE.match(t.text, t.toks[k].start) is not None
