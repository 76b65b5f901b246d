"""An alert toast of a very long headline keeps to a few lines.

Seen in tmux at 80x24: a headline alert on a story whose title ran to 200 cells (a feed's
unbroken word) made a toast of nine lines, and three such alerts covered the right half of the
screen for their ten seconds; a document title of 600 cells would take the screen whole. The
toast's message is now cut, with "…", to ``ALERT_LINES`` lines at the toast's width; the
alerts log (a) keeps it whole."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.toast_fit import ALERT_LINES


@dataclass
class Fired:
    """What the app's delivery reads of a fired alert."""

    title: str
    message: str
    notify_severity: str = "information"
    command: tuple[str, ...] = ()


LONG = [
    "Aluminium " + "W" * 200 + " tariff",
    "Notice of " + "initiation of an anti-dumping investigation on aluminium extrusions " * 9,
]


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("message", LONG, ids=["one-word", "many-words"])
async def test_a_long_alert_is_a_short_toast(
    tmp_path: Path, size: tuple[int, int], message: str
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(app, pilot)
        app._deliver_alerts([Fired("headline: tariff", message)])
        await pilot.pause()
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 1, toasts
        # its title line, the message's lines, a line of padding above and below
        assert toasts[0].region.height <= ALERT_LINES + 3, toasts[0].region
        shown = " ".join(str(toasts[0].render()).split())
        assert shown.endswith("…"), shown
        assert f"headline: tariff {message.split()[0]}" in shown, shown  # its start, as it is
