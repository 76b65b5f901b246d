"""What ``metalwatch snapshot`` adds to the snapshot it prints (``tui.cli``): the notes on sources
that all failed or were not asked (``--offline``), on a cache that saves nothing, the run's
alerts and their hooks' failures.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tui.core.config_types import Config
    from tui.core.models import Snapshot
    from tui.flow.alerts import Alert
    from tui.flow.refresh import Outcome
    from tui.store import Store


def alerts_of(config: Config, store: Store, snap: Snapshot, err: TextIO) -> list[Alert]:
    """Evaluate the [[alerts]] rules on this run's snapshot; ``snap.alerts`` gets them."""
    if not config.alerts:
        return []
    from tui.flow.alerts import AlertEngine

    engine = AlertEngine(config, store)
    alerts = engine.evaluate(snap)
    if engine.last_error:
        print(f"metalwatch: {engine.last_error}", file=err)
    snap.alerts = [a.to_json() for a in alerts]
    return alerts


def run_alert_hooks(config: Config, store: Store, alerts: list[Alert], err: TextIO) -> None:
    """Each alert's command; one that failed is said, and noted on its row of the log."""
    from tui.flow.deliver import run_hooks

    for a, problem in run_hooks(alerts, timeout=config.app.alert_timeout):
        print(f"metalwatch: alert {a.rule!r}: command failed: {problem}", file=err)
        if a.log_id is not None:
            with contextlib.suppress(Exception):
                store.set_alert_delivery(a.log_id, f"command failed: {problem}", key=a.log_key)


def note_failures(
    snap: Snapshot, config: Config, outcomes: Sequence[Outcome], *, offline: bool
) -> bool:
    """Whether every source failed (``--offline``: as they were when last tried), with the note
    saying so and the last good data marked stale; an offline run's note that nothing was
    fetched now, never passed as live (``--demo --offline`` too, its mode still ``demo``: on an
    empty cache the note says why nothing is shown; every bundled file failing, too)."""
    from tui.core.fmt import stamp
    from tui.core.kept import UNKNOWN_WHEN, holds_data
    from tui.flow.health import all_failed_note, remote_names
    from tui.flow.oneshot import all_failed

    failed_all = all_failed(list(outcomes))
    if not config.sources:  # an empty file, or metals only: the panels stay empty, said why
        snap.notes.append(
            "the config has no [[sources]]: nothing to fetch (`metalwatch init` writes a"
            " starter config with the built-in sources)"
        )
    if offline and config.sources:  # nothing fetched now: as they were when last tried
        failed_all = all(h.fetched_at is not None and not h.ok for h in snap.sources)
    held = holds_data(snap)  # a damaged cache may keep stories and lose when they came
    if failed_all:
        if snap.data_as_of is not None:
            when = stamp(snap.data_as_of)
            note = f"showing the last good data (from {when} UTC), stale"
        elif held:
            note = f"showing the data kept in the cache; {UNKNOWN_WHEN}"
        else:
            note = "no data cached yet"
        said, mode = all_failed_note(snap.sources, remote_names(config), now=not offline)
        snap.notes.append(f"{said}; {note}")
        # --offline: nothing fetched now; the demo's rows always say demo, failing or not
        snap.mode = "demo" if config.demo else "offline" if offline else mode
        for h in snap.sources:
            h.stale = h.last_success is not None
    elif offline and config.sources:  # said, never passed as live
        last = f"last fetch {stamp(snap.data_as_of)} UTC" if snap.data_as_of else "none stored"
        last = (
            f"showing the data kept in the cache; {UNKNOWN_WHEN}"
            if held and not snap.data_as_of
            else last
        )
        snap.notes.append(f"offline (--offline): nothing fetched now; {last}")
        snap.mode = "demo" if config.demo else "offline"  # the demo's rows stay marked so
    return failed_all


def note_cache(snap: Snapshot, store: Store, outcomes: Sequence[Outcome]) -> None:
    """What became of the cache file (moved aside, or left as it is), and, when nothing of this
    run is saved, the cache's notice and each source fetched now marked "fetched but not saved"."""
    from tui.flow.store_open import cache_notice

    if store.recovered:
        snap.notes.append(store.recovered)
    if store.read_only is not None or not store.saves:  # in the output too: nothing saved
        if store.read_only is not None:
            snap.notes.append(cache_notice(store) or "")
        fetched = {o.source.name for o in outcomes if o.ok and not o.skipped}
        for h in snap.sources:
            if h.name in fetched:
                h.warning = "; ".join(filter(None, [h.warning, "fetched but not saved"]))


def drop_damaged(snap: Snapshot, store: Store, outcomes: Sequence[Outcome]) -> None:
    """The rows of the cache zeroed in place that the snapshot said it left out, removed once a
    refresh stored the sources' answers (``outcomes``; none with ``--offline``): a row whose key
    was zeroed is never written over, and each session said it again. The note says so."""
    from tui.store.damage import TOPIC

    if not outcomes or not store.remove_left_out():
        return
    said = store.left_out.said()
    snap.notes[:] = [said if n.startswith(TOPIC) and said else n for n in snap.notes]
