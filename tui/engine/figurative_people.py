"""Metal words that name no metal for want of an idiom: a person, a coin, a count of a game's
currency or of medals. Asked by :func:`tui.engine.figurative.figurative` for each alias match.

- **A person** whose surname is a metal's word ("Silver", "Steel", "Gold", "Copper", "Nickel"),
  named somewhere in the same text with a title or a role ("Commissioner Adam Silver", "Rep.
  Michelle Steel", "Lord Steel", "comedian Judy Gold", "the firm's director, Mike Steel"): then
  every use of the word written with its capital in that text is the person ("..., Silver
  says"). A firm named for its metal ("Barrick Gold", "Tata Steel") has no such title and names
  the metal. Given names between the title and the surname count only where the word after the
  surname is not capitalised, so a title-case headline ("Mr Trump Steel Tariffs Bite") is not
  read as a name; a title right before the word ("Lord Steel") counts in any case.
- **A coin**: "nickels" in the plural (the metal takes none).
- **A count** of a game's currency or of medals: the word right after a bare number ("1
  trillion gold", "500 gold", "won 3 gold") where it ends its noun phrase; a year ("in 2024
  gold rose") or a price ("$2,000 gold") is no count, and a unit between ("20 tonnes of gold")
  keeps the metal.

"Dr" is no title here: "Dr. Copper" is the metal (the market's name for it), never a doctor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.lazy_re import lazy

#: The metal words that are also surnames (written with their capital).
SURNAMES = frozenset({"gold", "silver", "steel", "copper", "nickel"})

#: Titles written before a name (capitalised, with or without a full stop).
_TITLES = (
    "Lord|Lady|Baron|Baroness|Sir|Dame|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rep|Representative|"
    "Sen|Senator|Congressman|Congresswoman|Commissioner|Judge|Justice|Gov|Governor|Mayor|Coach|"
    "Rabbi|Rev|Reverend|Councillor|Councilman|Councilwoman|Sheriff|Detective|Inspector|"
    "Sergeant|Sgt|Captain|Capt"
)
#: Roles written in lower case before a given name and the surname ("comedian Judy Gold").
_ROLES = (
    "comedian|actor|actress|author|writer|novelist|reporter|journalist|correspondent|columnist|"
    "presenter|host|singer|rapper|musician|director|producer|chairman|chairwoman|spokesman|"
    "spokeswoman|spokesperson|lawyer|attorney|commissioner|striker|forward|midfielder|defender|"
    "goalkeeper|player|coach|manager|founder|senator|congressman|congresswoman"
)
_GIVEN = r"[A-Z][a-z'’\-]+\.?"
_COUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred"})
_NUMBER = lazy(
    r"(?<![\w$£€¥.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:(?:million|billion|trillion|thousand|hundred)\s+)?\Z"
)
#: Where the counted word ends its noun phrase: punctuation, the end, or a word that begins none.
_ENDS = lazy(r"\s*(?:$|[^\w\s'’-]|(?:and|in|at|for|on|with|to|from|by|was|is|were|are)\b)")


#: A title right before the name ("Lord "), or a title or a role and one or two given names
#: ("Commissioner Adam ", "comedian Judy "), ending where the name begins.
_DIRECT = lazy(rf"\b(?:{_TITLES})\.?\s+\Z")
_GIVEN_BEFORE = lazy(rf"(?:\b(?:{_TITLES})\.?\s+|\b(?:{_ROLES}),?\s+)(?:{_GIVEN}\s+){{1,2}}\Z")
_CAPITAL_NEXT = lazy(r"\s+[A-Z]")


@lru_cache(maxsize=256)
def _person_in(text: str, name: str) -> bool:
    """Whether ``text`` names a person with the surname ``name`` (capitalised) after a title or
    a role (see the module): each use of the name is looked at, with the words before it."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", text):
        at = found.start()
        head = text[max(0, at - 60) : at]
        if _DIRECT.search(head):
            return True
        if _GIVEN_BEFORE.search(head) and not _CAPITAL_NEXT.match(text, found.end()):
            return True
    return False


def _stem(matched: str) -> str:
    word = matched
    for end in ("'s", "’s"):
        if word.endswith(end):
            word = word[: -len(end)]
    return word


def named_person(text: str, start: int, end: int) -> bool:
    """Whether the metal word at ``text[start:end]``, written with its capital, is the surname
    of a person the text names with a title or a role (see the module)."""
    word = _stem(text[start:end])
    if not word[:1].isupper() or word.isupper() or word.lower() not in SURNAMES:
        return False
    return _person_in(text, word.lower().capitalize())


def coin_or_count(text: str, start: int, end: int) -> bool:
    """Whether the metal word at ``text[start:end]`` is a coin ("nickels") or a count of a
    game's currency or of medals ("500 gold"; see the module)."""
    word = text[start:end].lower()
    if word == "nickels":
        return True
    if word not in ("gold", "silver", "platinum", "bronze"):
        return False
    found = _NUMBER.search(text, max(0, start - 40), start)
    if found is None:
        return False
    number = found.group(1)
    if len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100:
        return False  # a year: "in 2024 gold rose"
    return _ENDS.match(text, end) is not None
