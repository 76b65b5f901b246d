"""The thread switch interval while the app runs (``tui.ui.switching``): 1 ms, so the screen's
thread waits at most that long for a busy worker to let it have the interpreter lock; the
interval the app found is back once it ends. (What it buys is measured, never asserted here:
``benchmarks/bench_feed_scale.py --app``.)"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from own_data import own_config

from tui.ui import switching
from tui.ui.app import MetalwatchApp


@pytest.fixture(autouse=True)
def _interval_as_it_was() -> Iterator[None]:
    was = sys.getswitchinterval()
    yield
    sys.setswitchinterval(was)


def test_quicken_and_restore() -> None:
    sys.setswitchinterval(0.005)
    was = switching.quicken()
    assert was == 0.005
    assert sys.getswitchinterval() == pytest.approx(switching.SCREEN_SWITCH)
    switching.restore(was)
    assert sys.getswitchinterval() == pytest.approx(0.005)
    sys.setswitchinterval(0.0005)  # a shorter one set by someone else is never lengthened
    was = switching.quicken()
    assert sys.getswitchinterval() == pytest.approx(0.0005)
    switching.restore(was)
    switching.restore(None)  # never quickened: nothing to give back
    assert sys.getswitchinterval() == pytest.approx(0.0005)


@pytest.mark.parametrize("before", [0.005, 0.02])
async def test_the_app_quickens_it_while_it_runs_and_gives_it_back(
    tmp_path: Path, before: float
) -> None:
    sys.setswitchinterval(before)
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert sys.getswitchinterval() == pytest.approx(switching.SCREEN_SWITCH)
    assert sys.getswitchinterval() == pytest.approx(before)
