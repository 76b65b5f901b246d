"""A country's goods, named through its possessive or adjective, held by another's measure: they
face it, are hit, slapped, capped or barred by or with it, or escape it ("Vietnamese steel
escapes US duties", "Brazil's aluminium exports hit by 25% tariffs imposed by Washington",
"Canada's steel faces 25% tariff", "Trump says Canada's steel will face 50% tariffs").

The title opens on the owner (a possessive, a demonym or a plain name before its goods or its
exports, optionally after a leader's or government's "says", "warns" or "threatens"), the goods
may be sent "to" a market, then a verb of facing, harm or escape follows. The goods enter the
imposer's market: origin the owner, destination the imposer, a flow of imports. The imposer is
the first other place after the verb in its clause (right after it, as the agent "by
Washington", or as the possessive before the measure, "Trump's 50% tariff"), else the market the
goods are sent to, else the sayer, else none (``*``, which a lede naming the importer may fill:
:mod:`~tui.engine.classifier_corridor`). The roles alone read the owner as the importer.
Read after :func:`~tui.engine.classifier_struck.struck_exports`, which reads the imposer named
right after the verb.
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: A verb of facing, of harm with "by" or "with", or of escape, past auxiliaries and modals.
_HELD = (
    r"\s+(?:(?:have|has|are|were|is|was|being|been|will|would|could|may|might|now|also|to|set|"
    r"likely)\s+){0,3}"
    r"(?:fac(?:e|es|ed|ing)|(?:hit|targeted|affected|struck|hurt|squeezed|slammed|slapped|"
    r"capped|barred|blocked|curbed|limited|restricted|caught)\s+(?:by|with)|"
    r"caught\s+(?:up\s+)?in|"  # "caught in US tariff net"
    r"escap(?:e|es|ed|ing)|dodg(?:e|es|ed|ing))\b"
)
_HELD_RE = lazy(_HELD, re.IGNORECASE)
#: After the owner's name: its goods (group 1) before exports, shipments or sales abroad, or
#: its goods alone (group 2) right before the verb.
_GOODS_RE = lazy(
    r"(?:['’]s?)?\s+(?:((?:[\w-]+,?\s+){0,3}?)(?:exports?|shipments?|cargo(?:es)?|consignments?|sales\s+abroad)\b|"
    r"((?:[\w-]+,?\s+){0,3}?[\w-]+)(?=" + _HELD + r"))",
    re.IGNORECASE,
)
#: A leader's or government's telling verb before the owner ("Trump says Canada's steel ...").
_SAYS_RE = lazy(r"\s+(?:says|said|warns|warned|threatens|threatened)\s+(?:that\s+)?", re.I)
_SAID_RE = lazy(r"\s+(?:says|said|warns|warned)\b", re.IGNORECASE)
#: Words closing the verb's clause: the imposer is not looked for past them.
_CLAUSE_ENDS = frozenset({",", ";", ":", "as", "after", "amid", "while", "despite", "but", "-"})


def held_goods(t: Text, f: Finding) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) when the title opens on a country's goods held by
    another's measure (see the module), else None."""
    places = t.places
    if not places or not t.toks:
        return None
    first, sayer = 0, None
    if t.place_at[0] == 0 and len(places) > 1 and (s := _SAYS_RE.match(t.text, places[0][2])):
        if places[1][1] != s.end():
            return None
        first, sayer = 1, places[0]
    elif t.place_at[0] != 0:
        return None
    owner, _s, end, owner_word = places[first]
    return goods_held_from(t, f, owner, end, owner_word, sayer)


def goods_held_from(
    t: Text,
    f: Finding,
    owner: str,
    end: int,
    owner_word: str,
    sayer: tuple[str, int, int, str] | None = None,
    *,
    bare: bool = False,
) -> tuple[str, str, str, list[str]] | None:
    """(origin, destination, flow, words) when the words from ``end`` are the goods of
    ``owner`` (a country's code, or ``*`` for a firm of no known country) held by a measure,
    else None (see the module). With ``bare``, the exports need not name their metal (a
    firm's name names it: "Nippon Steel's exports hit by ...", "Hyundai Steel's plate
    exports")."""
    places = t.places
    m = _GOODS_RE.match(t.text, end)
    if m is None:
        return None
    goods = (m.start(1), m.end(1)) if m.group(1) is not None else (m.start(2), m.end(2))
    if m.group(1) is not None and goods[0] == goods[1]:
        goods = (m.end(1), m.end())  # "Peru's exports": the exports' own word, no metal
    exports = m.group(1) is not None
    if not _goods_only(t, *goods, exports=exports, metal=not (bare and exports)):
        return None
    at, market = m.end(), None
    rest = re.match(r"\s+to\s+(?:the\s+)?", t.text[at:])
    if rest is not None and m.group(1) is not None:
        market = next((p for p in places if p[1] == at + rest.end()), None)
        at = market[2] if market is not None else at
    held = _HELD_RE.match(t.text, at)
    if held is None or t.toks[f.index].start < held.start():
        return None  # no verb of facing, harm or escape, or a measure named before it
    imposer = _imposer_after(t, held.end(), owner)
    side = imposer or market or sayer or _sayer_after(t, held.end())
    if side is not None and side[0] == owner:
        side = None
    words = [owner_word] + ([side[3]] if side is not None else [])
    return owner, side[0] if side is not None else "*", R.IMPORT, words


def _imposer_after(t: Text, start: int, owner: str) -> tuple[str, int, int, str] | None:
    """The first place other than the owner after ``start`` in the verb's clause."""
    for place in t.places:
        if place[1] < start:
            continue
        between = [tk.low for tk in t.toks if start <= tk.start < place[1]]
        if any(w in _CLAUSE_ENDS for w in between):
            return None
        if place[0] != owner:
            return place
    return None


def _sayer_after(t: Text, start: int) -> tuple[str, int, int, str] | None:
    """A place telling the title after a comma ("..., Trump says")."""
    for place in t.places:
        if place[1] > start and t.text[: place[1]].rstrip().endswith(","):
            if _SAID_RE.match(t.text, place[2]):
                return place
    return None


def _goods_only(t: Text, start: int, end: int, *, exports: bool, metal: bool = True) -> bool:
    """The words between ``start`` and ``end`` are goods, a metal among them ("steel", "copper
    cathodes", "steel and aluminum"): "Japan's steel hit by", not "Japan's miners hit by".
    Without ``metal``, a firm's exports need not name their metal ("Hyundai Steel's plate
    exports"): the firm's name names it."""
    ks = [k for k, tk in enumerate(t.toks) if start <= tk.start < end]
    if not ks or any(t.word(k) in ("imports", "import", "purchases") for k in ks):
        return False  # "US steel imports face 25% tariff": the place imports them
    return (not metal or any(t.is_metal[k] for k in ks)) and all(
        t.is_metal[k]
        or t.word(k) in R.GOODS_FORMS
        or t.word(k) in R.GOODS_WORDS
        or t.word(k) in ("and", "&", ",")
        or (exports and t.word(k).isalpha() and t.place_at[k] is None)
        for k in ks
    )


#: A possessive's exports, sent "to" a market of one or two words or not, then a verb of
#: facing, harm or escape: text only, for an owner no place names (a firm).
_OWN_EXPORTS_RE = lazy(
    r"['’]s\s+(?:[\w-]+,?\s+){0,3}?(?:exports?|shipments?)(?:\s+to\s+(?:the\s+)?[\w.-]+"
    r"(?:\s+[\w.-]+)?)??" + _HELD,
    re.IGNORECASE,
)


def exports_held_at(text: str, pos: int) -> bool:
    """The text from ``pos`` is a possessive's exports facing, hit by or escaping a measure
    ("Tata Steel's exports to Europe face EU safeguard quota", from after "Tata Steel")."""
    return _OWN_EXPORTS_RE.match(text, pos) is not None
