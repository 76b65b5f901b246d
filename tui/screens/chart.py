"""The full price chart: time frames, dates and units on the axes, min/max/last, provenance,
and numbered markers for the headlines and policy events of that metal."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Static
from textual_plotext import PlotextPlot

from tui.bindings import bindings
from tui.models import PriceSeries, Snapshot
from tui.screens.base import DetailScreen
from tui.units import format_price

FRAMES = {"1M": 31, "3M": 92, "6M": 183, "1Y": 366, "5Y": 5 * 366, "Max": None}


def window(series: PriceSeries, frame: str) -> list[tuple[date, float]]:
    days = FRAMES[frame]
    if days is None or not series.points:
        return list(series.points)
    start = series.points[-1][0] - timedelta(days=days)
    pts = [p for p in series.points if p[0] >= start]
    # a monthly series over a short frame: keep the point before so a line can be drawn
    if len(pts) < 2:
        pts = list(series.points[-2:])
    return pts


def markers(
    series: PriceSeries, snapshot: Snapshot, start: date, end: date
) -> list[tuple[date, str, str]]:
    """(date, kind, title) of policy events and headlines for this metal inside the window."""
    out: list[tuple[date, str, str]] = []
    seen: set[str] = set()
    for row in snapshot.policy:
        if row.metal != series.metal:
            continue
        for ev in row.evidence:
            d = ev.published.date() if isinstance(ev.published, datetime) else ev.published
            if d is not None and start <= d <= end and ev.title not in seen:
                seen.add(ev.title)
                out.append((d, f"policy:{ev.status}", ev.title))
    for story in snapshot.stories:
        if series.metal in story.metals and story.published is not None:
            d = story.published.date()
            if start <= d <= end and story.title not in seen:
                seen.add(story.title)
                out.append((d, "headline", story.title))
    return sorted(out)


class ChartScreen(DetailScreen):
    BINDINGS = [*DetailScreen.BINDINGS, *bindings("chart")]

    def __init__(self, series: PriceSeries, snapshot: Snapshot, frame: str = "1Y") -> None:
        super().__init__()
        self.series = series
        self.snapshot = snapshot
        self.frame = frame

    def compose(self) -> ComposeResult:
        with Vertical(id="chart-box"):
            yield Static(id="chart-title")
            yield PlotextPlot(id="chart")
            yield Static(id="chart-provenance")
            yield Static(id="chart-markers")
        yield Footer()

    def on_mount(self) -> None:
        self.redraw()

    def action_frame(self, frame: str) -> None:
        self.frame = frame
        self.redraw()

    def redraw(self) -> None:
        s = self.series
        pts = window(s, self.frame)
        names = {m.id: m.name for m in self.snapshot.metals}
        title = Text(f"{names.get(s.metal or '', s.symbol)}  ", style="bold")
        for key, name in zip("123456", FRAMES, strict=True):
            title.append(f" {key}:{name} ", style="bold reverse" if name == self.frame else "dim")
        self.query_one("#chart-title", Static).update(title)
        plot = self.query_one(PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if len(pts) >= 2:
            xs = [d.toordinal() for d, _ in pts]
            ys = [v for _, v in pts]
            plt.plot(xs, ys, marker="hd")
            ticks = [xs[int(i * (len(xs) - 1) / 4)] for i in range(5)]
            plt.xticks([float(t) for t in ticks], [date.fromordinal(t).isoformat() for t in ticks])
            plt.ylabel(s.unit)
            lo, hi = min(ys), max(ys)
            plt.title(
                f"last {format_price(ys[-1])}  min {format_price(lo)}  max {format_price(hi)}  {s.unit}"
            )
            marks = markers(s, self.snapshot, pts[0][0], pts[-1][0])
            for n, (d, _kind, _title) in enumerate(marks, 1):
                plt.vline(d.toordinal(), "orange")
                plt.text(str(n), d.toordinal(), hi, color="orange")
            self._show_markers(marks, pts)
        else:
            self.query_one("#chart-markers", Static).update("Not enough points in this time frame.")
        plot.refresh()
        prov = Text(
            f"Source: {s.source} ({s.source_kind}) · symbol {s.symbol} · {s.kind} · {s.frequency} · "
            f"unit {s.unit} · {len(s.points)} points, {s.points[0][0] if s.points else '?'} to "
            f"{s.points[-1][0] if s.points else '?'}",
            style="dim",
        )
        if s.note:
            prov.append(f"\n* {s.note}", style="bold")
        self.query_one("#chart-provenance", Static).update(prov)

    def _show_markers(
        self, marks: list[tuple[date, str, str]], pts: list[tuple[date, float]]
    ) -> None:
        t = Text()
        if not marks:
            t.append(
                "No headlines or policy events for this metal in this time frame.", style="dim"
            )
        for n, (d, kind, title) in enumerate(marks, 1):
            t.append(f"{n:>2}. {d}  ", style="bold")
            t.append(f"[{kind}] ", style="italic")
            t.append(title)
            if kind.startswith("policy"):
                t.append(
                    "  " + reaction(d, list(self.series.points), self.series.frequency), style="dim"
                )
            t.append("\n")
        self.query_one("#chart-markers", Static).update(t)


def reaction(day: date, pts: list[tuple[date, float]], frequency: str = "daily") -> str:
    """Price change from the last point before ``day`` to +1, +5 and +20 days after it.

    Each horizon takes the last point on or before that day. A monthly (or coarser) series
    has no daily points: the nearest points are used and the text says so."""
    before = [p for p in pts if p[0] < day]
    if not before:
        return ""
    base_day, base = before[-1]
    parts = []
    for n in (1, 5, 20):
        target = day + timedelta(days=n)
        upto = [p for p in pts if base_day < p[0] <= target]
        if frequency in ("daily", "weekly"):
            if upto:
                parts.append(f"+{n}d: {(upto[-1][1] / base - 1) * 100:+.1f}%")
        else:
            after = [p for p in pts if p[0] >= day]
            if after:
                d, v = after[0]
                parts.append(f"next {frequency} point ({d}): {(v / base - 1) * 100:+.1f}%")
                break
    if not parts:
        return "no price after the event yet"
    prefix = "reaction from " + str(base_day) + ": "
    return prefix + ", ".join(parts)
