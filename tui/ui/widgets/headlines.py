"""The headlines panel: every stored story in a virtual list, in the snapshot's order.

By default only the relevant stories show (``Story.relevant``: about a watched metal, or a
policy event); the "all stories" key shows every one. The title says "N of M": N shown, M
stored. The metal link and the text filter narrow what shows; the cursor keeps its story
across refreshes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from textual.app import ComposeResult

from tui.core.demo_clock import FALLBACK_MODE
from tui.core.failing import failing
from tui.core.fmt import counted
from tui.core.models import Snapshot, Story
from tui.ui.widgets.headline_list import HeadlineList
from tui.ui.widgets.headline_rows import HeadlineSpec, Shown
from tui.ui.widgets.panel import Panel


class HeadlinesPanel(Panel):
    kind = "headlines"
    empty_text = (
        "No headlines yet: sources are loading, failing (press {sources}), or none is configured."
    )
    show_all = False  # every story, not only the relevant ones
    _memo: tuple[Sequence[Story], HeadlineSpec, Shown] | None = None  # the rows last shown
    _all_memo: tuple[Sequence[Story], HeadlineSpec, int] | None = None  # ``_with_all``'s count

    def compose(self) -> ComposeResult:
        rows = HeadlineList(classes="panel-table headline-list")
        rows.on_open = self.open_detail
        rows.on_link = lambda copy: self.open_link(copy=copy)
        rows.has_link = self.has_link
        yield rows

    @property
    def table(self) -> HeadlineList:  # type: ignore[override]
        return self.query_one(HeadlineList)

    def show(self, snapshot: Snapshot | None = None) -> None:
        if snapshot is not None:
            self.take(snapshot)
        if self.snapshot is None:
            return
        rows = self.table
        current = rows.current()
        keep = self._selected if self._selected is not None else (current.id if current else None)
        if self._selected is None and rows.cursor_row == 0 and rows.scroll_y == 0:
            keep = None  # untouched at the top: the newest story stays first, under the cursor
        self._selected = None
        shown = self.shown(self.snapshot.stories)
        self.row_objects = shown.by_id
        rows.set_rows(
            shown.stories,
            now=self.now,
            read=getattr(self.app, "read_ids", set()),
            new=getattr(self.app, "new_ids", set()),
            keep=keep,
            index=shown.index,
            needed=shown.needed,
            pinned_at=self.snapshot.generated_at,
            first_metal=self.metal_filter,
            # the demo standing in: no story of it is a failing source's last good copy
            down=failing(self.snapshot.sources if self.snapshot.mode != FALLBACK_MODE else ()),
        )
        self._finish_show()

    def ahead_spec(self) -> HeadlineSpec:
        """The filters as they are now (read on the UI thread, for the load worker)."""
        wanted = self.metals()
        return HeadlineSpec(
            self.show_all,
            frozenset(wanted) if wanted is not None else None,
            self.text_filter.lower(),
        )

    def shown(self, stories: Sequence[Story]) -> Shown:
        """The rows for ``stories`` under the current filters: built ahead by the load worker
        for a new snapshot, kept for the next show of the same one, else built here."""
        spec = self.ahead_spec()
        memo = self._memo
        if memo is not None and memo[0] is stories and memo[1] == spec:
            return memo[2]
        shown = spec.take(stories) or spec.shown(stories)
        self._memo = (stories, spec, shown)
        return shown

    def re_age(self, now: datetime) -> None:
        super().re_age(now)
        self.table.re_age(now)

    def passing(self, stories: Sequence[Story]) -> list[Story]:
        """The stories that pass the relevance, metal and text filters, in the given order."""
        return self.ahead_spec().passing(stories)

    def _count_without_text_filter(self) -> int:
        """How many stories the other filters let through (for the empty panel's reason)."""
        if not self.text_filter or self.snapshot is None:
            return 0
        kept = self.text_filter
        self.text_filter = ""
        try:
            return len(self.passing(self.snapshot.stories))
        finally:
            self.text_filter = kept

    def toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.show()

    def update_title(self) -> None:
        stored = len(self.snapshot.stories) if self.snapshot is not None else 0
        shown = len(self.row_objects)
        whole = self.snapshot.head_of if self.snapshot is not None else None
        if whole and not (self.metal_filter or self.text_filter):
            # the first paint holds only the newest stories: the counts are the whole snapshot's
            stored, relevant = whole
            shown = stored if self.show_all else relevant
        parts = [self.config.title, *self.demo_word(), f"{shown:,} of {stored:,}"]
        if not self.show_all:
            # the key that shows the others, while some are left out: at 80 and 120 columns the
            # footer has no room for "A All stories", and "7 of 19" did not say how to see 19
            filtered = self.metal_filter or self.text_filter
            hidden = self._with_all() > shown if filtered else shown < stored
            parts.append(f"relevant ({self._all_key()}: all)" if hidden else "relevant")
        else:
            # every story, said so with the key back while some are not relevant: "19 of 19"
            # alone did not say the panel showed what it leaves out by default, nor how back
            filtered = self.metal_filter or self.text_filter
            if whole and not filtered:  # the first paint's counts are the whole snapshot's
                fewer = whole[1] < whole[0]
            else:
                fewer = self._other_mode() < shown
            if fewer:
                parts.append(f"all ({self._all_key()}: relevant)")
        if self.metal_filter:
            parts.append(f"metal: {self.metal_filter}")
        if self.text_filter:
            parts.append(f"filter: {self.text_filter!r}")
        forms = [self.staleness(short=short).removeprefix(" · ") for short in (False, True)]
        self.set_titles(" · ".join(parts), self.fitted(forms))

    def newest_note(self, *, short: bool = False) -> str:
        """ " · newest 9d old" when every story shown is older than a news source's cadence
        allows (``tui.core.freshness``), with the newest one's age: a border that said nothing,
        or "fetched just now", above stories all a fortnight old read as today's news."""
        from tui.core.freshness import NEWS_EXPECTED_DAYS, newest_when_all_old

        stories = self.row_objects.values()
        newest = newest_when_all_old((s.published for s in stories), self.now, NEWS_EXPECTED_DAYS)
        return f" · newest {newest} old" if newest else ""

    def empty_message(self) -> str:
        hidden = self.snapshot is not None and bool(self.snapshot.stories)
        if not self.show_all and hidden and not (self.text_filter or self.metal_filter):
            shown = self._all_key()
            return f"No story names a watched metal or a policy event: {shown} shows all stories."
        others = self._with_all() if not self.show_all and hidden else 0
        if others:
            # "Nothing matches the filter 'tariff'" stood over five stories with the word, left
            # out only as not relevant: the key that shows them was not said
            what = f"the filter {self.text_filter!r}" if self.text_filter else "the metal"
            return (
                f"No relevant story matches {what}; {counted(others, 'other story', 'others')}"
                f" {'does' if others == 1 else 'do'}"
                f" ({self._all_key()} shows {'it' if others == 1 else 'them'})."
            )
        return super().empty_message()

    def _with_all(self) -> int:
        """The stories the filters let through among all stories, not only the relevant ones
        (0 while every story shows)."""
        return 0 if self.show_all else self._other_mode()

    def _other_mode(self) -> int:
        """The stories the filters let through with the relevance toggled: every one while
        only the relevant show, the relevant ones while every one does."""
        if self.snapshot is None:
            return 0
        stories = self.snapshot.stories
        spec = dataclasses.replace(self.ahead_spec(), show_all=not self.show_all)
        memo = self._all_memo
        if memo is None or memo[0] is not stories or memo[1] != spec:
            memo = self._all_memo = (stories, spec, len(spec.passing(stories)))
        return memo[2]

    def _all_key(self) -> str:
        """The key that shows every story, as ``[keys]`` made it (``A``, ``F6``)."""
        from tui.core.keymap import key_label, spec

        keys = getattr(self.app, "config", None)
        key = dict(keys.keys).get("all-stories") if keys is not None else None
        return key_label((key or spec("all-stories").keys).split(",")[0])

    def selected_key(self) -> str | None:
        story = self.table.current()
        return story.id if story is not None else None

    def selected(self) -> Story | None:
        return self.table.current()

    def selected_story(self) -> Story | None:
        return self.table.current()

    def open_detail(self) -> None:
        story = self.selected_story()
        if story is None:
            return
        from tui.ui.screens.story import DEMO_MODES, StoryScreen

        self.app.mark_read([story.id])  # type: ignore[attr-defined]
        demo = self.snapshot is not None and self.snapshot.mode in DEMO_MODES
        self.app.push_screen(StoryScreen(story, self.now, demo=demo))

    def link(self) -> str | None:
        story = self.selected_story()
        return story.url if story else None

    def source_names(self) -> list[str]:
        from tui.core.config_types import NEWS_KINDS

        cfg = self.app.config  # type: ignore[attr-defined]
        return [s.name for s in cfg.sources if s.kind in NEWS_KINDS]
