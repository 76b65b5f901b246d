"""A vague title decided by its summary's lede: the lede naming the measure and the metals.

A title that names no measure ("New steps to curb Moscow's metal trade") or no metal ("US to
lift tariffs on Canada"), or that frames an act as market news, is read on: the first two
sentences of the summary are read in turn, and one that names the title's metals and tells a
measure by a verb (or, for a title speaking of measures without naming one, a measure noun on
a flow: "a ban on imports of Russian aluminium") decides the event, at a lower confidence
(:func:`lede_decides`). On the way the lede may tell there is no event: it denies the measure,
supposes a sunset review's revocation, recalls a measure running for years, tells that the
title's sanctioned name is a party's, or the title is a study whose topic is the lede's measure;
and for a title naming neither a measure nor a metal, a lede whose act is on no metal's trade (a
cap lifted, a player's suspension ended, a mine's permit revoked: :func:`on_trade`) decides
nothing.
Called by :mod:`tui.engine.classifier`.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.engine import classifier_rules as R
from tui.engine.classifier_lede_turn import acted_lede, running_since
from tui.engine.classifier_market_ledes import lede_reading
from tui.engine.classifier_mining_licences import mining_licences
from tui.engine.classifier_read import read_text
from tui.engine.classifier_sanctioned_parties import sanctioned_name
from tui.engine.classifier_sunset import revocation_supposed
from tui.engine.classifier_text import Reading, Text, flow_of

#: Words of a duty, a charge or a cap on goods, beside the flow words: a measure on trade.
_TRADE_MEASURE_WORDS = frozenset(
    {"tariff", "tariffs", "duty", "duties", "levy", "levies", "embargo", "embargoes", "customs"}
    | {"quota", "quotas"}
)


def on_trade(st: Text) -> bool:
    """Whether a sentence speaks of a trade flow or a measure on it: a flow word ("exports",
    "shipments", "trade"), a sanction, a trade remedy, a duty, a levy, an embargo, a quota."""
    return any(
        flow_of(w) is not None
        or w in R.SANCTION_WORDS
        or w in R.TRADE_REMEDY_WORDS
        or w in _TRADE_MEASURE_WORDS
        for w in st.lows
    )


def lede_decides(
    t: Text,
    title: str,
    reading: Reading,
    sents: list[str],
    text_of: Callable[[str], Text],
    title_trigger: bool,
    trace: list[str],
) -> tuple[Reading, Text] | str | None:
    """The lede's reading and text when it decides the title's event; the reason, a sentence,
    when it tells there is no event; None when the title's reading stands (see the module)."""
    for sent in sents[:2]:
        st = text_of(sent)
        if reading.finding is not None and not st.metal_spans:
            continue
        sub = read_text(st, trace=trace)
        if sub.vetoed == "denial" and not t.metal_spans and st.metal_spans:
            # "Sanctions on Russia lack measures on imports", the lede naming the metal: no
            return "the lede naming the metals denies the measure"
        if reading.finding is None:  # a price move's cause only, vetoed "market"
            sub = lede_reading(t, st, sub, trace)
        if reading.finding is None and sub.finding and revocation_supposed(sent):
            # "USITC Makes Determination In Five-Year (Sunset) Review ...": a step
            return "the lede supposes a revocation: a sunset review's determination"
        if sub.finding is not None and not title_trigger and running_since(sent):
            return "the lede recalls a measure running for years: no news of one"
        if sub.vetoed:
            if mining_licences(t, reading, sub):  # "announces new licensing process": to mine
                return "the lede's licences are to mine: a mining right, no trade measure"
            if sub.vetoed == "company" and reading.finding and sanctioned_name(t, reading.finding):
                return "the lede tells the title's sanctioned name is a party's"
            return None
        same = reading.finding is None or (
            sub.finding is not None and sub.finding.status == reading.finding.status
        )
        # a noun measure on a flow ("a ban on imports of Russian aluminium") counts when the
        # title speaks of measures without naming one ("New steps to curb Moscow's ...")
        noun_ok = (
            sub.finding is not None
            and reading.finding is None
            and not t.metal_spans
            and bool(st.metal_spans)
            and (title_trigger or acted_lede(st, sent))  # or "Peru imposed ..."
            and any(  # a trade remedy's duty is on imports
                flow_of(w) in (R.EXPORT, R.IMPORT)
                or w in R.SANCTION_WORDS
                or w in R.TRADE_REMEDY_WORDS
                for w in st.lows
            )
        )
        if (
            same
            and reading.finding is not None
            and sub.finding is not None
            and reading.finding.flow in (R.EXPORT, R.IMPORT)
            and sub.finding.flow not in (R.EXPORT, R.IMPORT)
        ):
            # "The UK has banned the import of metals from Russia" whose lede lists the
            # metals: the title's flow and places decide, the lede only names the metals
            return None
        if (
            sub.finding is not None
            and (sub.finding.verb or noun_ok)
            and same
            and (R.STUDY_RE.match(title) or R.EXPLAINER_TAG_RE.match(title)) is not None
        ):
            return "the title is a study: the lede's measure is its topic"
        if (
            sub.finding is not None
            and sub.finding.verb
            and reading.finding is None
            and not t.metal_spans
            and not (st.metal_spans and on_trade(st))
        ):
            # a title naming neither measure nor metal ("Minister defends the plan"): the lede's
            # verb tells a measure on trade, with the metal in its sentence, or nothing
            return "the lede's act is on no metal's trade: no measure to decide the title by"
        if sub.finding is not None and (sub.finding.verb or noun_ok) and same:
            trace.append("decided by the summary's lede")
            return sub, st
    return None
