"""Words about keys stay readable in every bundled theme (session 19, measuring each cell tmux
drew of the demo driven by keys): the footer's keys, the filter box's "Enter keeps, Esc clears"
and the chart's highlighted event, each at least 4.5:1 (WCAG AA for text) on its background."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from textual.geometry import Region
from textual.widget import Widget

from tests.app.between_cases import back_at_start
from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.legible import contrast
from tui.ui.widgets.prices import PricesPanel

THEMES = ("metalwatch-dark", "metalwatch-light", "metalwatch-high-contrast", "metalwatch-amber")


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def words(text: str) -> str:
    """``text`` less spaces and lines (box drawing and block elements: the palette key's "▏")."""
    return "".join(c for c in text if not ("\u2500" <= c <= "\u259f")).strip()


def drawn(widget: Widget, rows: int | None = None) -> list[Segment]:
    """The cells ``widget`` draws with words in them, as they reach the terminal (Textual's dim
    and its colour filters applied)."""
    region = Region(0, 0, widget.size.width, rows or widget.size.height)
    return [
        seg
        for strip in widget.render_lines(region)
        for seg in strip
        if words(seg.text) and seg.style is not None
    ]


def unreadable(segments: list[Segment]) -> list[tuple[str, float]]:
    """(text, contrast) of each cell run under 4.5:1, or drawn dim by the terminal."""
    out = []
    for seg in segments:
        style = seg.style
        assert style is not None and style.color is not None and style.bgcolor is not None, seg
        ratio = contrast(style.color.get_truecolor(), style.bgcolor.get_truecolor())
        if ratio < 4.5 or style.dim:
            out.append((seg.text, round(ratio, 2)))
    return out


async def test_the_footers_keys_read_at_4_5_to_1(tmp_path: Path) -> None:
    """metalwatch-light drew the footer's keys (q, ?, /, m, r ...) in its accent on its panel
    colour: 3.6:1, on every screen. Each of ``THEMES`` in turn in one app (a start per theme
    before)."""
    from textual.widgets._footer import FooterKey

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            keys = [k for k in app.screen.query(FooterKey) if k.display and k.size.width]
            assert len(keys) >= 5, (theme, keys)
            bad = [(k.key, unreadable(drawn(k))) for k in keys]
            assert not [b for b in bad if b[1]], (theme, bad)
            checked.append(theme)
    assert checked == list(THEMES), checked


async def test_the_filter_boxs_hint_reads_at_4_5_to_1(tmp_path: Path) -> None:
    """ "filter…  (Enter keeps, Esc clears)", the only place that says how to leave the box,
    was Textual's placeholder colour on the box's accent: 2.3:1 (high contrast) to 2.5:1.
    Each of ``THEMES`` in turn in one app (a start per theme before): Esc clears the box and
    the focus goes back where the app started it before the next theme."""
    from textual.widgets import Input

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            await pilot.press("slash")
            await settle(app, pilot)
            box = app.focused
            assert isinstance(box, Input) and not box.value, (theme, box)
            cells = drawn(box)
            assert "Esc clears" in "".join(s.text for s in cells), (theme, cells)
            assert not unreadable(cells), (theme, unreadable(cells))
            await pilot.press("c", "o")  # what is typed reads as well
            await settle(app, pilot)
            typed = [s for s in drawn(box) if "co" in s.text]
            assert typed and not unreadable(typed), (theme, unreadable(typed))
            await pilot.press("escape")  # clears the box and the filter
            await settle(app, pilot)
            assert not box.value and not box.display, (theme, box.value)
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked


async def test_the_charts_highlighted_event_reads_at_4_5_to_1(tmp_path: Path) -> None:
    """The price's reaction after an event ("+1d: -6.5%, +5d: -3.4%") was dim: on the
    highlighted row, the one the cursor is on, 3.4:1 (light) to 4.4:1 (amber). Each of
    ``THEMES`` in turn in one app (a start per theme before), the chart closed between."""
    from tui.ui.screens.chart import ChartScreen

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            app.set_focus(app.query_one(PricesPanel).table)
            await pilot.press("enter")
            await settle(app, pilot)
            assert isinstance(app.screen, ChartScreen), (theme, app.screen)
            markers = app.screen.query_one("#chart-markers")
            assert markers.has_focus and markers.highlighted == 0, theme  # type: ignore[attr-defined]
            cells = drawn(markers, rows=3)  # the first event: three lines at 100 columns
            assert "reaction from" in "".join(s.text for s in cells), (theme, cells)
            assert not unreadable(cells), (theme, unreadable(cells))
            await pilot.press("escape")
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked


async def test_the_focused_panel_is_seen_with_no_row_to_show(tmp_path: Path) -> None:
    """Found at 100x30: a panel filtered to nothing ("zzz", Enter) kept the focus with no
    cursor row, and only its border's colour said so: the focused and the other borders read
    1.1:1 (metalwatch-light, high contrast) to 1.6:1 (amber) against each other. The focused
    panel's border has another shape too, whatever the colours. Each of ``THEMES`` in turn
    in one app (a start per theme before): the filter cleared (Esc) between, every row back."""
    from tui.ui.widgets.panel import Panel

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = app.focused
        prices = app.query_one(PricesPanel)
        rows = prices.table.row_count
        assert rows > 0
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            await pilot.press("2", "slash", "z", "z", "z", "enter")
            await settle(app, pilot)
            assert prices.table.has_focus and prices.table.row_count == 0, theme
            others = [p for p in app.query(Panel) if p is not prices]
            assert others, theme
            focused_edge = prices.styles.border_top
            for other in others:
                edge = other.styles.border_top
                shown = contrast(focused_edge[1].rgb, edge[1].rgb)
                assert focused_edge[0] != edge[0] or shown >= 3.0, (theme, focused_edge, edge)
            await pilot.press("escape")  # the filter cleared
            await settle(app, pilot)
            assert not prices.text_filter and prices.table.row_count == rows, theme
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked


async def test_the_palettes_hint_reads_at_4_5_to_1(tmp_path: Path) -> None:
    """ "Search for commands…" (Ctrl+P) and "Search for themes…" (t), the palette's one line
    before anything is typed, were Textual's placeholder colour: 2.7:1 in metalwatch-light,
    3.3:1 in high contrast; each command's key under it ("key: q") was dim, 3.6:1 on the
    highlighted command in metalwatch-amber. Each of ``THEMES`` with each key in turn in one
    app (a start per case before): the palette closed (Esc) between, the theme unchanged."""
    from textual.command import CommandInput, CommandPalette

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            for key in ("ctrl+p", "t"):
                await pilot.press(key)
                await settle(app, pilot)
                cells: list[Segment] = []
                for _ in range(100):  # the palette opens on its own schedule: slow when loaded
                    await pilot.wait_for_animation()  # its opening fade: the colours it ends on
                    if isinstance(app.screen, CommandPalette):
                        box = app.screen.query_one(CommandInput)
                        cells = [
                            s for s in box.render_line(0) if words(s.text) and s.style is not None
                        ]
                        cells = cells[1:]  # the cursor's cell: the cursor's colours
                        if "earch for" in "".join(s.text for s in cells):
                            break
                    await pilot.pause(0.05)
                assert "earch for" in "".join(s.text for s in cells), (theme, key, cells)
                assert not unreadable(cells), (theme, key, unreadable(cells))
                if key == "ctrl+p":  # "key: q" under each command: dim, 3.6:1 on the highlighted
                    from textual.command import CommandList

                    listed = app.screen.query_one(CommandList)
                    said: list[Segment] = []
                    for _ in range(40):  # the app's own commands may be listed after Textual's
                        lines = [listed.render_line(y) for y in range(listed.size.height)]
                        said = [
                            s
                            for line in lines
                            if "key:" in line.text
                            for s in line
                            if words(s.text)
                        ]
                        if said:
                            break
                        await pilot.pause(0.05)
                    assert "key:" in "".join(s.text for s in said), (theme, key, said)
                    assert not unreadable(said), (theme, key, unreadable(said))
                await pilot.press("escape")  # the palette closed, nothing picked
                await pilot.wait_for_animation()
                await back_at_start(app, pilot, start)
                assert app.theme == theme, (theme, key, app.theme)
                checked.append((theme, key))
    assert checked == [(t, k) for t in THEMES for k in ("ctrl+p", "t")], checked


async def test_the_headlines_marks_read_at_4_5_to_1(tmp_path: Path) -> None:
    """The marks before a story's age (``•`` not read yet, ``★`` new, ``⚑`` pinned, ``§``
    official): the unread dot, in the theme's accent, was 4.36:1 on metalwatch-light's rows
    (session 19's audit, left alone). Every mark on every row the cursor is not on reads at
    4.5:1 or more on the row's background, whichever panel has the focus. Each of ``THEMES``
    in turn in one app (a start per theme before), the focus put back between."""
    from tui.ui.widgets.headline_list import HeadlineList
    from tui.ui.widgets.headlines import HeadlinesPanel

    marks = {"•", "★", "⚑", "§"}
    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            seen: set[str] = set()
            for focused in (PricesPanel, HeadlinesPanel):
                app.set_focus(app.query_one(focused).table)
                await settle(app, pilot)
                rows = app.query_one(HeadlineList)
                for y in range(1, rows.size.height):
                    if int(rows.scroll_y) + y - 1 == rows.cursor_row:
                        continue  # the cursor's row: its own colours
                    cells = [seg for seg in rows.render_line(y) if set(seg.text.strip()) & marks]
                    seen |= {c for seg in cells for c in seg.text if c in marks}
                    assert unreadable(cells) == [], (theme, y, cells)
            assert "•" in seen, (theme, seen)
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked
