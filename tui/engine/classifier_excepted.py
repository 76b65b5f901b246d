"""Places a measure on all countries leaves out: "tariff on steel from all countries except
Australia", "for all origins except the United States", "from all countries other than Japan",
"apply to all countries with the exception of Australia", "from everywhere but Zambia". The
measure falls on every other country's goods, so the places named after the exception are
neither its goods' origin nor its market: the corridor has no origin (``*``), as a measure
"from all countries" has none. Used by :func:`tui.engine.classifier_roles.place_roles`."""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Words a measure's whole scope is told by ("all countries", "every origin", "everywhere").
_ALL_WORDS = frozenset({"all", "every", "any"})
_EVERY_PLACE = frozenset({"everywhere", "everyone", "everybody", "anywhere"})
#: What may stand between "all" and the exception: the scope's nouns and their modifiers.
_SCOPE_WORDS = frozenset(
    {
        "countries",
        "country",
        "origins",
        "origin",
        "nations",
        "nation",
        "sources",
        "source",
        "suppliers",
        "supplier",
        "partners",
        "partner",
        "trading",
        "trade",
        "exporters",
        "exporting",
        "members",
        "member",
        "states",
        "economies",
        "imports",
        "other",
        "foreign",
        "markets",
        "destinations",
        "jurisdictions",
        "regions",
    }
)
#: Tokens that join the places of one exception list ("Norway, Iceland and Liechtenstein").
_JOINERS = frozenset({",", "and", "or", "&", "the", "for", "from", "to", "of"})


def _exception_before(t: Text, j: int) -> int:
    """The index of the token before the exception phrase ending at token ``j`` ("except",
    "excluding", "but", "save", "other than", "with the exception of", "apart from",
    "bar"), else -1."""
    w = t.word(j)
    if w in ("except", "excluding", "excepting", "save", "bar", "but"):
        return j - 1
    if w == "than" and t.word(j - 1) == "other":
        return j - 2
    if w == "of" and t.word(j - 1) in ("exception", "exclusion"):
        k = j - 2
        if t.word(k) == "the":
            k -= 1
        return k - 1 if t.word(k) == "with" else -1
    if w == "from" and t.word(j - 1) in ("apart", "aside"):
        return j - 2
    if w in ("for", "from", "to") and t.word(j - 1) in ("except", "excluding", "but"):
        return j - 2  # "except from Canada", "but for Japan"
    return -1


def _all_scope_ends_at(t: Text, k: int) -> bool:
    """Token ``k`` closes a scope of every country ("all countries", "all trading partners",
    "everywhere", "all origins")."""
    if t.word(k) in _EVERY_PLACE:
        return True
    steps = 0
    while k >= 0 and t.word(k) in _SCOPE_WORDS and steps < 4:
        k -= 1
        steps += 1
    return steps > 0 and t.word(k) in _ALL_WORDS


def excepted_place(t: Text, first: int) -> bool:
    """The place starting at token ``first`` is in the exception list after a scope of every
    country ("... from all countries except Canada and Mexico")."""
    in_places = place_tokens(t)
    j = first - 1
    while j >= 0 and (t.word(j) in _JOINERS or j in in_places):
        if t.word(j) in ("for", "from", "to", "of") and _exception_before(t, j) >= 0:
            break
        j -= 1
    k = _exception_before(t, j)
    return k >= 0 and _all_scope_ends_at(t, k)


def place_tokens(t: Text) -> frozenset[int]:
    """Every token of every place ``t`` names."""
    out: set[int] = set()
    for i in range(len(t.places)):
        first, last = t.place_span(i)
        out.update(range(first, last + 1))
    return frozenset(out)
