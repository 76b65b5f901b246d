"""Evidence dated after the board's clock, read as of that clock.

A feed may date a story a few hours ahead (its clock runs ahead, or it writes a local time as
UTC): the headline list shows such a story's age as ``in 3h``, the time it claims. A policy
status must not start on a day still to come, though: "since 2026-12-06" read on 2026-12-05
states as fact what cannot have happened yet. A story was published at the latest when it was
read, so the board takes its evidence as published at the board's clock (``now``) and keeps the
time the source gave as ``dated_ahead`` (the evidence screen and the JSON say it). It stays a
dated report, the newest there is (a lift dated ahead ends the ban before it, as it would an
hour later), not a first-seen one, which would not overturn a report of a known day. A status
that starts on it is marked as a first-seen start is (``since_estimated``, ``~``): it began
that day or before. Once the clock passes the source's time, that time stands. (A source's
date more than a day ahead is no date at all: ``tui.core.models.usable_date`` dates that story
when first seen.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, timezone

from tui.core.models import DeclaredPolicy, Evidence, PolicyEvent, PolicyStatus


def board_as_of(
    declared: Sequence[DeclaredPolicy],
    events: Sequence[tuple[PolicyEvent, Evidence]],
    now: datetime,
) -> list[PolicyStatus]:
    """The board (``tui.engine.board.build_board``) with no evidence dated after ``now``."""
    from tui.engine.board import build_board

    today = now.astimezone(timezone.utc).date()
    rows = build_board(declared, [(e, _as_of(ev, now)) for e, ev in events], now=now)
    return [
        dataclasses.replace(r, since_estimated=True) if _read_ahead(r, today) else r for r in rows
    ]


def _as_of(evidence: Evidence, now: datetime) -> Evidence:
    published = evidence.published
    if not isinstance(published, datetime) or published.tzinfo is None or published <= now:
        return evidence
    return dataclasses.replace(evidence, published=now, dated_ahead=published)


def _read_ahead(row: PolicyStatus, today: object) -> bool:
    """Whether ``row``'s status may start on a piece of evidence read ahead of its date: it
    starts today, and such evidence of its status says so."""
    return (
        row.since == today
        and not row.since_estimated
        and any(
            e.dated_ahead is not None
            and e.status == row.status
            and e.proposed == row.proposed
            and e.effective is None
            and not e.withdrawn
            for e in row.evidence
        )
    )
