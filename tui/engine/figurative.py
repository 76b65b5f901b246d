"""Figurative uses of metal words: a word table of idioms in which a metal's name names no
metal ("the gold standard of care", "a silver lining", "iron out differences", "a
copper-bottomed guarantee", "lead the pack", "won gold in Paris", "went platinum").

:func:`figurative` tells whether one alias match of :mod:`tui.engine.tagging` stands inside
such an idiom, from the words around it; the matcher then drops that match, so the story is
not tagged with the metal for it (another, literal mention in the same text still counts).

Each idiom is written with ``@`` for the metal word and matched whole-word and
case-insensitively; words are separated by spaces or hyphens ("copper bottomed" also reads
"copper-bottomed"); a word may take a plural ("linings"); a word ending in ``*`` takes any
ending ("medal*": medal, medals, medallist); ``~`` stands for any one word, a possessive too
("steel in ~ spine": "steel in America's spine"), never next to ``@``; a phrase ending in ``$`` holds only where the metal
word ends its noun phrase ("won gold in Paris", "won gold." but not "won gold mining rights").
Only one-word aliases are looked up: a longer alias ("lead metal", "refined lead") is literal,
except "lead" as a verb after a market's subject ("Copper, nickel lead metals higher").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.lazy_re import lazy
from tui.engine.figurative_idioms import IDIOMS
from tui.engine.figurative_people import coin_or_count, named_person

__all__ = ["IDIOMS", "figurative"]

#: The words after a metal word that end its noun phrase (for phrases ending in ``$``).
_PHRASE_END = (
    r"(?=\s*(?:$|[^\w\s'’-]|(?:in|at|for|on|with|again|after|and|as|to|over|by|from|"
    r"medal\w*)(?![\w])))"
)


_SEP = r"[\s\-]+"


def _word(word: str) -> str:
    if word == "~":
        return r"\w+(?:['’]\w+)?"
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word) + r"(?:e?s)?(?![\w])"


def _side(words: list[str]) -> str:
    return _SEP.join(_word(w) for w in words)


Pair = tuple["re.Pattern[str] | None", "re.Pattern[str] | None"]


@lru_cache(maxsize=64)
def _patterns(word: str) -> tuple[Pair, ...]:
    """(words before, words after) of the idioms of ``word``: the first searched in the text
    before the metal word (anchored at its end), the second matched right after it. The
    idioms with words on one side only are joined into one pattern per side."""
    lefts: list[str] = []
    rights: list[str] = []
    pairs: list[Pair] = []
    for phrase in IDIOMS.get(word, ()):
        tokens = phrase.split()
        at = tokens.index("@")
        before, after = tokens[:at], tokens[at + 1 :]
        end = bool(after) and after[-1] == "$"
        if end:
            after = after[:-1]
        left = _side(before) + _SEP if before else ""
        right = (_SEP + _side(after) if after else "") + (_PHRASE_END if end else "")
        if left and right:
            pairs.append((_left(left), re.compile(right, re.I)))
        elif left:
            lefts.append(left)
        elif right:
            rights.append(right)
    if lefts:
        pairs.append((_left("|".join(f"(?:{x})" for x in lefts)), None))
    if rights:
        pairs.append((None, re.compile("|".join(f"(?:{x})" for x in rights), re.I)))
    return tuple(pairs)


def _left(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + body + r")\Z", re.I)


#: How far before a metal word an idiom may begin (the longest idiom with room to spare).
_REACH = 48


def _key(matched: str) -> str | None:
    """The idiom word a match stands for ("Gold" -> "gold", "irons" -> "iron"), or None: a
    possessive ("gold's status") is the metal itself."""
    word = matched.lower()
    if word.endswith(("'s", "’s")):
        return None
    if word in IDIOMS:
        return word
    for ending in ("s", "es"):
        if word.endswith(ending) and word[: -len(ending)] in IDIOMS:
            return word[: -len(ending)]
    return None


@lru_cache(maxsize=64)
def _triggers(word: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """The words next to ``word`` that may begin one of its idioms: (last words before it,
    prefixes of such words, first words after it, prefixes of such words). Most mentions of a
    metal have neither beside them: no pattern is tried for them."""
    before: set[str] = set()
    after: set[str] = set()
    for phrase in IDIOMS.get(word, ()):
        tokens = [t for t in phrase.split() if t != "$"]
        at = tokens.index("@")
        if at > 0:
            before.add(tokens[at - 1])
        if at + 1 < len(tokens):
            after.add(tokens[at + 1])

    def split(words: set[str]) -> tuple[frozenset[str], tuple[str, ...]]:
        exact = {w for w in words if not w.endswith("*")}
        plural = {f"{w}{end}" for w in exact for end in ("s", "es")}
        return frozenset(exact | plural), tuple(w[:-1] for w in words if w.endswith("*"))

    return (*split(before), *split(after))


@lru_cache(maxsize=512)
def _lookup(
    matched: str,
) -> tuple[str, tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]] | None:
    """The idiom word of a match as found ("Gold", "irons") and its triggers, or None."""
    key = _key(matched)
    return None if key is None else (key, _triggers(key))


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (across spaces and hyphens), lower case; or ""."""
    head = text[max(0, start - 40) : start].rstrip().rstrip("-").rstrip()
    if not head or not (head[-1].isalnum() or head[-1] == "_"):
        return ""
    token = head.rsplit(None, 1)[-1].rsplit("-", 1)[-1]
    tail = _TAIL_WORD.search(token)
    return tail.group().lower() if tail else ""


_TAIL_WORD = lazy(r"\w+\Z")
_NEXT_WORD = lazy(r"[\s\-]+(\w+)")


#: "lead" as the verb: right after a market's subject with no comma between ("Copper, nickel
#: lead metals higher", "Miners lead gains"), even in a longer alias ("lead metal", "lead
#: market"); "Zinc, lead prices rise" lists the metal.
_LEAD_VERB_SUBJECT = lazy(
    r"\b(?:gold|silver|copper|nickel|zinc|tin|alumini?um|platinum|palladium|iron|steel|cobalt|"
    r"lithium|uranium|metals|miners|stocks|shares|equities|commodities|bulls|bears|materials|"
    r"resources|sectors?|futures|producers|companies|firms|makers|names)\s+$",
    re.IGNORECASE,
)


#: Words right before "lead" that make it the metal: a list ("copper and lead"), a market or a
#: grade ("LME lead", "refined lead"), its trade ("ships lead to China", "exports of lead").
_METAL_BEFORE = frozenset(
    {"and", "or", "of", "the", "refined", "primary", "secondary", "spot", "lme", "shfe"}
    | {"comex", "physical", "scrap", "ships", "shipped", "sells", "sold", "exports"}
    | {"exported", "imports", "imported", "buys", "bought", "sends", "sent", "tonnes", "tons"}
)
#: What a subject leads ("Nucor, Cliffs lead surge", "Miners lead gains"): a market's move.
_LED = lazy(
    r"[\s\-]+(?:gains?|losses|surge|rall(?:y|ies)|declines?|advances?|rebound|recovery|"
    r"sell-?offs?|slide|charge|way|pack|race|push|efforts?|higher|lower|decliners|gainers|"
    r"risers|fallers|losers|(?:(?:pre-?bell|pre-?market|early|late)[\s\-]+)?(?:rise|climb|"
    r"jump|drop|fall))\b",
    re.IGNORECASE,
)
#: Words after "lead" that make it the metal: its market, trade and forms ("lead prices").
_METAL_AFTER = frozenset(
    {"price", "prices", "output", "exports", "imports", "futures", "demand", "supply", "ore"}
    | {"production", "market", "smelter", "smelters", "concentrate", "concentrates", "ingots"}
    | {"stocks", "inventories", "scrap", "mine", "mines", "metal", "acid", "batteries"}
)
#: Words before a verb's bare form: "to lead", "could lead", "will lead".
_VERB_BEFORE = frozenset(
    {"to", "could", "would", "will", "may", "might", "can", "should", "must", "shall"}
)
_POSSESSIVE = lazy(r"(?:\w['’]s?|\b(?:his|her|its|their|our|my|your))\s+\Z", re.IGNORECASE)
_IN_OVER = lazy(r"(?:[\s\-]+(?:in|over|as|on)\b|\s*(?:[,;:!?]|$))", re.IGNORECASE)


def _lead_verb(text: str, start: int) -> bool:
    """ "lead" as a verb or a noun of leading, not the metal: "leads"; after a market's subject
    ("Copper, nickel lead metals higher"); after a subject, what it leads ("Nucor Lead Surge",
    "Miners lead gains") or "to" ("Tariffs lead to shortage"); a country's lead in a field
    ("China's lead in rare earths"). The word before may make it the metal ("copper and lead
    to ...", "LME lead", "ships lead to China"); at the start of a text it is ("Lead gains")."""
    word = text[start : start + 5].lower()
    if not word.startswith("lead"):
        return False
    if word == "leads" and (start + 5 == len(text) or not text[start + 5].isalnum()):
        return True  # the metal takes no plural
    if _LEAD_VERB_SUBJECT.search(text, max(0, start - 16), start):
        return True
    end = start + 4
    if _POSSESSIVE.search(text, max(0, start - 8), start) and _IN_OVER.match(text, end):
        return True  # "China's lead in rare earths", "lost her lead as ..."
    prev = _word_before(text, start)
    nxt = _NEXT_WORD.match(text, end)
    after = "" if nxt is None else nxt.group(1).lower()
    if prev in _VERB_BEFORE and after not in _METAL_AFTER:
        return True  # "Overton to lead FDA", not "Will lead prices rise?"
    if not prev or prev in _METAL_BEFORE or text[:start].rstrip().endswith((",", "&", "/")):
        return False
    return _LED.match(text, end) is not None or after == "to"


def figurative(text: str, start: int, end: int) -> bool:
    """Whether the metal word at ``text[start:end]`` stands in one of the :data:`IDIOMS`, is
    "lead" as a verb after a market's subject, or names a person, a coin or a count
    (:mod:`tui.engine.figurative_people`)."""
    if _lead_verb(text, start):
        return True
    if named_person(text, start, end) or coin_or_count(text, start, end):
        return True  # "Commissioner Adam Silver", "a jar of nickels", "500 gold"
    found = _lookup(text[start:end])
    if found is None:
        return False
    key, (before, before_prefixes, after, after_prefixes) = found
    prev = _word_before(text, start)
    nxt = m.group(1).lower() if (m := _NEXT_WORD.match(text, end)) else ""
    if not (
        prev in before
        or nxt in after
        or (prev and prev.startswith(before_prefixes))
        or (nxt and nxt.startswith(after_prefixes))
    ):
        return False
    reach = max(0, start - _REACH)
    for left, right in _patterns(key):
        if left is not None and left.search(text, reach, start) is None:
            continue
        if right is not None and right.match(text, end) is None:
            continue
        return True
    return False
