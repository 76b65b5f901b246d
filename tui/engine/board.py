"""The trade-policy status board: one verdict per (metal, origin, destination).

Rules, in the words of the issue:

* The newest **in-effect** evidence sets the status. On the same day a declared entry beats
  a document, which beats a headline classified by metalwatch (``inferred``); a *newer*
  piece of evidence that disagrees wins over an older declared entry.
* A declared entry with no ``since`` date is the user's statement of the current state: it
  counts as dated ``now`` (so it wins over everything already seen).
* ``since`` is the date the current status *and rate* took effect: the earliest date of the
  run of consecutive in-effect evidence with that status that ends at the newest one, where
  a different known rate ends the run (25% then 50%: ``since`` is when 50% began; the 25%
  entry stays in the evidence trail). A report that the measure stays ("duties to remain",
  "ban stays in place") tells it held, not that it began: the other side's evidence between
  (the exporter's ban lifted beside the importer's duty) does not end its run; its own side's
  lift does, and then the report is the measure again (:mod:`tui.engine.board_held`).
* A declared entry may say ``until`` when its measure ends. When the newest in-effect
  evidence is such an entry the row carries ``until``, and once that day has passed
  ``expired`` (the measure ran out: the row asks for a check, it does not silently stay).
* Proposed evidence never sets the status. When it is newer than the status it shows as
  ``pending``; when nothing is in effect the row shows the newest proposal with
  ``proposed=True``.
* ``conflict`` is raised, not resolved: two in-effect pieces of evidence from different
  sources within 7 days of each other that disagree on the status, where at least one of
  them is within 7 days of the evidence that set the current status; a restriction announced
  for a day and a lift of that same day are one switch, not a disagreement. It is raised for
  30 days after the later of the two (:mod:`tui.engine.board_conflict`); a month on, with nothing newer,
  the newest stands unflagged. A story with no date that says otherwise than the newest report
  of a known day does not overturn it, and raises the flag while it is fresh; reports of one
  event by several outlets are one piece of evidence (:mod:`tui.engine.board_items`).
* A headline or document whose text names the day its measure takes effect (``effective``,
  read by :mod:`tui.engine.effective_dates`: "from June 4") is dated by that day, not by its
  publication: once the day is reached it is in force and ``since`` is that day (never
  estimated). Before that day it is **coming**, not in force: it neither sets the status nor
  ``since``, nor takes part in a conflict. The row carries the next one to start (the soonest
  day; on the same day the stronger kind, then the newest) as ``coming`` (its status),
  ``coming_rate_pct`` and ``starts`` (its day), beside the current status. When nothing is in
  effect the row shows the coming measure as its status with ``since`` None and ``starts`` set
  (as a proposed-only row shows its proposal); a proposal published after the announcement is
  its ``pending``. A proposal keeps its publication day whatever date it names (a plan is not
  in force on any day), and declared entries are dated by their ``since`` as always (one whose
  ``since`` is after today is coming until then).
* A coming measure can be **called off** before its day: evidence published after its
  announcement and in force before its day that says the opposite (a lift, ``open`` or
  ``resuming``, against a restriction, or a restriction against a coming lift; on the day
  itself the measure starts, and a lift then ends what it replaces: "replaces the ban with
  quotas from Oct. 16", then "lifts the ban" on Oct. 16; on the same day a restriction
  announced for that day stands after the day's reports, which otherwise go by the time
  they were published), or a later
  announcement of the same status and rate for another day (postponed or brought forward),
  withdraws it: it is neither coming nor, once its day passes, in force. It stays in the
  evidence trail, marked ``withdrawn``. A different rate announced later is a new step, not a
  withdrawal.
* A headline that drops or puts off a plan ("scraps plan to ban nickel ore exports",
  "postpones bauxite export ban": evidence that ``withdraws``, read by
  :mod:`tui.engine.withdrawals`) withdraws, on its corridor, the proposals of its status
  published up to its day and the coming measures of its status announced up to its day and
  not started by then. It never sets a status itself; a row left with nothing but such
  evidence is not shown (nothing is proposed, coming or in force that the board knows of).
* A corridor carries both its sides' measures: when the status comes from one side's (the
  exporter's export controls, the importer's tariff, told by the evidence's own words) and
  the other side's newest is a restriction still in force, the row carries it as
  ``other_side``, its status unchanged (:mod:`tui.engine.board_sides`).
* Evidence is listed newest first (by the day it is dated: a coming measure's day comes
  first); declared entries appear as evidence of kind ``declared`` (titled by their note, else
  "Declared in <source>").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timezone

from tui.core.models import DeclaredPolicy, Evidence, PolicyEvent, PolicyStatus
from tui.engine.board_conflict import CONFLICT_SHOWN, conflict
from tui.engine.board_held import held_start
from tui.engine.board_items import Item, one_per_event, undated_placed
from tui.engine.board_sides import other_side
from tui.engine.board_wider import with_newer_general
from tui.engine.board_withdrawn import coming_called_off, plans_dropped
from tui.engine.effective_dates import utc_day

_KIND_RANK = {"declared": 2, "document": 1, "inferred": 0}


def _declared_evidence(d: DeclaredPolicy) -> Evidence:
    title = d.note or f"Declared in {d.source}"
    return Evidence(
        kind="declared",
        title=title,
        url=d.url,
        source=d.source,
        published=d.since,
        confidence=1.0,
        status=d.status,
        rate_pct=d.rate_pct,
        proposed=d.proposed,
        note=d.note,
        until=d.until,
    )


def build_board(
    declared: Sequence[DeclaredPolicy],
    events: Sequence[tuple[PolicyEvent, Evidence]],
    *,
    now: datetime | None = None,
) -> list[PolicyStatus]:
    """One :class:`PolicyStatus` per (metal, origin, destination), sorted by those three."""
    today = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).date()
    groups: dict[tuple[str, str, str], list[Item]] = {}

    for d in declared:
        ev = _declared_evidence(d)
        # a declared entry whose ``since`` is still to come is coming, as a headline's day is
        ahead = d.since is not None and d.since > today and not d.proposed
        rank = _KIND_RANK["declared"]
        item = Item(ev, d.since or today, d.status, d.rate_pct, d.proposed, rank, ahead)
        groups.setdefault((d.metal, d.origin, d.destination), []).append(item)

    for event, evidence in events:
        ev = dataclasses.replace(
            evidence,
            status=event.status,
            rate_pct=event.rate_pct,
            rate_up_to=event.rate_up_to,
            proposed=event.proposed,
            words=evidence.words or event.words,
            confidence=min(evidence.confidence, event.confidence)
            if evidence.kind == "inferred"
            else evidence.confidence,
        )
        rank = _KIND_RANK.get(evidence.kind, 0)
        effective = evidence.effective if evidence.effective is not None else event.effective
        if effective != ev.effective:
            ev = dataclasses.replace(ev, effective=effective)
        dated = effective is not None and not event.proposed
        when = effective if dated else utc_day(evidence.published)
        own = dict(event.metal_rates)  # "25% on steel, 10% on aluminium": each metal its own
        for metal in dict.fromkeys(event.metals):
            rate, m_ev = event.rate_pct, ev
            if metal in own:
                rate, m_ev = (
                    own[metal],
                    dataclasses.replace(ev, rate_pct=own[metal], rate_up_to=False),
                )
            item = Item(m_ev, when, event.status, rate, event.proposed, rank, dated)
            for origin, destination in ((event.origin, event.destination), *event.also):
                groups.setdefault((metal, origin, destination), []).append(item)

    rows = [r for key, items in groups.items() if (r := _verdict(key, items, today)) is not None]
    rows.sort(key=lambda r: (r.metal, r.origin, r.destination))
    return with_newer_general(rows)


def _verdict(key: tuple[str, str, str], items: list[Item], today: date) -> PolicyStatus | None:
    metal, origin, destination = key
    items = sorted(one_per_event(items), key=lambda i: i.key)  # oldest first
    called_off = coming_called_off(items) | plans_dropped(items)
    if called_off:
        for n in called_off:
            ev = dataclasses.replace(items[n].evidence, withdrawn=True)
            items[n] = dataclasses.replace(items[n], evidence=ev)
    newest_first = tuple(i.evidence for i in reversed(items))
    items = [i for n, i in enumerate(items) if n not in called_off and not i.evidence.withdraws]
    if not items:
        return None
    coming = [i for i in items if _after(i, today)]
    in_effect = [i for i in items if not i.proposed and not _after(i, today)]
    proposals = [i for i in items if i.proposed]
    nxt = min(coming, key=_start_order) if coming else None

    if not in_effect and nxt is not None:
        announced = utc_day(nxt.evidence.published) or date.min
        later = [p for p in proposals if (p.when or date.min) > announced]
        return PolicyStatus(
            metal=metal,
            origin=origin,
            destination=destination,
            status=nxt.status,
            since=None,
            rate_pct=nxt.rate_pct,
            rate_up_to=nxt.evidence.rate_up_to,
            proposed=False,
            pending=later[-1].status if later else None,
            conflict=False,
            evidence=newest_first,
            coming=nxt.status,
            coming_rate_pct=nxt.rate_pct,
            starts=nxt.when,
        )
    if not in_effect:
        top = proposals[-1]
        first_seen = top.when is not None and top.evidence.date_estimated
        return PolicyStatus(
            metal=metal,
            origin=origin,
            destination=destination,
            status=top.status,
            since=top.when,
            rate_pct=top.rate_pct,
            rate_up_to=top.evidence.rate_up_to,
            proposed=True,
            pending=None,
            conflict=False,
            evidence=newest_first,
            since_estimated=first_seen,
        )

    in_effect, undated_contrary = undated_placed(in_effect)
    current = in_effect[-1]
    # the rate each piece of evidence stands for: its own, else the one before it carries on
    rates: list[float | None] = []
    for i, item in enumerate(in_effect):
        carried = rates[-1] if i and in_effect[i - 1].status == item.status else None
        rates.append(item.rate_pct if item.rate_pct is not None else carried)
    # since: the start of the run of the current status and rate ending at the newest evidence
    since, start = current.when, current
    rate = rates[-1]
    for item, item_rate in zip(reversed(in_effect[:-1]), reversed(rates[:-1]), strict=True):
        if item.status != current.status:
            break
        if rate is not None and item_rate is not None and item_rate != rate:
            break  # a new rate is a new state
        if item.when is not None:
            since, start = item.when, item
        if rate is None:
            rate = item_rate
    if (held := held_start(in_effect)) is not None:  # "duties to remain": held all along
        start, rate = held
        since = start.when
    pending = None
    newer = [p for p in proposals if current.when is None or (p.when or date.min) > current.when]
    if newer:
        pending = newer[-1].status
    shown_rate = rate if current.status == "tariff" else current.rate_pct
    return PolicyStatus(
        metal=metal,
        origin=origin,
        destination=destination,
        status=current.status,
        since=since,
        rate_pct=shown_rate,
        # the rate a ceiling when the newest evidence that states it says "up to"
        rate_up_to=shown_rate is not None
        and next(
            (i.evidence.rate_up_to for i in reversed(in_effect) if i.rate_pct == shown_rate), False
        ),
        proposed=False,
        pending=pending,
        conflict=conflict(in_effect, current, today)
        or any(today - (i.when or date.min) <= CONFLICT_SHOWN for i in undated_contrary),
        evidence=newest_first,
        until=current.evidence.until,
        expired=current.evidence.until is not None and today > current.evidence.until,
        since_estimated=since is not None and start.evidence.date_estimated and not start.dated,
        coming=nxt.status if nxt is not None else None,
        coming_rate_pct=nxt.rate_pct if nxt is not None else None,
        starts=nxt.when if nxt is not None else None,
        other_side=other_side(in_effect, today),
    )


def _after(item: Item, today: date) -> bool:
    """A measure whose text names a day after ``today`` for it to take effect: coming."""
    return item.dated and item.when is not None and item.when > today


def _start_order(item: Item) -> tuple[date, int, int]:
    """The next coming measure first: the soonest day, then the stronger kind, then the newest."""
    published = utc_day(item.evidence.published) or date.min
    return (item.when or date.max, -item.kind_rank, -published.toordinal())


def outdated(rows: Sequence[PolicyStatus], now: datetime) -> bool:
    """Whether a board built on an earlier day says something today's would not: a coming
    measure whose day has come, or an ``until`` that has passed but is not marked ``expired``
    (a snapshot cached yesterday over an unchanged store is rebuilt, not shown as it was)."""
    today = now.astimezone(timezone.utc).date()
    return any(
        (r.starts is not None and r.starts <= today)
        or (r.until is not None and not r.expired and today > r.until)
        for r in rows
    )
