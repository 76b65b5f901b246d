"""Alert toasts still on screen count against the next burst's room.

Seen in a terminal at 80x24: the local files' refresh fired three alerts (three toasts), and a
slow feed's, 12 s later, three more: six toasts covered half of the screen for 10 s. A burst
gets a toast each for at most three alerts at once, and the toasts of an earlier burst that are
still shown now take their places: the second burst is one summary toast ("3 more alerts ... (a
shows them)"). Once the first toasts have gone, a burst has its whole room again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.app.settling import settle
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp


@dataclass
class Fired:
    """What the app's delivery reads of a fired alert."""

    title: str
    message: str
    notify_severity: str = "information"
    command: tuple[str, ...] = ()


def burst(word: str) -> list[Fired]:
    return [Fired(f"headline: {word}", f"story {n} about {word}") for n in range(3)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_second_burst_is_one_summary_while_the_first_is_shown(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    notes: list[tuple[str, str]] = []
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(app, pilot)
        original = app.notify

        def spy(message: str, **kw: Any) -> None:
            notes.append((str(kw.get("title", "")), message))
            original(message, **kw)

        app.notify = spy  # type: ignore[method-assign]
        app._deliver_alerts(burst("tariff"))
        assert [t for t, _ in notes] == ["headline: tariff"] * 3, notes
        notes.clear()
        app._deliver_alerts(burst("smelter"))
        assert len(notes) == 1, notes
        title, message = notes[0]
        assert title == "3 more alerts" and message.endswith("(a shows them)"), notes
        await pilot.pause()
        assert len(app._notifications) == 4, list(app._notifications)
        # a minute on, the toasts gone: the next burst has its room again
        notes.clear()
        app._alert_toasts = tuple(t - 60 for t in app._alert_toasts)
        app._deliver_alerts(burst("quota"))
        assert [t for t, _ in notes] == ["headline: quota"] * 3, notes
