"""The C heap under a long session: fewer malloc arenas, and freed pages given back.

Every rebuild of the snapshot (a worker thread per load, several per refresh) allocates and
frees tens of MB. With glibc's defaults each new thread that allocates while another holds the
main arena gets an arena of its own (up to 8 per core), and what a build freed stays in the
arena that served it, as resident memory, until the same arena serves as much again: a session
on a large store grew ~20 MB with every refresh until each arena had held a build's peak
(``benchmarks/bench_heavy.py``: 199-218 MB after two refreshes, 150-151 MB with both below;
see benchmarks/README.md, session 16).

- :func:`tune` caps the arenas at :data:`ARENAS` (``mallopt(M_ARENA_MAX)``) for the threads
  made from then on: the rebuilds reuse the memory the last one freed. Allocation in Python
  holds the GIL anyway, so threads seldom wait for an arena's lock. It also fixes the size from
  which a block is mapped on its own at :data:`MMAP_BYTES` (``M_MMAP_THRESHOLD``, glibc's
  initial value): glibc raises it after each large block freed (up to 32 MB), after which a
  build's large lists and dicts came from the arenas, and the holes they left between
  long-lived objects stayed resident; mapped on their own they go back when freed.
- :func:`give_back` returns the free pages of every arena to the system (``malloc_trim(0)``),
  after a rebuild: the next one starts from what is alive, not from the last one's high-water
  mark.

Both are glibc's: elsewhere (macOS, musl, Windows) they do nothing and say so (False).
"""

from __future__ import annotations

import sys
import threading
from typing import Any

#: The malloc arenas a session keeps (glibc's default is 8 per core); one measured lower than
#: two on the heavy store, at the same refresh time.
ARENAS = 1
#: Blocks from this size up are mapped on their own, and unmapped when freed.
MMAP_BYTES = 128 * 1024
_M_ARENA_MAX = -8  # mallopt's parameter numbers (malloc.h)
_M_MMAP_THRESHOLD = -3

_lock = threading.Lock()
_libc: Any = None  # the C library once looked for; False when it is not glibc
_limited = False

__all__ = ["ARENAS", "MMAP_BYTES", "give_back", "tune"]


def _glibc() -> Any:
    """glibc's handle, or None (another C library, or none that ctypes can open)."""
    global _libc
    with _lock:
        if _libc is None:
            _libc = False
            if sys.platform.startswith("linux"):
                try:
                    import ctypes

                    libc = ctypes.CDLL("libc.so.6")
                    libc.gnu_get_libc_version  # noqa: B018  # musl has no such symbol
                    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
                    libc.malloc_trim.argtypes = [ctypes.c_size_t]
                    _libc = libc
                except (OSError, AttributeError):
                    pass
        return _libc or None


def tune() -> bool:
    """Cap glibc's malloc arenas for the threads made from now on, and fix its mapping
    threshold (once per process). True when both are in force."""
    global _limited
    libc = _glibc()
    if libc is None:
        return False
    if not _limited:
        _limited = bool(libc.mallopt(_M_ARENA_MAX, ARENAS)) and bool(
            libc.mallopt(_M_MMAP_THRESHOLD, MMAP_BYTES)
        )
    return _limited


def give_back() -> bool:
    """Return the free pages of glibc's heap to the system. True when some were returned."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
