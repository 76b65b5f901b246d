"""A fronted clause: the words before a text's first comma, read once for both its uses.

"Fearing shortages, Indonesia bans nickel ore exports", "With US tariffs looming, Mexico
raises steel duties": what stands before the first comma may be a clause of its own that tells
why or when, the news following the comma. :func:`fronted_clause` reads where that clause
ends and the main clause starts, and what the clause holds: whether it opens as a participle,
a purpose, a cause or a time and is short (:attr:`Fronted.opener`), whether that opener tells
the actor's motive (:attr:`Fronted.motive`), and its words. It decides nothing; two readers
decide from it what the clause is:

- :mod:`~tui.engine.classifier_lead_in` sets an opened clause aside from a title's surface
  when a place opens the main clause, so the rules read the main clause alone;
- :func:`~tui.engine.classifier_caused.fronted_clause_end` reads any clause that names a
  measure before the government that acts ("With US tariffs looming, Mexico ...") as the
  act's background, on the tokens of a title or a summary sentence as the rules read them.

A comma is always a token of its own (:mod:`~tui.engine.classifier_words`), so the clause's
comma is the text's first comma token too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.lazy_re import lazy

# The opening words of a clause that tells why or when: a participle ("Citing ...", "Facing
# ..."), a purpose ("To protect ...", "In a bid to ..."), a cause or a time ("Hit by ...",
# "Under pressure from ...", "After ...", "Amid ...", "Despite ...", "Following ...", "Ahead
# of ...").
_OPENER_RE = lazy(
    r"(?:[a-z]+ing|to\s+[a-z]+|in\s+(?:a|an)\s+(?:bid|effort|attempt|push|move)\s+to"
    r"|in\s+(?:response|retaliation|reply)|under\s+pressure|after|amid|despite|following"
    r"|ahead\s+of|(?:hit|stung|pressed|spurred|prompted|alarmed|worried|angered)\s+by"
    r"|wary\s+of|keen\s+to|eager\s+to)\b",
    re.IGNORECASE,
)
#: The most characters an opened clause runs past its opening words to its comma.
_OPENED_MAX = 70
#: Marks that end a clause before a comma could: an opened clause holds none.
_OPENED_STOPS = frozenset(";:?!|")
#: What follows the clause's comma: a space, then the main clause.
_GAP_RE = lazy(r"\s+(?=\S)")
# "-ing" words that open a noun phrase, not a participle's clause ("Breaking", "Mining")
_NOT_PARTICIPLES = frozenset({"breaking", "mining", "trading", "shipping", "pricing", "smelting"})
# The openers of a clause that tells the actor's motive ("Fearing shortages", "To avoid a
# glut", "In a bid to ..."): a disruption it names is what the measure guards against.
_MOTIVES_RE = lazy(
    r"(?:fearing|seeking|anticipating|to|in\s+(?:a|an)\s+(?:bid|effort|attempt|push|move)"
    r"|wary|keen|eager|worried|alarmed)\b",
    re.IGNORECASE,
)
_WORD_RE = lazy(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Fronted:
    """The words before a text's first comma (see the module's docstring)."""

    #: Where the comma that closes the clause stands (a character offset).
    comma: int
    #: Where the main clause starts: past the comma and the spaces after it (0 when no space
    #: and more text follow the comma, as in "1,000").
    rest: int
    #: The clause's opening words when it opens as a participle, a purpose, a cause or a time
    #: ("Fearing", "In a bid to", "Hit by"), runs at most 70 characters past them with no
    #: ``; : ? ! |``, and a space and the main clause follow its comma; else None.
    opener: str | None
    #: The opener tells the actor's motive ("Fearing", "To", "In a bid to", "Wary").
    motive: bool
    #: The clause's words in lower case (runs of letters).
    words: tuple[str, ...]


def fronted_clause(text: str) -> Fronted | None:
    """The words of ``text`` before its first comma, or None when it has no comma."""
    comma = text.find(",")
    if comma < 0:
        return None
    gap = _GAP_RE.match(text, comma + 1)
    rest = gap.end() if gap is not None else 0
    opener = _opener(text, comma) if rest else None
    motive = opener is not None and _MOTIVES_RE.match(text) is not None
    return Fronted(comma, rest, opener, motive, tuple(_WORD_RE.findall(text[:comma].lower())))


def _opener(text: str, comma: int) -> str | None:
    """The opening words of the clause ending at ``comma``, when it is opened (see
    :attr:`Fronted.opener`); else None."""
    m = _OPENER_RE.match(text)
    if m is None or not 0 < comma - m.end() <= _OPENED_MAX:
        return None
    if not _OPENED_STOPS.isdisjoint(text[m.end() : comma]):
        return None
    if text.split(None, 1)[0].lower() in _NOT_PARTICIPLES:
        return None  # "Mining stocks, ...": a noun phrase, no participle's clause
    return m.group(0)
