"""Places named formally or in a list: what stands before a place's name, read by
:mod:`~tui.engine.classifier_roles`; an order issued beside a step of its case; a lede whose
main clause is only a market move; a place before a market's goods ("European steel stocks").

A notice names a country by its formal title ("from the Socialist Republic of Vietnam", "the
Republic of Turkey"): the word before the title, not its "of", says the place's role. A list of
places with an Oxford comma ("from Japan, Korea, and Taiwan") keeps one role throughout: every
place after "from" is an origin, none of them the importer.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_metal_moves import MARKET_HEADS
from tui.engine.classifier_text import Text

#: Words of a country's formal title before its name ("the Federal Republic of Germany").
_TITLE_HEADS = frozenset(
    {"republic", "kingdom", "federation", "state", "states", "emirates", "commonwealth"}
    | {"sultanate", "principality", "duchy"}  # "the Sultanate of Oman"
)
_TITLE_WORDS = _TITLE_HEADS | frozenset(
    {"socialist", "federal", "people's", "peoples", "democratic", "islamic", "arab", "united"}
    | {"plurinational", "bolivarian", "oriental", "cooperative", "hashemite", "sultanate"}
)
_ARTICLES = frozenset({"the", "a", "an"})
#: Words that join the places of one list.
_LIST_WORDS = frozenset({",", "and", "or", "&", "the"})


def word_before_place(t: Text, first: int, bg: list[bool] | None = None) -> int:
    """The index of the word that governs the place starting at token ``first``: past
    articles and a formal title ("from the Republic of Turkey" -> "from"); -1 when none, as
    for a place opening the main clause after a background one ("Copper slides on | Ottawa's
    tariff threat": "on" joins the market move to its cause, it governs no place)."""
    k = _before_title(t, first - 1)
    if bg is not None and k >= 0 and bg[k] and not bg[first]:
        return -1
    return k


def _before_title(t: Text, k: int) -> int:
    while k >= 0 and t.toks[k].low in _ARTICLES:
        k -= 1
    if k >= 1 and t.toks[k].low == "of" and t.toks[k - 1].low in _TITLE_HEADS:
        j = k - 1
        while j >= 0 and t.toks[j].low in _TITLE_WORDS:
            j -= 1
        while j >= 0 and t.toks[j].low in _ARTICLES:
            j -= 1
        return j
    return k


def listed_after(t: Text, prev_last: int, first: int) -> bool:
    """The place starting at token ``first`` follows the one ending at ``prev_last`` in one
    list: only commas, "and", "or", articles and a formal title between them ("Japan, Korea,
    and the Republic of Turkey")."""
    between = [tk.low for tk in t.toks[prev_last + 1 : word_before_place(t, first) + 1]]
    return 0 < len(between) <= 3 and set(between) <= _LIST_WORDS and set(between) != {"the"}


def issued_beside(t: Text, step: int, at: int) -> bool:
    """A notice's step of a case coordinated with the order it issues ("Final Determination of
    Sales at Less Than Fair Value and Antidumping Duty Order"): the measure noun at ``at`` heads
    an "Order" joined by "and" after the step at ``step``, so the order is issued, not only
    what the step is about."""
    return t.word(at + 1) in ("order", "orders") and any(
        t.word(j) in ("and", "&") for j in range(step + 1, at)
    )


def market_led(clause: str) -> bool:
    """A lede's main clause that only tells a market move ("Aluminium prices rose on Monday",
    "Shares of steel makers climb"): market words and no measure word, so the background
    clause after it is where the measure and its rate are told."""
    return R.MARKET_RE.search(clause) is not None and R.TARIFF_WORD_RE.search(clause) is None


#: Nouns of a market for goods, not the goods ("European steel stocks", "Chinese cobalt prices").
_MARKET_NOUNS = frozenset(
    {"stocks", "shares", "equities", "prices", "price", "futures", "premium", "premiums", "index"}
)


def market_of_goods(t: Text, last: int, first: int) -> bool:
    """The place at tokens ``first``..``last`` is followed by metals and a market noun
    ("European steel and aluminum stocks"), or names a market's own country
    (:func:`market_subject`): where the market is, not where the goods come from."""
    if t.gaz.is_demonym(t.text[t.toks[first].start : t.toks[last].end]) and market_subject(
        t, first, last
    ):
        return True
    k = last + 1
    while k < len(t.toks) and (t.is_metal[k] or t.toks[k].low in (",", "and", "&")):
        k += 1
    return k > last + 1 and t.word(k) in _MARKET_NOUNS


#: Firms of an industry a market headline moves ("German steelmakers tumble").
_MAKERS = frozenset(
    {"steelmakers", "steelmaker", "miners", "producers", "smelters", "mills", "companies", "firms"}
)
#: A market's move in a headline ("slide", "tumble", "edge lower").
_MOVES = frozenset(
    {"tumble", "tumbles", "slide", "slides", "fall", "falls", "drop", "drops", "rise", "rises",
     "gain", "gains", "jump", "jumps", "surge", "surges", "slump", "slumps", "sink", "sinks",
     "rally", "rallies", "climb", "climbs", "plunge", "plunges", "soar", "soars", "slip",
     "slips", "dip", "dips", "edge", "edges", "tank", "tanks", "sag", "sags"}
)  # fmt: skip


#: A country's bonds ("German Bund yields", "British gilts", "Australian bond yields").
_BONDS = frozenset({"bund", "bunds", "gilt", "gilts", "treasuries", "bond", "jgbs"})
#: Bonds named by their issuer ("Japanese government bond yields").
_ISSUERS = frozenset({"government", "sovereign", "treasury"})
#: A firm's makers, in the possessive ("the Korean smelter's European unit").
_MAKER_OF = frozenset(
    {"steelmaker's", "smelter's", "miner's", "producer's", "maker's", "refiner's", "mill's",
     "company's", "firm's", "group's"}
)  # fmt: skip
#: A firm's parts and fortunes, not its goods ("the Australian steelmaker's U.S. business").
_FIRM_PARTS = frozenset(
    {"unit", "units", "business", "businesses", "shares", "stock", "sales", "plant", "plants",
     "operations", "subsidiary", "arm", "division", "profit", "profits", "earnings", "revenue"}
)  # fmt: skip


def _firm_of(t: Text, last: int) -> bool:
    """The demonym ending at token ``last`` is a firm's home: a maker in the possessive, after
    its metals, then (past places) a part of the firm ("Norwegian aluminium maker's shares")."""
    k = last + 1
    while k < len(t.toks) and t.is_metal[k]:
        k += 1
    if t.word(k) not in _MAKER_OF:
        return False
    k += 1
    while k < len(t.toks) and t.place_at[k] is not None:
        k += 1
    return t.word(k) in _FIRM_PARTS


def market_subject(t: Text, first: int, last: int) -> bool:
    """The demonym at tokens ``first``..``last`` names where a market is, not goods: "Indian
    shares fall as ...", "in European trading", "Shares in German steelmakers", "Korean
    steelmakers slide as ...", "German Bund yields", "Japanese government bond yields"; or a
    firm's home ("the Korean smelter's European unit"). A market's or a firm's own country is
    no end of the measure that moved it."""
    nxt = t.word(last + 1)
    if nxt in _MARKET_NOUNS or nxt in MARKET_HEADS or nxt == "trading":  # "Mexican peso eases"
        return True
    if nxt in _BONDS or (nxt in _ISSUERS and t.word(last + 2) in ("bond", "bonds", "debt")):
        return True
    if _firm_of(t, last):
        return True
    if nxt not in _MAKERS:
        return False
    before = (t.word(first - 2), t.word(first - 1))
    return t.word(last + 2) in _MOVES or before in (("shares", "in"), ("shares", "of"))


#: Verbs of a measure's aim at others ("to punish US chipmakers", "to hit Putin").
_HARM_VERBS = frozenset(
    {"hurt", "hit", "punish", "target", "squeeze", "pressure", "harm", "penalise", "penalize",
     "starve", "cripple"}
)  # fmt: skip


def aimed_at(t: Text, first: int) -> bool:
    """The place at token ``first`` is the object of "to <harm>" ("curbs rare earth exports to
    hurt US defence firms", "bans nickel exports to punish European buyers"): the side the
    measure aims at, its target (the buyers of an export measure, the sellers of an import
    one)."""
    return t.word(first - 1) in _HARM_VERBS and t.word(first - 2) == "to"


#: Words that open a clause telling what came first ("... after Indonesia bans shipments").
_BEFORE_WORDS = frozenset({"after", "following", "as", "amid", "since"})


def bystander_firms(t: Text, first: int, last: int, trigger: int) -> bool:
    """The demonym at tokens ``first``..``last`` names an industry's firms ("Philippine nickel
    miners", "Brazilian steelmakers") in a clause before "after", "as" or "following", whose
    own clause names the measure with its own country before it ("... to boost output after
    Indonesia bans shipments"): the firms' home, a bystander, not the goods' origin."""
    k = last + 1
    while k < len(t.toks) and t.is_metal[k]:
        k += 1
    if t.word(k) not in _MAKERS or k >= trigger:
        return False
    marker = next((j for j in range(k + 1, trigger) if t.word(j) in _BEFORE_WORDS), None)
    if marker is None:
        return False
    return any(t.place_at[j] is not None for j in range(marker + 1, trigger))
