"""The corridor's other side, read apart from a finding's roles
(:func:`tui.engine.classifier_direction.corridor`): the title filling an end a lede left
open, a sanction's imposer named in the other text, and a retaliation's corridor (the
subject answers another country's measure)."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_caused import countered_end
from tui.engine.classifier_role_places import title_actor
from tui.engine.classifier_roles import place_roles
from tui.engine.classifier_text import Finding, Text
from tui.engine.classifier_vehicles import held_by_package


def title_fills(t: Text, flow: str, origin: str, destination: str) -> tuple[str, str, list[str]]:
    """Decided by the lede, the title fills a missing end: its actor ("EU agrees new sanctions
    ...") the end on its side of the flow; an export's one target ("China defends export
    restrictions on Japan", "retaliates against US controls with bans") where it goes."""
    actor = title_actor(t)
    if actor is not None and flow == R.IMPORT and destination == "*" and actor[0] != origin:
        return origin, actor[0], [actor[1]]
    if actor is not None and flow == R.EXPORT and origin == "*" and actor[0] != destination:
        origin, destination, words = actor[0], destination, [actor[1]]
    else:
        words = []
    if flow == R.EXPORT and destination == "*" and origin != "*":
        targets = {(c, m) for r, c, m in place_roles(t, len(t.toks)) if r == "target"}
        if len({c for c, _m in targets}) == 1 and next(iter(targets))[0] != origin:
            code, matched = next(iter(targets))
            return origin, code, [*words, matched]
    return origin, destination, words


def sanctions(t: Text, f: Finding) -> bool:
    """The finding's measure is a sanction ("imposes sanctions on", "U.S. sanctions Iran's")."""
    words = any(k is not None and t.word(k) in R.SANCTION_WORDS for k in (f.index, f.at))
    return words or held_by_package(t, f)  # "Turkey sanctions to include 50% tariffs"


def sanctioner_elsewhere(
    t: Text, f: Finding, other: Text | None, origin: str, destination: str
) -> tuple[str, str, str] | None:
    """(origin, destination, word) when a sanction's one named side is its target: "New
    Myanmar sanctions ..." whose lede says the Office of Foreign Assets Control designated, or
    "US lifts sanctions ..." whose lede names only the Russian firm: the other text's actor
    imposes them, so the named side is whose goods they keep out (target -> sanctioner)."""
    if other is None or origin != "*" or destination == "*" or not sanctions(t, f):
        return None
    actor = title_actor(other)
    if actor is None or actor[0] == destination:
        return None
    return destination, actor[0], actor[1]


def retaliation_corridor(t: Text, f: Finding, flow: str) -> tuple[str, str, list[str]] | None:
    """(origin, destination, words) when the subject retaliates against another country:
    "Mexico hits back at U.S. steel duties" is Mexico's measure on US goods (US -> MX); an
    export measure in retaliation goes the other way (the subject exports)."""
    toks = t.toks
    r = next((k for k in range(0, f.index) if toks[k].low in R.RETALIATION_VERBS), None)
    if r is None or 0 < countered_end(t, r - 1) < f.index:
        return None  # "..., to counter US tariffs, eyes duties on China": the measure after it
    subject = next((pi for k in range(0, r) if (pi := t.place_at[k]) is not None), None)
    if subject is None:
        return None
    own = t.places[subject][0]
    other = next(
        (
            pi
            for k in range(r + 1, len(toks))
            if (pi := t.place_at[k]) is not None and t.places[pi][0] != own
        ),
        None,
    )
    if other is None:
        return None
    them = t.places[other][0]
    words = [t.places[subject][3], toks[r].text, t.places[other][3]]
    return (own, them, words) if flow == R.EXPORT or _own_supplies(t, f) else (them, own, words)


_SUPPLY_WORDS = frozenset({"shipments", "shipment", "supplies", "supply", "sales", "deliveries"})


def _own_supplies(t: Text, f: Finding) -> bool:
    """ "hits back ... with ban on gallium shipments": a ban or control (not a tariff) in
    retaliation on shipments or supplies, with no flow named, stops the subject's own supply."""
    if f.status not in ("suspended", "licensing"):
        return False
    return any(w in _SUPPLY_WORDS for w in t.lows[f.index + 1 : f.index + 6])
