"""The snapshot as ``metalwatch snapshot`` prints it: the ``metalwatch.snapshot/1`` JSON
contract (fields may be added, never removed or renamed) and the plain-text summary.

Ages, staleness and number formats come from ``tui.core.freshness`` and ``tui.core.fmt``, the
same rules the panels use, measured against the snapshot's own clock (``generated_at``).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from tui.core.failing import failing, failing_registers, registers_failing, story_failing
from tui.core.fmt import format_price, shown_places, stamp
from tui.core.freshness import (
    ahead_note,
    change_pct,
    change_period,
    freshness,
    story_age_hours,
    story_stale,
    window_change_pct,
)
from tui.core.held_back import held_back
from tui.core.kept import holds_data, items_said, kept_by_source, kept_of
from tui.core.models import PolicyStatus, PriceSeries, Snapshot
from tui.core.shown import shown as drawn
from tui.engine.relevance import PIN, pinned

SCHEMA = "metalwatch.snapshot/1"
#: The window of ``window_change_pct`` (the prices panel's "1Y chg").
WINDOW_DAYS = 366

__all__ = ["SCHEMA", "change_pct", "coming_note", "policy_note", "to_json", "to_text"]


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def _round(value: float | None, places: int = 4) -> float | None:
    return round(value, places) if value is not None else None


def _price_json(
    p: PriceSeries, now: datetime, failing: frozenset[str], held: dict[str, str]
) -> dict[str, Any]:
    last = p.points[-1] if p.points else None
    fresh = freshness(p, now)
    return {
        "metal": p.metal,
        "source": p.source,
        "symbol": p.symbol,
        "unit": p.unit,
        "kind": p.kind,
        "frequency": p.frequency,
        "source_kind": p.source_kind,
        "note": p.note,
        "last": last[1] if last else None,
        "change_pct": _round(change_pct(p)),
        "change_period": change_period(p) or None,
        "window_change_pct": _round(window_change_pct(p, WINDOW_DAYS)),
        "as_of": last[0].isoformat() if last else None,
        "age_days": fresh.age_days if fresh else None,
        "expected_age_days": fresh.expected_days if fresh else None,
        "stale": fresh.stale if fresh else False,
        # the newest point dated after the snapshot's UTC day (its age is then 0, never < 0)
        "dated_ahead_days": fresh.ahead_days if fresh else 0,
        "source_failing": p.source in failing,
        # the source's newest price held back as suspect: why (``last`` is the one before it)
        "held_back": held.get(p.source),
        "points": [[d.isoformat(), v] for d, v in p.points],
    }


def policy_note(row: PolicyStatus) -> str:
    """What the row says about its end date: "ended 2026-11-10 — check", "until 2026-11-27"."""
    if row.until is None:
        return ""
    if row.expired:
        return f"ended {row.until.isoformat()} — check"
    return f"until {row.until.isoformat()}"


def general_note(row: PolicyStatus) -> str:
    """ "newer for every exporter: *->US tariff 50% since 2025-06-04" (or importer, or both)."""
    g = row.newer_general
    if g is None:
        return ""
    every = "every exporter" if g.origin == "*" and row.origin != "*" else "every importer"
    if g.origin == "*" and g.destination == "*":
        every = "every corridor"
    rate = f" {g.rate_pct:g}%" if g.rate_pct is not None else ""
    return f"newer for {every}: {g.origin}->{g.destination} {g.status}{rate} since {g.since}"


def _general_json(row: PolicyStatus) -> dict[str, object] | None:
    g = row.newer_general
    if g is None:
        return None
    return {
        "origin": g.origin,
        "destination": g.destination,
        "status": g.status,
        "rate_pct": g.rate_pct,
        "since": _iso(g.since),
    }


def side_note(row: PolicyStatus) -> str:
    """ "also US: tariff 93.5% since 2025-07-17": the corridor's other side's restriction still
    in force beside the row's status ("" when none)."""
    o, who = row.other_side, row.other_party
    if o is None or who is None:
        return ""
    who = f"every {o.side}" if who == "*" else who
    rate = f" {o.rate_pct:g}%" if o.rate_pct is not None else ""
    since = f" since {o.since.isoformat()}" if o.since is not None else ""
    return f"also {who}: {o.status}{rate}{since}"


def _side_json(row: PolicyStatus) -> dict[str, object] | None:
    o = row.other_side
    if o is None:
        return None
    return {"side": o.side, "status": o.status, "rate_pct": o.rate_pct, "since": _iso(o.since)}


def coming_note(row: PolicyStatus) -> str:
    """What the row says about a measure announced for a later day: "coming: tariff 50% from
    2025-06-04"; "" when none."""
    if row.coming is None or row.starts is None:
        return ""
    rate = f" {row.coming_rate_pct:g}%" if row.coming_rate_pct is not None else ""
    return f"coming: {row.coming}{rate} from {row.starts.isoformat()}"


def to_json(snap: Snapshot, warnings: list[str] | None = None) -> dict[str, Any]:
    """The ``metalwatch.snapshot/1`` document; ``warnings``: what the config is warned of
    (:func:`tui.flow.config_warnings.config_warnings`), a list in the document, empty when
    nothing is."""
    down, registers = failing(snap.sources), failing_registers(snap.sources)
    stories = [
        {
            "id": s.id,
            "title": s.title,
            "url": s.url,
            "source": s.source,
            "sources": s.sources,
            "published": _iso(s.published),
            "age_hours": story_age_hours(s.published, snap.generated_at),
            "stale": story_stale(s.published, snap.generated_at),
            "date_estimated": s.date_estimated,
            "zone_unknown": s.zone_unknown,
            "summary": s.summary,
            "metals": list(s.metals),
            "official": s.official,
            "outlets": [
                {
                    "source": e.source,
                    "outlet": e.outlet,
                    "url": e.url,
                    "published": _iso(e.published),
                }
                for e in s.entries
            ],
            "policy_event": s.policy_event.to_json() if s.policy_event else None,
            "relevant": s.relevant,
            # listed before newer stories until then, as the panel's pinned mark says
            "pinned_until": (
                _iso(s.published + PIN)
                if s.published is not None and pinned(s, snap.generated_at)
                else None
            ),
            # every source behind it failed on its last attempt: the last good copy
            "sources_failing": story_failing(s, down),
        }
        for s in snap.stories
    ]
    held = held_back(snap.sources)
    prices = [_price_json(p, snap.generated_at, down, held) for p in snap.prices]
    policy = [
        {
            "metal": r.metal,
            "origin": r.origin,
            "destination": r.destination,
            "status": r.status,
            "rate_pct": r.rate_pct,
            "rate_up_to": r.rate_up_to,
            "since": _iso(r.since),
            "since_estimated": r.since_estimated,
            "until": _iso(r.until),
            "expired": r.expired,
            "proposed": r.proposed,
            "pending": r.pending,
            "coming": r.coming,
            "coming_rate_pct": r.coming_rate_pct,
            "starts": _iso(r.starts),
            "conflict": r.conflict,
            "newer_general": _general_json(r),
            "other_side": _side_json(r),
            "sources_failing": list(registers_failing(r, registers)),
            "evidence": [e.to_json() for e in r.evidence],
        }
        for r in snap.policy
    ]
    kept = kept_by_source(snap.stories, snap.sources)
    sources = [
        {
            "name": h.name,
            "kind": h.kind,
            "ok": h.ok,
            "error": h.error,
            "warning": h.warning,
            "fetched_at": _iso(h.fetched_at),
            "items": h.items,
            # a news source's items the snapshot holds (fewer past [app] max_stories); null for
            # a price or policy source, whose points or entries are all kept
            "kept": kept_of(h, kept),
            "stale": h.stale,
            "last_success": _iso(h.last_success),
            "next_attempt": _iso(h.next_attempt),
        }
        for h in snap.sources
    ]
    # a metal whose config names no unit is shown in its price row's (the panel's) unit
    shown_unit = {p.metal: p.unit for p in snap.prices if p.metal and p.unit}
    return {
        "schema": SCHEMA,
        "generated_at": _iso(snap.generated_at),
        "mode": snap.mode,
        "data_as_of": _iso(snap.data_as_of),
        "metals": [
            {"id": m.id, "name": m.name, "unit": m.unit or shown_unit.get(m.id)}
            for m in snap.metals
        ],
        "headlines": stories,
        "prices": prices,
        "policy": policy,
        "sources": sources,
        "notes": list(snap.notes),
        "warnings": list(warnings or ()),
        "alerts": list(snap.alerts),
    }


def to_text(snap: Snapshot, *, max_headlines: int = 30, show_all: bool = False) -> str:
    """The snapshot as plain text: the relevant headlines (every one with ``show_all``) in
    panel order, prices, the policy board and the sources."""
    lines = [f"metalwatch snapshot, {_iso(snap.generated_at)} ({snap.mode})"]
    lines += [f"note: {drawn(n)}" for n in snap.notes]
    lines.append("")
    shown = snap.stories if show_all else [s for s in snap.stories if s.relevant]
    # the times below are UTC, as the panel's "Date UTC" column: say so once, in the heading;
    # --all offered only while it would show more
    if len(shown) == len(snap.stories):
        lines.append(f"HEADLINES ({len(shown)}), times UTC")
    else:
        lines.append(
            f"HEADLINES ({len(shown)} of {len(snap.stories)}; --all shows every one), times UTC"
        )
    if show_all:  # every one, as --all says
        max_headlines = len(shown)
    down, registers = failing(snap.sources), failing_registers(snap.sources)
    held = held_back(snap.sources)
    for s in shown[:max_headlines]:
        when = stamp(s.published, none="undated")
        if (s.date_estimated or s.zone_unknown) and s.published is not None:  # the panel's "~"
            when += "~"  # first seen, or a clock time of a zone not known
        tags = f" [{', '.join(s.metals)}]" if s.metals else ""
        more = f" +{s.sources - 1}" if s.sources > 1 else ""
        official = " (official)" if s.official else ""
        if s.published is not None and pinned(s, snap.generated_at):  # as the panel's mark,
            # with how long: "(pinned)" said neither why it stood above newer ones nor until when
            official += f" (pinned until {stamp(s.published + PIN)}: a policy story)"
        tags += "  SOURCE FAILING" if story_failing(s, down) else ""  # as a price says it
        lines.append(f"  {when}  {drawn(s.title)}  ({drawn(s.source)}{more}){official}{tags}")
    if len(shown) > max_headlines:
        lines.append(f"  ... {len(shown) - max_headlines} more (use --json for all)")
    lines.append("")
    lines.append("PRICES")
    for p in snap.prices:
        if not p.points:
            continue
        d, v = p.points[-1]
        chg = change_pct(p)
        period = change_period(p)
        chg_s = f"{chg:+.2f}% {period}".strip() if chg is not None else "n/a"
        note = f"  ({drawn(p.note)})" if p.note else ""
        fresh = freshness(p, snap.generated_at)
        stale = f"  STALE ({fresh.age_days}d old)" if fresh and fresh.stale else ""
        stale += f"  ({ahead})" if (ahead := ahead_note(fresh)) else ""
        # the last good value of a source that failed now (as the panel's "!"): see SOURCES
        stale += "  SOURCE FAILING" if p.source in down else ""
        # its newest price held back as suspect (as the panel's "held"): not the latest sent
        stale += f"  NEWEST HELD BACK ({drawn(held[p.source])})" if p.source in held else ""
        price = format_price(v, shown_places(p.decimals, v))
        lines.append(
            f"  {p.metal or p.symbol:<12} {price:>12} {p.unit:<8} {chg_s:>12}  {d}  {p.source}"
            f"{note}{stale}"
        )
    lines.append("")
    lines.append("TRADE POLICY")
    for r in snap.policy:
        rate = (
            f" {'up to ' if r.rate_up_to else ''}{r.rate_pct:g}%" if r.rate_pct is not None else ""
        )
        since = f" since {r.since}{'~' if r.since_estimated else ''}" if r.since else ""
        flags = (" [proposed]" if r.proposed else "") + (
            f" [pending: {r.pending}]" if r.pending else ""
        )
        if r.coming_from is not None:  # nothing in force yet: the coming measure
            since = f" from {r.coming_from}"
        elif r.starts is not None:
            flags = f" [{coming_note(r)}]" + flags
        flags += " [CONFLICT]" if r.conflict else ""
        flags += f" [{side_note(r)}]" if r.other_side is not None else ""
        flags += f" [{general_note(r)}]" if r.newer_general is not None else ""
        flags += f" [{policy_note(r)}]" if r.until is not None else ""
        if names := registers_failing(r, registers):  # its entries are the last good ones
            flags += f" [SOURCE FAILING: {', '.join(drawn(n) for n in names)}]"
        lines.append(
            f"  {r.metal:<12} {r.origin}->{r.destination:<3} {r.status}{rate}{since}{flags}"
            f"  ({_evidence(r)})"
        )
    lines.append("")
    lines.append("SOURCES")
    kept = kept_by_source(snap.stories, snap.sources)  # "30,000 items, 20,000 kept"
    for h in snap.sources:
        # its data kept by a damaged cache that lost the record of its fetches: not "never"
        unknown = h.last_success is None and holds_data(snap, h.name)
        state = "ok" if h.ok else ("error" if h.error else "never fetched")
        if h.ok and h.stale:
            state = "stale"
        state = "not known when fetched" if unknown and state == "never fetched" else state
        extra = f": {drawn(h.error)}" if h.error else ""
        extra = extra or (f" (warning: {drawn(h.warning)})" if h.warning else "")
        if h.error or state == "stale":  # how old what it still shows is
            good = f"last good {stamp(h.last_success)} UTC" if h.last_success else "never worked"
            extra = f" ({'last good not known' if unknown else good}){extra}"
        lines.append(f"  {h.name} [{h.kind}] {state}, {items_said(h, kept)}{extra}")
    return "\n".join(lines) + "\n"


_EVIDENCE_WORD = {"inferred": "headline"}  # a headline metalwatch read as a measure


def _evidence(row: PolicyStatus) -> str:
    """What a status rests on: ``1 evidence: document``, ``3 evidence: 2 headline, 1 declared``."""
    kinds: dict[str, int] = {}
    for e in row.evidence:
        kind = _EVIDENCE_WORD.get(e.kind, e.kind)
        kinds[kind] = kinds.get(kind, 0) + 1
    if len(kinds) == 1:
        return f"{len(row.evidence)} evidence: {next(iter(kinds))}"
    parts = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    return f"{len(row.evidence)} evidence" + (f": {parts}" if parts else "")
