"""The evidence trail behind one policy status, newest first."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.demo_clock import DEMO_DATE, SCENARIO_NOTE, made_up
from tui.core.failing import failing_registers, registers_failing, with_last_good
from tui.core.fmt import age, ago, day, stamp, status_label
from tui.core.models import PolicyStatus, Snapshot
from tui.flow.demo_fallback import board_is_demo, board_now
from tui.ui.hanging import Hanging, hang_from
from tui.ui.screens.base import DetailScreen, link_hint
from tui.ui.shown import shown
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.panel import AGE_SECONDS


def evidence_text(
    row: PolicyStatus,
    link: str | None = None,
    name: str | None = None,
    hint: str | None = None,
    down: tuple[str, ...] = (),
    sources_key: str = "s",
    down_said: str = "",
    *,
    now: datetime | None = None,
    demo: bool = False,
) -> Text:
    """The trail; ``name``: the metal's name as the watch list gives it (its id otherwise);
    ``hint``: the closing line, the keys as remapped (``DetailScreen.link_hint``); ``down``:
    the failing policy files whose last good entries the row shows, ``down_said`` them named with
    how long ago each last read (:func:`tui.core.failing.with_last_good`); ``sources_key``: the key of the sources screen, as remapped; ``now``: each dated item says its age after its
    day ("2026-01-23 · 13mo ago", as the story screen says its story's), none without it;
    ``demo``: a row of the bundled demo's board, whose ages count to the demo's clock ("13mo
    old", under the line saying as of which day)."""
    t = Text()
    t.append(f"{shown(name or row.metal)}  {row.origin} → {row.destination}\n", style="bold")
    t.append("Status: ")
    t.append(status_label(row.status, row.rate_pct, row.rate_up_to), style="bold")
    if (starts := row.coming_from) is not None:  # nothing in force yet
        t.append(f"  from {starts.isoformat()}", style="bold")
        t.append("  (announced, not in force yet)", style="italic")
    else:
        t.append(f"  since {row.since or '?'}")
    if row.since_estimated:  # the story was undated: the measure began that day or before
        t.append(" or before (first seen then)", style="italic")
    if row.until is not None:
        if row.expired:
            t.append(f"  ended {row.until.isoformat()} — check", style="bold reverse")
        else:
            t.append(f"  until {row.until.isoformat()}")
    if row.proposed:
        t.append("  (proposed only)", style="italic")
    if row.pending:
        t.append(f"  pending: {row.pending}", style="italic")
    if row.starts is not None and row.since is not None and row.coming is not None:
        t.append("\nComing: ")
        t.append(status_label(row.coming, row.coming_rate_pct), style="bold")
        t.append(f"  from {row.starts.isoformat()}")
    if (o := row.other_side) is not None and (who := row.other_party) is not None:
        # the corridor's other side: its measure stands
        t.append(f"\nAlso in force ({o.side}, {'every ' + o.side if who == '*' else who}): ")
        t.append(status_label(o.status, o.rate_pct), style="bold")
        t.append(f"  since {o.since or '?'}")
    if row.conflict:
        t.append("\n⚠ Sources disagree within 7 days: check the evidence below.", style="bold")
    if down:
        t.append(
            f"\n⚠ {down_said or ', '.join(shown(n) for n in down)} failed on its last attempt: its entries"
            " below are the last good ones, perhaps no longer current"
            f" ({sources_key}: source health).",
            style="bold",
        )
    t.append(f"\n\nEvidence ({len(row.evidence)}), newest first:\n", style="bold")
    for ev in row.evidence:
        when = day(ev.published, none="undated")
        if now is not None and ev.published is not None:
            when += f" · {age(ev.published, now)} old" if demo else f" · {ago(ev.published, now)}"
        if ev.dated_ahead is not None:  # its source's time was still to come: read as of now
            when += f" (read then; its source dates it {stamp(ev.dated_ahead)} UTC, ahead)"
        elif ev.date_estimated:
            when += " (first seen)"
        t.append(f"\n[{ev.kind}] ", style="bold")
        hang_from(t, f"{when}  {shown(ev.source)}")
        if made_up([ev.source], demo):  # the board's reading of the demo's founding story
            t.append(f" ({SCENARIO_NOTE})", style="italic")
        if ev.withdraws and ev.status:
            t.append(
                f"  → drops or puts off: {status_label(ev.status, ev.rate_pct, ev.rate_up_to)}"
            )
        elif ev.status:
            t.append(f"  → {status_label(ev.status, ev.rate_pct, ev.rate_up_to)}")
        if ev.proposed:
            t.append(" (proposed)", style="italic")
        if ev.until is not None:
            t.append(f" until {ev.until.isoformat()}")
        if ev.effective is not None:
            t.append(f" from {ev.effective.isoformat()}")
        if ev.withdrawn:
            t.append(" — called off" + (" before its day" if ev.effective else ""), style="bold")
        t.append(f"\n  {shown(ev.title)}\n")
        for source, title, _url in ev.also:  # the same event from other reports: one piece
            t.append(f"  also {shown(source)}: ", style="dim")
            hang_from(t, f"{shown(title)}\n", style="dim")
        if ev.kind != "declared":
            t.append(
                f"  confidence {ev.confidence:.0%}; decided by: {', '.join(repr(w) for w in ev.words)}\n",
                style="dim",
            )
        if ev.note and ev.note != ev.title:
            t.append(f"  {shown(ev.note)}\n", style="dim")
        if ev.url:
            t.append(f"  {shown(ev.url)}\n", style="underline")
    if link:  # the link itself is listed above, with its evidence
        t.append("\n" + (hint or link_hint("the newest link")), style="dim")
    return t


#: Said over the trail of a row of the bundled demo's board.
DEMO_BOARD = f"DEMO: the bundled demo's policy board, as of {DEMO_DATE}\n"
#: Said over the trail when a refresh took its row off the board.
GONE = "⚠ No longer on the policy board since the last refresh: the trail as it was.\n\n"


class EvidenceScreen(DetailScreen):
    def __init__(self, row: PolicyStatus, now: datetime) -> None:
        super().__init__()
        self.row = row
        self.now = now
        self._now_came = time.monotonic()  # when ``now`` was the time (``_aged_now``)
        self.gone = False  # a refresh took the row off the board while the trail was open

    def follow_snapshot(self, snapshot: Snapshot) -> None:
        """A new snapshot while the trail is open: the row as the board now has it (a refresh
        that changed its status or brought evidence), or a line saying it left the board. The
        trail stood as it was when opened, its status perhaps no longer the board's."""
        key = (self.row.metal, self.row.origin, self.row.destination)
        new = next((r for r in snapshot.policy if (r.metal, r.origin, r.destination) == key), None)
        self.now, self._now_came = board_now(snapshot), time.monotonic()
        if (new is None) == self.gone and (new is None or new == self.row):
            return  # nothing to draw again
        self.gone = new is None
        self.row = new or self.row
        self.query_one("#evidence-text", Static).update(Hanging(self._text()))
        self.refresh_bindings()  # the link keys follow the newest link

    def on_mount(self) -> None:
        # the items' ages ("3h ago") count on while the trail stays open, as the story
        # screen's do (from the snapshot's time: a new one sets ``now`` and the count anew)
        self.set_interval(AGE_SECONDS, self._re_age)

    def _re_age(self) -> None:
        self.query_one("#evidence-text", Static).update(Hanging(self._text()))

    def _aged_now(self, demo: bool) -> datetime:
        """The time the ages count to: the snapshot's, moved on by the time since it came; the
        demo's clock stands still."""
        if demo:
            return self.now
        return self.now + timedelta(seconds=time.monotonic() - self._now_came)

    def _text(self) -> Text:
        hint = self.link_hint("the newest link")
        snapshot = getattr(self.app, "snapshot", None)
        demo = snapshot is not None and board_is_demo(snapshot)
        now = self._aged_now(demo)
        sources = getattr(snapshot, "sources", None) or ()
        down = registers_failing(self.row, failing_registers(sources))
        # how long ago each last read: its entries' age, as the header's "fetched 3m ago"
        said = with_last_good(down, sources, now)
        text = evidence_text(
            self.row,
            self.link(),
            self._metal_name(),
            hint,
            down,
            self.key("sources"),
            said,
            now=now,
            demo=demo,
        )
        if self.gone:
            text = Text(GONE, style="bold") + text
        if demo:
            # this screen has no header: its DEMO badge was the only word of it on the board;
            # said under the row's name and corridor
            cut = text.plain.index("\n", len(GONE) if self.gone else 0) + 1
            text = text[:cut] + Text(DEMO_BOARD, style="bold") + text[cut:]
        return text

    def link(self) -> str | None:
        """The link of the newest evidence that has one (listed first)."""
        for ev in self.row.evidence:
            if ev.url and ev.url.startswith(("http://", "https://")):
                return ev.url
        return None

    def _metal_name(self) -> str | None:
        snapshot = getattr(self.app, "snapshot", None)
        metals = getattr(snapshot, "metals", None) or ()
        return next((m.name for m in metals if m.id == self.row.metal), None)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(Hanging(self._text()), id="evidence-text")
        yield KeyFooter()
