"""A wider corridor's newer status beside a row: a measure for every exporter (or importer)
of a metal that came after the corridor's own (see :func:`with_newer_general`)."""

from __future__ import annotations

import dataclasses
from datetime import date

from tui.core.models import PolicyStatus


def with_newer_general(rows: list[PolicyStatus]) -> list[PolicyStatus]:
    """Each corridor's row with the newest status for a wider corridor of its metal ("*->US"
    for "CA->US": every exporter; "CN->*": every importer; "*->*") when that one started after
    it and says otherwise: "ends tariff exemptions for all countries" in 2025 beside Canada's
    exemption of 2019 (a measure for all may cover this corridor too: said, never assumed)."""
    by_key = {(r.metal, r.origin, r.destination): r for r in rows}
    out: list[PolicyStatus] = []
    for r in rows:
        wider = [
            by_key.get((r.metal, o, d))
            for o, d in (("*", r.destination), (r.origin, "*"), ("*", "*"))
            if (o, d) != (r.origin, r.destination)
        ]
        newer = [
            w
            for w in wider
            if w is not None
            and w.since is not None
            and r.since is not None
            and w.since > r.since
            and not w.proposed
            and (w.status, w.rate_pct) != (r.status, r.rate_pct)
        ]
        if newer:
            top = max(newer, key=lambda w: w.since or date.min)
            r = dataclasses.replace(r, newer_general=dataclasses.replace(top, evidence=()))
        out.append(r)
    return out
