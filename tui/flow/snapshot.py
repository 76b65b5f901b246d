"""Build the :class:`Snapshot` every view shows, from the store and the config.

The TUI and ``metalwatch snapshot`` both call :func:`build_snapshot`; ``to_json`` (in
``tui.flow.snapshot_render``, importable from here) is the documented ``metalwatch.snapshot/1``
contract (fields may be added, never removed or renamed).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from tui.core.config_types import NEWS_KINDS, Config
from tui.core.demo_clock import DEMO_NOW
from tui.core.models import Evidence, Headline, Metal, PolicyEvent, Snapshot, Story
from tui.flow.dated_ahead import board_as_of
from tui.flow.health import source_health
from tui.flow.price_pick import pick_prices
from tui.flow.snapshot_events import (
    board_event,
    classify_stories,
    dropped_plan,
    gazetteer_of,
    read_events,
)
from tui.flow.snapshot_render import SCHEMA, _iso, change_pct, to_json, to_text

if TYPE_CHECKING:
    from tui.engine.cluster_memo import ClusterMemo
    from tui.store import Store

__all__ = [
    "SCHEMA",
    "build_snapshot",
    "change_pct",
    "news_sources",
    "source_health",
    "to_json",
    "to_text",
]


def build_snapshot(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    mode: str | None = None,
    price_days: int | None = None,
    reuse: Snapshot | None = None,
    grouped: bool = True,
) -> Snapshot:
    """``price_days``: read only that recent window of each series (the UI's). ``reuse``: the
    snapshot this one replaces, whose unchanged headlines are shared, not read again.
    ``grouped=False``: each headline a story, none classified (``cluster.unclustered``), the
    mode ``UNGROUPED``: as ``reuse`` only its headlines are (not its stories, nor its events)."""
    from tui.engine.cluster import build_stories, unclustered
    from tui.engine.relevance import rank

    now = now or (DEMO_NOW if config.demo else datetime.now(timezone.utc))
    metals = list(config.metals)

    # headlines -> stories -> policy events
    held = (e for story in reuse.stories for e in story.entries) if reuse is not None else ()
    headlines = store.load_headlines(limit=config.app.max_stories, reuse=held)
    reuse = reuse if reuse is not None and reuse.mode != UNGROUPED else None  # its headlines only
    configured = {s.name for s in config.sources}
    headlines = [h for h in headlines if h.source in configured]
    same = _same_stories(headlines, metals, reuse) if grouped else None
    if same is not None:  # nothing new to cluster or classify: the stories on screen stand
        classified, gazetteer, events = same, gazetteer_of(config), []
        for s in same:  # each story's event, or a dropped plan's evidence, as a rebuild gives
            if s.policy_event is not None:
                events.append(board_event(s, s.policy_event, metals, gazetteer))
            elif (dropped := dropped_plan(s, metals, gazetteer)) is not None:
                events.append(dropped)
    elif not grouped:  # the board: the events remembered in the store (below)
        classified, events = unclustered(headlines, metals), []
    else:
        from tui.flow import cluster_keep

        memo = _cluster_memo()
        cluster_keep.seed(memo, store, metals)  # an empty memo (a new process): the last one's
        stories = build_stories(headlines, metals, memo=memo)
        cluster_keep.keep(memo, store, metals)
        classified, events = classify_stories(
            config, stories, metals, read_events(headlines, metals, reuse)
        )
        if reuse is not None:  # an unchanged story stays the object on screen (and drawn)
            on_screen = {s.id: s for s in reuse.stories}
            classified = [_kept(s, on_screen.get(s.id)) for s in classified]
    classified = rank(classified, now)

    # declared entries from the config and from policy-file sources
    declared = list(config.policy)
    known_metals = {m.id for m in metals}
    policy_sources = {s.name for s in config.sources if s.kind == "policy-file"}
    declared += [
        d for d in store.load_declared() if d.source in policy_sources and d.metal in known_metals
    ]
    events = events + _remembered_events(store, events, known_metals, configured)
    board = board_as_of(declared, events, now)  # no status starts on a day still to come

    # prices: the first healthy source per metal, in config order, converted to the display unit
    health = source_health(config, store, now)
    prices = pick_prices(config, store, health, now, recent_days=price_days)

    fetched = [h.last_success for h in health if h.last_success is not None]
    snap = Snapshot(
        generated_at=now,
        metals=metals,
        stories=classified,
        prices=prices,
        policy=board,
        sources=health,
        mode=mode or ("demo" if config.demo else "live" if grouped else UNGROUPED),
        # never later than the snapshot's own clock (the demo's clock stands at its capture)
        data_as_of=min(max(fetched), now) if fetched else None,
    )
    if said := store.left_out.said():  # rows zeroed in place: left out, and said
        snap.notes.append(said)
    return snap


def _cluster_memo() -> ClusterMemo:
    """The title forms and pair scores of this process's last clustering, for the next (each
    refresh that saved news clusters every stored headline again)."""
    global _CLUSTER_MEMO
    if _CLUSTER_MEMO is None:
        from tui.engine.cluster_memo import ClusterMemo

        _CLUSTER_MEMO = ClusterMemo()
    return _CLUSTER_MEMO


_CLUSTER_MEMO: ClusterMemo | None = None

UNGROUPED = "grouping"  # the mode of a snapshot built with grouped=False


def _event_key(event: PolicyEvent, ev: Evidence) -> str:
    corridor = f"{event.origin}>{event.destination}"
    return (
        f"{ev.kind}|{ev.url or ev.title}|{event.status}|{','.join(sorted(event.metals))}|{corridor}"
    )


def _remembered_events(
    store: Store,
    current: list[tuple[PolicyEvent, Evidence]],
    known_metals: set[str],
    configured: set[str],
) -> list[tuple[PolicyEvent, Evidence]]:
    """Keep today's events in the store and bring back earlier ones whose headlines were
    pruned since, so an inferred status outlives the headline's retention. Events of a source
    no longer configured stay out, like its headlines."""
    from tui.store.snapshot_codec import decode, encode

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
        if "effective" not in body["evidence"]:
            event, evidence = _dated(event, evidence)
        if evidence.source not in configured:
            continue
        metals = tuple(m for m in event.metals if m in known_metals)
        if metals:
            out.append((dataclasses.replace(event, metals=metals), evidence))
    return out


def _dated(event: PolicyEvent, evidence: Evidence) -> tuple[PolicyEvent, Evidence]:
    """An event a previous version stored (no ``effective`` key): the effective day read from
    its title, the only text kept (a date its summary named is lost with the headline)."""
    from tui.engine.effective_dates import effective_date

    effective = effective_date(evidence.title, "", evidence.published)
    if effective is None:
        return event, evidence
    return (
        dataclasses.replace(event, effective=effective),
        dataclasses.replace(evidence, effective=effective),
    )


def news_sources(config: Config) -> list[str]:
    return [s.name for s in config.sources if s.kind in NEWS_KINDS]


def _same_stories(
    headlines: list[Headline], metals: list[Metal], reuse: Snapshot | None
) -> list[Story] | None:
    """The stories of ``reuse`` when they were built from exactly these headlines (the very
    objects: ``Store.load_headlines(reuse=)`` hands back the one in memory for an unchanged
    row) for the same watched metals, else None. Clustering and classifying depend on nothing
    else (the config's gazetteer is fixed for a process, and a cached snapshot is keyed by the
    config), so a refresh that brought no new or changed headline need not redo them: at
    20,000 stories that is seconds of work and ~50 MB of title forms at once.

    Returned in the order the clustering gives (newest first, then by id), so the events, and
    the board built from them, come in the same order as after a rebuild."""
    if reuse is None or not headlines or reuse.metals != metals:
        return None
    wanted = {id(h) for h in headlines}
    if len(wanted) != len(headlines):
        return None
    held = 0
    for story in reuse.stories:
        for entry in story.entries:
            if id(entry) not in wanted:
                return None
            held += 1
    if held != len(headlines):
        return None
    from tui.engine.cluster import story_order

    return sorted(reuse.stories, key=story_order, reverse=True)


def _kept(story: Story, old: Story | None) -> Story:
    return old if old is not None and old == story else story
