"""``metalwatch watch``: refresh on schedule without a UI and deliver alerts only.

Each round fetches the sources that are due, rebuilds the snapshot, evaluates the
``[[alerts]]`` rules and delivers what fired: one line per alert on stdout (or one JSON
object per line with ``--json``), the rule's or ``[app] alert_command`` command (JSON on
stdin, no shell, with a timeout; a failure is reported on stderr, never fatal), and the
terminal bell (``[app] bell = true``) when stderr is a terminal. Then it sleeps until the
next source is due. For servers and setups without cron. A cache another program holds locked
keeps the run in memory (nothing saved) only until it can be used: it is tried again every
``[app] lock_retry`` and what the run kept is saved into it then (``tui.flow.reopen``), each
step said on stderr.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, TextIO

from tui.core import paths

if TYPE_CHECKING:
    from tui.core.config_types import Config, SourceConfig
    from tui.flow.alerts import Alert, AlertEngine
    from tui.flow.config_reload import ConfigReload
    from tui.flow.refresh import Outcome
    from tui.flow.reopen import Retry
    from tui.flow.watch_mark import WatchMark
    from tui.store import Store

EXIT_OK, EXIT_ALL_FAILED, EXIT_LOCKED = 0, 3, 4
MIN_SLEEP = 1.0  # seconds between rounds at least
MAX_SLEEP = 300.0  # wake at least this often (a clock jump, a source due sooner)
CONFIG_POLL = 2.0  # while asleep, look this often whether the config file changed


def deliver(
    alerts: list[Alert],
    config: Config,
    engine: AlertEngine | None = None,
    *,
    out: TextIO,
    err: TextIO,
    as_json: bool = False,
) -> list[tuple[Alert, str]]:
    """Print ``alerts``, run their commands, ring the bell; returns the failed commands."""
    from tui.core.fmt import json_line
    from tui.flow.deliver import run_hooks

    for a in alerts:
        out.write((json_line(a.to_json()) if as_json else a.line()) + "\n")
    out.flush()
    if alerts and config.app.bell and _isatty(err):
        err.write("\a")
        err.flush()
    failed = run_hooks(alerts, timeout=config.app.alert_timeout)
    for a, problem in failed:
        err.write(f"metalwatch: alert {a.rule!r}: command failed: {problem}\n")
        if engine is not None:
            engine.note_delivery(a, f"command failed: {problem}")
    err.flush()
    return failed


def run_watch(
    config: Config,
    *,
    once: bool = False,
    stop_after: float | None = None,
    as_json: bool = False,
    force: bool = False,
    store: Store | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    reload: ConfigReload | None = None,
) -> int:
    """Refresh, evaluate and deliver until SIGINT/SIGTERM (or after one round with ``once``, or
    once ``stop_after`` seconds have passed). A signal cancels a round in progress, hung
    fetches included. ``force``: the first round also fetches sources that are waiting
    (backoff, ``Retry-After``). Returns the exit code: 3 when ``once`` and every source failed
    (now, or when last tried), 4 when ``once`` and another program held the cache locked past
    the busy timeout (nothing saved), else 0. With ``once``, a store that cannot be read
    raises ``StoreError``; without, a lock keeps the run in memory and the cache is tried
    again every ``[app] lock_retry`` (``tui.flow.reopen``). ``reload``: the config file, read
    again when it changes (a round starts then); a broken edit is said and the last good
    config keeps running."""
    from tui.flow import watch_mark
    from tui.flow.oneshot import Stopped, run_stoppable
    from tui.flow.reopen import Retry
    from tui.store import write_mark

    out = out or sys.stdout
    err = err or sys.stderr
    own_store = store is None
    vouched = False  # the store as a clean quit or a watch left it, before this one opened it
    if store is None:
        vouched = write_mark.holds(paths.store_path(demo=config.demo))
        store = _open(config, once, err)
    path = store.path or paths.store_path(demo=config.demo)
    retry = None if once else Retry(store, path, config.app.lock_retry, err)
    marks = watch_mark.WatchMark(store, path, vouched and store.recovered is None)
    try:
        return run_stoppable(
            _loop(config, store, once, stop_after, as_json, force, out, err, reload, retry, marks)
        )
    except Stopped:
        return EXIT_OK
    finally:
        if own_store:
            intact = marks.intact()
            store.close()
            watch_mark.closed(path, intact)


def _open(config: Config, once: bool, err: TextIO) -> Store:
    """The store (``open_store``). Locked by another program past the busy timeout, even
    against reads: ``--once`` raises ``StoreError`` (exit 4), the loop goes on in memory and
    tries the cache again (``tui.flow.reopen``)."""
    from tui.flow.reopen import kept_out
    from tui.flow.store_open import open_store
    from tui.store import StoreError

    try:
        return open_store(config, err=err)
    except StoreError as exc:
        if once:
            raise
        from tui.flow.cache_words import watch_kept_out

        err.write(f"metalwatch: {watch_kept_out(exc)}\n")
        err.flush()
        return kept_out()


async def _loop(
    config: Config,
    store: Store,
    once: bool,
    stop_after: float | None,
    as_json: bool,
    force: bool,
    out: TextIO,
    err: TextIO,
    reload: ConfigReload | None = None,
    retry: Retry | None = None,
    marks: WatchMark | None = None,
) -> int:
    from tui.flow.alerts import HELD, AlertEngine
    from tui.flow.oneshot import all_failed, report
    from tui.flow.refresh import Refresher
    from tui.flow.snapshot import build_snapshot
    from tui.flow.store_open import CacheWatch

    cache = retry.cache if retry is not None else CacheWatch(store)
    started = time.monotonic()
    deadline = None if stop_after is None else started + stop_after
    engine = AlertEngine(config, store)
    if not config.alerts:
        err.write("metalwatch: watch: no [[alerts]] in the config; refreshing only\n")
    _warn(config, err)
    refresher = Refresher(config, store, cache_dir=None if config.demo else paths.cache_dir())
    code = EXIT_OK
    first = True
    held_said = False
    try:
        while True:
            if marks is not None:  # the round's writes marked as its own (``watch_mark``)
                marks.before_round()
            # --once fetches everything, like `snapshot`, except sources waiting after a failure
            # (backoff, Retry-After); the loop fetches what is due (a source fetched a minute
            # ago by the app, or backing off, waits for its turn). --force: the first round
            # fetches everything.
            # what the other processes on the store did since (the app, a browser tab): a
            # fetch they made is not repeated, a Retry-After they were given is honoured
            if not first and reload is not None:
                new, problem = reload.read()
                if problem is not None:
                    err.write(
                        "metalwatch: watch: the config file changed but cannot be used; the "
                        "last good one keeps running:\n"
                        + "".join(f"metalwatch: config error: {ln}\n" for ln in problem.split("\n"))
                    )
                    err.flush()
                elif new is not None:
                    await refresher.aclose()
                    config = new
                    if retry is not None:
                        retry.every = config.app.lock_retry
                    engine = AlertEngine(config, store)
                    refresher = Refresher(
                        config, store, cache_dir=None if config.demo else paths.cache_dir()
                    )
                    err.write(f"metalwatch: watch: config reloaded: {_described(config)}\n")
                    _warn(config, err)
                    err.flush()
            if retry is not None:  # a lock kept the run in memory: the cache tried again
                await retry.tick()
            refresher.sync_from_store()
            if first and force:
                todo: list[SourceConfig] | None = list(config.sources)
            else:
                todo = list(config.sources) if once else None
            outcomes: list[Outcome] = await refresher.run(
                todo,
                deadline=config.app.timeout + 5,
                stagger=True,
                honour_waits=once and not force,
            )
            first = False
            report(outcomes, err)
            snap = build_snapshot(config, store)
            alerts = engine.evaluate(snap)
            if engine.last_error:
                err.write(f"metalwatch: {engine.last_error}\n")
            if engine.held and not held_said:  # kept out from the start: said once
                held_said = True
                err.write(f"metalwatch: {HELD}\n")
            if alerts:
                # commands block (up to their timeout): off the loop; the store stays here
                try:
                    failed = await asyncio.to_thread(
                        deliver, alerts, config, None, out=out, err=err, as_json=as_json
                    )
                except asyncio.CancelledError:  # a signal: their commands stop with us
                    from tui.flow.deliver import STOPPED, stop_commands

                    if stop_commands():
                        for a in alerts:
                            if a.command:
                                engine.note_delivery(a, f"command {STOPPED}")
                    raise
                for a, problem in failed:
                    engine.note_delivery(a, f"command failed: {problem}")
            if notice := cache.new_notice():  # once, when the cache first refuses a write
                err.write(f"metalwatch: {notice}\n")
                err.flush()
            if marks is not None:
                marks.after_round()
            if once:
                if all_failed(outcomes):
                    code = EXIT_ALL_FAILED
                if store.locked:
                    code = EXIT_LOCKED
                break
            pause = _pause(refresher.next_due())
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                pause = min(pause, left)
            await _sleep(pause, reload, retry)  # a signal cancels it (run_stoppable)
            if deadline is not None and time.monotonic() >= deadline:
                break
    finally:
        await refresher.aclose()
    return code


async def _sleep(pause: float, reload: ConfigReload | None, retry: Retry | None = None) -> None:
    """Sleep ``pause`` seconds, or until the config file changes (a round starts then); a
    cache a lock keeps the run out of is tried again meanwhile (``retry``), and a round starts
    once it is back (what the round evaluates is the file's, with the rules' state)."""
    polls = reload is not None and reload.path is not None
    end = time.monotonic() + pause
    while (left := end - time.monotonic()) > 0:
        if polls and reload is not None and reload.changed():
            return
        step = min(left, CONFIG_POLL) if polls else left
        if retry is not None and (due := retry.due_in()) is not None:
            step = min(step, due)
        await asyncio.sleep(step)
        if retry is not None and await retry.tick():
            return  # back on the file: a round now (the rules held meanwhile see its state)


def _described(config: Config) -> str:
    from tui.core.fmt import counted

    return f"{counted(len(config.sources), 'source')}, {counted(len(config.alerts), 'alert rule')}"


def _pause(next_due: datetime | None) -> float:
    if next_due is None:
        return MAX_SLEEP
    wait = (next_due - datetime.now(timezone.utc)).total_seconds()
    return max(MIN_SLEEP, min(wait, MAX_SLEEP))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _warn(config: Config, err: TextIO) -> None:
    """What the config is warned of (``metalwatch check``'s warnings), said at the start and
    once for each config read again."""
    from tui.flow.config_warnings import say_warnings

    say_warnings(config, err)
