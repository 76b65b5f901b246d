"""The other side of a pair: "US-Japan deal cuts tariffs on Japanese steel".

A title that names two countries as a pair ("US-Japan", "U.S.-Japan", "Japan-US") before a
measure on one of them leaves the corridor's other end unnamed: the pair's other member is
that end: a tariff on Japanese steel in a US-Japan deal is the US's (JP -> US). Only for
measures on imports: export controls China eases in a US-China truce are eased for every buyer
(CN -> *). Read only where the corridor has exactly one end and no other rule filled the other
(:func:`~tui.engine.classifier_other_side.sanctioner_elsewhere` first).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_named_targets import named_target
from tui.engine.classifier_other_side import sanctioner_elsewhere
from tui.engine.classifier_packages import package_target, sanctioned_goods
from tui.engine.classifier_roles import place_roles
from tui.engine.classifier_text import Finding, Text, flow_of


def other_side(
    t: Text, f: Finding, other: Text | None, origin: str, destination: str
) -> tuple[str, str, str] | None:
    """(origin, destination, word): a sanction's sides named elsewhere
    (:func:`~tui.engine.classifier_other_side.sanctioner_elsewhere`) or a package's target
    (:func:`~tui.engine.classifier_packages.package_target`), else the missing end of a
    corridor taken from a pair of countries the title names; None when neither applies."""
    sides = (
        sanctioner_elsewhere(t, f, other, origin, destination)
        or package_target(t, f, origin, destination)  # "Iran sanctions to include ban on ..."
        or sanctioned_goods(t, origin, destination)  # "... Russian gold as Moscow sanctions widen"
        or named_target(t, f, origin, destination)  # "Korea steel TRQ ... under Biden proclamation"
    )
    if sides is not None or (origin == "*") == (destination == "*"):
        return sides
    if f.flow == R.EXPORT or any(flow_of(w) == R.EXPORT for w in t.lows):
        return None  # export controls eased in a truce stay eased for every buyer
    before = t.text[: t.toks[f.index].start]  # the pair leads in to the measure ("US-Japan
    # deal cuts ..."), not a background clause after it ("..., easing a US-China row")
    pair = [
        (code, matched)
        for role, code, matched in place_roles(t, f.index)
        if role == "pair" and matched in before
    ]
    codes = {code for code, _m in pair}
    known = destination if origin == "*" else origin
    if len(pair) != 2 or len(codes) != 2 or known not in codes:
        return None
    code, matched = next((c, m) for c, m in pair if c != known)
    return (code, destination, matched) if origin == "*" else (origin, code, matched)
