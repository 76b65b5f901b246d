"""The garbage collector held from the command's start to the app's first paint.

The app holds the collector from its compose to its first paint (``Loading._hold_gc``): what is
alive then lives as long as the app, and a collection before the paint only delays it. Before
that, the imports and the app object allocated enough for the collector to run a few dozen
times over a heap of objects that all live for the whole session (Textual's modules and
classes, ours): ~37 M instructions of a start, ~12 ms, where the bare Textual app allocates
less. ``metalwatch`` (``tui.cli``) holds it from before the app's first import; the app takes
the hold over at its compose and releases it after its first paint, as its own. No Textual here:
the command imports this module before anything of the app.
"""

from __future__ import annotations

import gc

_held = False  # the command disabled the collector and nothing took the hold over yet


def hold() -> None:
    """Disable the collector until the app takes the hold over (``take``); a collector that
    something else disabled is left alone."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def take() -> bool:
    """True, once, when ``hold`` disabled the collector: the caller now owns enabling it."""
    global _held
    held, _held = _held, False
    return held


def release() -> None:
    """Enable the collector if the hold was never taken over (the app did not start)."""
    if take():
        gc.enable()
