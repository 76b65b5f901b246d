"""A call a worker hands to the screen's thread and needs back (what it returns or raises) leaks
no coroutine as the app ends, and never waits for ever.

``hand_over`` (``tests/app/test_hand_over_at_end.py``) drops a call's errors: right for a
notice, wrong for the callers that took ``call_from_thread``'s result or error back (the config
recheck, the load's "store unusable" and "recovered", the prices' sparklines after plotext's
import). ``hand_back`` returns the value and raises the error on the worker's thread, and raises
``AppEnded`` (a ``RuntimeError``, as ``call_from_thread`` raised for an app not running) when
the app has ended or ends meanwhile."""

from __future__ import annotations

import asyncio
import gc
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.app import test_hand_over_at_end as over
from tests.app.cache_faults import config, seed
from tests.app.settling import settle
from tui.ui.app import MetalwatchApp
from tui.ui.hand_over import AppEnded, hand_back

FEED, _ending = over.FEED, over._ending
leaks = over.leaks  # the fixture: a dropped coroutine's warning, as an error

UI = Path(__file__).resolve().parents[2] / "tui" / "ui"


def _on_a_worker(call: Callable[[], Any]) -> tuple[bool, list[Any]]:
    """``call`` on a thread of its own: whether it ended within 5 s, and what it returned or
    raised."""
    got: list[Any] = []

    def run() -> None:
        try:
            got.append(call())
        except BaseException as exc:
            got.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    return not worker.is_alive(), got


@pytest.mark.parametrize("loop_state", ["closed", "stopped"])
def test_a_call_handed_back_as_the_app_ends_raises_app_ended_leaks_nothing_and_ends(
    tmp_path: Path, monkeypatch: Any, leaks: list[Any], loop_state: str
) -> None:
    app = MetalwatchApp(config(str(FEED)), store_path=tmp_path / "store.sqlite3")
    loop = asyncio.new_event_loop()
    if loop_state == "closed":
        loop.close()
    _ending(app, loop, monkeypatch)
    ran: list[str] = []
    try:
        ended, got = _on_a_worker(lambda: hand_back(app, ran.append, "shown"))
    finally:
        loop.close()
    gc.collect()
    assert ended, "the worker waited for ever on a stopped loop"
    assert ran == [] and len(got) == 1 and isinstance(got[0], AppEnded)
    assert isinstance(got[0], RuntimeError)  # what call_from_thread's callers could catch
    assert leaks == [], [str(u.exc_value) for u in leaks]


def test_an_app_never_run_raises_app_ended(tmp_path: Path, leaks: list[Any]) -> None:
    app = MetalwatchApp(config(str(FEED)), store_path=tmp_path / "store.sqlite3")
    with pytest.raises(AppEnded):
        hand_back(app, print, "never")
    assert leaks == []


async def test_a_call_handed_back_while_the_app_runs_returns_its_value_and_raises_its_error(
    tmp_path: Path, leaks: list[Any]
) -> None:
    path = tmp_path / "store.sqlite3"
    seed(path)
    app = MetalwatchApp(config(str(FEED)), store_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = threading.get_ident()
        wrong = ValueError("the callback's own error")

        def fails() -> None:
            raise wrong

        results: dict[str, tuple[bool, list[Any]]] = {}

        def worker() -> None:
            results["value"] = (True, [hand_back(app, lambda n: (n, threading.get_ident()), 7)])
            results["error"] = _on_a_worker(lambda: hand_back(app, fails))
            results["args"] = (True, [hand_back(app, lambda *a: a, "x", None)])

        thread = threading.Thread(target=worker, daemon=True)
        thread.start()
        for _ in range(200):
            await pilot.pause(0.02)
            if not thread.is_alive():
                break
        assert not thread.is_alive()
        assert results["value"] == (True, [(7, screen)])  # run on the screen's thread
        assert results["error"] == (True, [wrong])  # the very error, raised on the worker
        assert results["args"] == (True, [("x", None)])
        # on the app's thread already: called now, not waited for (a wait would never end)
        assert hand_back(app, lambda: threading.get_ident()) == screen
        with pytest.raises(ValueError, match="own error"):
            hand_back(app, fails)
    assert leaks == []


def test_no_ui_module_hands_a_call_over_with_call_from_thread() -> None:
    """Its coroutine leaks when the app ends between a check and the hand-over: ``hand_over``
    (the call's errors its own) or ``hand_back`` (returned and raised) instead."""
    calls = re.compile(r"\.call_from_thread\(")
    users = [
        str(path.relative_to(UI))
        for path in sorted(UI.rglob("*.py"))
        if any(
            calls.search(line) and not line.lstrip().startswith("#")
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert users == []
