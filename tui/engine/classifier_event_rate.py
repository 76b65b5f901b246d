"""The tariff rate a text states for its event, and the clauses that keep another measure's
rate out of it.

:func:`event_rate` reads the finding's own text past its background clause
(:func:`~tui.engine.classifier_context.without_background`) and up to another act
(:func:`next_act`: "unveils 50% tariff on copper and threatens duties on cars"), else the
summary's sentences, each without its background clause (:func:`main_clause`: "... after
Trump's 25% tariffs" is another measure's rate). :mod:`~tui.engine.classifier_status` reads
:func:`next_act` and :func:`main_clause` too (a plan word of another act, a date in a
background clause); :mod:`~tui.engine.classifier_instrument` reads :func:`main_clause`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_context import without_background, without_context
from tui.engine.classifier_listed import market_led
from tui.engine.classifier_points_rate import points_added
from tui.engine.classifier_quota_threshold import threshold_rate_told
from tui.engine.classifier_rates import rate_in
from tui.engine.classifier_text import Finding, Text


def main_clause(sent: str) -> str:
    """A sentence without its background clause, whose rates belong to another measure:
    "... after Trump's 25% tariffs" keeps what comes before; "After the truce took effect,
    the US re-imposed a 10% tax" keeps what comes after the clause's comma. A market move
    before it ("Aluminium prices rose after Trump said he would impose 25% tariffs") is no
    measure: the clause after it tells the measure (:func:`market_led`)."""
    m = R.BACKGROUND_CUT_RE.search(sent)
    if m is None:
        return sent
    comma = sent.find(",", m.end())
    if comma >= 0 and "," not in sent[: m.start()] and m.start() < len(sent) // 3:
        return sent[comma + 1 :]
    return sent[m.start() :] if market_led(sent[: m.start()]) else sent[: m.start()]


def next_act(t: Text, f: Finding) -> re.Match[str] | None:
    """ "and threatens", "but weighs" after the finding: a clause of its own, another act (its
    plan word and rate are not the finding's)."""
    for m in _AND_RE.finditer(t.text, t.toks[f.index].end):
        if R.PROPOSED_RE.match(t.text, m.end()):
            return m
    return None


#: A lede opening on "the rate" of a tariff its title names ("The rate goes to 35% from 15%").
_RATE_LEAD_RE = lazy(r"\s*(?:the\s+)?(?:new\s+)?rates?\s+(?!of\b)", re.IGNORECASE)
#: A figure named as the rate itself ("a 25% rate on certain steel products").
_PCT_RATE_RE = lazy(r"\d\s*(?:%|-?\s*per\s*cent\b|-?\s*percent\b)\s+rates?\b", re.IGNORECASE)
_AND_RE = lazy(r"(?:,|\s(?:and|but))\s+", re.IGNORECASE)
#: A share a quantity changes by ("cut by 47%", "raised by 10 percent").
_BY_SHARE_RE = lazy(
    r"\bby\s+(?:about\s+|nearly\s+|up\s+to\s+)?\d+(?:\.\d+)?\s*(?:%|-?\s*per[\s-]*cent\b)", re.I
)


def event_rate(
    source: Text,
    f: Finding,
    counter: bool,
    sents: list[str],
    goods: Callable[[str], bool] | None = None,
) -> tuple[float, str] | None:
    """A tariff's rate; a tariff-rate quota's out-of-quota rate ("tariff doubles to 50%"), with
    the words that gave it; ``counter``: a retaliation ("... with counter-tariffs"); ``goods``:
    does a text name the event's metals (a lede's rate per goods)."""
    anchor = source.toks[f.index].start
    # a tariff-rate quota's rate when the text names its tariff ("50% above-quota tariff")
    tariff_named = f.status == "tariff" or R.TARIFF_WORD_RE.search(source.text) is not None
    rate_text = without_background(source, f)  # "After US' 50% tariff blow, ...": another's
    late = R.BACKGROUND_CUT_RE.search(rate_text, anchor) or next_act(source, f)
    if late is not None:  # "imposes duty on steel after EU's 25% tariff": the rate is another's
        rate_text = rate_text[: late.start()]
    if f.status == "quota":  # "quota cut by 47%": the quota's change, not a tariff's rate
        rate_text = _BY_SHARE_RE.sub(lambda m: " " * len(m.group(0)), rate_text)
    if counter:
        # "Canada retaliates against US 25% tariffs with counter-tariffs": a rate before
        # "with" is the measure answered; only one after it is the subject's
        cut = re.search(r"\bwith\b", rate_text, re.I)
        rate_text = rate_text[cut.end() :] if cut else ""
        anchor = 0
    r = rate_in(rate_text, anchor) if tariff_named else None
    for sent in sents if r is None else ():
        # a rate in a background clause ("... after Trump's 25% tariffs") is another measure's
        sent = without_context(main_clause(sent))  # nor "..., reeling from US 50% tariff, ..."
        named = R.TARIFF_WORD_RE.search(sent) or (
            f.status == "tariff"
            # "The rate rises to 25% ...", "confirmed a 25% rate on certain steel"
            and (_RATE_LEAD_RE.match(sent) or _PCT_RATE_RE.search(sent) or points_added(sent))
        )
        if named and (
            f.status == "tariff"
            or re.search(r"quota", sent, re.IGNORECASE)
            or tariff_named  # "renews tariffs, quotas" whose lede gives the tariff
            or (f.status == "quota" and threshold_rate_told(sent))  # "before a 50% surtax applies"
        ):
            r = rate_in(sent, 0, goods)
            if r is not None:
                break
    return r
