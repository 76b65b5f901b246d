"""The flow a summary sentence is read with when it gives the corridor of a title that names
no side: "New bans issued on aluminum" whose lede says "The United States on Friday banned
imports of Russian aluminum". A title with no word of a flow ("imports", "exports", "shipments")
and a finding that saw none only defaults to one (a bare ban is read as an export ban): the
sentence's own words then tell the flow, as they would as a title ("US bans Russian
aluminium": RU -> US), not the title's default. A title that names a flow keeps it.

Asked by :func:`tui.engine.classifier_corridor.event_corridor`.
"""

from __future__ import annotations

from tui.engine.classifier_text import Finding, Text, flow_of


def summary_flow(t: Text, f: Finding, flow: str | None) -> str | None:
    """The flow to read a summary sentence's corridor with: ``None`` (the sentence's own) when
    neither the title ``t`` nor its finding ``f`` saw a flow, else the title's."""
    if f.flow is None and not any(flow_of(w) for w in t.lows):
        return None
    return f.flow or flow
