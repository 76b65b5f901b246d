"""A full frame written with one style change per run of equal style (``tui.ui.compact_frame``)
leaves every cell of the screen as Textual's own writing does, in fewer bytes.

The cells are read back by a small interpreter of what both writings use (cursor moves, SGR
with a reset before each style, OSC 8 links): each cell is its character, the SGR parameters in
force and the link; Textual's writing is the reference."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from own_data import own_config, settle
from rich.color import ColorSystem
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual._compositor import LayoutUpdate
from textual.geometry import Region
from textual.strip import Strip

from tui.ui import switching
from tui.ui.app import MetalwatchApp
from tui.ui.compact_frame import (
    FAST_SWITCH_S,
    CompactLayoutUpdate,
    compact,
    hand_over,
    render_runs,
)

_TOKEN = re.compile(
    r"\x1b\[(?P<row>\d+);(?P<col>\d+)H"  # cursor move
    r"|\x1b\[(?P<sgr>[0-9;]*)m"
    r"|\x1b\]8;(?P<params>[^;]*);(?P<link>[^\x1b]*)\x1b\\"
    r"|(?P<nl>\n)"
    r"|(?P<text>[^\x1b\n]+)"
)

Cell = tuple[str, str, str]  # (character, SGR parameters in force, link)


def cells(written: str) -> dict[tuple[int, int], Cell]:
    """Where each character lands and how it is styled."""
    screen: dict[tuple[int, int], Cell] = {}
    row = col = 0
    sgr, link = "", ""
    pos = 0
    while pos < len(written):
        m = _TOKEN.match(written, pos)
        assert m is not None, repr(written[pos : pos + 20])
        pos = m.end()
        if m["row"] is not None:
            row, col = int(m["row"]) - 1, int(m["col"]) - 1
        elif m["sgr"] is not None:
            params = m["sgr"]
            if params in ("", "0"):
                sgr = ""
            else:
                assert sgr == "", "a style is only ever set after a reset"
                sgr = params
        elif m["link"] is not None:
            link = m["link"]
        elif m["nl"]:
            pass  # every line starts with a cursor move
        else:
            for ch in m["text"]:
                screen[row, col] = (ch, sgr, link)
                col += 1
    return screen


def _console(system: ColorSystem) -> Console:
    console = Console(width=80, force_terminal=True, color_system="truecolor")
    console._color_system = system
    return console


def _random_strip(rng: random.Random, styles: list[Style | None]) -> Strip:
    segments = []
    for _ in range(rng.randint(1, 30)):
        text = rng.choice(["", " ", "  ", "x", "abc", "─", "│", "▁▂▃", "12.5"])
        segments.append(Segment(text, rng.choice(styles)))
    return Strip(segments)


def test_runs_leave_every_cell_as_textual_writes_it() -> None:
    rng = random.Random(7)
    styles: list[Style | None] = [
        None,
        Style(),
        Style(color="red"),
        Style(color="red", bgcolor="black"),
        Style(color="#5f87af", bgcolor="#000000", bold=True),
        Style(color="#5f87af", bgcolor="#000000", bold=True, meta={"@click": "x"}),  # same SGR
        Style(bgcolor="#000000"),
        Style(dim=True, italic=True, color="grey50"),
        Style(link="https://example.org/a", color="red"),
        Style(link="https://example.org/b", color="red"),
    ]
    for system in (ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT, ColorSystem.STANDARD):
        console = _console(system)
        shorter = 0
        for _ in range(300):
            strip = _random_strip(rng, styles)
            textual = Strip(list(strip)).render(console)
            ours = render_runs(Strip(list(strip)), console)
            assert cells(ours) == cells(textual), (system, list(strip))
            assert len(ours) <= len(textual)
            shorter += len(ours) < len(textual)
        assert shorter > 150  # runs of one style are common in these strips


def test_a_run_is_kept_in_the_strips_render_cache() -> None:
    console = _console(ColorSystem.EIGHT_BIT)
    red = Style(color="red", bgcolor="black")
    strip = Strip([Segment("─", red), Segment("──", red), Segment(" x ", Style(bold=True))])
    written = render_runs(strip, console)
    assert written.count("\x1b[0m") == 2
    assert strip.render(console) == written  # a partial update of this strip writes the same


def test_only_full_updates_are_compacted() -> None:
    assert compact(None) is None
    assert compact("text") == "text"
    update = LayoutUpdate([[Strip([Segment("a")])]], Region(0, 0, 1, 1))
    assert isinstance(compact(update), CompactLayoutUpdate)


def test_a_textual_whose_strips_changed_writes_its_own_frames(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The compact writing reads Textual's private strip parts; where they are gone (a later
    Textual 8.x), a full update goes out as Textual made it, never a crash mid-paint."""
    import tui.ui.compact_frame as compact_frame

    assert compact_frame._textual_fits()  # the Textual this project pins
    monkeypatch.setattr(Strip, "__slots__", ["_segments"])
    assert not compact_frame._textual_fits()
    monkeypatch.setattr(compact_frame, "_FITS", False)
    update = LayoutUpdate([[Strip([Segment("a")])]], Region(0, 0, 1, 1))
    assert compact(update) is update


async def test_the_dashboards_first_frame_has_the_same_cells_in_fewer_bytes(
    tmp_path: Path,
) -> None:
    config = own_config(tmp_path, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        update = app.screen._compositor.render_full_update()
        assert type(update) is LayoutUpdate
        console = _console(ColorSystem.EIGHT_BIT)  # tmux's

        def written(frame: LayoutUpdate) -> str:
            for line in update.strips:
                for strip in line:
                    strip._render_cache = None
            return frame.render_segments(console)

        textual = written(update)
        ours = written(CompactLayoutUpdate(update.strips, update.region))
        assert len(cells(textual)) == 160 * 48
        assert cells(ours) == cells(textual)
        assert len(ours.encode()) < 0.95 * len(textual.encode())
        assert ours.count("\x1b[0m") < textual.count("\x1b[0m")


def test_the_fast_switch_lasts_from_a_full_frame_to_the_next_paint() -> None:
    normal = sys.getswitchinterval()
    try:
        hand_over(True)
        assert sys.getswitchinterval() == pytest.approx(FAST_SWITCH_S)
        hand_over(True)  # a second full frame: still the one before to go back to
        hand_over(False)
        assert sys.getswitchinterval() == normal
        hand_over(False)
        assert sys.getswitchinterval() == normal
    finally:
        sys.setswitchinterval(normal)


async def test_the_app_goes_back_to_the_normal_switch_after_its_first_frame(
    tmp_path: Path,
) -> None:
    normal = sys.getswitchinterval()
    config = own_config(tmp_path, dead=1)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    frames: list[str] = []
    display = MetalwatchApp._display

    def spy(self: MetalwatchApp, screen: object, renderable: object) -> None:
        frames.append(type(renderable).__name__)
        display(self, screen, renderable)  # type: ignore[arg-type]

    MetalwatchApp._display = spy  # type: ignore[method-assign]
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            app.panels[0].table.refresh()  # a partial paint
            await pilot.pause()
            assert "LayoutUpdate" in frames
            assert frames[-1] != "LayoutUpdate"  # a paint after the full frame
            # the interval the app runs with (``tui.ui.switching``), not the full frame's
            assert sys.getswitchinterval() == min(normal, switching.SCREEN_SWITCH)
        assert sys.getswitchinterval() == normal  # the app's end gave the one before back
    finally:
        MetalwatchApp._display = display  # type: ignore[method-assign]
        sys.setswitchinterval(normal)
