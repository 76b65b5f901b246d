"""A measure's rate in a text: the single rate it states (:func:`rate_in`), the new one of a
change ("from 25% to 50%"), none for a range or for different rates on different goods unless
the goods of one name the event's metals. Used by
:func:`tui.engine.classifier_event_rate.event_rate`. :func:`rates_per_metal`: each metal's own
rate when a text gives several metals theirs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from tui.core.lazy_re import lazy
from tui.core.models import UP_TO, Metal
from tui.engine import classifier_rules as R

#: After a percentage: a share of a metal in the goods, not a rate ("70% nickel content").
_CONTENT_AFTER_RE = lazy(r"\s+(?:[a-z-]+\s+)?(?:content|purity)\b", re.IGNORECASE)
#: A share, not a rate: "40% market share", "covering 60% of imports", "70% of output" after
#: the figure, or "share hits 30%", "share of imports at 30%" before it.
_SHARE_AFTER_RE = lazy(
    r"\s+(?:(?:market\s+)?share\b|of\s+(?:the\s+|its\s+|their\s+|all\s+|total\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:imports?|exports?|output|production|supply|market|volumes?|"
    r"shipments|capacity|demand|consumption|sales|trade)\b)",
    re.IGNORECASE,
)
_SHARE_BEFORE_RE = lazy(r"\bshares?\b(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE)
#: A market's move before a percentage ("shares add 7.1%", "stocks slide 3%", "gained 2 percent"):
#: a price or share move, not a rate, unless a measure's noun follows the figure ("adds a 10%
#: tariff" never matches: the article stands between; "adds 10% tariff" is kept by the lookahead).
_MARKET_MOVE_BEFORE_RE = lazy(
    r"\b(?:add(?:s|ed)?|gain(?:s|ed)?|slid(?:e|es)?|slipp?(?:s|ed)?|tumbl(?:e|es|ed)|"
    r"sink(?:s)?|sank|rall(?:y|ies|ied)|edg(?:e|es|ed)\s+(?:up|down|higher|lower)|los(?:e|es)|"
    r"lost|shed(?:s)?|dipp?(?:s|ed)?|spik(?:e|es|ed)|leap(?:s|t|ed)?|rebound(?:s|ed)?|"
    r"advanc(?:e|es|ed)|retreat(?:s|ed)?|crash(?:es|ed)?|sag(?:s|ged)?|slump(?:s|ed)?|"
    r"skid(?:s|ded)?|tank(?:s|ed)?|gain\s+of|loss\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"near(?:ly)?\s+|almost\s+|over\s+|as\s+much\s+as\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
#: A market's move named right after its figure ("leads with 22% gain", "a 3% drop"): a
#: price or share move, not a rate (not "a 10% rise in duties").
_MOVE_NOUN_AFTER_RE = lazy(
    r"\s+(?:gains?|jumps?|drops?|loss(?:es)?|slides?|surges?|rall(?:y|ies)|slumps?|plunges?|"
    r"tumbles?|declines?|rises?|falls?|advances?|climbs?)\b(?!\s+in\s+(?:\w+\s+){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|tax(?:es)?|surtax(?:es)?|rates?)\b)",
    re.IGNORECASE,
)
#: A measure's noun right after a figure: "adds 10% tariff", "25 percent duties".
_MEASURE_AFTER_RE = lazy(
    r"\s*(?:(?!(?:on|as|after|amid|over|from|in|at|with|to|and|but|while|following)\b)"
    r"[a-z-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|tax(?:es)?)\b",
    re.IGNORECASE,
)
#: A measure's noun a figure is added to ("adds 10 percentage points to tariffs on ...", "adds
#: 15% to duties"): the rise of the measure, not a market's gain.
_ADDED_TO_MEASURE_RE = lazy(
    r"\s+to\s+(?:(?!(?:on|as|after|amid|over|from|in|at|with|and|but|while)\b)[a-z-]+\s+){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|tax(?:es)?|surtax(?:es)?)\b",
    re.IGNORECASE,
)
#: A verb of a change right before a measure's rate ("increases 25% surtax ... to 50%", "cuts
#: its 10% duty to 5%"): the rate it changes is the old one, its new one after "to".
_CHANGED_BEFORE_RE = lazy(
    r"\b(?:rais|increas|hik|lift|doubl|tripl|boost|cut|lower|reduc|slash|trim|halv)[a-z]*\s+"
    r"(?:(?:the|its|their|a|an|existing|current)\s+)?$",
    re.IGNORECASE,
)
_CHANGED_TO_RE = lazy(
    r"\s*(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|tax(?:es)?|"
    r"surtax(?:es)?)\b[^%;]{0,60}?\bto\s*",
    re.IGNORECASE,
)
#: A bond yield's level or move before a figure ("2-year yield eases 4.5 basis points to
#: 2.651%", "yields rose to 4.1%"): a market's figure, not a rate, when no measure's noun
#: stands between.
_YIELD_BEFORE_RE = lazy(
    r"\b(?:yields?|basis\s+points?|bps)\b(?:(?!tariff|dut(?:y|ies)|lev(?:y|ies)|tax)[^%;])*$",
    re.IGNORECASE,
)
#: A measure goods are spared from before its rate ("excludes UAE aluminum from ten percent
#: Section 232 duties", "exempts ... from the 25% tariff"): the spared measure's rate, not the
#: event's (a quota that replaces it has its own).
_SPARED_FROM_BEFORE_RE = lazy(
    r"\b(?:exclud|exempt|spar|reliev)\w*\b[^.;%]{0,80}?\bfrom\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
#: An exemption denied before the spared measure's rate ("denied exemption from 25% US
#: tariffs", "refused an exemption from the 50% tariff", "fails to win exemption from 25% ..."):
#: the measure stands, its rate is the event's.
_DENIED_SPARE_BEFORE_RE = lazy(
    r"\b(?:denied|denies|deny|denying|refused|refuses|refusing|rejected|rejects|without"
    r"|fail(?:s|ed)?\s+to\s+(?:win|secure|get|obtain|gain|land|clinch|receive))\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?:exclu|exempt)\w*\s+from\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
#: Between two rates: one list of them ("10 percent and 5 percent", "10%, 5%").
_JOINED_RE = lazy(r"\s*(?:,|and|or|,\s*and)\s*", re.IGNORECASE)


def stated_rates(text: str) -> list[re.Match[str]]:
    """The rates ``text`` states, in order: not a data move's ("imports fell 20%"), a market's
    ("shares add 7.1%"), a content or purity ("less than 70% nickel content") nor a share
    ("40% market share", "covering 60% of imports") nor a spared measure's ("exempts ... from
    25% tariffs")."""
    return [
        m
        for m in R.RATE_RE.finditer(text)
        if not R.DATA_MOVE_BEFORE_RE.search(text[: m.start()])
        and not _CONTENT_AFTER_RE.match(text, m.end())
        and not _SHARE_AFTER_RE.match(text, m.end())
        and not _MOVE_NOUN_AFTER_RE.match(text, m.end())
        and not _SHARE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
        and not _YIELD_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
        and not (
            _SPARED_FROM_BEFORE_RE.search(text[max(0, m.start() - 120) : m.start()])
            and not _DENIED_SPARE_BEFORE_RE.search(text[max(0, m.start() - 60) : m.start()])
        )
        and not (
            _MARKET_MOVE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
            and not _MEASURE_AFTER_RE.match(text, m.end())
            and not _ADDED_TO_MEASURE_RE.match(text, m.end())
        )
    ]


def rate_in(
    text: str, anchor: int, goods: Callable[[str], bool] | None = None
) -> tuple[float, str] | None:
    """The single rate a text states for its measure, or None.

    "raises duty from 25% to 50%" is 50%; a range ("7.5-15%", "range from 3.86 percent to
    57.90 percent", "between 4.43% and 25.22%") or different rates for different goods
    ("15% on billets, 25% on rebar") state no single rate, unless ``goods`` (does a text name
    the event's metals?) picks one: "100% on electric cars and 25% on steel" is 25% on steel.
    """
    text = R.SPELLED_DECIMAL_RE.sub(
        lambda m: f"{m.group(1)}.{R.SPELLED_DIGITS.get(m.group(2).lower(), m.group(2))}", text
    )
    cands = stated_rates(text)
    if not cands:
        return None
    ranged = [m for m in cands if R.RANGE_BEFORE_RE.search(text[: m.start()][-40:])]
    if ranged:
        return None
    # the earlier rate of a change ("from 25% to 50%", "25% to 50%") is the old one
    changed = {
        id(a)
        for a, b in pairwise(cands)
        if re.fullmatch(r"\s*(?:to|-|–)\s*", text[a.end() : b.start()], re.I)
    }
    # "increases 25% surtax on Chinese steel to 50%": the rate the verb changes is the old one
    changed |= {
        id(a)
        for a, b in pairwise(cands)
        if _CHANGED_BEFORE_RE.search(text[: a.start()][-40:])
        and _CHANGED_TO_RE.fullmatch(text, a.end(), b.start())
    }
    # "to 12.5 percent from 10 percent": the later rate is the old one
    changed |= {
        id(b)
        for a, b in pairwise(cands)
        if re.fullmatch(r"\s*from\s*", text[a.end() : b.start()], re.I)
    }
    finals = [m for m in cands if id(m) not in changed]
    if len({float(m.group(1)) for m in finals}) > 1 and all(
        R.RATE_GOODS_AFTER_RE.match(text[m.end() :])
        or R.RATE_GOODS_BEFORE_RE.search(text[: m.start()][-80:])
        for m in finals
    ):
        return _rate_for_goods(text, finals, goods)
    if any(
        float(a.group(1)) != float(b.group(1)) and _JOINED_RE.fullmatch(text, a.end(), b.start())
        for a, b in pairwise(finals)
    ):
        return None  # "the 10 percent and 5 percent duty": a rate per goods
    to = [m for m in cands if re.search(r"\b(?:to|up\s+to|of)\s+$", text[: m.start()][-8:], re.I)]
    if to:
        m = (
            to[-1]
            if any(re.search(r"\bto\s+$", text[: x.start()][-4:], re.I) for x in to)
            else to[0]
        )
    else:
        m = min(cands, key=lambda x: abs(x.start() - anchor))
    return float(m.group(1)), ceiling_word(text, m)


#: Words that make a rate a ceiling ("tariffs of up to 50%", "duties as high as 200%").
_CEILING_BEFORE_RE = lazy(
    r"\b(?:up\s+to|as\s+(?:high|much)\s+as|a\s+maximum\s+of|maximum(?:\s+of)?|max\.?)\s+$",
    re.IGNORECASE,
)


def ceiling_word(text: str, m: re.Match[str]) -> str:
    """The rate as the words that gave it: "up to 50%" when the text makes it a ceiling
    (:data:`tui.core.models.UP_TO`), else "50%"."""
    if _CEILING_BEFORE_RE.search(text[: m.start()][-24:]):
        return UP_TO + m.group(0)
    return m.group(0)


def _rate_for_goods(
    text: str, finals: list[re.Match[str]], goods: Callable[[str], bool] | None
) -> tuple[float, str] | None:
    """The one rate per goods whose goods (after it, up to the next rate) name the event's
    metals; only when every rate names its goods after it ("25% on steel")."""
    if goods is None or not all(R.RATE_GOODS_AFTER_RE.match(text[m.end() :]) for m in finals):
        return None
    ends = [m.start() for m in finals[1:]] + [len(text)]
    named = {
        float(m.group(1)): m
        for m, end in zip(finals, ends, strict=True)
        if goods(text[m.end() : end])
    }
    if len(named) != 1:
        return None
    m = next(iter(named.values()))
    return float(m.group(1)), ceiling_word(text, m)


def rates_per_metal(
    texts: Sequence[str], metal_ids: Sequence[str], metals_in: Callable[[str], Sequence[str]]
) -> tuple[tuple[str, float], ...]:
    """Each metal's own rate, when the first of ``texts`` (the title, then the lede's
    sentences) that gives several rates gives every metal of the event one and not all the
    same: "25% tariff on steel, 10% on aluminium", "a 25% steel tariff and a 10% aluminium
    tariff" (the goods of a rate run from it to the next rate); else ``()``. A range or a
    change ("from 25% to 50%") gives none. ``metals_in``: the metals a text names."""
    if len(metal_ids) < 2:
        return ()
    for text in texts:
        cands = stated_rates(text)
        if len(cands) < 2:
            continue
        if any(R.RANGE_BEFORE_RE.search(text[: m.start()][-40:]) for m in cands) or any(
            re.fullmatch(r"\s*(?:to|from|-|–)\s*", text[a.end() : b.start()], re.I)
            for a, b in pairwise(cands)
        ):
            return ()
        ends = [m.start() for m in cands[1:]] + [len(text)]
        rates: dict[str, float] = {}
        for m, end in zip(cands, ends, strict=True):
            for metal in metals_in(text[m.end() : end]):
                rates.setdefault(metal, float(m.group(1)))
        if set(metal_ids) <= set(rates) and len({rates[x] for x in metal_ids}) > 1:
            return tuple((x, rates[x]) for x in metal_ids)
        return ()
    return ()


def event_metal_rates(
    title: str, summary: str, event_metals: Sequence[str], metals: Sequence[Metal]
) -> tuple[tuple[str, float], ...]:
    """:func:`rates_per_metal` of a headline's event: its title, then its lede's first two
    sentences."""
    from tui.engine.classifier_spans import sentences
    from tui.engine.classifier_summary import metals_in
    from tui.engine.tagging import matcher_for

    matcher = matcher_for(metals)
    texts = (title, *sentences(summary or "")[:2])
    return rates_per_metal(texts, event_metals, lambda x: metals_in(x, matcher))
