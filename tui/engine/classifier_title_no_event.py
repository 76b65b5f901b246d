"""A title that names a measure but reports none, told before its lede is asked to decide.

Asked in turn, the first that holds gives the reason: the title is about a trade-remedy
investigation and finds no measure ("launches anti-dumping investigation into Chinese
aluminium": the case is the news, a duty only a possible outcome, unless the title concludes
the probe, :func:`~tui.engine.classifier_lede_turn.investigation_closed`); it is no news of a
measure (a guide to shares, a measure only as a cause:
:func:`~tui.engine.classifier_causes_only.not_news`); the market's people weigh the effects of
something (:func:`~tui.engine.classifier_mulled.market_mulls`); or the title reacts to a measure
its lede tells (:func:`~tui.engine.classifier_title_reacts.title_reacts`); or it tells a view of
a measure's effect, an issue about it or a way round it
(:func:`~tui.engine.classifier_about_measure.about_measure`). Called by
:mod:`tui.engine.classifier`.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_about_measure import about_measure
from tui.engine.classifier_causes_only import not_news
from tui.engine.classifier_lede_turn import investigation_closed
from tui.engine.classifier_mulled import market_mulls
from tui.engine.classifier_text import Reading, Text
from tui.engine.classifier_title_reacts import title_reacts


def title_no_event(t: Text, title: str, reading: Reading, sents: list[str]) -> str | None:
    """Why the title ``t`` (read as ``reading``) reports no event, a sentence; else None."""
    if (
        reading.finding is None
        and not R.INVESTIGATION_WORDS.isdisjoint(t.lows)
        and not R.TRADE_REMEDY_WORDS.isdisjoint(t.lows)
        and not investigation_closed(t)  # "concludes probe" whose lede tells its duties
    ):
        # "launches anti-dumping investigation into Chinese aluminium" whose lede says a
        # provisional duty "could" apply: the case is the news, the duty a possible outcome
        return "the title is about an investigation: no measure yet"
    if why := not_news(t, title, reading):  # a guide to shares, a measure only as a cause
        return why
    at = None if reading.finding is None else reading.finding.index
    if reading.vetoed is None and market_mulls(t, at):  # "participants mull the impact of ..."
        return "the market's people weigh the effects of something: a view, no act"
    if sents and reading.vetoed is None and (why := title_reacts(t, reading.finding, sents[0])):
        return why
    if reading.vetoed is None and (why := about_measure(t, reading.finding)):
        return why  # a view of a measure's effect, an issue about it, a way round it
    return None
