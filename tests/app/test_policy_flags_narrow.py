"""The policy panel's flags stay on screen at every width: at 60 columns the Ev and Flags
columns were off the right edge, so a measure that had ended ("ended 2026-01-10 — check") read
as one in force. Where the flags do not fit after the day and the evidence count, they come after
the status (as the prices panel moves "As of" after "Chg"), an ended measure's word first."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from own_data import settle

from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.policy import PolicyPanel

RAW: dict[str, Any] = {
    "metals": [
        {"id": "tungsten", "name": "Tungsten"},
        {"id": "nickel", "name": "Nickel"},
        {"id": "gallium", "name": "Gallium"},
    ],
    "sources": [],
    "policy": [
        {"metal": "tungsten", "origin": "CN", "destination": "*", "status": "suspended",
         "since": "2025-02-04", "until": "2026-01-10", "note": "ban to January 10, 2026"},
        {"metal": "nickel", "origin": "ID", "destination": "*", "status": "quota",
         "since": "2025-03-01", "until": "2031-03-31", "note": "quota to March 31, 2031"},
        {"metal": "gallium", "origin": "CN", "destination": "US", "status": "tariff",
         "rate_pct": 25, "since": "2025-05-01", "note": "US duty on Chinese gallium"},
    ],
}  # fmt: skip

ENDED = re.compile(r"\bended\b")  # the word, not the end of "suspended"


def screen_lines(app: MetalwatchApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("width", [60, 70, 80, 120, 200])
async def test_an_ended_measure_is_said_on_screen_at_every_width(
    tmp_path: Path, width: int
) -> None:
    app = MetalwatchApp(parse_config(RAW, None), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(PolicyPanel)
        assert panel.row_objects["tungsten|CN|*"].expired
        lines = screen_lines(app)
        ended = [ln for ln in lines if "Tungsten" in ln and "CN→*" in ln]
        assert len(ended) == 1, lines
        # the word and never a cut one: "ended 2026-01-10 — check" down to "ended — check"
        assert ENDED.search(ended[0]) and "…" not in ended[0], (width, ended[0])
        if width >= 80:
            assert "ended 2026-01-10" in ended[0], (width, ended[0])
        # a measure with an end day in force says that day whole ("to 2031-03-31" at 60)
        until = [ln for ln in lines if "Nickel" in ln and "ID→*" in ln]
        assert len(until) == 1 and "2031-03-31" in until[0], (width, until)
        assert "quota" in until[0] and "tariff 25%" in "".join(lines)  # the status still shown


async def test_narrowing_moves_the_flags_and_widening_brings_them_back(tmp_path: Path) -> None:
    app = MetalwatchApp(parse_config(RAW, None), store_path=tmp_path / "s.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        wide = next(ln for ln in screen_lines(app) if "Tungsten" in ln)
        assert "ended 2026-01-10 — check" in wide and "2025-02-04" in wide, wide
        await pilot.resize_terminal(60, 40)
        await settle(app, pilot)
        narrow = next(ln for ln in screen_lines(app) if "Tungsten" in ln)
        assert ENDED.search(narrow) and "…" not in narrow, narrow
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        back = next(ln for ln in screen_lines(app) if "Tungsten" in ln)
        assert back == wide, (back, wide)
