"""Metals a title sets apart from its measure in a clause of their own: "Congo bans cobalt
exports; copper unaffected", "Indonesia bans nickel ore exports, keeps copper concentrate
shipments open". The clause after the comma or semicolon tells that the other goods still go
(unaffected, untouched, exempt, spared, kept open, allowed, continuing): they are not the
measure's goods. Read only when the measure's own clause names metals of its own, and never for
a release (whose kept clause :func:`tui.engine.classifier_effects.kept_metals` reads). A
restart after "but" that follows a stop ("bans bauxite exports but allows nickel pig iron
shipments") is the stop's exception, not the news (:func:`stop_before_exception`).
"""

from __future__ import annotations

from tui.engine.classifier_spans import first_overlaps
from tui.engine.classifier_text import Finding, Text

#: A clause's word that leaves its goods out of the measure.
_APART = frozenset(
    {"unaffected", "untouched", "unchanged", "exempt", "exempted", "spared", "open",
     "allowed", "allows", "excluded", "unrestricted", "continue", "continues"}
)  # fmt: skip
_SEPARATORS = frozenset({",", ";", "but"})


def set_apart_metals(t: Text, f: Finding, source: Text) -> set[str]:
    """The title's metals named only in a clause after the measure that sets them apart."""
    if source is not t or f.status == "resuming" or _APART.isdisjoint(t.lows):
        return set()
    cut = next((k for k in range(f.index + 1, len(t.toks)) if t.toks[k].low in _SEPARATORS), None)
    if cut is None or _APART.isdisjoint(tk.low for tk in t.toks[cut + 1 :]):
        return set()
    own: set[str] = set()
    apart: set[str] = set()
    for ti, si in first_overlaps(t.toks, t.metal_spans):
        (apart if ti > cut else own).add(t.metal_spans[si][0])
    return apart - own if own - apart else set()


def stop_before_exception(t: Text, main: list[Finding], best: Finding) -> Finding:
    """ "Indonesia bans bauxite exports but allows nickel pig iron shipments": a restart after
    "but" that follows a stop is the stop's exception; the stop is the news."""
    if best.rule != "restart":
        return best
    but = next((k for k in range(best.index - 1, -1, -1) if t.toks[k].low == "but"), None)
    if but is None:
        return best
    return next(
        (
            f
            for f in main
            if f.rule == "stop"
            and f.index < but
            and f.status in ("suspended", "quota", "licensing")
        ),
        best,
    )
