"""Build the :class:`Snapshot` every view shows, from the store and the config.

The TUI and ``metalwatch snapshot`` both call :func:`build_snapshot`; ``to_json`` is the
documented ``metalwatch.snapshot/1`` contract (fields may be added, never removed or renamed).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from tui.core.config_types import NEWS_KINDS, PRICE_KINDS, Config
from tui.core.models import Evidence, PolicyEvent, PriceSeries, Snapshot, SourceHealth, Story
from tui.sources import registry

if TYPE_CHECKING:
    from tui.store import Store

SCHEMA = "metalwatch.snapshot/1"
# The bundled demo is a capture: its clock stands at the capture time, so ages read as they did.
DEMO_NOW = datetime(2026, 8, 23, 0, 0, tzinfo=timezone.utc)
DEMO_DATE = "2026-08-22"  # the newest capture in the bundled demo


def build_snapshot(
    config: Config, store: Store, *, now: datetime | None = None, mode: str | None = None
) -> Snapshot:
    from tui.core.gazetteer import Gazetteer
    from tui.engine.board import build_board
    from tui.engine.classifier import classify
    from tui.engine.cluster import build_stories
    from tui.engine.relevance import rank, with_relevance

    now = now or (DEMO_NOW if config.demo else datetime.now(timezone.utc))
    metals = list(config.metals)

    # headlines -> stories -> policy events
    headlines = store.load_headlines(limit=config.app.max_stories)
    configured = {s.name for s in config.sources}
    headlines = [h for h in headlines if h.source in configured]
    stories = build_stories(headlines, metals)
    gazetteer = (
        Gazetteer.default().extend(config.gazetteer) if config.gazetteer else Gazetteer.default()
    )
    classified: list[Story] = []
    events: list[tuple[PolicyEvent, Evidence]] = []
    memo_key = (tuple(metals), tuple(sorted(config.gazetteer.items())))
    if _CLASSIFIED.get("key") != memo_key or len(_CLASSIFIED) > 4 * config.app.max_stories:
        _CLASSIFIED.clear()
        _CLASSIFIED["key"] = memo_key
    for story in stories:
        text = (story.title, story.summary)
        if text in _CLASSIFIED:  # classified in an earlier build: the same words, the same event
            event = _CLASSIFIED[text]
        else:
            event = classify(story.title, story.summary, metals, gazetteer=gazetteer)
            _CLASSIFIED[text] = event
        if (
            event is not None
            and story.official
            and event.destination == "*"
            and event.origin != "US"
        ):
            # Federal Register documents are US measures: an unnamed importer is the US
            event = dataclasses.replace(event, destination="US")
        if event is not None:
            story = dataclasses.replace(story, policy_event=event)
            events.append((event, _evidence(story, event)))
        classified.append(with_relevance(story))
    classified = rank(classified, now)

    # declared entries from the config and from policy-file sources
    declared = list(config.policy)
    known_metals = {m.id for m in metals}
    policy_sources = {s.name for s in config.sources if s.kind == "policy-file"}
    declared += [
        d for d in store.load_declared() if d.source in policy_sources and d.metal in known_metals
    ]
    events = events + _remembered_events(store, events, known_metals)
    board = build_board(declared, events, now=now)

    # prices: the first healthy source per metal, in config order, converted to the display unit
    health = source_health(config, store, now)
    series_by_source = {s.source: s for s in store.load_series()}
    prices = _pick_prices(config, series_by_source, health)

    fetched = [h.last_success for h in health if h.last_success is not None]
    snap = Snapshot(
        generated_at=now,
        metals=metals,
        stories=classified,
        prices=prices,
        policy=board,
        sources=health,
        mode=mode or ("demo" if config.demo else "live"),
        data_as_of=max(fetched) if fetched else None,
    )
    return snap


# (title, summary) -> event, kept across builds in this process (each refresh rebuilds the
# snapshot from every stored story); reset when the watch list or gazetteer changes.
_CLASSIFIED: dict[object, Any] = {}


def _event_key(event: PolicyEvent, ev: Evidence) -> str:
    corridor = f"{event.origin}>{event.destination}"
    return (
        f"{ev.kind}|{ev.url or ev.title}|{event.status}|{','.join(sorted(event.metals))}|{corridor}"
    )


def _remembered_events(
    store: Store, current: list[tuple[PolicyEvent, Evidence]], known_metals: set[str]
) -> list[tuple[PolicyEvent, Evidence]]:
    """Keep today's events in the store and bring back earlier ones whose headlines were
    pruned since, so an inferred status outlives the headline's retention."""
    from tui.store.snapshot_cache import decode, encode

    keys = {_event_key(e, ev): (e, ev) for e, ev in current}
    try:
        store.save_policy_events(
            [
                (k, {"published": _iso(ev.published), "event": encode(e), "evidence": encode(ev)})
                for k, (e, ev) in keys.items()
            ]
        )
        stored = store.load_policy_events()
    except Exception:  # a read-only or locked store: the events of this build still count
        return []
    out: list[tuple[PolicyEvent, Evidence]] = []
    for key, body in stored.items():
        if key in keys:
            continue
        try:
            event, evidence = decode(body["event"]), decode(body["evidence"])
        except (KeyError, TypeError, ValueError):
            continue
        if not isinstance(event, PolicyEvent) or not isinstance(evidence, Evidence):
            continue
        metals = tuple(m for m in event.metals if m in known_metals)
        if metals:
            out.append((dataclasses.replace(event, metals=metals), evidence))
    return out


def _evidence(story: Story, event: PolicyEvent) -> Evidence:
    return Evidence(
        kind="document" if story.official else "inferred",
        title=story.title,
        url=story.url,
        source=story.source,
        published=story.published,
        confidence=event.confidence,
        words=event.words,
        status=event.status,
        rate_pct=event.rate_pct,
        proposed=event.proposed,
    )


def source_health(config: Config, store: Store, now: datetime) -> list[SourceHealth]:
    from tui.flow.refresh import is_stale

    stored = store.load_health()
    out = []
    for src in config.sources:
        h = stored.get(src.name) or SourceHealth(src.name, src.kind)
        h.kind = src.kind
        h.stale = h.last_success is not None and is_stale(
            h, registry.cadence(src, config.app.refresh), now
        )
        out.append(h)
    return out


def _pick_prices(
    config: Config, series_by_source: dict[str, PriceSeries], health: list[SourceHealth]
) -> list[PriceSeries]:
    from tui.core.units import convert_series

    ok = {h.name for h in health if h.ok}
    out: list[PriceSeries] = []
    for metal in config.metals:
        candidates = [
            s
            for s in config.sources
            if s.kind in PRICE_KINDS and s.metal == metal.id and s.name in series_by_source
        ]
        if not candidates:
            continue
        healthy = [s for s in candidates if s.name in ok and series_by_source[s.name].points]
        chosen = (
            healthy or [s for s in candidates if series_by_source[s.name].points] or candidates
        )[0]
        series = series_by_source[chosen.name]
        if series.metal != metal.id:
            series = dataclasses.replace(series, metal=metal.id)
        out.append(convert_series(series, metal.unit))
    return out


# ---- output -------------------------------------------------------------------------------


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def change_pct(series: PriceSeries) -> float | None:
    if len(series.points) < 2 or series.points[-2][1] == 0:
        return None
    return (series.points[-1][1] / series.points[-2][1] - 1) * 100


def to_json(snap: Snapshot) -> dict[str, Any]:
    stories = [
        {
            "id": s.id,
            "title": s.title,
            "url": s.url,
            "source": s.source,
            "sources": s.sources,
            "published": _iso(s.published),
            "date_estimated": s.date_estimated,
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
        }
        for s in snap.stories
    ]
    prices = []
    for p in snap.prices:
        last = p.points[-1] if p.points else None
        chg = change_pct(p)
        prices.append(
            {
                "metal": p.metal,
                "source": p.source,
                "symbol": p.symbol,
                "unit": p.unit,
                "kind": p.kind,
                "frequency": p.frequency,
                "source_kind": p.source_kind,
                "note": p.note,
                "last": last[1] if last else None,
                "change_pct": round(chg, 4) if chg is not None else None,
                "as_of": last[0].isoformat() if last else None,
                "points": [[d.isoformat(), v] for d, v in p.points],
            }
        )
    policy = [
        {
            "metal": r.metal,
            "origin": r.origin,
            "destination": r.destination,
            "status": r.status,
            "rate_pct": r.rate_pct,
            "since": _iso(r.since),
            "proposed": r.proposed,
            "pending": r.pending,
            "conflict": r.conflict,
            "evidence": [e.to_json() for e in r.evidence],
        }
        for r in snap.policy
    ]
    sources = [
        {
            "name": h.name,
            "kind": h.kind,
            "ok": h.ok,
            "error": h.error,
            "warning": h.warning,
            "fetched_at": _iso(h.fetched_at),
            "items": h.items,
            "stale": h.stale,
            "last_success": _iso(h.last_success),
            "next_attempt": _iso(h.next_attempt),
        }
        for h in snap.sources
    ]
    return {
        "schema": SCHEMA,
        "generated_at": _iso(snap.generated_at),
        "mode": snap.mode,
        "data_as_of": _iso(snap.data_as_of),
        "metals": [{"id": m.id, "name": m.name, "unit": m.unit} for m in snap.metals],
        "headlines": stories,
        "prices": prices,
        "policy": policy,
        "sources": sources,
        "notes": list(snap.notes),
        "alerts": list(snap.alerts),
    }


def to_text(snap: Snapshot, *, max_headlines: int = 30, show_all: bool = False) -> str:
    """The snapshot as plain text: the relevant headlines (every one with ``show_all``) in
    panel order, prices, the policy board and the sources."""
    from tui.core.units import format_price

    lines = [f"metalwatch snapshot, {_iso(snap.generated_at)} ({snap.mode})"]
    lines += [f"note: {n}" for n in snap.notes]
    lines.append("")
    shown = snap.stories if show_all else [s for s in snap.stories if s.relevant]
    if show_all:
        lines.append(f"HEADLINES ({len(shown)})")
    else:
        lines.append(f"HEADLINES ({len(shown)} of {len(snap.stories)}; --all shows every one)")
    for s in shown[:max_headlines]:
        when = s.published.strftime("%Y-%m-%d %H:%M") if s.published else "undated"
        tags = f" [{', '.join(s.metals)}]" if s.metals else ""
        more = f" +{s.sources - 1}" if s.sources > 1 else ""
        official = " (official)" if s.official else ""
        lines.append(f"  {when}  {s.title}  ({s.source}{more}){official}{tags}")
    if len(shown) > max_headlines:
        lines.append(f"  ... {len(shown) - max_headlines} more (use --json for all)")
    lines.append("")
    lines.append("PRICES")
    for p in snap.prices:
        if not p.points:
            continue
        d, v = p.points[-1]
        chg = change_pct(p)
        chg_s = f"{chg:+.2f}%" if chg is not None else "   n/a"
        note = f"  ({p.note})" if p.note else ""
        lines.append(
            f"  {p.metal or p.symbol:<12} {format_price(v):>12} {p.unit:<8} {chg_s:>8}  {d}  {p.source}{note}"
        )
    lines.append("")
    lines.append("TRADE POLICY")
    for r in snap.policy:
        rate = f" {r.rate_pct:g}%" if r.rate_pct is not None else ""
        since = f" since {r.since}" if r.since else ""
        flags = (" [proposed]" if r.proposed else "") + (
            f" [pending: {r.pending}]" if r.pending else ""
        )
        flags += " [CONFLICT]" if r.conflict else ""
        lines.append(
            f"  {r.metal:<12} {r.origin}->{r.destination:<3} {r.status}{rate}{since}{flags}  ({len(r.evidence)} evidence)"
        )
    lines.append("")
    lines.append("SOURCES")
    for h in snap.sources:
        state = "ok" if h.ok else ("error" if h.error else "never fetched")
        if h.ok and h.stale:
            state = "stale"
        extra = f": {h.error}" if h.error else (f" (warning: {h.warning})" if h.warning else "")
        lines.append(f"  {h.name} [{h.kind}] {state}, {h.items} items{extra}")
    return "\n".join(lines) + "\n"


def news_sources(config: Config) -> list[str]:
    return [s.name for s in config.sources if s.kind in NEWS_KINDS]
