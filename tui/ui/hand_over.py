"""A call handed from a worker thread to the app's thread, never leaking a coroutine.

Textual's ``App.call_from_thread`` makes a coroutine, then gives it to the app's loop
(``asyncio.run_coroutine_threadsafe``). When the app ends between a caller's ``is_running``
check and that hand-over, the loop is closed by then: the hand-over raises, and the coroutine
made for it is dropped never awaited ("coroutine ... run_callback was never awaited", a
RuntimeWarning at its collection). A loop stopped but not closed never runs it, and the caller
waits on its result for ever. :func:`hand_over` gives the loop a plain callback instead (no
coroutine to leak), and waits for it only while the app and its loop still run.
:func:`hand_back` does the same for a caller that needs what the call returns or raises.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import App

T = TypeVar("T")

#: How often a wait for the app's thread looks whether the app has ended meanwhile.
_LOOK_S = 0.05


def hand_over(app: App[Any], fn: Callable[..., Any], *args: Any) -> bool:
    """``fn(*args)`` on ``app``'s thread (now, when called there), waited for
    (:func:`hand_back`); False (and ``fn`` dropped, or left to the loop) when the app has ended,
    or ends meanwhile. ``fn``'s errors are its own: a call handed over must not take the
    caller's worker down."""
    try:
        hand_back(app, fn, *args)
    except AppEnded:
        return False
    except Exception:  # what ``fn`` failed at is its to say (the notices it makes)
        pass
    return True


class AppEnded(RuntimeError):
    """The app had ended, or ended while a call handed to its thread waited: the call was
    dropped (a ``RuntimeError``, as Textual's ``call_from_thread`` raised for an app not
    running)."""


def hand_back(app: App[Any], fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on ``app``'s thread (now, when called there), waited for: what it returns,
    returned; what it raises, raised here, as ``call_from_thread`` does, but with no coroutine
    made to leak, and no wait for ever on a loop that has stopped. :class:`AppEnded` when the
    app has ended, or ends meanwhile (``fn`` dropped, or left to the loop)."""
    loop = app._loop
    if loop is None or loop.is_closed():
        raise AppEnded("the app is not running")
    done = threading.Event()
    got: list[tuple[bool, Any]] = []  # (returned, its value or its error)

    def run() -> None:
        try:
            with app._context():
                got.append((True, fn(*args)))
        except Exception as exc:  # the caller's to handle, on its own thread
            got.append((False, exc))
        finally:
            done.set()

    if threading.get_ident() == getattr(app, "_thread_id", None):
        run()  # on the app's thread already: waiting for its loop would wait for ever
    else:
        try:
            loop.call_soon_threadsafe(run)
        except RuntimeError:  # closed meanwhile: nothing was made that waits to be run
            raise AppEnded("the app ended") from None
        while not done.wait(_LOOK_S):
            if not app.is_running or loop.is_closed() or not loop.is_running():
                if not done.is_set():
                    raise AppEnded("the app ended")
    if not got:  # ``fn`` raised past ``Exception`` (the loop's to handle)
        raise AppEnded("the call did not return")
    returned, value = got[0]
    if not returned:
        raise value
    return value
