"""The headlines panel: one row per story, newest first."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from tui.core.fmt import age
from tui.core.models import Snapshot, Story
from tui.ui.widgets.panel import Panel

METAL_COLOURS = (
    "cyan",
    "magenta",
    "yellow",
    "green",
    "bright_blue",
    "bright_red",
    "bright_cyan",
    "orange3",
)


def metal_chip_style(metal_id: str) -> str:
    return METAL_COLOURS[sum(map(ord, metal_id)) % len(METAL_COLOURS)]


# The newest stories shown at once; the filter (/) and the metal picker search all of them.
ROW_LIMIT = 2000


class HeadlinesPanel(Panel):
    kind = "headlines"
    empty_text = "No headlines yet: sources are loading, failing (press s), or none is configured."
    hidden = 0
    _cells_cache: dict[tuple[Story, str, bool, bool], list[Text]] = {}

    def add_columns(self, table: DataTable[Any]) -> None:
        table.add_column(" ", key="mark", width=1)
        table.add_column("Age", key="age", width=4)
        table.add_column("Headline", key="title", width=max(20, self.size.width - 2 - 48))
        table.add_column("Source", key="source", width=14)
        table.add_column("Metals", key="metals", width=19)

    def on_resize(self) -> None:
        if self.snapshot is not None:
            self.table.clear(columns=True)
            self.show()

    def fill(self, table: DataTable[Any], snapshot: Snapshot) -> None:
        wanted = self.metals()
        read: set[str] = getattr(self.app, "read_ids", set())
        new: set[str] = getattr(self.app, "new_ids", set())
        now = self.now
        self.hidden = 0
        cache = self._cells_cache
        fresh: dict[tuple[Story, str, bool, bool], list[Text]] = {}
        for story in snapshot.stories:
            if wanted is not None and not wanted.intersection(story.metals):
                continue
            if not self.matches(story.title, story.source, " ".join(story.metals)):
                continue
            if len(self.row_objects) >= ROW_LIMIT:  # older matches: reached through the filter
                self.hidden += 1
                continue
            is_read, is_new = story.id in read, story.id in new
            when = age(story.published, now)
            # a story's cells only change with its age text, read/new marks or its content:
            # reuse them across refreshes (building 2,000 rows of Text costs ~0.1 s)
            key = (story, when, is_read, is_new)
            cells = cache.get(key)
            if cells is None:
                cells = self.cells(story, now, is_read, is_new)
            fresh[key] = cells
            self.add_row(story.id, story, cells)
        self._cells_cache = fresh

    def cells(self, story: Story, now: Any, read: bool, new: bool) -> list[Text]:
        mark = Text()
        if story.official:
            mark.append("§", style="bold")
        elif not read:
            mark.append("•" if not new else "★", style="bold")
        title = Text(story.title, no_wrap=True, overflow="ellipsis")
        if story.policy_event is not None:
            title.stylize("bold")
        if not read:
            title.stylize("bold")
        outlet = next((e.outlet for e in story.entries if e.outlet), None) or story.source
        source = Text(outlet, no_wrap=True, overflow="ellipsis")
        if story.sources > 1:
            source = Text(f"+{story.sources - 1} ", style="bold").append(source)
        chips = Text(no_wrap=True, overflow="ellipsis")
        for mid in story.metals:
            chips.append(f" {mid} ", style=f"black on {metal_chip_style(mid)}")
            chips.append(" ")
        when = age(story.published, now) + ("~" if story.date_estimated else "")
        return [mark, Text(when, style="dim"), title, source, chips]

    def selected_story(self) -> Story | None:
        obj = self.selected()
        return obj if isinstance(obj, Story) else None

    def open_detail(self) -> None:
        story = self.selected_story()
        if story is None:
            return
        from tui.ui.screens.story import StoryScreen

        self.app.mark_read([story.id])  # type: ignore[attr-defined]
        self.app.push_screen(StoryScreen(story, self.now))

    def link(self) -> str | None:
        story = self.selected_story()
        return story.url if story else None

    def source_names(self) -> list[str]:
        from tui.core.config_types import NEWS_KINDS

        cfg = self.app.config  # type: ignore[attr-defined]
        return [s.name for s in cfg.sources if s.kind in NEWS_KINDS]
