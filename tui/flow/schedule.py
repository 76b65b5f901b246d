"""When a source may be fetched again: cadence, backoff, the server's ``Retry-After``.

The next attempt is stored with the source's health (``next_attempt``), so every process that
fetches (the app, ``watch``, ``watch --once``, ``snapshot``, a second browser tab) honours a wait
that another one was asked for. The app and ``watch`` fetch a source when it is due; the
one-shot commands (``snapshot``, ``watch --once``) fetch every source except one that is
waiting after a failure (backoff, or a server that said ``Retry-After``) or that a kind's own
minimum interval protects. ``--force`` (and ``R`` in the app) fetch anyway, knowingly.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from tui.core.config_types import SourceConfig
from tui.core.models import SourceHealth
from tui.sources import registry

BACKOFF_BASE = 30.0
BACKOFF_CAP = 3600.0
# A server's Retry-After is honoured up to this long (a misconfigured "Retry-After: 31536000"
# must not silence a source for a year; next_attempt is persisted across restarts).
RETRY_AFTER_CAP = 86400.0
NOT_DUE = "not due until"
# statuses whose wait the server chose (Retry-After), not our backoff
_SERVER_WAITS = ("HTTP 429", "HTTP 503")


def next_attempt(
    src: SourceConfig,
    cadence: float,
    fetched_at: datetime,
    ok: bool,
    failures: int,
    retry_after: float | None,
) -> datetime:
    """When to fetch again after an attempt at ``fetched_at``; ``failures`` in a row so far
    (this attempt included)."""
    if ok:
        delay = cadence * (1 + random.uniform(-0.1, 0.1))
    else:
        # the exponent is bounded: 2.0 ** 1024 overflows a float after ~1000 failures
        grown = BACKOFF_BASE * 2.0 ** min(max(failures, 1) - 1, 30)
        delay = min(grown, BACKOFF_CAP, max(cadence, BACKOFF_BASE))
        if retry_after:
            delay = max(delay, min(retry_after, RETRY_AFTER_CAP))
    delay = max(delay, registry.KIND_MIN_INTERVAL.get(src.kind, 0.0))
    return fetched_at + timedelta(seconds=delay)


# a last attempt dated later than this after now was made under a clock that ran ahead
CLOCK_SLACK = timedelta(minutes=1)


def scheduled_ahead(h: SourceHealth, now: datetime) -> bool:
    """Whether ``h``'s last attempt is dated after ``now``: it was made while the clock ran
    ahead (a machine that booted with a wrong clock, a VM restored, NTP stepping it back), and
    the wait it set counts from a time that has not come. Such a source is due."""
    return h.fetched_at is not None and h.fetched_at > now + CLOCK_SLACK


def due(h: SourceHealth, now: datetime) -> bool:
    """Whether the app and ``watch`` fetch the source of ``h`` at ``now``."""
    return h.next_attempt is None or h.next_attempt <= now or scheduled_ahead(h, now)


def waiting(src: SourceConfig, h: SourceHealth, now: datetime) -> bool:
    """For the one-shot commands: True when ``src`` must not be fetched now.

    A source that failed waits for its stored ``next_attempt`` (backoff, Retry-After); a
    healthy one is fetched (the HTTP cache keeps that cheap), unless its kind's minimum interval
    since the last fetch has not passed.
    """
    if due(h, now):
        return False
    if not h.ok and h.fetched_at is not None:
        return True
    gap = registry.KIND_MIN_INTERVAL.get(src.kind, 0.0)
    return bool(gap and h.fetched_at and (now - h.fetched_at).total_seconds() < gap)


def not_due_note(h: SourceHealth) -> str:
    """ "not due until 14:05:30 (server asked to wait)": for the health line and stderr (with
    the date, to the minute, when it is not today)."""
    when = h.next_attempt
    if when is None:
        return ""
    local = when.astimezone()
    # to the second, as the sources screen's "Next try": "not due until 18:38" read at 18:38:30
    # of an attempt due at 18:38:50 said it was due already
    stamp = local.strftime("%H:%M:%S")
    if local.date() != datetime.now(local.tzinfo).date():
        stamp = local.strftime("%Y-%m-%d %H:%M")
    if h.ok:
        why = "too soon after the last fetch"
    elif (h.error or "").startswith(_SERVER_WAITS) and "(asks to wait " in (h.error or ""):
        why = "server asked to wait"
    else:
        why = "backing off after an error"
    return f"{NOT_DUE} {stamp} ({why})"


def without_note(message: str | None) -> str | None:
    """``message`` without a not-due note (None when nothing else is left)."""
    if not message:
        return message
    base = message.split(f"; {NOT_DUE} ")[0]
    return None if base.startswith(NOT_DUE) else base


def with_note(message: str | None, note: str) -> str:
    """``message`` with the not-due note replacing any earlier one."""
    base = without_note(message)
    return f"{base}; {note}" if base else note
