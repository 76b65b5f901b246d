"""plotext sparklines, built only when their data, size or colours change.

plotext's ``build()`` costs 5-8 ms for a 30x3 sparkline (see STACK.md), so each result is
cached by (series identity, size, colours). A private plotext figure is used, never plotext's
global state. ``sparkline`` returns the ANSI string plotext builds, ``sparkline_text`` the
``rich.text.Text`` a table cell shows (cached as well: converting costs as much as a cell's
render). The snapshot worker builds them ahead, off the UI thread (``PricesPanel.prewarm``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TypeVar

from rich.text import Text

RGB = tuple[int, int, int]
T = TypeVar("T")

_LOCK = threading.RLock()
_CACHE: OrderedDict[tuple[object, ...], str] = OrderedDict()
_TEXTS: OrderedDict[tuple[object, ...], Text] = OrderedDict()
_CACHE_MAX = 256
builds = 0  # how many times plotext actually built (for tests and benchmarks)


def _cache_key(
    key: object,
    values: Sequence[float],
    width: int,
    height: int,
    color: RGB,
    background: RGB | None,
) -> tuple[object, ...]:
    return (key, len(values), values[-1] if values else None, width, height, color, background)


def sparkline(
    key: object,
    values: Sequence[float],
    width: int,
    height: int,
    color: RGB,
    background: RGB | None = None,
) -> str:
    """The sparkline of ``values`` (already windowed); ``key`` identifies the data version."""
    cache_key = _cache_key(key, values, width, height, color, background)
    return _cached(_CACHE, cache_key, lambda: _build(values, width, height, color, background))


def sparkline_text(
    key: object,
    values: Sequence[float],
    width: int,
    height: int,
    color: RGB,
    background: RGB | None = None,
) -> Text:
    """``sparkline`` as the ``Text`` a table cell shows, cached too: the same data gives the
    same object, which the prices table then neither updates nor renders again. Not to be
    changed by the caller."""
    cache_key = _cache_key(key, values, width, height, color, background)
    return _cached(
        _TEXTS,
        cache_key,
        lambda: Text.from_ansi(sparkline(key, values, width, height, color, background)),
    )


def _cached(
    cache: OrderedDict[tuple[object, ...], T], key: tuple[object, ...], make: Callable[[], T]
) -> T:
    """``cache[key]``, made by ``make`` on a miss; the least recently used entry goes past
    ``_CACHE_MAX``. The snapshot worker builds ahead of the UI thread (see
    ``PricesPanel.prewarm``), hence the (reentrant) lock."""
    with _LOCK:
        hit = cache.get(key)
        if hit is not None:
            cache.move_to_end(key)
            return hit
        made = make()
        cache[key] = made
        if len(cache) > _CACHE_MAX:
            cache.popitem(last=False)
        return made


def _build(
    values: Sequence[float], width: int, height: int, color: RGB, background: RGB | None
) -> str:
    global builds
    if width < 2 or height < 1 or len(values) < 2:
        return " " * max(width, 0)
    from plotext._figure import _figure_class

    fig = _figure_class()
    fig.plotsize(width, height)
    fig.theme("clear")
    if background is not None:
        fig.canvas_color(background)
        fig.axes_color(background)
    # more points than braille columns add nothing but cost: sample down
    cols = width * 2
    if len(values) > cols * 2:
        step = len(values) / cols
        values = [values[min(len(values) - 1, int(i * step))] for i in range(cols)] + [values[-1]]
    fig.plot(list(range(len(values))), list(values), marker="braille", color=color)
    fig.xaxes(False, False)
    fig.yaxes(False, False)
    fig.frame(False)
    fig.xticks([])
    fig.yticks([])
    builds += 1
    return str(fig.build())


BLOCKS = "▁▂▃▄▅▆▇█"


def ready() -> bool:
    """Whether plotext is loaded (importing it costs ~100 ms: done after the first paint)."""
    import sys

    return "plotext._figure" in sys.modules


def warm_up() -> None:
    from plotext._figure import _figure_class  # noqa: F401


def quick(values: Sequence[float], width: int) -> str:
    """A block-character sparkline for the first paint, before plotext is loaded."""
    if width < 1 or len(values) < 2:
        return " " * max(width, 0)
    step = len(values) / width
    sampled = [values[min(len(values) - 1, int(i * step))] for i in range(width)]
    lo, hi = min(sampled), max(sampled)
    span = (hi - lo) or 1.0
    return "".join(BLOCKS[int((v - lo) / span * (len(BLOCKS) - 1))] for v in sampled)


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
        _TEXTS.clear()
