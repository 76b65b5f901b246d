"""Words that carry meaning stay readable in every bundled theme (session 16's audit, which
measured the contrast of each cell tmux drew): the "stale" under a price's age is never dimmed,
and the chart's event numbers are drawn on the plot's own background."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual_plotext import PlotextPlot

from tests.app.between_cases import back_at_start
from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.themes import STATUS_VARIABLES
from tui.ui.widgets.prices import PricesPanel

THEMES = ("metalwatch-dark", "metalwatch-light", "metalwatch-high-contrast", "metalwatch-amber")


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


async def test_stale_under_an_age_is_bold_and_never_dim(tmp_path: Path) -> None:
    """The age cell was dim when the source's health said nothing, and "stale", appended to
    it, took the dim too: 2.7:1 on metalwatch-light's white, the one word saying the price is
    old. A stale series' age and "stale" are bold, not dim."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        assert panel.snapshot is not None
        copper = next(s for s in panel.snapshot.prices if s.metal == "copper")
        cell = panel.as_of(copper, stale=False)  # the demo's copper is 24 days old: stale
        text = cell.plain
        assert text.endswith("\nstale"), text
        for at in (0, text.index("stale")):
            style = cell.get_style_at_offset(app.console, at)
            assert style.bold and not style.dim, (text[at:], style)


async def test_the_charts_event_numbers_are_on_the_plots_background(tmp_path: Path) -> None:
    """An event's number above its line was drawn on plotext's default white (246, 246, 239):
    cyan on near-white (1.2:1) in metalwatch-high-contrast, amber on it (1.4:1) in
    metalwatch-amber. Every cell of the plot has the plot's background. Each of ``THEMES`` in
    turn in one app (a start per theme before), the chart closed between."""
    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            app.set_focus(app.query_one(PricesPanel).table)
            await pilot.press("enter")  # the copper chart: events in its year
            await settle(app, pilot)
            assert isinstance(app.screen, ChartScreen) and app.screen.marks, theme
            plot = app.screen.query_one(PlotextPlot)
            drawn = plot.render()
            backgrounds = {
                tuple(span.style.bgcolor.get_truecolor())
                for span in drawn.spans  # type: ignore[union-attr]
                if not isinstance(span.style, str) and span.style.bgcolor is not None
            }
            assert len(backgrounds) == 1, (theme, backgrounds)  # the canvas's, under the numbers
            await pilot.press("escape")
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""

    def lum(c: tuple[int, int, int]) -> float:
        def ch(v: float) -> float:
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


PICKER = ("textual-light", "catppuccin-latte", "solarized-light", "textual-dark")


async def test_statuses_moves_and_stale_are_readable_in_every_theme_of_the_picker(
    tmp_path: Path,
) -> None:
    """Textual's own themes (in the picker, and allowed in the config) set none of metalwatch's
    colours, and the fallbacks were made for a dark background: on textual-light a rise read
    1.7:1, the sparklines 2.0:1, "stale" (the theme's warning) 1.4:1. Each is at least 3:1 on
    the panels' background in every theme: ``THEMES`` and ``PICKER`` in turn in one app (a
    start per theme before)."""
    from rich.color import Color as RichColor
    from textual.color import Color

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for theme in (*THEMES, *PICKER):
            app.theme = theme
            await settle(app, pilot)
            v = app.theme_variables
            surface = Color.parse(v["surface"])
            for name in (*STATUS_VARIABLES, "text-warning"):
                colour = Color.parse(v[name])
                shown = surface.blend(colour.with_alpha(1.0), colour.a) if colour.a < 1 else colour
                assert contrast(shown.rgb, surface.rgb) >= 3.0, (theme, name, v[name], v["surface"])
            panel = app.query_one(PricesPanel)
            assert panel.snapshot is not None, theme
            copper = next(s for s in panel.snapshot.prices if s.metal == "copper")
            cell = panel.as_of(copper, stale=False)
            style = cell.get_style_at_offset(app.console, cell.plain.index("stale"))
            assert isinstance(style.color, RichColor), (theme, style)
            assert contrast(style.color.get_truecolor(), surface.rgb) >= 3.0, (theme, style)
            checked.append(theme)
    assert checked == [*THEMES, *PICKER], checked


def test_black_or_white_text_reads_on_any_colour() -> None:
    """``text_on`` picks by WCAG's measure: on every colour of a 16-step grid the text reads at
    4.5:1 or more; on metalwatch-light's accent it is black (4.8:1), where Textual's brightness
    rule picked white (4.3:1)."""
    from tui.ui.legible import text_on

    steps = range(0, 256, 17)
    worst = min(
        contrast(text_on((r, g, b)), (r, g, b)) for r in steps for g in steps for b in steps
    )
    assert worst >= 4.5, worst
    assert text_on((0xB5, 0x65, 0x1D)) == (0, 0, 0)
    assert text_on((0x1F, 0x5F, 0x8B)) == (255, 255, 255)


LIGHT_AND_DARK = ("textual-light", "textual-dark")


async def test_every_metal_chip_reads_on_its_colour(tmp_path: Path) -> None:
    """Found in the session-16 audit: the sixth chip colour (aluminium, germanium, cobalt) was
    the theme's foreground on ``$primary-darken-2``: 1.4:1 in metalwatch-light, 1.5:1 in
    high contrast, 1.6:1 in amber; on textual-light the theme's background on its accent read
    1.5:1. A chip's text is black or white, whichever reads on its colour. Session 19: the
    chips as drawn reach WCAG's 4.5:1 for text; Textual's ``auto 90%`` (picked by perceived
    brightness, then blended 10% into the chip) read 3.83:1 (gold in metalwatch-light) and
    4.18:1 (aluminium in metalwatch-dark). ``THEMES`` and ``LIGHT_AND_DARK`` in turn in one
    app (a start per theme before)."""
    from tui.ui.widgets.headline_list import HeadlineList
    from tui.ui.widgets.headline_row import CHIP_COLOURS

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for theme in (*THEMES, *LIGHT_AND_DARK):
            app.theme = theme
            await settle(app, pilot)
            headlines = app.query_one(HeadlineList)
            for chip in CHIP_COLOURS:
                style = headlines.chip_style(chip)  # the style the chips are drawn with
                assert style.color is not None and style.bgcolor is not None, (theme, chip)
                fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                assert contrast(fg, bg) >= 4.5, (theme, chip, fg, bg)
            # and the chips of a drawn row (off the cursor) carry it
            row = 1 if headlines.cursor_row == 0 else 0
            story = headlines.stories[row]
            names = {f" {m} " for m in story.metals}
            chips = [s for s in headlines.render_line(row + 1) if s.text in names]
            assert chips, (theme, story.metals)
            for segment in chips:
                style = segment.style
                assert style is not None and style.color is not None and style.bgcolor is not None
                fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                assert contrast(fg, bg) >= 4.5, (theme, segment)
            checked.append(theme)
    assert checked == [*THEMES, *LIGHT_AND_DARK], checked


async def test_why_the_charts_list_is_empty_is_readable(tmp_path: Path) -> None:
    """Found in the session-16 audit: a chart's list of events, empty, said why ("Not enough
    points in this time frame.") dim on a disabled row: 2.1:1 in a real terminal in
    metalwatch-high-contrast, 2.7:1 in metalwatch-light. It is in the theme's text colour.
    Each of ``THEMES`` in turn in one app (a start per theme before), the chart closed
    between."""
    from datetime import datetime, timezone

    from textual.widgets import OptionList

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in THEMES:
            app.theme = theme
            await settle(app, pilot)
            copper = app.query_one(PricesPanel).row_objects["copper"]
            assert app.snapshot is not None, theme
            later = datetime(2026, 12, 4, tzinfo=timezone.utc)  # nothing in its last month
            app.push_screen(ChartScreen(copper, app.snapshot, now=later, frame="1M"))
            await settle(app, pilot)
            strip = app.screen.query_one("#chart-markers", OptionList).render_line(0)
            cells = [s for s in strip if s.text.strip() and s.style is not None]
            # the one row says no markers (the plot says "no points": the list no longer
            # repeats it)
            assert "No headlines" in "".join(s.text for s in cells), (theme, cells)
            for seg in cells:
                style = seg.style
                assert style is not None and style.color is not None and style.bgcolor is not None
                assert not style.dim, (theme, seg)
                fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                assert contrast(fg, bg) >= 4.5, (theme, seg.text, fg, bg)
            await pilot.press("escape")
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == list(THEMES), checked


async def test_the_rows_small_print_reads_at_4_5_to_1(tmp_path: Path) -> None:
    """Asked for in session 17: the period under a price's change ("1d", "1mo") was dim, 2.5:1
    on metalwatch-dark and 2.8:1 on metalwatch-light in a terminal; so was the rest of the
    rows' small print, dim the same way (the source under a metal, the unit, a policy's date;
    a fresh age too, which the demo, all stale, does not show). Each is the theme's text, muted, and at least 4.5:1 on the rows' background,
    on every row the cursor is not on (the cursor's own text colour wins there). ``THEMES``
    and ``LIGHT_AND_DARK`` in turn in one app (a start per theme before)."""
    from rich.segment import Segment

    from tui.ui.widgets.policy import PolicyPanel

    def kind(word: str) -> str | None:
        if word in ("1d", "1mo"):
            return "period"
        if word.startswith("USD/"):
            return "unit"
        if word.startswith(("FRED ", "COMEX ", "World Bank ")):
            return "source"
        if word[:4].isdigit() and word[4:5] == "-":
            return "date"
        return None

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for theme in (*THEMES, *LIGHT_AND_DARK):
            app.theme = theme
            await settle(app, pilot)
            small: dict[str, list[Segment]] = {}
            for panel in (app.query_one(PricesPanel), app.query_one(PolicyPanel)):
                table = panel.table
                height = 2 if isinstance(panel, PricesPanel) else 1
                for y in range(1, table.size.height):
                    if (int(table.scroll_y) + y - 1) // height == table.cursor_row:
                        continue  # the cursor's row
                    for seg in table.render_line(y):
                        found = kind(seg.text.strip())
                        if found is not None:
                            small.setdefault(found, []).append(seg)
            assert set(small) == {"period", "unit", "source", "date"}, (theme, sorted(small))
            text = app.query_one(PricesPanel).table.rich_style.color
            assert text is not None, theme
            for found, segments in small.items():
                for seg in segments:
                    style = seg.style
                    assert style is not None and style.color is not None
                    assert style.bgcolor is not None, (theme, found, seg)
                    assert not style.dim, (theme, found, seg)
                    fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                    assert contrast(fg, bg) >= 4.5, (theme, found, seg.text, fg, bg)
                    assert fg != text.get_truecolor(), ("muted, not the text", theme, found)
            checked.append(theme)
    assert checked == [*THEMES, *LIGHT_AND_DARK], checked


WHOLE_OR_CUT = (((80, 24), True), ((120, 40), False), ((200, 60), False))


async def test_the_metal_and_its_source_are_whole_where_the_panel_has_room(
    tmp_path: Path,
) -> None:
    """Found driving the app in tmux (session 17): at 120 columns the sources under the metals
    read "FRED aluminiu…", "COMEX copper …" beside a trend 49 cells wide. Past 20 cells of
    trend, the metal's column takes up to 8 more: the demo's sources read whole from 120
    columns; at 80 the trend keeps its cells and the names are shortened (session 22: without
    their metal's name, "COMEX HG=F" for "COMEX copper HG=F", ``short_source``) or cut.
    Each size of ``WHOLE_OR_CUT`` (size, cut) in turn in one app started at the first and
    resized (a start per size before; the panel a resize redraws is the one a start draws)."""
    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=WHOLE_OR_CUT[0][0]) as pilot:
        for size, cut in WHOLE_OR_CUT:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.size == size, (size, app.size)
            panel = app.query_one(PricesPanel)
            drawn = [panel.table.render_line(y).text for y in range(1, panel.table.size.height)]
            drawn = [line for line in drawn if line.strip()]
            cut_lines = [line for line in drawn if "…" in line]
            if cut:
                assert panel.spark_width >= 8, (size, panel.spark_width)
                # the demo's first row, "COMEX copper HG=F" under Copper, without its metal
                assert any(line.startswith(" COMEX HG=F ") for line in drawn), (size, drawn)
                assert not any("COMEX copper" in line for line in drawn), (size, drawn)
            else:
                assert not cut_lines, (size, cut_lines)
                sources = {s.source for s in panel.row_objects.values()}  # type: ignore[union-attr]
                assert (
                    sum(
                        1
                        for line in drawn
                        if line.strip() in sources
                        or any(line.startswith(f" {s} ") for s in sources)
                    )
                    >= 3
                ), (size, drawn)
                assert panel.spark_width >= 20, (size, panel.spark_width)
            checked.append(size)
    assert checked == [size for size, _ in WHOLE_OR_CUT], checked


async def test_the_picked_metal_s_chip_comes_first(tmp_path: Path) -> None:
    """Found driving the app in tmux (session 17): with aluminium picked (``m``), the one
    headline left read "copper …" at 80 columns: the chip it was shown for was cut. The picked
    metal's chip comes first in every row; with no metal picked the story's own order stands.
    At 80x24 then 120x40 in one app started at the first and resized (a start per size
    before), no metal picked again between (asserted)."""
    from tui.ui.widgets.headline_list import HeadlineList

    def drawn_rows(rows: HeadlineList) -> list[str]:
        return [rows.render_line(y).text for y in range(1, len(rows.stories) + 1)]

    sizes = [(80, 24), (120, 40)]
    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=sizes[0]) as pilot:
        for size in sizes:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.size == size and app.metal_filter is None, (size, app.metal_filter)
            rows = app.query_one(HeadlineList)
            lines = partial(drawn_rows, rows)
            several = [s for s in rows.stories if len(s.metals) > 2 and s.metals[0] != "aluminium"]
            # the demo's founding story
            assert several and "aluminium" in several[0].metals, (size, several)
            app.set_metal("aluminium")  # type: ignore[attr-defined]
            await settle(app, pilot)
            shown = lines()
            assert shown and all("aluminium" in line for line in shown), (size, shown)
            app.set_metal(None)  # type: ignore[attr-defined]
            await settle(app, pilot)
            row = next(line for line in lines() if several[0].title[:20] in line)
            own_first = several[0].metals[0]
            at = row.find("aluminium")  # cut at 80 columns, after the story's first metal at 120
            assert own_first in row and (at == -1 or row.index(own_first) < at), (size, row)
            checked.append(size)
    assert checked == sizes, checked


async def test_dim_words_of_the_detail_screens_read_at_4_5_to_1(tmp_path: Path) -> None:
    """Checked in session 17, beside the panels' small print: the dim words of the detail
    screens (a story's date line and "o opens the link · y copies it · Esc goes back", the
    help's first lines, the evidence's keys) are text of a ``Static``, which Textual draws in
    a colour blended towards the background (its dim factor), not as the terminal's dim: at
    least 4.5:1 in every theme, 5.2:1 on metalwatch-light. The panels' rows (a Line API
    widget) had no such step: their dim reached the terminal (``Panel.muted`` now).
    ``THEMES`` and ``LIGHT_AND_DARK`` in turn in one app (a start per theme before), each
    screen closed and the focus put back between."""
    from rich.segment import Segment
    from textual.geometry import Region
    from textual.widgets import Static

    from tui.ui.widgets.headlines import HeadlinesPanel
    from tui.ui.widgets.policy import PolicyPanel

    app = demo_app(tmp_path)
    checked = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = app.focused
        for theme in (*THEMES, *LIGHT_AND_DARK):
            app.theme = theme
            await settle(app, pilot)
            seen: dict[str, list[Segment]] = {}
            for name, panel, keys in (
                ("story", HeadlinesPanel, ["enter"]),
                ("evidence", PolicyPanel, ["enter"]),
                ("help", None, ["question_mark"]),
            ):
                if panel is not None:
                    app.set_focus(app.query_one(panel).table)
                await pilot.press(*keys)
                await settle(app, pilot)
                text = app.screen.query_one("#detail").query_one(Static)
                drawn = [s for s in text.render_lines(Region(0, 0, *text.size)) for s in s]
                raw = [s for y in range(text.size.height) for s in text.render_line(y)]
                # dim to draw
                assert any(s.style is not None and s.style.dim for s in raw), (theme, name)
                seen[name] = [s for s in drawn if s.text.strip() and s.style is not None]
                await pilot.press("escape")
                await settle(app, pilot)
            assert sorted(seen) == ["evidence", "help", "story"], (theme, sorted(seen))
            for name, segments in seen.items():
                for seg in segments:
                    style = seg.style
                    assert style is not None and not style.dim, (theme, name, seg)
                    if style.color is not None and style.bgcolor is not None:
                        fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                        assert contrast(fg, bg) >= 4.5, (theme, name, seg.text, fg, bg)
            await back_at_start(app, pilot, start)
            checked.append(theme)
    assert checked == [*THEMES, *LIGHT_AND_DARK], checked
