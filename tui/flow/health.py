"""What the header says about the sources: live, cached, failing, offline; and when the bundled
demo may stand in for the user's data. Reads source health only (from the store or the refresher);
no textual here, so the snapshot command and the tests use the same rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from tui.core.config_types import Config, SourceConfig
from tui.core.models import SourceHealth
from tui.core.record import record

if TYPE_CHECKING:
    from tui.store import Store


@record
class HealthSummary:
    """The state of the configured sources at a glance.

    ``live``: delivered on their last attempt and not overdue. ``cached``: shown from an earlier
    success (the last attempt failed, or the data is overdue). ``failing``: the last attempt
    failed (with or without cached data). ``waiting``: never attempted yet. ``offline``: every
    remote source that was tried failed on its last attempt without an answer (no name
    resolved, no connection, no answer in time: :func:`unanswered`), none delivered on its last
    one, and none is still waiting for its first attempt. A server that answered, even with ``HTTP 500`` or a broken document, is reachable.
    ``last_good``: the newest success of any source; ``failing_last_good``: the oldest last success
    among the failing ones that delivered once (None when none did): the header, which sums up
    the panels, never says their data is fresher than a panel's border says of its own."""

    live: int = 0
    cached: int = 0
    failing: int = 0
    waiting: int = 0
    offline: bool = False
    delivered: bool = False
    last_good: datetime | None = None
    failing_last_good: datetime | None = None


def summarise(
    health: Iterable[SourceHealth],
    remote: set[str],
    *,
    now: datetime | None = None,
    cadences: Mapping[str, float] | None = None,
) -> HealthSummary:
    """Summarise ``health`` (one entry per configured source); ``remote`` names the sources
    fetched over the network (local files cannot be "offline"). With ``now`` and the sources'
    ``cadences`` (:func:`cadences`), a source whose data went overdue since ``stale`` was
    counted (the snapshot's time) is cached, not live: the header counts by the clock."""
    live = cached = failing = waiting = 0
    remote_tried = remote_ok = remote_waiting = 0
    last_good: datetime | None = None
    failing_last_good: datetime | None = None
    for h in health:
        failed = h.failed
        if h.fetched_at is None and not h.ok:
            waiting += 1
        elif failed:
            failing += 1
        if h.last_success is not None:
            stale = h.stale or (
                now is not None
                and cadences is not None
                and h.name in cadences
                and is_stale(h, cadences[h.name], now)
            )
            if failed or stale:
                cached += 1
            elif h.ok:
                live += 1
            if last_good is None or h.last_success > last_good:
                last_good = h.last_success
            if failed and (failing_last_good is None or h.last_success < failing_last_good):
                failing_last_good = h.last_success
        if h.name in remote and h.fetched_at is not None:
            remote_tried += 1
            remote_ok += h.ok or not unanswered(h.error)
        elif h.name in remote and not h.ok:
            remote_waiting += 1
    return HealthSummary(
        live=live,
        cached=cached,
        failing=failing,
        waiting=waiting,
        # a network source not tried yet may still answer: at start, one closed port read
        # OFFLINE while a slower feed was still on its way (and answered 12 s later)
        offline=remote_tried > 0 and remote_ok == 0 and remote_waiting == 0,
        delivered=last_good is not None,
        last_good=last_good,
        failing_last_good=failing_last_good,
    )


#: How ``tui.flow.http.errors`` begins a failure that got no answer from the network (kept here
#: as words: the header must not import the HTTP client to read a health line).
UNANSWERED = (
    "cannot resolve host",
    "connection refused",
    "network unreachable",
    "cannot connect to",
    "no answer within",
    "connection reset",
    "network error",
    "cannot reach the proxy",
)


def unanswered(error: str | None) -> bool:
    """Whether a source's error says the request got no answer at all (the network or the
    server unreachable), as opposed to an answer that was an error or could not be read."""
    return error is not None and error.startswith(UNANSWERED)


def all_failed_note(
    health: Iterable[SourceHealth], remote: set[str], *, now: bool = True
) -> tuple[str, str]:
    """What a snapshot in which every source failed (``now``, or when last tried) says of it,
    and its mode, in the header's words: "offline" only when no network source got an answer
    (:attr:`HealthSummary.offline`); servers that answered with errors are failing, not
    offline."""
    when = "" if now else " when last tried"
    states = list(health)
    if summarise(states, remote).offline:
        return f"offline: every source failed{when} without an answer from the network", "offline"
    if not any(h.name in remote for h in states if h.failed):  # no server was asked
        return f"every source failed{when}; files that could not be read", "failing"
    return f"every source failed{when}; servers answered (failing, not offline)", "failing"


#: How a failing source's warning begins: it was said of its last good fetch, not of this one.
LAST_GOOD = "of the last good fetch"


def of_last_good(warning: str | None, last_success: datetime | None) -> str | None:
    """A failing source's ``warning`` as what it is, the last good fetch's, with its time
    ("299 points in this fetch..." read as current beside the error); None when the source
    never delivered (a warning with no delivery is no one's)."""
    if not warning or last_success is None:
        return None
    if warning.startswith(LAST_GOOD):  # failed again: said of the same fetch already
        return warning
    return f"{LAST_GOOD} ({last_success:%Y-%m-%d %H:%M} UTC): {warning}"


def emptied_note(src: SourceConfig, before: SourceHealth, items: int) -> str | None:
    """What a delivery of no items says when the source's last good fetch had some (a feed of
    500 items that answers with none: "ok, 0 items, 500 kept" said nothing of it)."""
    if items or not before.items or before.last_success is None:
        return None
    what = "entries" if src.kind == "policy-file" else "items"
    kept = "" if src.kind == "policy-file" else "; the stories already stored are kept"
    return f"empty this time: the last good fetch had {before.items:,} {what}{kept}"


def remote_names(config: Config) -> set[str]:
    return {s.name for s in config.sources if not s.is_local}


def cadences(config: Config) -> dict[str, float]:
    """Each source's expected seconds between deliveries, as ``stale`` is counted by."""
    from tui.sources import registry

    return {s.name: registry.cadence(s, config.app.refresh) for s in config.sources}


def wants_demo(config: Config, health: Iterable[SourceHealth]) -> bool:
    """Whether the bundled demo may stand in for the user's data: never with ``--demo`` (that is
    the demo itself), never once any configured source has delivered (its data wins, however
    old), and only after every configured source has been tried (a first cycle still running
    shows the user's empty panels and declared rows, not the demo)."""
    if config.demo or not config.sources:
        return False
    states = list(health)
    if any(h.last_success is not None for h in states):
        return False
    tried = {h.name for h in states if h.fetched_at is not None}
    return all(s.name in tried for s in config.sources)


def is_stale(h: SourceHealth, cadence: float, now: datetime) -> bool:
    """Data is stale when the last success is older than twice its cadence (or never)."""
    if h.last_success is None:
        return True
    return (now - h.last_success).total_seconds() > 2 * cadence + 60


def source_health(config: Config, store: Store, now: datetime) -> list[SourceHealth]:
    """The stored health of every configured source, ``stale`` counted to ``now`` (light: the
    first paint reads it, before the refresher or the snapshot builder is imported)."""
    return counted_to(config, store.load_health(), now)


def same_address(a: str | None, b: str | None) -> bool:
    """Whether two records of a source's health may be of one address: the same one, or one
    not known (a store written before health kept its address)."""
    return a is None or b is None or a == b


def of_address(h: SourceHealth | None, src: SourceConfig) -> SourceHealth:
    """``h`` when it was recorded for ``src``'s address (or for one not known), else a fresh
    state: a source whose URL changed under the same name showed the old address's failure
    ("⚠ 1 failing") and last good time until its first fetch from the new one."""
    if h is None or not same_address(h.url, src.url):
        return SourceHealth(src.name, src.kind)  # nothing recorded: no address yet
    return h


def counted_to(
    config: Config, stored: dict[str, SourceHealth], now: datetime
) -> list[SourceHealth]:
    """The health of every configured source from ``stored`` (by name and address: the store's,
    or the last snapshot's when the store cannot be read), ``stale`` counted to ``now``: data that
    was live when a snapshot was built is overdue two days later, whoever tells it."""
    from tui.flow import schedule
    from tui.sources import registry

    out = []
    for src in config.sources:
        h = of_address(stored.get(src.name), src)
        h.kind = src.kind
        h.stale = h.last_success is not None and is_stale(
            h, registry.cadence(src, config.app.refresh), now
        )
        if h.next_attempt is None or h.next_attempt <= now:  # "not due until 14:05": past
            h.error, h.warning = schedule.without_note(h.error), schedule.without_note(h.warning)
        out.append(h)
    return out


def on_demo_clock(sources: Iterable[SourceHealth], demo_now: datetime, now: datetime) -> str:
    """The sources' times moved onto the demo's clock, as the snapshot's ``generated_at`` is:
    the snapshot, made at ``now`` (the real time), is dated ``demo_now``, so its sources' times
    move by as much and a document of ``snapshot --demo`` reads on one clock (the files read
    just before the snapshot, each next attempt when its source is next due). The sentence
    that says so, with the real time the bundled files were last read, for the notes; when
    none could be read (every one failed), it says that, with the time they were last tried."""
    shift = now - demo_now
    read = [h.fetched_at for h in sources if h.fetched_at is not None and not h.failed]
    tried = [h.fetched_at for h in sources if h.fetched_at is not None and h.failed]
    for h in sources:
        for name in ("fetched_at", "last_success", "next_attempt"):
            when = getattr(h, name)
            if when is not None:
                setattr(h, name, when - shift)
    said = f"DEMO: every time is on the demo's clock ({demo_now:%Y-%m-%d %H:%M} UTC)"
    if read:
        said += f"; the bundled files were read at {max(read):%Y-%m-%d %H:%M} UTC"
    elif tried:  # "were read at" stood over every file failing
        said += (
            f"; the bundled files could not be read (last tried at {max(tried):%Y-%m-%d %H:%M} UTC)"
        )
    return said


def over_last_known(
    config: Config, session: dict[str, SourceHealth], last: Iterable[SourceHealth], now: datetime
) -> list[SourceHealth]:
    """The health of a session that could read nothing of the store (another program locked it
    from the start: this session's fetches live in memory) over the last snapshot's: a source
    not tried yet this session keeps its last known state, one tried keeps its last success
    (and items) if it has none this session. Counted from the memory store alone, every source
    was "never fetched": the header lost what failed and when the data was last good, and the
    bundled demo stood in for the user's data (``wants_demo``) as if nothing had ever come."""
    import dataclasses

    known = {h.name: dataclasses.replace(h) for h in last}
    for name, h in session.items():
        before = known.get(name)
        if (
            before is not None
            and h.last_success is None
            and before.last_success is not None
            and same_address(h.url, before.url)  # never another address's
        ):
            h = dataclasses.replace(h, last_success=before.last_success, items=before.items)
        known[name] = h
    return counted_to(config, known, now)
