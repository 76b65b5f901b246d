"""The board's pieces of evidence as it orders them (see :mod:`tui.engine.board`): one item per
report and metal, reports of one event counted once, undated stories placed where their day
allows.

* One event told by several outlets (or one outlet twice), under titles the clustering keeps
  apart ("China bans exports of gallium, germanium, antimony to US", "Beijing halts gallium
  ... shipments to the United States"), is one piece of evidence: the same kind, status,
  rate (one unsaid agrees with any), proposal or not, and day in force, published within
  :data:`SAME_EVENT` of the first report. The first report stands, the others are named in
  its ``also``.
* A story with no date of its own is dated by the day it was first seen: it began then *or
  before*. It cannot overturn a report of a known day that says otherwise (a source added
  today whose undated archive says "China bans gallium exports to US", after a dated report
  that the ban was suspended): it is placed before that report, and the row is flagged, as
  two sources disagreeing are.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

from tui.core.models import Evidence

LIFTS = frozenset({"open", "resuming"})
#: Reports of one reading published this close to the first are the same event.
SAME_EVENT = timedelta(days=1)


@dataclasses.dataclass(slots=True)
class Item:
    evidence: Evidence
    when: date | None  # None: undated (sorts oldest, never sets `since`)
    status: str
    rate_pct: float | None
    proposed: bool
    kind_rank: int
    dated: bool = False  # ``when`` is the day the text says it takes effect, not a publication

    @property
    def key(self) -> tuple[date, int, bool, float]:
        # on the same day and kind a restriction announced for that day comes after the day's
        # reports (a lift that day ends what it replaces), then the later published
        scheduled = self.dated and self.status not in LIFTS
        return (self.when or date.min, self.kind_rank, scheduled, instant(self.evidence))

    @property
    def first_seen(self) -> bool:
        """Dated by the day its story was first seen, not by a day it gives."""
        return self.evidence.date_estimated and not self.dated


def instant(ev: Evidence) -> float:
    """When a piece of evidence was published, as a number that sorts (undated first)."""
    p = ev.published
    if isinstance(p, datetime):
        return (p if p.tzinfo else p.replace(tzinfo=timezone.utc)).timestamp()
    if isinstance(p, date):
        return datetime(p.year, p.month, p.day, tzinfo=timezone.utc).timestamp()
    return float("-inf")


def one_per_event(items: list[Item]) -> list[Item]:
    """``items`` with each event's later reports folded into its first (module docstring)."""
    out: list[Item] = []
    for item in sorted(
        items, key=lambda i: (instant(i.evidence), i.evidence.source, i.evidence.title)
    ):
        at = next((n for n, first in enumerate(out) if _same_event(first, item)), None)
        if at is None:
            out.append(item)
            continue
        first, ev = out[at], item.evidence
        also = (*first.evidence.also, (ev.source, ev.title, ev.url))
        rate = first.rate_pct if first.rate_pct is not None else item.rate_pct
        merged = dataclasses.replace(
            first.evidence,
            also=also,
            rate_pct=first.evidence.rate_pct if first.evidence.rate_pct is not None else rate,
        )
        out[at] = dataclasses.replace(first, evidence=merged, rate_pct=rate)  # items are shared
    return out


def _same_event(first: Item, later: Item) -> bool:
    a, b = first.evidence, later.evidence
    if a.kind == "declared" or a.withdraws or b.withdraws or a.withdrawn or b.withdrawn:
        return False
    if a.kind != b.kind or a.date_estimated or b.date_estimated:
        return False
    if (first.status, first.proposed, first.dated) != (later.status, later.proposed, later.dated):
        return False
    if first.dated and first.when != later.when:
        return False
    if first.rate_pct is not None and later.rate_pct is not None:
        if first.rate_pct != later.rate_pct:
            return False
    return 0 <= instant(b) - instant(a) <= SAME_EVENT.total_seconds()


def undated_placed(in_effect: list[Item]) -> tuple[list[Item], list[Item]]:
    """``in_effect`` (oldest first) with the first-seen stories after the newest report of a
    known day that say otherwise placed before it, and those stories (module docstring)."""
    known = [n for n, i in enumerate(in_effect) if not i.first_seen]
    if not known:
        return in_effect, []
    at = known[-1]
    last = in_effect[at]
    after = in_effect[at + 1 :]
    contrary = [i for i in after if i.status != last.status]
    if not contrary:
        return in_effect, []
    agreeing = [i for i in after if i.status == last.status]
    return [*in_effect[:at], *contrary, last, *agreeing], contrary
