"""The collector held from the command's start (``tui.ui.start_gc``): the app takes the hold
over and the collector runs again after its first paint; a start that never reaches the app
gives it back."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle

from tui.ui import start_gc
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    start_gc.take()
    if was:
        gc.enable()


def test_hold_take_release() -> None:
    gc.enable()
    start_gc.hold()
    assert not gc.isenabled()
    assert start_gc.take() is True
    assert start_gc.take() is False, "taken once"
    assert not gc.isenabled(), "the taker enables it"
    gc.enable()
    start_gc.hold()
    start_gc.release()  # nothing took it: given back
    assert gc.isenabled()
    start_gc.release()
    assert gc.isenabled()


def test_a_collector_disabled_by_someone_else_is_left_alone() -> None:
    gc.disable()
    start_gc.hold()
    assert start_gc.take() is False
    start_gc.release()
    assert not gc.isenabled()


async def test_the_app_takes_the_hold_and_collects_again_after_its_first_paint(
    tmp_path: Path,
) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    gc.enable()
    start_gc.hold()  # as ``metalwatch`` does before importing the app
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    seen: dict[str, Any] = {}

    def hook(message: Any) -> None:
        seen.setdefault("first message", gc.isenabled())
        if isinstance(message, SnapshotReady):
            seen.setdefault("snapshot", gc.isenabled())

    assert not gc.isenabled(), "held while the app is made"
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await settle(app, pilot)
        assert seen["first message"] is False, "still held when the app started"
        assert "snapshot" in seen
        assert gc.isenabled(), "the app gave the collector back after its first paint"
    assert start_gc.take() is False, "the app had taken the hold"
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_run_that_never_reaches_the_app_gives_the_collector_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    bad = tmp_path / "bad.toml"
    bad.write_text('[[sources]]\nname = "x"\nkind = "rsss"\nurl = "u"\n', encoding="utf-8")
    gc.enable()
    assert main(["--config", str(bad)]) == 2
    assert "unknown source kind" in capsys.readouterr().err
    assert gc.isenabled()
    assert start_gc.take() is False
