"""A measure's sides told through the traders it touches: "Chinese aluminum foil exporters hit
with Mexican duties" is Mexico's duty on China's foil, "Flat steel importers in India face a
proposed safeguard duty" India's duty on its imports.

The corridor reader (:func:`~tui.engine.classifier_direction.corridor`) takes "exporters" as
the flow's word and the place before the measure noun as the exporter: "Mexican duties" read
as Mexico's export duty. When the title's subject names the sellers hit (exporters, mills,
makers, producers) or the goods, with one place, and the words between its verb ("hit by",
"hit with", "face") and the measure noun name another, the subject's place exports and the
other imposes the import measure. Importers named with a place ("Indian importers",
"importers in India") are that place's: the importer, not the exporter the flow word made it.
Only a tariff or a quota is read so; a side the corridor read otherwise is kept.
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text

#: The sellers a measure hits, named as the subject of a title.
_SELLERS = frozenset(
    {
        "exporters",
        "exporter",
        "mills",
        "makers",
        "producers",
        "steelmakers",
        "suppliers",
        "shippers",
        "smelters",
        "miners",
    }
)
#: The buyers of a flow: the importer's side.
_BUYERS = frozenset({"importers", "importer"})
#: A verb telling that the subject bears the measure after it.
_BEARS = frozenset({"hit", "struck", "face", "faces", "facing"})


def _place_in(t: Text, lo: int, hi: int) -> int | None:
    """The first place whose token lies in ``lo``..``hi - 1``, as an index into ``t.places``."""
    at = t.place_at
    return next((at[k] for k in range(max(lo, 0), min(hi, len(at))) if at[k] is not None), None)


def _buyers_place(t: Text) -> int | None:
    """The place of the title's importers: "Indian importers", "importers in India"."""
    lows, at = t.lows, t.place_at
    for k, low in enumerate(lows):
        if low not in _BUYERS:
            continue
        if k + 2 < len(lows) and lows[k + 1] == "in" and at[k + 2] is not None:
            return at[k + 2]
        for j in range(k - 1, max(k - 5, -1), -1):  # "Flat steel importers", "Indian importers"
            if at[j] is not None:
                return at[j]
            if lows[j] in ("to", "from", "by", "of", "for", "with"):
                break
    return None


def trader_sides(
    t: Text, f: Finding, origin: str, destination: str, flow: str | None
) -> tuple[str, str, str, str] | None:
    """``(origin, destination, flow, word)`` read from the traders the title names, or None
    when it names none or the corridor already reads their sides so."""
    if f.status not in ("tariff", "quota"):
        return None
    places, lows = t.places, t.lows
    buyers = _buyers_place(t)
    if buyers is not None:
        code = places[buyers][0]
        if origin == code and destination in ("*", code):  # the importer read as the exporter
            return "*", code, R.IMPORT, places[buyers][3]
        return None
    at = f.measure_at
    verb = next((k for k in range(at) if lows[k] in _BEARS), None)
    if verb is None or verb == 0:
        return None
    seller = _place_in(t, 0, verb)
    imposer = _place_in(t, verb + 1, at)
    if seller is None or imposer is None:
        return None
    if not (any(lows[k] in _SELLERS for k in range(verb)) or any(t.is_metal[:verb])):
        return None
    src, dst = places[seller][0], places[imposer][0]
    if src == dst or (origin, destination) == (src, dst) or origin != dst:
        return None  # the corridor's own reading stands unless it took the imposer to export
    return src, dst, R.IMPORT, places[imposer][3]
