"""Market talk around a measure: the lede sentences a market story opens on, and the traders
who digest a measure in a market title.

1. A market title naming a government's measure as its move's cause ("Seoul shares mixed;
   steelmakers slide after Washington tariff hike") often has a lede that opens on the market
   alone ("South Korean shares were mixed on Tuesday. The KOSPI was flat ...") and tells the
   act only in its second or third sentence ("Steelmakers fell after the United States raised
   tariffs on imported steel to 50%"). The sentences of market talk before it (no watched metal,
   and a market's word) are skipped, so the act's sentence is read as the lede
   (:func:`act_ledes`). A lede whose first sentence names a metal or tells no market, or a
   title that names no cause, is read as it is.
2. "Zinc edges lower as traders digest Ottawa surtax": the market's people digesting a measure
   are only the frame of its news, as "as" alone is ("Zinc edges lower as Ottawa ..."); the
   clause after them is the cause (:func:`digested_from`). Weighing or eyeing a measure is a
   view of it and stays one.
3. A market title's frame (a kicker, "European Midday Briefing:", and the market that moved)
   names where the market is, never where a measure's goods come from (:func:`past_frame`).
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_market_ledes import WATCHERS, names_its_cause
from tui.engine.classifier_plan_owner import CAUSE_JOINS
from tui.engine.classifier_text import Text

_WORD_RE = lazy(r"[a-z0-9]+")
#: The market's people (``WATCHERS``), then a verb of taking in news that has happened ("traders
#: digest").
_DIGEST = frozenset({"digest", "digests", "digested", "digesting", "absorb", "absorbs"})
#: A currency's move, beside the rules' market words ("The rupee weakened to ...").
_CURRENCY_RE = lazy(
    r"\b(?:weaken(?:s|ed)?|strengthen(?:s|ed)?|hover(?:s|ed)?|flat|mixed|(?:index|indexes|"
    r"indices)\b)",
    re.IGNORECASE,
)
#: How many sentences of market talk may open a lede before its act.
_MOST_SKIPPED = 2


def _talk(sent: str, t: Text) -> bool:
    """Market talk only: no watched metal, and a market's word ("shares were mixed", "the
    index was flat", "the rupee weakened")."""
    if t.matcher.may_name(sent) and t.matcher.first_spans(sent):
        return False
    return R.MARKET_RE.search(sent) is not None or _CURRENCY_RE.search(sent) is not None


def _tells(sent: str, t: Text) -> bool:
    """A sentence naming a watched metal and a measure word."""
    return (
        t.matcher.may_name(sent)
        and bool(t.matcher.first_spans(sent))
        and not R.TRIGGER_WORDS.isdisjoint(_WORD_RE.findall(sent.lower()))
    )


def act_ledes(t: Text, sents: list[str]) -> list[str]:
    """``sents`` from the first sentence that tells the act when the market title ``t`` names
    its move's cause (:func:`~tui.engine.classifier_market_ledes.names_its_cause`) and up to two
    sentences of market talk open the lede (see the module docstring); else ``sents``."""
    # the title first: it is short and its market words are read again by other rules (the
    # lede's first sentence is longer, and read here alone); both are plain reads
    if len(sents) < 2 or not names_its_cause(t) or not _talk(sents[0], t):
        return sents
    for k in range(1, min(_MOST_SKIPPED, len(sents) - 1) + 1):
        if _tells(sents[k], t):
            return sents[k:]
        if not _talk(sents[k], t):
            return sents
    return sents


def digested_from(t: Text, join: int) -> int:
    """The token where the cause starts after the joiner at ``join``: past "traders digest"
    ("as traders digest Ottawa's surtax"), else right after the joiner."""
    k = join + 1
    if t.word(k) in WATCHERS and t.word(k + 1) in _DIGEST:
        return k + 2
    return k


def digest_market(t: Text, ends: list[int], cause: int) -> int | None:
    """Among the market words' ends ``ends`` (characters, in order) before the token ``cause``,
    the end of the move before "traders digest ...": the watchers are the clause's frame, not
    its move; None when the nearest market word is not such a watcher."""
    toks = t.toks
    for k in range(cause - 1, 0, -1):
        if toks[k].low in _DIGEST and toks[k - 1].low in WATCHERS:
            before = [e for e in ends if e <= toks[k - 1].start]
            return before[-1] if before else None
    return None


#: Words that join a market move to its cause in a title ("Stocks rise despite ..."):
#: :data:`tui.engine.classifier_plan_owner.CAUSE_JOINS`.


def past_frame(t: Text) -> Text:
    """The market title ``t`` from its cause on ("European Midday Briefing: Stocks Rise Despite
    Trump's Metal Tariffs Plan" -> "Trump's Metal Tariffs Plan"): the places of its frame (a
    kicker, the market that moved) are where the market is, never where a measure's goods come
    from. ``t`` itself when it names no market move joined to a cause."""
    market = R.MARKET_RE.search(t.text)
    if market is None:
        return t
    join = next(
        (
            k
            for k, tk in enumerate(t.toks)
            if tk.start >= market.end() and tk.low in CAUSE_JOINS and k + 1 < len(t.toks)
        ),
        None,
    )
    if join is None:
        return t
    return Text(t.text[t.toks[join + 1].start :], t.matcher, t.gaz)
