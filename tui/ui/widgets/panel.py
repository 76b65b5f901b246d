"""The base of every dashboard panel: a titled box with its rows and a text filter."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Static

from tui.core.config_types import PanelConfig
from tui.core.models import Snapshot
from tui.ui.maximized import maximized
from tui.ui.widgets.ahead import AheadSpec
from tui.ui.widgets.panel_rows import PanelRows, Row
from tui.ui.widgets.panel_titles import PanelTitles

AGE_SECONDS = 60.0  # how often the ages on screen move on between refreshes


class Panel(PanelTitles, Vertical):
    """A dashboard panel. Subclasses fill the table from a snapshot."""

    kind = "panel"
    row_lines = 1  # the lines of one row: a panel too short for one whole row is not laid out
    empty_text = "Nothing to show yet."
    # Esc clears the text filter: in the footer and the help while there is one (or the box is
    # open), where a bare key handler cleared it unsaid once typing had hidden the box's hint
    BINDINGS = [
        Binding("escape", "clear_filter", "Clear filter", key_display="Esc", id="clear-filter")
    ]

    def __init__(self, config: PanelConfig, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"panel panel-{config.kind}")
        self.config = config
        self.border_title = Content(config.title)  # text, never markup (see set_titles)
        self.snapshot: Snapshot | None = None
        self.metal_filter: str | None = None
        self.text_filter = ""
        self.row_objects: dict[str, Any] = {}
        self._rows: list[Row] = []
        self._shown: list[Row] = []  # the rows the table holds
        self._selected: str | None = None  # the row the cursor goes to at the next show
        self._filter_box: Input | None = None
        self._empty_box: Static | None = None
        self._aged: datetime | None = None  # the time the ages on screen count to (re_age)
        self._received = 0.0  # time.monotonic() when the snapshot came
        self._titles = ("", "")  # the border's title and subtitle as last set
        self._empty_said: str | None = None  # the empty panel's message as last set
        self.styles.height = "1fr"

    def compose(self) -> ComposeResult:
        # only the rows: the filter box and the empty panel's message are made when first
        # needed (each widget mounted before the first paint is styled, and an Input's styling
        # is a share of the start)
        table = PanelRows(classes="panel-table")
        table.on_open = self.open_detail
        table.on_cursor = self.update_title  # the border names the cursor row's cut source
        table.on_link = lambda copy: self.open_link(copy=copy)
        table.has_link = self.has_link
        yield table

    def render_lines(self, crop: Region) -> list[Strip]:
        """Textual's own, the inside drawn once: between its top and bottom rows a panel draws
        nothing of its own (its rows cover it but for the border), so every line there is the
        same, where Textual drew each one (~6 M instructions a panel at the first paint: its
        styles cache, line filter and the compositor's cuts, once per line)."""
        x, y, width, height = crop
        inside = range(max(y, 1), min(y + height, self.outer_size.height - 1))
        if len(inside) < 2 or not self._plain_inside():
            return super().render_lines(crop)
        above = super().render_lines(Region(x, y, width, inside.start - y + 1))
        below = super().render_lines(Region(x, inside.stop, width, y + height - inside.stop))
        return above + [above[-1]] * (len(inside) - 1) + below

    def _plain_inside(self) -> bool:
        """Every line between the top and bottom rows is the same: no content of its own (a
        container without keylines), no padding rows, no hatch."""
        styles = self.styles
        return (
            self.is_container
            and not self.BLANK
            and type(self).render is Widget.render
            and styles.keyline[0] == "none"
            and styles.hatch in (None, "none")
            and not styles.padding.top
            and not styles.padding.bottom
        )

    @property
    def table(self) -> PanelRows:
        return self.query_one(PanelRows)

    @property
    def filter_box(self) -> Input | None:
        """The filter box, once the user opened it."""
        return self._filter_box

    @property
    def empty_box(self) -> Static | None:
        """The empty panel's message, once the panel was empty."""
        return self._empty_box

    @property
    def now(self) -> datetime:
        """What the ages count to: the snapshot's time, moved on by ``re_age``."""
        if self._aged is not None:
            return self._aged
        if self.snapshot is not None:
            return self.snapshot.generated_at
        return datetime.now(timezone.utc)

    def on_mount(self) -> None:
        self.set_interval(AGE_SECONDS, self._age_tick)

    def on_resize(self) -> None:
        """The border's words fitted to the new width (a panel's own handler, which may lay
        its rows out anew, runs as well)."""
        if self.snapshot is not None:
            self.update_title()
        self._place_filter_box()

    def _place_filter_box(self) -> None:
        """The filter box stands over the column names where the panel has no line to spare
        for it (at 60x15 it took a line from the rows, and a price row showed "24d" without
        "stale" under it); on its own line above them otherwise, and above the message of a
        panel the filter left empty (over the column names, it hid that message)."""
        if (box := self._filter_box) is not None:
            short = self.content_size.height < 2 + self.row_lines
            over = short and bool(self.row_objects)
            if over != box.has_class("-over-columns"):
                box.set_class(over, "-over-columns")
                self.refresh(layout=True)

    def _age_tick(self) -> None:
        snap = self.snapshot
        if snap is None or snap.mode == "demo":  # the demo keeps its own fixed clock
            return
        self.re_age(snap.generated_at + timedelta(seconds=time.monotonic() - self._received))

    def re_age(self, now: datetime) -> None:
        """Count the ages on screen to ``now``: only the age cells change, no row is rebuilt.
        (The base panel shows no age column; the prices and headlines panels do.) The title's
        "⚠ 1 failing, fetched 3h ago" is counted again too."""
        self._aged = now
        if self.snapshot is not None:
            self.update_title()

    def metals(self) -> set[str] | None:
        """The metals this panel shows: the linked filter, else its configured list, else all."""
        if self.metal_filter:
            return {self.metal_filter}
        return set(self.config.metals) or None

    def muted(self) -> str:
        """The style of a row's small print (a source under its metal, a unit, a date): the
        theme's text muted towards the rows' background, at least 4.5:1 on it. Rich's ``dim``
        was drawn at 2.5:1 on metalwatch-dark, 2.8:1 on metalwatch-light (``tui.ui.legible``)."""
        from tui.ui.legible import muted

        style = self.table.rich_style
        if style.color is None or style.bgcolor is None:
            return ""
        fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
        r, g, b = muted((fg.red, fg.green, fg.blue), (bg.red, bg.green, bg.blue))
        return f"rgb({r},{g},{b})"

    def show(self, snapshot: Snapshot | None = None) -> None:
        if snapshot is not None:
            self.take(snapshot)
        if self.snapshot is None:
            return
        table = self.table
        selected = self.selected_key() if self._selected is None else self._selected
        if self._selected is None and table.cursor_row == 0 and table.scroll_y == 0:
            # at the top: the first row stays under the cursor, as the headlines' newest story
            # does (a board whose first delivery put a row above its only declared one had the
            # cursor on the second row, unasked)
            selected = None
        self._selected = None
        if not table.columns:
            self.add_columns(table)
        self.row_objects = {}
        self._rows = []
        self.fill(table, self.snapshot)
        rows, self._rows = self._rows, []
        # a refresh, a new age, a filter: the rows are swapped in place, and a cell that did not
        # change keeps its object, so only the changed cells are drawn again
        self._shown = table.patch(self._shown, rows, selected)
        self._finish_show()

    def take(self, snapshot: Snapshot) -> None:
        """A new snapshot: its ages count to its own time again."""
        self.snapshot = snapshot
        self._aged = None
        self._received = time.monotonic()

    def _finish_show(self) -> None:
        # a widget updated or a title set repaints (and lays out) even when nothing changed:
        # only what changed is set, so a refresh repaints the rows that changed and no more
        message = self.empty_message() if not self.row_objects else ""
        empty = self._empty_box
        if message != self._empty_said:
            self._empty_said = message
            if empty is None and message:  # made the first time the panel is empty
                empty = self._empty_box = Static("", classes="panel-empty")
                self.mount(empty, before=self.table)
            if empty is not None:
                empty.update(Text(message, style="italic"))
        if empty is not None:
            empty.display = not self.row_objects
        self.update_title()
        self._place_filter_box()

    def set_titles(self, title: str, subtitle: str) -> None:
        """The border's title and subtitle, set only when they changed."""
        if (title, subtitle) != self._titles:
            self._titles = (title, subtitle)
            # as Content: a str is read as markup, and a filter typed as "[link=" (or a config
            # title with brackets) raised a MarkupError that ended the app
            self.border_title = Content(title)
            self.border_subtitle = Content(subtitle)

    def add_row(self, key: str, obj: Any, cells: Sequence[Text], height: int = 1) -> None:
        """Called by ``fill``: one row and the object it shows (a cell's line that its column
        cuts ends with an ellipsis: ``PanelRows``)."""
        self.row_objects[key] = obj
        self._rows.append((key, cells, height))

    def empty_message(self) -> str:
        """Why the panel is empty: no source for it, its sources failing, or the filter."""
        config = getattr(self.app, "config", None)
        if self.snapshot is None or config is None:
            from tui.core.keymap import shown_key

            # "(press s)" as ``[keys]`` made it: a remapped key said "s", which did nothing
            return self.empty_text.replace(
                "{sources}", shown_key("sources", config.keys if config else {})
            )
        from tui.flow.why_empty import empty_reason

        return empty_reason(
            self.kind,
            config,
            self.snapshot.sources,
            metals=self.metals(),
            metal_filter=self.metal_filter,
            text_filter=self.text_filter,
            rows_without_text_filter=self._count_without_text_filter(),
        )

    def _count_without_text_filter(self) -> int:
        if not self.text_filter or self.snapshot is None:
            return 0
        kept = self.text_filter, self.row_objects, self._rows
        state = dict(vars(self))  # what fill() may set besides the rows (counts, caches)
        self.text_filter, self.row_objects, self._rows = "", {}, []
        try:
            self.fill(self.table, self.snapshot)
            return len(self.row_objects)
        finally:
            for name in [k for k in vars(self) if k not in state]:
                delattr(self, name)
            vars(self).update(state)
            self.text_filter, self.row_objects, self._rows = kept

    def matches(self, *texts: str) -> bool:
        if not self.text_filter:
            return True
        needle = self.text_filter.lower()
        return any(needle in t.lower() for t in texts if t)

    def selected_key(self) -> str | None:
        return self.table.cursor_key()

    def selected(self) -> Any:
        key = self.selected_key()
        return self.row_objects.get(key) if key is not None else None

    # ---- to override ----------------------------------------------------------------

    def ahead_spec(self) -> AheadSpec | None:
        """What the load worker can build ahead for this panel's next repaint (read on the UI
        thread; see ``tui.ui.widgets.ahead``); None: nothing."""
        return None

    def add_columns(self, table: PanelRows) -> None:
        raise NotImplementedError

    def fill(self, table: PanelRows, snapshot: Snapshot) -> None:
        raise NotImplementedError

    def open_detail(self) -> None:
        pass

    def link(self) -> str | None:
        return None

    def source_names(self) -> list[str]:
        return []

    # ---- filter box -----------------------------------------------------------------

    async def start_filter(self) -> None:
        box = self._filter_box
        if box is None:
            box = self._filter_box = Input(
                placeholder="filter…  (Enter keeps, Esc clears)", classes="panel-filter"
            )
            await self.mount(box, before=0)
        box.display = True
        self._place_filter_box()
        box.value = self.text_filter
        self.app.set_focus(box)

    @on(Input.Changed, ".panel-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.text_filter = event.value.strip()
        self.show()
        self.refresh_bindings()  # "Esc Clear filter" in the footer with a filter set

    @on(Input.Submitted, ".panel-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if self._filter_box is not None:
            self._filter_box.display = bool(self.text_filter)
        self.app.set_focus(self.table)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            if maximized(self):  # Escape restores the maximized widget first
                return False
            box = self._filter_box
            return bool((box is not None and box.has_focus) or self.text_filter)
        return True

    def action_clear_filter(self) -> None:
        box = self._filter_box
        self.text_filter = ""
        if box is not None:
            box.value = ""
            box.display = False
        self.show()
        self.app.set_focus(self.table)
        self.refresh_bindings()

    def has_link(self) -> bool:
        """The row under the cursor has an http(s) link: the link keys are offered only then."""
        url = self.link()
        return url is not None and url.startswith(("http://", "https://"))

    def open_link(self, *, copy: bool) -> None:
        url = self.link()
        if not url or not self.has_link():
            self.app.notify("No http(s) link for this row.", severity="warning")
            return
        if copy:
            self.app.copy_to_clipboard(url)
            self.app.notify(f"Copied {url}", title="Link")
        else:
            from tui.core.keymap import shown_key
            from tui.ui.links import open_link  # webbrowser: not before the first paint

            config = getattr(self.app, "config", None)
            open_link(self.app, url, shown_key("copy-link", config.keys if config else {}))
