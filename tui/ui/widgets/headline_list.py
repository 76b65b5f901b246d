"""The headline list: a virtual list on Textual's Line API (``ScrollView`` + ``render_line``).

Only the lines on screen are drawn, from the stories in memory: 200 or 200,000 stories cost the
same to paint, scroll and update. Nothing is kept per row but a reference to its story; the
strips of recently drawn lines are cached by what they show (story, age text, marks, width,
cursor), so scrolling back and forth costs nothing and a new age text redraws just that line.
The first line is a fixed header. The cursor is a row index; the panel keeps the selection by
story id across refreshes (``show``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import ClassVar

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.failing import story_failing
from tui.core.fmt import age
from tui.core.models import Story
from tui.engine.relevance import pinned
from tui.ui.bindings import bindings
from tui.ui.content_lines import content_lines
from tui.ui.legible import text_on
from tui.ui.widgets import headline_layout as hl
from tui.ui.widgets.headline_row import FAILING_MARK, Look, row_strip
from tui.ui.widgets.row_keys import RowKeys


class HeadlineList(RowKeys, ScrollView, can_focus=True):
    """Rows of stories; ``row_count``, ``cursor_row`` and ``move_cursor`` as a DataTable has."""

    # Textual styles a virtual node for each of these at every start (~0.4 M instructions
    # each): the date and the age share one (``--age``), the new mark and the pin one
    # (``--new``), and the chips take their colours from the theme's variables (``chip_style``)
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headline-list--header",
        "headline-list--cursor",
        "headline-list--cursor-blurred",
        "headline-list--age",
        "headline-list--failing",
        "headline-list--source",
        "headline-list--unread",
        "headline-list--mark",
        "headline-list--new",
        "headline-list--official",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        *bindings("panel"),
    ]

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.stories: Sequence[Story] = ()
        self.cursor_row = 0
        self.now = datetime.now(timezone.utc)
        self.read: set[str] = set()
        self.new: set[str] = set()
        self.pinned_at: datetime | None = None  # the snapshot's time: its order pinned by it
        self.first_metal: str | None = None  # its chip first in a row (the metal picked)
        self.down: frozenset[str] = frozenset()  # the failing sources (``tui.core.failing``)
        self._index: dict[str, int] | None = None
        self._needed = hl.Needs()
        self._age_w = hl.AGE  # the age column: wider while a row's age needs it
        self._columns: hl.Columns | None = None
        self._pass_columns: hl.Columns | None = None  # while ``render_lines`` runs
        # (id(story), what its line shows) -> (the story, its strip): the story is kept with
        # its strip, so a new story at a freed one's address is never taken for it
        self._strips: LRUCache[tuple[object, ...], tuple[Story, Strip]] = LRUCache(512)
        self._base: Style | None = None  # the widget's own style, until the styles change
        self._chip_styles: dict[str, Style] = {}  # chip colour -> its style, likewise
        self.on_open: Callable[[], None] | None = None
        self.on_link: Callable[[bool], None] | None = None

    # ---- data ---------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.stories)

    def set_rows(
        self,
        stories: Sequence[Story],
        *,
        now: datetime,
        read: set[str],
        new: set[str],
        keep: str | None,
        index: dict[str, int] | None = None,
        needed: hl.Needs | None = None,
        pinned_at: datetime | None = None,
        first_metal: str | None = None,
        down: frozenset[str] = frozenset(),
    ) -> None:
        """Show ``stories``; the cursor follows the story ``keep`` when it is still shown (and
        stays where it was on screen, unless the list was at its top: new stories then show
        above it), else it keeps its row. ``index`` (row by story id) and ``needed`` (see
        ``headline_layout.needed``) may come built already, off the UI thread. ``pinned_at``:
        the time the stories were ranked at (the snapshot's), by which a row is marked pinned.
        ``first_metal``: its chip comes first in a row (the metal picked with ``m``: at 80
        columns "copper …" hid the aluminium a row was shown for). ``down``: the sources failing
        now; a story all of whose sources are among them says so after its age, as a price does
        (``FAILING_MARK``)."""
        offset = self.cursor_row - int(self.scroll_y)
        self.stories = stories
        self.now, self.read, self.new = now, read, new
        self.pinned_at = pinned_at
        self._index = index
        widths = needed if needed is not None else hl.needed(stories)
        if down != self.down:  # other rows marked
            self.down = down
            self._strips.clear()
        age_w = self._age_width(stories, now)
        if first_metal != self.first_metal:  # the chips in another order
            self.first_metal = first_metal
            self._strips.clear()
            self._columns = None  # the first chip's width, the folded tags' column's least
        if (widths, age_w) != (self._needed, self._age_w):  # other columns: all drawn anew
            self._needed, self._age_w, self._columns = widths, age_w, None
            self._strips.clear()
        # else the lines of stories still shown stay drawn (a refresh that adds a story on
        # top draws that one line; the others only move)
        row = self.row_index(keep) if keep is not None else None
        self.cursor_row = max(0, min(self.cursor_row if row is None else row, len(stories) - 1))
        self.virtual_size = Size(self.scrollable_content_region.width, len(stories) + 1)
        if row is not None and self.scroll_y > 0:  # at the top, new stories show above it
            self.scroll_to(y=max(0, self.cursor_row - offset), animate=False, immediate=True)
        self._follow_cursor()
        self.refresh()
        self.links_follow()

    def re_age(self, now: datetime) -> None:
        """Count the ages to ``now``: only the lines on screen whose age text changes are drawn
        again (their strips are cached by the age text), nothing else."""
        before, self.now = self.now, now
        new_year = before.astimezone(timezone.utc).year != now.astimezone(timezone.utc).year
        if (wide := self._age_width(self.stories, now)) != self._age_w or new_year:
            # "in 3h" came to "now"; or a new year: last year's dates say their year
            self._age_w, self._columns = wide, None
            self._strips.clear()
            self.refresh()
            return
        top = int(self.scroll_y)
        for y in range(1, self.size.height):
            row = top + y - 1
            if row >= len(self.stories):
                break
            published = self.stories[row].published
            if age(published, before) != age(published, now):
                self.refresh_line(y)

    def _age_width(self, stories: Sequence[Story], now: datetime) -> int:
        """The age column's cells (``hl.age_width``), one more for ``FAILING_MARK`` when one of
        the first stories has every source failing."""
        down = self.down
        marked = bool(down) and any(story_failing(s, down) for s in stories[: hl.SAMPLE])
        return hl.age_width(stories, now) + marked

    def row_index(self, key: str) -> int | None:
        if self._index is None:
            self._index = {s.id: i for i, s in enumerate(self.stories)}
        return self._index.get(key)

    def current(self) -> Story | None:
        if 0 <= self.cursor_row < len(self.stories):
            return self.stories[self.cursor_row]
        return None

    def row_keys(self) -> list[str]:
        return [s.id for s in self.stories]

    # ---- cursor -------------------------------------------------------------------------

    def move_cursor(self, *, row: int) -> None:
        if not self.stories:
            return
        row = max(0, min(row, len(self.stories) - 1))
        if row == self.cursor_row:
            self._follow_cursor()
            return
        before, self.cursor_row = self.cursor_row, row
        self._refresh_row(before)
        self._refresh_row(row)
        self._follow_cursor()
        self.links_follow()

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _follow_cursor(self) -> None:
        page = self._page()
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + page:
            self.scroll_to(y=self.cursor_row - page + 1, animate=False, immediate=True)

    def _refresh_row(self, row: int) -> None:
        y = row - int(self.scroll_y) + 1
        if 1 <= y < self.size.height:
            self.refresh_line(y)

    def _row_count(self) -> int:
        return len(self.stories)

    def _rows_per_page(self) -> int:
        return self._page()

    def on_click(self, event: events.Click) -> None:
        """A click selects the row; a double click opens it, like Enter."""
        if event.y < 1:
            return
        self.move_cursor(row=int(self.scroll_y) + event.y - 1)
        if event.chain >= 2:
            self.call_after_refresh(self.action_open_detail)

    def on_focus(self) -> None:
        self._refresh_row(self.cursor_row)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor_row)

    # ---- drawing ------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._columns = None
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.stories) + 1)
        self._follow_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._base = None
        self._chip_styles.clear()
        self._strips.clear()  # a theme change: every colour may have moved

    def render_lines(self, crop: Region) -> list[Strip]:
        # the columns of every line drawn in this pass, laid out once: the widget's region is
        # looked up through the screen's compositor each time
        # (and each line drawn as Textual's styles cache draws it, its styles read once)
        self._pass_columns = self.columns()
        try:
            lines = content_lines(self, crop)
            return super().render_lines(crop) if lines is None else lines
        finally:
            self._pass_columns = None

    def columns(self) -> hl.Columns:
        if self._pass_columns is not None:
            return self._pass_columns
        width = self.scrollable_content_region.width
        if self._columns is None or self._columns.width != width:
            need = self._needed
            first = need.first_chip
            if self.first_metal is not None and need.metals:  # its chip first on its rows:
                # at 100 columns "aluminium" (picked with `m`) lost its " …" in a column laid
                # out for "copper", the rows' first metal as stored
                first = max(first, hl.chips_width((self.first_metal,)))
            self._columns = hl.layout(
                width, need.metals, need.source, self._age_w, need.title, first
            )
        return self._columns

    def render_line(self, y: int) -> Strip:
        cols = self.columns()
        if y == 0:
            return self._header(cols)
        row = int(self.scroll_y) + y - 1
        base = self._base
        if base is None:  # ``rich_style`` walks the DOM: once, not per line
            base = self._base = self.rich_style
        if row >= len(self.stories):
            return Strip.blank(cols.width, base)
        story = self.stories[row]
        failing = story_failing(story, self.down)
        when = hl.age_text(story, self.now) + (FAILING_MARK if failing else "")
        pin = self.pinned_at is not None and pinned(story, self.pinned_at)
        state = (story.id in self.read, story.id in self.new, pin)
        cursor = row == self.cursor_row
        # the year the clock is in: a strip drawn in December is not reused in January, when
        # its date cell needs the year ("20 Dec 2026"), its age text maybe unchanged ("12d")
        year = self.now.astimezone(timezone.utc).year
        key = (id(story), when, state, cols.width, cursor, cursor and self.has_focus, year)
        hit = self._strips.get(key)
        if hit is not None and hit[0] is story:
            return hit[1]
        over = None
        if cursor:  # laid over every cell's own style, the metal chips excepted
            name = "cursor" if self.has_focus else "cursor-blurred"
            over = self.get_component_rich_style(f"headline-list--{name}")
        strip = row_strip(story, when, *state, cols, base, over, self._look, failing)
        self._strips[key] = (story, strip)
        return strip

    def _header(self, cols: hl.Columns) -> Strip:
        style = self.rich_style + self.get_component_rich_style("headline-list--header")
        return Strip([Segment(hl.header_text(cols), style)], cols.width)

    @property
    def _look(self) -> Look:
        return Look(self.now, self.first_metal, self.get_component_rich_style, self.chip_style)

    def chip_style(self, name: str) -> Style:
        """A chip's colour (``name``: the theme's variable, ``headline_row.CHIP_COLOURS``), its
        text black or white by WCAG's measure (at least 4.5:1): Textual's ``auto 90%`` read
        3.83:1 on metalwatch-light's accent chip."""
        style = self._chip_styles.get(name)
        if style is None:
            colour = Color.parse(self.app.theme_variables[name])
            if colour.a < 1:  # as Textual would lay it on the list's own background
                colour = self.styles.background + colour
            text = text_on(colour.rgb)
            style = Style(color=RichColor.from_rgb(*text), bgcolor=colour.rich_color)
            self._chip_styles[name] = style
        return style
