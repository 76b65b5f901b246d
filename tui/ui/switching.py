"""The interpreter's thread switch interval while the app runs: 1 ms instead of 5.

The app's heavy work runs on worker threads (a feed's parse and storing, the snapshot's
clustering and classifying), which share the interpreter lock with the screen's thread. A
thread that wants the lock waits for the holder to give it up, which a busy thread does only
every switch interval: at the default 5 ms, a repaint or a key that needs the lock many times
over waited that long each time. Measured with a feed of 20,000 items refreshing
(``benchmarks/bench_feed_scale.py --app``): the event loop's lateness went from about 8 ms to
1-2 ms at the median and its longest stall from 250-290 ms to 100-150 ms, the refresh itself no
slower. Set at the app's compose, before any frame: ``compact_frame.hand_over`` shortens it
further around a full frame and sets this one back after. No Textual here.
"""

from __future__ import annotations

import sys

#: seconds a thread holds the interpreter lock before another waiting for it is let in
SCREEN_SWITCH = 0.001


def quicken() -> float:
    """Set :data:`SCREEN_SWITCH` (never lengthen a shorter one); the interval it replaced."""
    was = sys.getswitchinterval()
    sys.setswitchinterval(min(was, SCREEN_SWITCH))
    return was


def restore(was: float | None) -> None:
    """The interval :func:`quicken` replaced, back (``None``: it was never quickened)."""
    if was is not None:
        sys.setswitchinterval(was)
