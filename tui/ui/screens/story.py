"""A story in full: title, summary, every outlet with its date and link, the policy reading."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core.demo_clock import DEMO_DATE, DEMO_MODES, FALLBACK_MODE, SCENARIO_NOTE, made_up
from tui.core.failing import failing, story_failing, with_last_good
from tui.core.fmt import age, ago, stamp, status_label
from tui.core.models import SourceHealth, Story
from tui.engine.relevance import PIN, pinned
from tui.ui.hanging import Hanging, hang_from
from tui.ui.screens.base import DetailScreen, link_hint
from tui.ui.shown import shown
from tui.ui.widgets.headline_row import PIN_MARK
from tui.ui.widgets.key_footer import KeyFooter
from tui.ui.widgets.panel import AGE_SECONDS

__all__ = ["DEMO_MODES", "StoryScreen", "story_text"]


def story_text(
    story: Story,
    now: datetime,
    *,
    demo: bool = False,
    hint: str | None = None,
    failing_note: str = "",
) -> Text:
    """The story in full. ``demo``: a story of the bundled demo, whose age counts to the demo's
    clock: said so, since this screen has no header saying "DEMO snapshot of ...". ``hint``:
    the closing line naming the keys as remapped (``DetailScreen.link_hint``). ``failing_note``:
    that every source of the story failed on its last attempt (:func:`failing_note`)."""
    t = Text()
    t.append(shown(story.title) + "\n", style="bold")
    when = f"{stamp(story.published)} UTC" if story.published else "undated"
    est = " (first seen; the source gave no date)" if story.date_estimated else ""
    if story.zone_unknown and story.published is not None:
        est = " (the source's clock time, in a zone not known: read as UTC, may be hours off)"
    old = ago(story.published, now, never="no date")
    if demo and story.published is not None:
        old = f"{age(story.published, now)} old in the DEMO snapshot of {DEMO_DATE}"
    t.append(f"{when}{est} · {old} · {shown(story.source)}", style="dim")
    if story.official:
        t.append("  § official document", style="bold")
    t.append("\n")
    if made_up([story.source, *(e.source for e in story.entries)], demo):
        # its text quotes people as a report would: where it came from said in words
        t.append(f"⚠ {SCENARIO_NOTE[0].upper()}{SCENARIO_NOTE[1:]}.\n", style="bold")
    if failing_note:
        t.append(failing_note + "\n", style="bold")
    if story.metals:
        t.append("Metals: " + ", ".join(story.metals) + "\n")
    ev = story.policy_event
    if ev is not None:
        t.append("\nTrade-policy reading: ", style="bold")
        hang_from(t, status_label(ev.status, ev.rate_pct, ev.rate_up_to))
        t.append(f"  {ev.origin} → {ev.destination}  metals: {', '.join(ev.metals)}")
        if ev.proposed:
            t.append("  (proposed, not in effect)", style="italic")
        if ev.effective is not None:  # the day its text names for the measure to start
            today = now.astimezone(timezone.utc).date()
            verb = "would take" if ev.proposed else ("takes" if ev.effective > today else "took")
            t.append(f"  {verb} effect {ev.effective.isoformat()}", style="bold")
        t.append(
            f"\n  confidence {ev.confidence:.0%}; decided by: {', '.join(repr(w) for w in ev.words)}\n"
        )
        if story.published is not None and pinned(story, now):
            hours = f"{PIN.total_seconds() / 3600:g}"
            t.append(
                f"  {PIN_MARK} pinned near the top of the headlines until"
                f" {stamp(story.published + PIN)} UTC (a policy story, for {hours} hours after it"
                " was published)\n"
            )
    if story.summary:
        t.append("\n" + shown(story.summary) + "\n")
    t.append(f"\nOutlets ({len(story.entries)}):\n", style="bold")
    for e in story.entries:
        d = stamp(e.published, none="undated")
        t.append(f"  {d}  {shown(e.outlet or e.source)}\n")
        t.append(
            f"      {shown(e.url) if e.url else '(no link)'}\n",
            style="underline" if e.url else "dim",
        )
    t.append("\n" + (hint or link_hint("the link")), style="dim")
    return t


def failing_note(story: Story, sources: Sequence[SourceHealth], now: datetime, key: str) -> str:
    """What the story screen says when every source of the story failed on its last attempt
    (the headline row's "!" after its age): each with how long ago it last read, and that this
    is their last good copy. ``key``: the sources screen's key, as remapped. "" otherwise: the
    row said "3d!" and the story it opened looked as current as any."""
    down = failing(sources)
    if not story_failing(story, down):
        return ""
    said = with_last_good(sorted({e.source for e in story.entries} or {story.source}), sources, now)
    return (
        f"⚠ {said} failed on its last attempt: this is its last good copy, perhaps not the"
        f" newest ({key}: source health)"
    )


class StoryScreen(DetailScreen):
    def __init__(self, story: Story, now: datetime, *, demo: bool = False) -> None:
        super().__init__()
        self.story = story
        self.now = now
        self.demo = demo  # a story of the bundled demo (``story_text``)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(Hanging(self._text(self.now)), id="story-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        # the story's age ("3h ago") and its pin count on while the screen stays open, as the
        # panel's do; the demo's clock stands still
        self._opened = time.monotonic()
        if not self.demo:
            self.set_interval(AGE_SECONDS, self._re_age)

    def _re_age(self) -> None:
        now = self.now + timedelta(seconds=time.monotonic() - self._opened)
        self.query_one("#story-text", Static).update(Hanging(self._text(now)))

    def _text(self, now: datetime) -> Text:
        snap = getattr(self.app, "snapshot", None)
        # the demo standing in: its stories are no copies of the user's failing sources'
        mine = snap is not None and snap.mode != FALLBACK_MODE
        sources = (getattr(snap, "sources", None) or ()) if mine else ()
        note = failing_note(self.story, sources, now, self.key("sources"))
        hint = self.link_hint("the link")
        return story_text(self.story, now, demo=self.demo, hint=hint, failing_note=note)

    def link(self) -> str | None:
        url = self.story.url
        return url if url and url.startswith(("http://", "https://")) else None
