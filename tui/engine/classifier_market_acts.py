"""A measure told in market framing: "Aluminium rises after Trump tariff threat" whose lede says
the threat is of "25% tariffs on all steel and aluminium imports".

The market veto (:func:`~tui.engine.classifier_vetoes.find_veto`) reads a price move whose cause
is a policy word as market news: "Gold edges higher after tariff threat" names no government and
no measure on gold. But when the clause after the market words names a government acting
("Trump's tariff threat", "Congo export ban", "China export controls") and that measure is on
the metal that moved (the title or the lede ties them: "copper tariff", "tariffs on steel and
aluminium imports"), the headline reports the measure: its clause is read alone as the
finding, the market words are background, and the lede gives the rate and other metals as for
any title. A measure on other goods ("Copper slides as China raises tariffs" whose lede says
tariffs on farm goods) or one named only as a mood stays market news.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_causes import framed
from tui.engine.classifier_market_ledes import (
    class_goods,
    lede_act,
    moved_metals,
    names_its_cause,
)
from tui.engine.classifier_market_talk import digest_market, digested_from
from tui.engine.classifier_read import read_text
from tui.engine.classifier_text import Reading, Text, flow_of, measure_of

#: Words that join a market move to its cause ("rises after", "slides on", "jump as").
_JOINERS = frozenset(
    {"as", "after", "on", "amid", "amidst", "following", "ahead", "over", "despite"}
)
#: Words between a measure noun and its goods ("tariffs on all steel", "duty on imported").
_ON_GOODS = frozenset({"on", "of", "for", "all", "imported", "imports", "foreign", "new", "the"})
#: Nouns of a measure not yet taken ("tariff threat", "tariff plans"): the clause is read
#: without them, and the title's plan word makes the measure ``proposed``.
_PLAN_NOUNS = frozenset({"threat", "threats", "plan", "plans", "talk", "proposal", "push"})
#: Words for metals as a class, the subject of a market move ("Metal stocks ...").
_METAL_WORDS = frozenset({"metal", "metals"})
#: Words of a company's market move ("Shares of Gerdau rise", "Nucor stock jumps"): a metal's
#: move when the cause clause names the metal.
_SHARE_WORDS = frozenset({"shares", "share", "stock", "stocks"})
#: Causes that are moods or guesses, never the measure itself.
_MOODS = frozenset(
    {"fears", "fear", "worries", "worry", "bets", "hopes", "hazard", "uncertainty", "jitters"}
    | {"concerns", "risk", "risks", "unpredictability", "speculation", "chatter"}
)


#: The vetoes a title's part apart may overturn (:func:`part_apart`).
_APART_VETOES = ("market", "company", "speculation")


def framed_title(
    t: Text,
    reading: Reading,
    sents: list[str],
    trace: list[str],
    text_of: Callable[[str], Text] | None = None,
) -> Reading:
    """The title's reading past its market framing: a government's measure on the metal that
    moved (:func:`market_act`, the summary's first two sentences beside it), else a measure the
    lede tells (:func:`~tui.engine.classifier_causes.framed`). ``text_of``: a sentence as the
    caller reads it (tokenised once), else each is read here; only a market title reads them."""
    read = text_of or (lambda x: Text(x, t.matcher, t.gaz))
    if reading.vetoed == "market":
        reading = market_act(t, reading, [read(x) for x in sents[:2]], trace)
    if reading.vetoed in _APART_VETOES:  # the lede is read only where part_apart reads it
        reading = part_apart(t, reading, [read(x) for x in sents[:1]], trace)
    reading = framed(t, reading, sents[0] if sents else "", trace)
    if (
        reading.vetoed in ("market", "speculation")
        and sents
        and names_its_cause(t)
        and lede_act(t, read(sents[0]))
    ):
        # "Nickel jumps on export ban" whose lede says "after Indonesia banned exports of nickel
        # ore": the title names the cause, the lede the government's act on the metal
        trace.append("market news on a measure its lede tells as a government's act: the lede")
        return Reading()
    return reading


def market_act(t: Text, reading: Reading, ledes: list[Text], trace: list[str]) -> Reading:
    """The title's measure when its market move is caused by a government's measure on the
    metal that moved (see the module docstring); else ``reading`` unchanged."""
    if reading.vetoed != "market" or not t.metal_spans:
        return reading
    toks = t.toks
    market = R.MARKET_RE.search(t.text)
    if market is None:
        return reading
    cause = next(
        (i for i, tk in enumerate(toks) if tk.start >= market.end() and measure_of(tk.low)), None
    )
    if cause is None:
        return reading
    # the market words nearest the cause ("Stock Markets Mixed, Most Base Metals Rise on ...")
    moves = [m for m in R.MARKET_RE.finditer(t.text) if m.end() <= toks[cause].start]
    digested = digest_market(t, [m.end() for m in moves], cause)  # "as traders digest ..."
    market = next((m for m in moves if m.end() == digested), moves[-1])
    join = max(
        (j for j in range(cause) if toks[j].start >= market.end() and toks[j].low in _JOINERS),
        default=None,
    )
    if join is None:
        return reading
    start = digested_from(t, join)
    start += t.word(start) == "of"  # "ahead of"
    clause = toks[start:]
    if not clause or any(tk.low in _MOODS for tk in toks[start:cause]):
        return reading
    mover = {toks[k].low for k in range(cause) if toks[k].end <= market.start()}
    metal_move = (
        not mover.isdisjoint(_METAL_WORDS)
        or any(t.is_metal[k] for k in range(cause) if toks[k].end <= market.start())
        or bool(moved_metals(t, market.start()))  # "Brazilian steelmaker Gerdau gains as ..."
    )
    if not (metal_move or not mover.isdisjoint(_SHARE_WORDS)):
        return reading  # "UAE gains edge in gold trade after ...": not a metal's move
    cut = next(
        (
            k
            for k, tk in enumerate(clause)
            if (tk.low in _PLAN_NOUNS or tk.low in _MOODS)
            and any(measure_of(x.low) for x in clause[:k])
        ),
        None,
    )
    if cut is not None and clause[cut].low in _MOODS and clause[cut - 1].low in _JOINERS:
        cut -= 1  # "export ban on fears of supply": the ban, not the fears
    end = None if cut is None else clause[cut].start
    sub = Text(t.text[clause[0].start : end].rstrip(), t.matcher, t.gaz)  # "Trump tariff" threat
    got = read_text(sub, trace=[])
    f = got.finding
    if f is None or got.vetoed is not None or not sub.places:
        return reading
    if not (metal_move or sub.metal_spans):
        return reading  # "Shares of Gerdau rise as Trump signs steel tariff order": its goods
    if f.status != "tariff" and not any(flow_of(w) for w in sub.lows):
        return reading  # "new steel curbs in China": output curbs, no trade measure named
    moved = {m for m, _s, _e in t.metal_spans}
    rated = not ledes and _rate_alone(sub)
    # the clause's own goods ("as Seoul hits Chinese steel plates with duties"), a tie to the
    # metal that moved, or a stated rate
    if not (
        sub.metal_spans
        or rated
        or any(_on_metals(x, moved) for x in (sub, *ledes))
        or _class_tie(sub, ledes, moved)  # "as Trump plans tariffs on metal imports"
        or any(lede_act(t, x) is not None for x in ledes[:1])  # "after Beijing imposed ..."
    ):
        return reading  # "Cobalt jumps after Congo export ban": the ban is the background
    shifted = replace(
        f,
        index=f.index + start,
        at=None if f.at is None else f.at + start,
        words=list(f.words),
    )
    bg = [True] * start + (got.background or [False] * len(sub.toks))
    trace.append("market news on a government's measure on the metal that moved: the measure")
    return Reading(finding=shifted, background=bg, trace=trace)


#: A break between two parts of a title: a full stop after a word of three characters or more
#: (not an initial, "U.S. Steel", nor "St.", nor a date, "Aug. 1"; in capitals too, "RISE.")
#: or a semicolon, before a capital.
_PART_BREAK_RE = lazy(r"(?<=[A-Za-z0-9]{2}[A-Za-z0-9%)'’])\.\s+(?=[A-Z])|;\s+(?=[A-Z])")


def part_apart(t: Text, reading: Reading, ledes: list[Text], trace: list[str]) -> Reading:
    """A government's act in a part of the title apart from a market's or a company's move
    ("Freeport shares jump. Trump sets Aug. 1 start for 50% copper tariff.", "Nickel miners
    rally; Indonesia bans nickel ore exports"), or from a first part that tells no measure
    ("Analysts may be surprised. India raises ..."): the act's part, read alone, decides; the
    move before it is background. The part names the measure's metal, or the lede ties its measure
    to a metal of the title ("a 50% tariff on copper imports"); a part that names no
    government, or reads no measure, leaves ``reading`` as it was."""
    if reading.vetoed not in _APART_VETOES:
        return reading
    breaks = list(_PART_BREAK_RE.finditer(t.text))
    if not breaks:
        return reading
    if R.MARKET_RE.search(t.text, 0, breaks[-1].start()) is None:
        # "Miners could suffer. Indonesia bans bauxite exports": a first part that tells no
        # measure of its own (a view, a firm's lot) is as apart as a market's move
        head = Text(t.text[: breaks[-1].start()], t.matcher, t.gaz)
        if reading.vetoed == "market" or read_text(head, trace=[]).finding is not None:
            return reading
    at = breaks[-1].end()
    start = next((k for k, tk in enumerate(t.toks) if tk.start >= at), None)
    if start is None or len(t.toks) - start < 4:
        return reading
    sub = Text(t.text[at:], t.matcher, t.gaz)
    got = read_text(sub, trace=[])
    f = got.finding
    if f is None or got.vetoed is not None or not sub.places:
        return reading
    moved = {m for m, _s, _e in t.metal_spans}
    if not sub.metal_spans and not any(_on_metals(x, moved) for x in ledes):
        return reading
    shifted = replace(
        f, index=f.index + start, at=None if f.at is None else f.at + start, words=list(f.words)
    )
    trace.append("a government's act in a part of the title apart from the market's move")
    bg = [True] * start + (got.background or [False] * len(sub.toks))
    return Reading(finding=shifted, background=bg, trace=trace)


def _on_metals(t: Text, moved: set[str]) -> bool:
    """A measure noun in ``t`` whose goods include a metal of ``moved``: the metal right before
    it ("copper tariff", "steel and aluminum tariffs") or after it past "on" ("tariffs on all
    steel and aluminium imports")."""
    spans = [(m, s) for m, s, _e in t.metal_spans if m in moved]
    if not spans:
        return False
    toks = t.toks
    metal_at = {next((k for k, tk in enumerate(toks) if tk.end > s), -1) for _m, s in spans}
    for i, tk in enumerate(toks):
        if not measure_of(tk.low):
            continue
        before = range(max(0, i - 4), i)
        if any(k in metal_at for k in before) and all(
            t.is_metal[k] or toks[k].low in (",", "and", "&", "import", "export") or k in metal_at
            for k in range(min((k for k in before if k in metal_at), default=i), i)
        ):
            return True
        if t.word(i + 1) not in ("on", "for", "of") and t.word(i - 1) != "to":
            continue  # "tariffs on steel", or the verb "to ban nickel ore exports"
        k = i + 1  # past "on all", then a list of metals ("steel and aluminium imports")
        while (
            k < len(toks)
            and k <= i + 8
            and (toks[k].low in _ON_GOODS or toks[k].low in (",", "and", "&") or t.is_metal[k])
        ):
            if k in metal_at:
                return True
            k += 1
    return False


def _class_tie(sub: Text, ledes: list[Text], moved: set[str]) -> bool:
    """The clause's measure on goods named only as a class ("tariffs on metal imports"), under
    a move of named metals, and no other watched metal in the lede: the metals that moved."""
    return (
        bool(moved)
        and class_goods(sub.text)
        and all(m in moved for x in ledes for m, _s, _e in x.metal_spans)
    )


def _rate_alone(t: Text) -> bool:
    """ "Trump's 50% tariff": a stated rate on a measure that names no goods, in a title with no
    summary: the measure on the metal that moved, the only goods the title names."""
    lows = t.lows
    return "%" in lows and not any(w in ("on", "against", "for") for w in lows)
