"""A call a worker hands to the screen's thread as the app ends leaks no coroutine.

Found by an app test's warning: "coroutine `App.call_from_thread.<locals>.run_callback` was
never awaited". ``AppBase._on_screen`` checked ``is_running`` and then called Textual's
``call_from_thread``, which makes a coroutine before it knows the loop takes it: when the app
ended in between, its loop was closed, the hand-over raised (suppressed) and the coroutine was
dropped never awaited. A loop stopped but not closed never ran it, and the worker waited on its
result for ever. The RuntimeWarning is made an error here (``sys.unraisablehook`` catches what a
coroutine's collection raises), and each hand-over must end."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.ui.alerting import Alerting
from tui.ui.app import MetalwatchApp

FEED = Path(__file__).resolve().parent.parent / "fixtures" / "refresh" / "nbc_newyork.rss.xml"


@pytest.fixture
def leaks() -> Iterator[list[Any]]:
    """What a dropped coroutine says at its collection, as errors: the RuntimeWarning raised
    (``error``) in its finaliser, caught by ``sys.unraisablehook``."""
    seen: list[Any] = []
    hook = sys.unraisablehook
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        sys.unraisablehook = seen.append
        try:
            yield seen
        finally:
            gc.collect()
            sys.unraisablehook = hook


def _from_a_worker(call: Callable[[], None]) -> bool:
    """``call`` on a thread of its own; whether it ended within 5 s."""
    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(5)
    return not worker.is_alive()


def _ending(app: MetalwatchApp, loop: asyncio.AbstractEventLoop, monkeypatch: Any) -> None:
    """``app`` as a worker finds it in the moment its run ends: still said to be running (the
    worker's check came first), its loop ``loop`` no longer running anything."""
    monkeypatch.setattr(type(app), "is_running", property(lambda self: True))
    app._loop = loop
    app._thread_id = -1  # not the worker's thread


@pytest.mark.parametrize("hand", ["_on_screen", "_from_thread"])
@pytest.mark.parametrize("loop_state", ["closed", "stopped"])
def test_a_hand_over_as_the_app_ends_leaks_no_coroutine_and_ends(
    tmp_path: Path, monkeypatch: Any, leaks: list[Any], hand: str, loop_state: str
) -> None:
    app = MetalwatchApp(config(str(FEED)), store_path=tmp_path / "store.sqlite3")
    assert isinstance(app, Alerting)
    loop = asyncio.new_event_loop()
    if loop_state == "closed":
        loop.close()
    _ending(app, loop, monkeypatch)
    ran: list[str] = []
    try:
        assert _from_a_worker(lambda: getattr(app, hand)(ran.append, "shown"))
    finally:
        loop.close()
    gc.collect()
    assert ran == []  # dropped: no screen to show it on
    assert leaks == [], [str(u.exc_value) for u in leaks]


async def test_a_hand_over_while_the_app_runs_is_done_on_its_thread_before_the_worker_goes_on(
    tmp_path: Path, leaks: list[Any]
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(str(FEED)), store_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = threading.get_ident()
        ran: list[int] = []
        after: list[list[int]] = []

        def worker() -> None:
            app._on_screen(lambda: ran.append(threading.get_ident()))
            after.append(list(ran))  # the worker goes on once it ran

        thread = threading.Thread(target=worker, daemon=True)
        thread.start()
        for _ in range(100):
            await pilot.pause(0.02)
            if not thread.is_alive():
                break
        assert not thread.is_alive()
        assert ran == [screen] and after == [[screen]]
    assert leaks == []


def test_a_call_from_a_worker_while_the_app_ends_is_dropped_not_run_there(
    tmp_path: Path, monkeypatch: Any, leaks: list[Any]
) -> None:
    """Not running any more but its loop still set (Textual's shutdown): a worker's call is
    dropped, not run on the worker's thread, where a call that starts a worker went through
    ``call_from_thread`` and leaked its coroutine (the warning CI showed in
    ``test_a_locked_cache_is_a_notice_not_a_traceback``). Before the app ever ran (no loop) the
    call still runs at once."""
    app = MetalwatchApp(config(str(FEED)), store_path=tmp_path / "store.sqlite3")
    ran: list[str] = []
    assert _from_a_worker(lambda: app._on_screen(ran.append, "before"))
    assert ran == ["before"]  # never ran: nothing to hand over to, run where called
    loop = asyncio.new_event_loop()
    try:
        monkeypatch.setattr(type(app), "is_running", property(lambda self: False))
        app._loop = loop
        app._thread_id = -1  # not the worker's thread
        assert _from_a_worker(lambda: app._on_screen(ran.append, "ending"))
    finally:
        app._loop = None
        loop.close()
    gc.collect()
    assert ran == ["before"]
    assert leaks == []
