"""Running a fetch from a command (``snapshot``, ``watch``) so that a signal stops it at once.

``run_stoppable`` runs a coroutine with SIGINT and SIGTERM cancelling it: the refresh's fetches
are cancelled with it (their connections closed), so a hung server never keeps the process
alive; ``Stopped`` then says which signal. ``fetch_all`` is ``snapshot``'s round: every source,
except one that is waiting after a failure (backoff, ``Retry-After``) unless ``force``.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from tui.core import paths

if TYPE_CHECKING:
    from tui.core.config_types import Config
    from tui.flow.refresh import Outcome
    from tui.store import Store

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(Exception):
    """The run was stopped by a signal (``signum``)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def run_stoppable(work: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(work)``, cancelled by SIGINT or SIGTERM (then ``Stopped`` is raised)."""

    async def main() -> T:
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        got: list[int] = []

        def on_signal(signum: int) -> None:
            if not got and task is not None:
                got.append(signum)
                task.cancel()

        installed = []
        for sig in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, on_signal, sig)
                installed.append(sig)
        try:
            return await work
        except asyncio.CancelledError:
            if got:
                raise Stopped(got[0]) from None
            raise
        finally:
            for sig in installed:
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.remove_signal_handler(sig)

    try:
        return asyncio.run(main())
    except KeyboardInterrupt:  # a SIGINT before the handler was in place
        raise Stopped(signal.SIGINT) from None


async def fetch_all(config: Config, store: Store, *, force: bool = False) -> list[Outcome]:
    """Fetch every configured source once; a source waiting after a failure is skipped (its
    outcome says until when) unless ``force``."""
    from tui.flow.refresh import Refresher

    refresher = Refresher(config, store, cache_dir=None if config.demo else paths.cache_dir())
    try:
        return await refresher.run(
            list(config.sources), deadline=config.app.timeout + 5, honour_waits=not force
        )
    finally:
        await refresher.aclose()


def report(outcomes: list[Outcome], err: TextIO) -> None:
    """One stderr line per source that failed, warned or was not due."""
    for o in outcomes:
        name = o.source.name
        if o.skipped:
            shown = "showing stored data" if o.items else "nothing stored from it yet"
            err.write(f"metalwatch: source {name!r}: {o.error}; {shown}\n")
        elif not o.ok:
            err.write(f"metalwatch: source {name!r}: {o.error}\n")
        elif o.warning:
            err.write(f"metalwatch: source {name!r}: warning: {o.warning}\n")
    err.flush()


def all_failed(outcomes: list[Outcome]) -> bool:
    """No source is healthy: each failed now, or was not due and had failed when last tried."""
    return bool(outcomes) and not any(o.ok for o in outcomes)
