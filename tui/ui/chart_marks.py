"""The chart's event markers: which headlines and policy events of a metal fall in the frame,
and where their numbered lines go so that two never hide each other.

Markers whose lines would fall on the same column of the plot, or whose labels would touch,
become one line labelled with all their numbers ("2,3", "4-6"): the user sees there are several,
and each keeps its own numbered row in the list below the chart (reachable by keyboard)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tui.core.demo_clock import DEMO_MODES, made_up
from tui.core.fmt import age, format_price
from tui.core.freshness import freshness
from tui.core.models import Evidence, PolicyStatus, PriceSeries, Snapshot, Story

#: Columns of the chart widget that are not plot: the y axis labels, their tick and the border.
AXIS_COLUMNS = 10
#: Rows of the chart widget that are not plot: the title, the frame's two lines, the x ticks and
#: the axis label line.
PLOT_FRAME_ROWS = 5
#: The fewest plot rows with one to spare above the price line for the markers' labels: on
#: fewer the labels are written over the line. The spare row on a plot of two rows stretched
#: the axis to 2.5 times the prices' range, and on one the only tick read 22,328 beside a
#: line of copper between 9,547 and 14,660.
HEADROOM_FROM = 4


@dataclass(frozen=True)
class Marker:
    day: date
    kind: str  # "policy:<status>" or "headline"
    title: str
    target: Story | PolicyStatus  # what Enter opens
    # what the evidence says beside its status: "proposed" (a plan, not in force), "from
    # <day>" (announced for a later day); the list said "[policy:quota]" for a proposal alone
    note: str = ""


@dataclass(frozen=True)
class MarkGroup:
    """One line on the plot: the day it stands at and the numbers (1-based) of its markers."""

    day: date
    first: int
    last: int

    @property
    def label(self) -> str:
        if self.first == self.last:
            return str(self.first)
        if self.last == self.first + 1:
            return f"{self.first},{self.last}"
        return f"{self.first}-{self.last}"


def markers(series: PriceSeries, snapshot: Snapshot, start: date, end: date) -> list[Marker]:
    """Policy events and headlines for this metal inside the window, by date."""
    out: list[Marker] = []
    seen: set[str] = set()
    demo = snapshot.mode in DEMO_MODES
    for row in snapshot.policy:
        if row.metal != series.metal:
            continue
        for ev in row.evidence:
            d = ev.published.date() if isinstance(ev.published, datetime) else ev.published
            # one headline is evidence on several rows: one marker; a declared entry is its
            # own (every one is titled "Declared in config": a second was left out)
            key = ev.title if ev.kind != "declared" else f"{ev.title}|{d}|{ev.status}|{id(row)}"
            if d is not None and start <= d <= end and key not in seen:
                seen.add(key)
                note = ", ".join(n for n in (_note(ev, d), _scenario([ev.source], demo)) if n)
                out.append(Marker(d, f"policy:{ev.status}", ev.title, row, note))
    for story in snapshot.stories:
        if series.metal in story.metals and story.published is not None:
            d = story.published.date()
            if start <= d <= end and story.title not in seen:
                seen.add(story.title)
                outlets = [story.source, *(e.source for e in story.entries)]
                note = _scenario(outlets, demo)
                out.append(Marker(d, "headline", story.title, story, note))
    return sorted(out, key=lambda m: (m.day, m.kind, m.title))


def _note(ev: Evidence, day: date) -> str:
    """A policy marker's note: proposed, or the later day it takes effect."""
    parts = ["proposed"] if ev.proposed else []
    if ev.effective is not None and ev.effective > day:
        parts.append(f"from {ev.effective}")
    return ", ".join(parts)


def _scenario(sources: list[str], demo: bool) -> str:
    """ "made-up scenario" for a marker of the demo's founding story (its reaction figures are
    of a real price move, beside a story no outlet published), else ""."""
    return "made-up scenario" if made_up(sources, demo) else ""


def column(day: date, first: date, last: date, columns: int) -> int:
    """The plot column (0 .. ``columns`` - 1) where ``day`` falls between ``first`` and ``last``."""
    span = (last - first).days
    if span <= 0 or columns <= 1:
        return 0
    return round((day - first).days / span * (columns - 1))


def group_marks(days: list[date], first: date, last_day: date, columns: int) -> list[MarkGroup]:
    """The lines to draw for markers on ``days`` (ascending, numbered from 1 in this order):
    a marker joins the line before it when it would fall on that line's column or under its
    label (with one blank column between labels)."""
    groups: list[MarkGroup] = []
    start_col = 0
    for n, day in enumerate(days, 1):
        col = column(day, first, last_day, columns)
        if groups:
            prev = groups[-1]
            if col <= start_col + len(prev.label):
                groups[-1] = MarkGroup(prev.day, prev.first, n)
                continue
        groups.append(MarkGroup(day, n, n))
        start_col = col
    # a label that would run past the right edge is drawn ending at its line (``label_span``):
    # it must not reach back into the label before it
    while len(groups) > 1:
        end, prev = groups[-1], groups[-2]
        starts = label_span(end, first, last_day, columns)[0]
        if starts > label_span(prev, first, last_day, columns)[1] + 1:
            break
        groups[-2:] = [MarkGroup(prev.day, prev.first, end.last)]
    return groups


def label_span(group: MarkGroup, first: date, last: date, columns: int) -> tuple[int, int]:
    """The first and last column of ``group``'s label: from its line rightwards, or ending at
    its line when that would run past the plot's right edge."""
    col = column(group.day, first, last, columns)
    if col + len(group.label) > columns:
        return col - len(group.label) + 1, col
    return col, col + len(group.label) - 1


def label_headroom(lo: float, hi: float, rows: int) -> tuple[float, float]:
    """The y range for prices from ``lo`` to ``hi`` on a plot of ``rows`` text rows that keeps
    the top row free of the price line: the markers' labels are written there, and a label
    drawn over the line hid the line's highest stretch (a merged "2-4" hid three columns)."""
    span = hi - lo if hi > lo else max(abs(hi) * 0.01, 1.0)
    bottom = lo if hi > lo else lo - span
    return bottom, hi + span * 1.5 / max(rows - 1.5, 1.0)


def y_ticks(lo: float, hi: float, rows: int, places: int) -> tuple[list[float], list[str]]:
    """The y axis' ticks from ``lo`` to ``hi`` on a plot of ``rows`` text rows, at most one a
    row and seven in all, written as the prices panel writes the series' prices (``13,990``,
    ``58.30``; plotext wrote ``13913.0``, ``16003.4``): with more decimals only where two ticks
    would read the same. None on a plot of one row: it shows no range, and its one tick read
    as the price (the head line above the plot says last, min and max)."""
    if rows < 2:
        return [], []
    if hi <= lo:
        return [lo], [format_price(lo, places)]
    n = max(2, min(rows, 7))
    ticks = [lo + i * (hi - lo) / (n - 1) for i in range(n)]
    labels = [format_price(t, places) for t in ticks]
    for more in (1, 2, 3):
        if len(set(labels)) == n:
            break
        labels = [format_price(t, places + more) for t in ticks]
    return ticks, labels


def head_room(width: int, axis: int) -> int:
    """The widest head plotext writes over a plot ``width`` columns wide whose y axis labels take
    ``axis`` columns (0: none): it centres the head on the canvas, right of the labels and their
    tick, and leaves out a head that would run past the widget's right edge. Measured against
    ``width`` alone, "last 13,990 ... · ┊ no data since 2026-07-30" (70 cells) was left out at
    76 columns, and the plot had no head at all."""
    start = axis + 1 if axis else 1  # the canvas' first column, after the labels' tick
    canvas = max(width - start - 1, 0)  # less the frame's right side
    centre = start + canvas // 2
    return max(2 * (width - centre) - 2, 0)


def last_age(series: PriceSeries, now: datetime) -> str:
    """How old the series' last price is at ``now``, as the prices panel's "As of" says it:
    "(1d)", "(24d, stale)" past its cadence, "(today, ahead)" for a close dated after today's
    UTC day; "" with no points. The plot's heading said "last 9,190" with no age: the day was
    only under the plot, and a glance at the chart read an old price as current."""
    fresh = freshness(series, now)
    if fresh is None:
        return ""
    if fresh.ahead_days > 0:
        return "(today, ahead)"
    said = age(fresh.last, now)
    return f"({said}, stale)" if fresh.stale else f"({said})"


def head_forms(last: str, when: str, low: str, high: str, unit: str) -> list[str]:
    """The plot heading's figures, the widest first: the last price with its age (``when``,
    :func:`last_age`) is kept longest, then the unit, then min and max (at 60 columns they
    stand single-spaced: a plot of one row has no ticks, and its range is said here alone)."""
    lead = f"last {last} {when}".rstrip()
    return [
        f"{lead}  min {low}  max {high}  {unit}",
        f"{lead} min {low} max {high} {unit}",
        f"{lead}  {unit}",
        lead,
        f"last {last}",
    ]


def fit_head(main: str | Sequence[str], gap: str, marked: bool, width: int) -> str:
    """The plot's title line: the figures (``main``, or its forms widest first), where the data
    stops (``gap``: "┊ no data since ..."), and the legend of the marker lines when there are
    any, in the first form that fits ``width`` cells (plotext leaves a title that does not fit
    out altogether)."""
    mains = [main] if isinstance(main, str) else list(main)
    legend, short = ("│n: event n below", "│n event") if marked else ("", "")
    for first in mains:
        forms = [
            [first, legend, gap],
            [first, gap, short],
            [first, gap],
            [first],
        ]
        for parts in forms:
            for sep in ("  ·  ", " · "):
                text = sep.join(p for p in parts if p)
                if len(text) <= width:
                    return text
    return mains[-1]


def reaction(
    day: date,
    pts: Sequence[tuple[date, float]],
    frequency: str = "daily",
    days: Sequence[date] | None = None,
) -> str:
    """Price change from the last point before ``day`` to +1, +5 and +20 days after it.

    Each horizon takes the last point on or before that day. A monthly (or coarser) series
    has no daily points: the nearest points are used and the text says so. ``pts`` ascend by
    date (as a :class:`PriceSeries` holds them); ``days``: their dates, when the caller reads
    many events on one series (found by bisection, not by a pass over 30 years of points)."""
    days = days if days is not None else [d for d, _ in pts]
    first_on = bisect_left(days, day)  # the first point on or after the event's day
    if first_on == 0:
        return ""
    base_day, base = pts[first_on - 1]
    parts = []
    for n in (1, 5, 20):
        if frequency in ("daily", "weekly"):
            last = bisect_right(days, day + timedelta(days=n)) - 1  # on or before the horizon
            if last >= first_on:
                parts.append(f"+{n}d: {(pts[last][1] / base - 1) * 100:+.1f}%")
        else:
            if first_on < len(pts):
                d, v = pts[first_on]
                parts.append(f"next {frequency} point ({d}): {(v / base - 1) * 100:+.1f}%")
                break
    if not parts and first_on < len(pts):  # the series has a gap after the event
        return f"no price within 20 days (the next: {pts[first_on][0]})"
    if not parts:
        return "no price after the event yet"
    prefix = "reaction from " + str(base_day) + ": "
    return prefix + ", ".join(parts)
