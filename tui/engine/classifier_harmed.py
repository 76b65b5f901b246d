"""Who a measure could harm, and who is at risk as it hits (the thirteenth blind set's even rows,
session 41).

"Trump Plans Tariffs On Steel Imports In US, Could Harm India ...": a place named after a
modal's verb of harm ("could harm India", "may hurt Canada") is whom the measure would hurt,
no end of its corridor (:func:`harmed_roles`, the role "harmed", a pass of
:func:`tui.engine.classifier_roles.place_roles`); the goods' own country ("tariffs on Canadian
aluminium") is read as before. "India at risk of steel, aluminium dumping as US tariffs hit": a
country at risk of something as another's measure hits, the measure ending the title with a bare
verb of its effects, is a risk told with the measure as its backdrop, no event
(:func:`at_risk_as_it_hits`, asked by :func:`tui.engine.classifier_vetoes.find_veto`).
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text

_HARM_VERBS = frozenset(
    {"harm", "harms", "harmed", "hurt", "hurts", "damage", "damages", "damaged"}
)
#: The modals of a harm foretold ("could harm India"); "to hurt European battery makers" is
#: whom a measure aims at, read as its target (``classifier_listed.aimed_at``).
_MODALS = frozenset({"could", "may", "might", "would", "will", "can"})
_RISK_WORDS = frozenset({"risk", "risks"})
#: A measure's effect told by a bare verb after it: "as US tariffs hit", "as EU duties bite".
_BARE_EFFECTS = frozenset({"hit", "hits", "bite", "bites"})


def harmed_roles(
    t: Text, out: list[tuple[str, str, str]], spans: list[tuple[int, int]]
) -> list[tuple[str, str, str]]:
    """``out`` (role, code, matched per place) with a place right after a modal's verb of harm
    ("could harm India") given the role "harmed", which no end of a corridor takes (nor an
    aside's origin, as "other" after the measure would be)."""
    if _HARM_VERBS.isdisjoint(t.lows):
        return out
    return [
        ("harmed", c, m) if _harmed_at(t, spans[x][0]) else (r, c, m)
        for x, (r, c, m) in enumerate(out)
    ]


def _harmed_at(t: Text, first: int) -> bool:
    return t.word(first - 1) in _HARM_VERBS and t.word(first - 2) in _MODALS


def at_risk_as_it_hits(t: Text, best: Finding) -> bool:
    """The title tells a risk before an "as" clause whose measure ``best`` ends it with a bare
    verb of its effects ("India at risk of ... dumping as US tariffs hit")."""
    if best.verb or t.word(best.index + 1) not in _BARE_EFFECTS:
        return False
    if best.index + 2 < len(t.toks) and t.word(best.index + 2) not in (",", ";", ":", "|"):
        return False
    as_at = next((k for k in range(best.index - 1, -1, -1) if t.word(k) == "as"), None)
    return as_at is not None and any(t.word(k) in _RISK_WORDS for k in range(as_at))
