"""An export measure told through the markets it hits: "Japan, South Korea hit with Chinese
export curbs on gallium" is China's export curb aimed at Japan (and South Korea), "US faces
Chinese export ban on antimony" China's ban on shipments to the US.

The corridor reader (:func:`~tui.engine.classifier_direction.corridor`) takes the title's
first place as the exporter of an export measure; when that place is the subject the measure
hits ("hit with", "hit by", "face") and another place's demonym or name stands between the
verb and the measure, the other exports and the subject is the market the measure is aimed at
(docs/STATUSES.md: "the country an export measure is aimed at ... as its destination"). The
subject names neither sellers nor goods: "Chinese foil exporters hit with Mexican duties" is
an importer's duty on the subject's goods (:mod:`~tui.engine.classifier_trader_side`).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_text import Finding, Text, flow_of

#: A verb telling that the subject bears the measure after it.
_BEARS = frozenset({"hit", "struck", "face", "faces", "facing"})
#: Words of a subject that names the sellers or buyers, not a market.
_TRADERS = frozenset(
    {
        "exporters",
        "exporter",
        "importers",
        "importer",
        "mills",
        "makers",
        "producers",
        "steelmakers",
        "suppliers",
        "shippers",
        "smelters",
        "miners",
        "firms",
        "companies",
        "exports",
        "imports",
        "shipments",
    }
)


def export_target_sides(
    t: Text, f: Finding, origin: str, flow: str | None
) -> tuple[str, str, str] | None:
    """``(origin, destination, word)`` when the title's subject is the market an export
    measure of another place hits and the corridor read the subject as the exporter; else
    None."""
    if flow != R.EXPORT or f.status not in ("licensing", "suspended", "quota", "tariff"):
        return None
    at, lows, where = f.measure_at, t.lows, t.place_at
    verb = next((k for k in range(at) if lows[k] in _BEARS), None)
    if verb is None or verb == 0:
        return None
    if any(lows[k] in _TRADERS for k in range(verb)) or any(t.is_metal[:verb]):
        return None  # sellers or goods as the subject: an importer's measure on them
    if not any(flow_of(lows[k]) == R.EXPORT for k in range(verb + 1, at + 1)):
        return None  # the export word belongs to the measure the subject bears
    target = next((where[k] for k in range(verb) if where[k] is not None), None)
    actor = next((where[k] for k in range(verb + 1, at) if where[k] is not None), None)
    if target is None or actor is None:
        return None
    market, exporter = t.places[target][0], t.places[actor][0]
    if market == exporter or origin != market:
        return None  # the corridor's own reading stands unless it took the market to export
    return exporter, market, t.places[actor][3]
