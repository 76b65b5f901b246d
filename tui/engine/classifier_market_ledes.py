"""A market lede whose move is caused by a government's act on its own market's metal.

"Steelmakers' shares jump" (or "Aluminium premiums hit record") over a lede "Shares of U.S.
steelmakers jumped on Tuesday after President Donald Trump signed an order raising tariffs on
steel imports to 25%": the title names a market, often no metal and no measure; the lede's main
clause is the move and its cause clause a government acting on the goods of the market that
moved. Such a headline reports the act, as the labelled sets have it (a measure told in a market
story's headline is an event): the cause clause is read alone, the market words are background.

A lede's cause stays only the move's cause (no event) when it is a mood or a guess ("on worries
that tariffs could be raised", "possible U.S. tariffs"), an investigation, a measure named with
no government acting before it ("after tariffs removed from Canada"), or a measure on goods of
another market ("Copper futures jumped after Trump said he would impose tariffs on steel").
Where the cause clause starts is :mod:`tui.engine.classifier_market_clause`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_clause_reader import read_clause
from tui.engine.classifier_comments import market_cause
from tui.engine.classifier_market_clause import JOINERS, joins
from tui.engine.classifier_plan_owner import moved_start as moved_start  # re-exported
from tui.engine.classifier_premises import cited_premise
from tui.engine.classifier_text import Finding, Reading, Text, Tok, measure_of

#: Causes that are moods, guesses or a case, never the measure itself.
_NOT_ACTS = (
    R.SPECULATION_WORDS
    | R.MOOD_NOUNS
    | R.INVESTIGATION_WORDS
    | frozenset({"possible", "potential", "expected", "expectations", "likely", "prospects"})
)


#: Market words of a state or a mood, no move ("exports very slow on sanctions", "unfazed").
_STATES = frozenset(
    {"slow", "sluggish", "subdued", "muted", "quiet", "lacklustre", "lackluster", "unfazed"}
    | {"unmoved", "mixed", "traders", "trader", "investors", "investor"}
)
#: A metal's makers written as one word ("steelmakers", "aluminium-makers'").
_MAKERS = ("makers", "maker", "-makers", "-maker")


#: A currency's move, beside the rules' market words ("The rand weakened after ..."): read
#: only where a market title already names its move's cause.
_CURRENCY_MOVE_RE = lazy(
    r"\b(?:weaken(?:s|ed)?|strengthen(?:s|ed)?|depreciat(?:es|ed)|appreciat(?:es|ed))\b",
    re.IGNORECASE,
    fold=True,
)


def _moves(text: str) -> list[re.Match[str]]:
    """The market words of ``text`` and its currencies' moves, in order."""
    found = [*R.MARKET_RE.finditer(text), *_CURRENCY_MOVE_RE.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def moved_metals(t: Text, end: int) -> set[str]:
    """The metals the market words of ``t`` before the character ``end`` name: a metal
    ("Comex copper jumped", "Steel stocks") or its makers in one word ("steelmakers")."""
    found = {m for m, s, _e in t.metal_spans if s < end}
    for tk in t.toks:
        if tk.start >= end:
            break
        word = tk.low.removesuffix("'s").removesuffix("'").removesuffix("’s").removesuffix("’")
        for metal in t.matcher.metals:
            if any(word == a.lower() + m for a in metal.aliases for m in _MAKERS):
                found.add(metal.id)
    return found


#: Goods named without their metal, after the measure: "exports of the metal", "of the raw
#: material", "tariffs on metal imports", "on imported metals": the metal that moved.
_CLASS_GOODS_RE = lazy(
    r"\b(?:(?:of|on)\s+the\s+(?:metal|raw\s+material|commodity)|metals?\s+(?:imports|exports|"
    r"shipments)|imported\s+metals?|on\s+metals)\b",
    re.IGNORECASE,
)


def class_goods(text: str) -> bool:
    """Whether ``text`` names a measure's goods only as the metal or metals, not by name (see
    :data:`_CLASS_GOODS_RE`)."""
    return _CLASS_GOODS_RE.search(text) is not None


def on_moved(t: Text, st: Text, end: int, sub: Text) -> bool:
    """Whether the act ``sub`` falls on the goods of the market that moved: a metal the title
    names or the lede's market words (before the character ``end``) name; when neither names
    one (stocks, futures, a currency: "futures fell after Trump signed an order imposing 25%
    tariffs on steel"), any watched metal the act names. An act naming no metal but "the
    metal" or "metal imports" falls on the metals that moved."""
    moved = moved_metals(st, end) | {m for m, _s, _e in t.metal_spans}
    acted = {m for m, _s, _e in sub.metal_spans}
    if not acted and class_goods(sub.text):
        acted = moved
    return bool(acted) and (not moved or not moved.isdisjoint(acted))


def _move_cause(sub: Reading, st: Text) -> bool:
    """Whether the lede's measure stands only in the background clause of a market move
    (:func:`~tui.engine.classifier_comments.market_cause`) or of a currency's ("The rand
    weakened after Ottawa said it would impose ...")."""
    if market_cause(sub, st):
        return True
    f, background = sub.finding, sub.background
    if f is None or background is None or not background[f.index]:
        return False
    return any(m.end() <= st.toks[f.index].start for m in _CURRENCY_MOVE_RE.finditer(st.text))


def lede_act(t: Text, st: Text) -> Reading | None:
    """The act the lede ``st`` tells as its market move's cause, under the market title ``t``
    (see the module docstring), read alone with the market words as background; else None."""
    market = next(iter(_moves(st.text)), None)
    if market is None:
        return None
    whole = read_clause(st)
    f = whole.finding
    if f is None or whole.vetoed is not None or not _move_cause(whole, st):
        return noun_act(t, st, market.end())
    toks = st.toks
    join = max(
        (j for j in range(f.index) if toks[j].start >= market.end() and joins(st, j)),
        default=None,
    )
    if join is None or any(tk.low in _NOT_ACTS for tk in toks[join + 1 : f.index]):
        return None
    start = join + 1
    sub = Text(st.text[toks[start].start :], st.matcher, st.gaz)
    got = read_clause(sub)
    g = got.finding
    if g is None or got.vetoed is not None:
        return None
    # "after President Trump repeated warnings of new tariffs on steel": told as a noun
    told = g.verb or _told_by(sub, g)
    if not told or not _actor_before(sub, g):
        return None
    if not on_moved(t, st, toks[join].start, sub):
        return None  # "Copper futures jumped after ... tariffs on steel": another market's goods
    at = None if g.at is None else g.at + start
    shifted = replace(g, index=g.index + start, at=at, words=list(g.words), verb=True)
    bg = [True] * start + (got.background or [False] * len(sub.toks))
    return Reading(finding=shifted, background=bg)


#: Causes that are talk of the act, not the act: "amid talks over Jakarta's ban".
_TALK = frozenset({"talks", "talk", "negotiations", "reports", "report", "rumours", "rumors"})


def noun_act(t: Text, st: Text, after: int) -> Reading | None:
    """The act a lede tells as a noun after its market move ("fell after Trump's announcement
    of 25% tariffs on steel imports", "following Jakarta's ban on nickel ore exports", "after
    the imposition of duties on Chinese aluminium foil by the EU"): the clause after the first
    joiner past the market words (ending at character ``after``) read alone, whose government
    owns the act ("Beijing's decision to restrict ...") or makes it ("by the EU"), on the
    market's own metal, with no mood, guess, case or talk before it; else None."""
    toks = st.toks
    join = next((j for j, tk in enumerate(toks) if tk.start >= after and joins(st, j)), None)
    if join is None or join + 1 >= len(toks):
        return None
    start = join + 1
    sub = Text(st.text[toks[start].start :], st.matcher, st.gaz)
    got = read_clause(sub)
    g = got.finding
    if g is None or got.vetoed is not None:
        return None
    if any(tk.low in _NOT_ACTS or tk.low in _TALK for tk in sub.toks[: g.index]):
        return None
    if not (_owner(sub) or _maker_after(sub, g) or _told_by(sub, g)):
        return None
    if not on_moved(t, st, toks[join].start, sub):
        return None  # "Copper rose after Trump's announcement of tariffs on steel"
    at = None if g.at is None else g.at + start
    # a government's act, told by its noun: decided as a verb's act is ("Jakarta's ban")
    shifted = replace(g, index=g.index + start, at=at, words=list(g.words), verb=True)
    bg = [True] * start + (got.background or [False] * len(sub.toks))
    return Reading(finding=shifted, background=bg)


def _owner(sub: Text) -> bool:
    """A government owning the act at the clause's start: "Trump's announcement", "the EU's
    ban", "Jakarta's"."""
    lead = sub.toks[1].start if sub.word(0) == "the" and len(sub.toks) > 1 else 0
    return any(s == lead and sub.text[e : e + 2] in ("'s", "’s") for _c, s, e, _w in sub.places)


#: Verbs a government tells its measure by ("announced plans for a 25% tariff", "repeated
#: warnings of new tariffs", "unveiled a ban"): the measure is its act, named as a noun.
_TELL_VERBS = R.forms(
    "announce|s|d", "unveil|s|ed", "repeat|s|ed", "reiterate|s|d", "renew|s|ed", "issue|s|d",
    "threaten|s|ed", "vow|s|ed", "pledge|s|d", "promise|s|d", "signal|s|ed", "flag|s|ged",
)  # fmt: skip


def _told_by(sub: Text, g: Finding) -> bool:
    """A government opening the clause and a verb of telling between it and the measure:
    "President Donald Trump announced plans for a 25% tariff on ...", "Ottawa unveiled ..."."""
    lead = next((s for _c, s, _e, _w in sub.places if s <= sub.toks[min(2, g.index)].start), None)
    if lead is None:
        return False
    before = sub.toks[: g.index]
    if any(tk.low in R.CLAUSE_BREAK for tk in before):
        return False
    return any(tk.low in _TELL_VERBS for tk in before if tk.start > lead)


def _maker_after(sub: Text, g: Finding) -> bool:
    """A government making the act after it: "the imposition of duties ... by the EU"."""
    for k in range(g.index + 1, len(sub.toks)):
        if sub.toks[k].low != "by":
            continue
        j = k + 1 + (sub.word(k + 1) == "the")
        if j < len(sub.toks) and sub.place_at[j] is not None:
            return True
    return False


def _actor_before(sub: Text, g: Finding) -> bool:
    """A government (a place, its capital or leader) named before the act: "President Trump
    signed ...", "Indonesia banned ...", not "tariffs removed from Canada"."""
    at = sub.toks[min(g.index, g.measure_at)].start
    return any(s < at for _c, s, _e, _w in sub.places)


def names_its_cause(t: Text) -> bool:
    """Whether the market title ``t`` names its move's cause, if not the metal or the act: a
    joiner after the market words, then a measure word or a government ("After Trump's Tariff
    Announcement", "as Kinshasa acts"), and no mood ("on tariff fears"). A title that names no
    cause ("Steel Falls Toward 1-Month Low", "Shares of U.S. steel companies surge pre-market"),
    or only a market's state ("exports very slow on sanctions"), tells the market, whatever its
    lede says caused it, as the labelled real sets read it. Asked by several steps of one
    reading: found once per text."""
    if JOINERS.isdisjoint(t.lows):  # no token a joiner (what joins asks first): no cause
        return False
    named = t.memo.get("names_its_cause")
    if named is None:
        named = t.memo["names_its_cause"] = read_cause(t)
    return named


def read_cause(t: Text) -> bool:
    """:func:`names_its_cause` read in full, without its shortcuts."""
    moves = _moves(t.text)
    if not moves:
        return False
    toks = t.toks
    join = next(
        (j for j, tk in enumerate(toks) if tk.start >= moves[0].end() and joins(t, j)), None
    )
    if join is None:
        return False
    move = [m for m in moves if m.end() <= toks[join].start][-1]
    if move.group(0).split()[0].lower() in _STATES:
        return False  # "Iran steel exports very slow on sanctions": the market's state
    rest = toks[join + 1 :]
    if any(
        (tk.low in R.SPECULATION_WORDS or tk.low in R.MOOD_NOUNS) and not _threatened(rest, k)
        for k, tk in enumerate(rest)
    ):
        return False
    return any(measure_of(tk.low) for tk in rest) or any(
        s >= toks[join].end for _c, s, _e, _w in t.places
    )


#: A measure's threat or risk right after its noun ("Trump tariff threat", "after tariff risk"):
#: the measure threatened, which the lede tells, not a mood about it.
_THREATS = frozenset({"threat", "threats", "risk", "risks"})
#: The market's own people, weighing a cause rather than naming it.
WATCHERS = frozenset({"investors", "investor", "traders", "trader", "markets", "market"})


def _threatened(rest: list[Tok], k: int) -> bool:
    """Whether ``rest[k]`` is a threat noun right after a measure noun ("tariff threat"), with
    no market subject before it ("as investors weigh Trump's tariff threat": their view)."""
    return (
        rest[k].low in _THREATS
        and k > 0
        and measure_of(rest[k - 1].low) is not None
        and not any(tk.low in WATCHERS for tk in rest[:k])
    )


def threat_named(t: Text) -> str | None:
    """The title's threat noun right after a measure noun ("on tariff threats", "after Trump
    tariff threat"): the measure it names is threatened, not taken."""
    rest = t.toks
    return next((tk.text for k, tk in enumerate(rest) if _threatened(rest, k)), None)


def lede_reading(t: Text, st: Text, sub: Reading, trace: list[str]) -> Reading:
    """The lede's reading under a title naming no measure: ``sub`` itself, or, when its measure
    stands only in the background of a price move, the act that caused the move on its own
    market's metal (:func:`lede_act`) if the title names the cause (:func:`names_its_cause`);
    vetoed as market news when the measure is only the move's cause."""
    if sub.vetoed is None and sub.finding is not None and cited_premise(st, sub.finding.index):
        trace.append("the lede cites the measure as a comment's premise: no news of it")
        return Reading(vetoed="speculation")
    bare = sub.vetoed is None and sub.finding is not None and not sub.finding.verb
    if (bare or (sub.vetoed == "market" and sub.finding is None)) and names_its_cause(t):
        # "fell after Trump's announcement of tariffs on steel", "hovered near $2,600 as
        # President Trump announced plans for a 25% tariff on aluminium imports"
        noun = lede_act(t, st)
        if noun is not None:
            trace.append("the lede's market move is caused by a government's act told as a noun")
            return noun
    if sub.vetoed is not None or not _move_cause(sub, st):
        return sub
    act = lede_act(t, st) if names_its_cause(t) else None
    if act is None:
        trace.append("the lede's measure is only the cause of a price move")
        return Reading(vetoed="market")
    trace.append("the lede's market move is caused by a government's act on its metal: the act")
    return act
