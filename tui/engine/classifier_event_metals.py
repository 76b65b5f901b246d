"""The metals an event is on: the measure's goods in the title, else those its summary names.

Of the metals the title names, those that are the measure's goods count: not a metal of
another clause or story (a market line, "Copper slips; ...", a background clause), and not a
metal only moved by the news (:mod:`tui.engine.classifier_market_goods` asks the lede). The
summary adds the metals it lists with the title's ("US to lift steel tariffs" whose lede says
"steel and aluminum tariffs") and, for a title naming goods generically ("steel and
steelmaking raw materials"), the examples it gives; a title naming no watched metal takes the
summary's (:func:`~tui.engine.classifier_summary.summary_metals`), at a lower confidence.
Called by :mod:`tui.engine.classifier`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_coated_goods import coated_goods
from tui.engine.classifier_context import metals_not_its
from tui.engine.classifier_market_clause import market_only
from tui.engine.classifier_market_goods import lede_goods
from tui.engine.classifier_metals_word import class_metals
from tui.engine.classifier_open_list import open_list_metals
from tui.engine.classifier_stories import other_stories
from tui.engine.classifier_summary import examples_of, goods_metals, listed_with, summary_metals
from tui.engine.classifier_text import Finding, Text
from tui.engine.classifier_yardstick import yardstick_metals
from tui.engine.metal_matcher import MetalMatcher


def event_metals(
    t: Text,
    f: Finding,
    source: Text,
    title: str,
    summary: str,
    sents: list[str],
    matcher: MetalMatcher,
    trace: list[str],
) -> tuple[tuple[str, ...], float]:
    """The ids of the event's metals in the matcher's order, possibly none, and the factor
    its confidence takes for them (0.9 when only the summary names them, else 1)."""
    metals = matcher.metals
    others = metals_not_its(t, f, source) | market_only(t, f, source)  # not the measure's goods
    others |= other_stories(t, f, source)  # a digest's market lines ("Copper slips; ...")
    others |= yardstick_metals(t)  # "duty on silver to match gold": gold is the yardstick
    found, by_lede = lede_goods(t, goods_metals(t.text, t.metal_spans) - others, sents, matcher)
    if found and summary and (coated := coated_goods(t.text, t.metal_spans, summary, matcher)):
        found = coated  # "tin-coated plate" whose lede says "tin-coated steel plates": steel
    metal_ids = tuple(m.id for m in metals if m.id in found)
    if metal_ids and summary:
        # "US to lift steel tariffs" whose lede says "steel and aluminum tariffs": both share it
        more = () if by_lede else listed_with(summary, metal_ids, matcher)  # not the moved metals
        if more:
            metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
            trace.append("metals listed with the title's in the summary: " + ", ".join(more))
    if metal_ids and (more := open_list_metals(title, summary, metal_ids, matcher)):
        # "bans on cobalt, copper and other minerals": the lede's list goes on with it
        metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
        trace.append("metals of the lede for the title's open list: " + ", ".join(more))
    if metal_ids and summary and R.GENERIC_GOODS_RE.search(title):
        more = examples_of(summary, matcher)  # "steel, steelmaking raw materials" + "such as"
        metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
    if metal_ids and summary and (more := class_metals(title, summary, matcher)):
        # "ends metals tariff exemptions, lifts aluminum rate": the lede's steel is one too
        metal_ids = tuple(m.id for m in metals if m.id in set(more) | set(metal_ids))
    if not metal_ids and summary:
        metal_ids = summary_metals(summary, matcher)
        if metal_ids:
            trace.append("metals from the summary: " + ", ".join(metal_ids))
            return metal_ids, 0.9
    return metal_ids, 1.0
