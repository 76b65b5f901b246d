"""What a price chart says about its series' days, without drawing: the time frames and the
points each shows (every frame ends on the snapshot's day, not at the last point), where a stale
series' data stops ("no data since <day>"), and the provenance lines under the plot (source,
symbol, unit, span; stale, dated ahead, the source's note, an older history that could not be
read). ``tui.ui.screens.chart`` draws them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import pairwise

from rich.text import Text

from tui.core.demo_clock import DEMO_CAPTURED, DEMO_DATE
from tui.core.fmt import ago, counted
from tui.core.freshness import ahead_note, expected_age_days, freshness
from tui.core.models import PriceSeries, SourceHealth
from tui.ui.shown import shown

__all__ = [
    "FRAMES",
    "failing_line",
    "fallback_line",
    "frame_note",
    "frame_start",
    "gap_label",
    "holes",
    "provenance",
    "runs",
    "short_provenance",
    "window",
]

FRAMES = {"1M": 31, "3M": 92, "6M": 183, "1Y": 366, "5Y": 5 * 366, "Max": None}


def frame_start(series: PriceSeries, frame: str, today: date) -> date:
    """The first day a frame shows: ``today`` minus the frame, or the first point for Max."""
    days = FRAMES[frame]
    if days is None:
        return series.points[0][0] if series.points else today
    return today - timedelta(days=days)


def window(series: PriceSeries, frame: str, today: date | None = None) -> list[tuple[date, float]]:
    """The points inside the frame ending ``today`` (default: the last point's day)."""
    if not series.points:
        return []
    end = today or series.points[-1][0]
    if FRAMES[frame] is None:
        return [p for p in series.points if p[0] <= end]
    start = frame_start(series, frame, end)
    pts = [p for p in series.points if start <= p[0] <= end]
    # a monthly series over a short frame: keep the point before so a line can be drawn
    if len(pts) == 1:
        before = [p for p in series.points if p[0] < start]
        pts = before[-1:] + pts
    return pts


def gap_label(series: PriceSeries, today: date) -> str:
    """ "no data since 2026-01-23" when the series is stale on ``today``, else ""."""
    if not series.points:
        return "no data"
    moment = datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
    fresh = freshness(series, moment)
    if fresh is None or not fresh.stale:
        return ""
    return f"no data since {fresh.last.isoformat()}"


def holes(series: PriceSeries, pts: list[tuple[date, float]]) -> list[tuple[date, date]]:
    """The stretches inside ``pts`` with no data: two neighbours further apart than the series'
    newest point may be old (``expected_age_days``: it would have been stale between them)."""
    most = expected_age_days(series)
    return [(a[0], b[0]) for a, b in pairwise(pts) if (b[0] - a[0]).days > most]


def runs(
    pts: list[tuple[date, float]], gaps: list[tuple[date, date]]
) -> list[list[tuple[date, float]]]:
    """``pts`` cut at each of ``gaps`` (from :func:`holes`): the stretches the plot draws as
    lines. One line across five months without a price drew prices no source had given."""
    out: list[list[tuple[date, float]]] = [[]]
    ends = {a for a, _ in gaps}
    for p in pts:
        out[-1].append(p)
        if p[0] in ends:
            out.append([])
    return [r for r in out if r]


def holes_line(gaps: list[tuple[date, date]]) -> str:
    """The provenance's line on the stretches without data ("" for none): the longest with its
    days, and how many others."""
    if not gaps:
        return ""
    a, b = max(gaps, key=lambda g: (g[1] - g[0]).days)
    more = len(gaps) - 1
    others = f" and {counted(more, 'shorter gap')}" if more else ""
    return f"a gap left blank: no data from {a} to {b} ({(b - a).days} days){others}"


def frame_note(
    series: PriceSeries, shown: str, wanted: str, today: date, *, loading: bool = False
) -> str:
    """What a frame key changes, when the chart would not show it ("" when it shows): the frame
    already shown; a longer frame with no more points than the one shown (the series starts
    inside both); a frame with no points after one with none. ``loading``: the whole history
    is still being read, so the points so far say nothing of older ones."""
    if wanted == shown:
        return f"{wanted} is already shown."
    before, after = window(series, shown, today), window(series, wanted, today)
    if not after and not before and series.points:
        return f"No points in {wanted} either: {gap_label(series, today) or 'no data'}."
    if loading or not after or not _longer(wanted, shown) or len(after) > len(before):
        return ""
    return f"{wanted} has no more points than {shown}: the series starts {series.points[0][0]}."


def _longer(frame: str, than: str) -> bool:
    days, other = FRAMES[frame], FRAMES[than]
    return days is None or (other is not None and days > other)


def provenance(
    series: PriceSeries,
    now: datetime,
    history: str,
    *,
    demo: bool,
    gap: str = "",
    gaps: list[tuple[date, date]] | None = None,
    failing: str = "",
) -> Text:
    """The lines under the plot: where the series comes from and what it spans; then whether it
    is stale at ``now`` (``demo``: the bundled demo's, whose ages count to its own clock), dated
    ahead, the source's note, and ``history`` when the older history could not be read
    ("" or "loading" say nothing). ``gap``: where the data stops ("┊ no data since <day>"),
    when neither the title line nor the plot's heading has room to say it: it leads the stale
    line. ``gaps``: the stretches with no data in the frame (:func:`holes`). ``failing``: that
    the series' source failed on its last attempt or is overdue (:func:`failing_line`)."""
    s = series
    newest = s.points[-1][0] if s.points else None
    fresh = freshness(s, now)
    # what the source did not say is said so, not printed as a bare word ("· unknown ·", "()")
    origin = f" ({s.source_kind})" if s.source_kind else ""
    kind = s.kind if s.kind and s.kind != "unknown" else "price type not given"
    unit = f"unit {shown(s.unit)}" if s.unit.strip() else "unit unknown"
    prov = Text(
        f"Source: {shown(s.source)}{origin} · symbol {shown(s.symbol)} · {kind} · {s.frequency} · "
        f"{unit} · {counted(len(s.points), 'point')}, {s.points[0][0] if s.points else '?'} to "
        f"{newest or '?'}",
        style="dim",
    )
    if fresh is not None and fresh.stale:
        # the day the data stops is said once, on the title line (or over the plot): this line
        # says why that is stale, and, for the bundled demo, whose day the frame ends on (this
        # screen has no header to say so)
        clock = f" in the DEMO snapshot of {DEMO_DATE}" if demo else ""
        lead = f"{gap} · " if gap else ""
        prov.append(
            f"\n{lead}stale{clock}: a {s.frequency} series is expected within "
            f"{fresh.expected_days} days",
            style="bold",
        )
    if said := holes_line(gaps or []):
        prov.append(f"\n{said}", style="bold")
    if ahead := ahead_note(fresh):
        prov.append(
            f"\nthe newest point is {ahead}: a close in a zone ahead of UTC, or the "
            "publisher's clock",
            style="bold",
        )
    if failing:
        prov.append(f"\n{failing}", style="bold")
    if s.note:
        prov.append(f"\n* {shown(s.note)}", style="bold")
    if history not in ("", "loading"):
        prov.append(f"\n{shown(history)}; the recent points only", style="bold")
    return prov


def failing_line(health: SourceHealth | None, now: datetime, key: str) -> str:
    """What the chart says of a series whose source failed on its last attempt or is overdue
    (the prices panel's "!" after the row's age): its points are the last good ones. ``key``:
    the sources screen's key, as remapped. "" for a source that is well."""
    if health is None or not (health.failed or health.stale):
        return ""
    what = "failed on its last attempt" if health.failed else "is overdue"
    good = ago(health.last_success, now, never="not known")
    return (
        f"⚠ {shown(health.name)} {what} (last good fetch {good}): the prices drawn are its"
        f" last good ones, perhaps not the newest ({key}: source health)"
    )


def fallback_line(key: str) -> str:
    """What the chart says of a series of the bundled demo standing in for the user's prices
    (no configured source has delivered yet): said "the prices drawn are its last good ones" of
    the user's failing source of the same name as the demo's file. ``key``: the sources
    screen's key, as remapped."""
    return (
        f"⚠ the bundled demo's prices (captured {DEMO_CAPTURED}) stand in: none of your sources"
        f" has delivered yet ({key}: source health)"
    )


def short_provenance(prov: Text, width: int, lines: int) -> Text:
    """``prov`` in at most ``lines`` lines of ``width`` cells, for a screen with no rows for it
    whole: what is wrong with the series first (stale, dated ahead, the source's note, an
    older history not read: its bold lines), then the source; each line cut with "…". At
    60x12 the whole text (5 lines) and the markers' list left the plot no row at all."""
    parts = prov.split("\n")
    ordered = [p for p in parts[1:] if p.plain] + parts[:1]
    out = Text()
    for n, part in enumerate(ordered[: max(lines, 1)]):
        cut = part.copy()
        cut.truncate(width, overflow="ellipsis")
        if n:
            out.append("\n")
        out.append_text(cut)
    return out
