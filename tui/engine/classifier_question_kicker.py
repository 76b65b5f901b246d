"""A question that only leads in to the news (the thirteenth blind set's even rows, session 41).

"Tariff troubles ahead? India proposes ...": a question before the title's statement leads in to
it, and a reading vetoed as speculation is read again on the statement alone
(:func:`tui.engine.classifier._analyse`). A market question does the same: "Steel prices to
rise? India planning 12% import duty to protect domestic players" is vetoed as market news for
the question's "prices", where the statement after it reports a government's plan; when the
market words are in the question alone, the statement is read. A statement that is market news
too ("Copper rally over? Prices slip as ...") is left to the title's own reading.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_spans import metal_spans
from tui.engine.metal_matcher import MetalMatcher


def question_leads_in(vetoed: str | None, kicker: str, rest: str) -> bool:
    """Whether the question ``kicker`` (before "?") only leads in to the statement ``rest``,
    given the whole title's veto: speculation, or market news told in the question alone."""
    if vetoed == "speculation":
        return True
    return (
        vetoed == "market"
        and R.MARKET_RE.search(kicker) is not None
        and R.MARKET_RE.search(rest) is None
    )


def lead_in_statement(vetoed: str | None, kicker: str, rest: str, matcher: MetalMatcher) -> str:
    """The statement to read after a question that leads in: ``rest``, but after a market
    question naming the metals the statement leaves unnamed ("Steel prices to rise? India
    planning 12% import duty ..."), those metals written before it as its topic ("Steel: India
    planning ..."), since the market's metal is the goods of the plan that would move it."""
    if vetoed != "market" or metal_spans(rest, matcher):
        return rest
    named = list(dict.fromkeys(kicker[s:e] for _mid, s, e in metal_spans(kicker, matcher)))
    return f"{' and '.join(named)}: {rest}" if named else rest
