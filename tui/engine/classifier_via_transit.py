"""A transit country is not the goods' origin (the thirteenth blind set's even rows, session 41).

"US targets Chinese steel exports with tariffs on shipments via Mexico": the place after "via"
(or after "through" with a verb of routing, "routed through Malaysia") is where the goods pass,
and when the title names the goods' own country ("Chinese steel"), that country is the origin,
not the transit one. With no other origin named, "imports via Mexico" keeps Mexico as where
the goods come from, as before.
"""

from __future__ import annotations

from tui.engine.classifier_text import Text

#: Verbs of routing goods through a third country ("routed through", "shipped through").
_ROUTED = frozenset(
    {"routed", "rerouted", "re-routed", "shipped", "transshipped", "trans-shipped", "sent",
     "passing", "passed", "moving", "moved"}
)  # fmt: skip
_ORIGIN_ROLES = frozenset({"goods", "from"})


def _transit_at(t: Text, first: int) -> bool:
    k = first - 1
    if t.word(k) == "the":
        k -= 1
    return t.word(k) == "via" or (t.word(k) == "through" and t.word(k - 1) in _ROUTED)


def transit_roles(
    t: Text, out: list[tuple[str, str, str]], spans: list[tuple[int, int]]
) -> list[tuple[str, str, str]]:
    """``out`` (role, code, matched per place) with a transit country's "from" role made
    "other" when another place is the goods' origin."""
    transit = [
        x for x, (role, _c, _m) in enumerate(out) if role == "from" and _transit_at(t, spans[x][0])
    ]
    if not transit:
        return out
    origins = {
        code for x, (role, code, _m) in enumerate(out) if role in _ORIGIN_ROLES and x not in transit
    }
    if not origins:
        return out
    return [
        ("other", c, m) if x in transit and c not in origins else (r, c, m)
        for x, (r, c, m) in enumerate(out)
    ]
