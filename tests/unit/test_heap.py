"""tui.core.heap: glibc's arenas capped and freed pages given back, nothing elsewhere."""

from __future__ import annotations

import ctypes
import platform
import sys

import pytest

from tui.core import heap

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_libc", None)
    monkeypatch.setattr(heap, "_limited", False)


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc only")
def test_glibc_caps_the_arenas_once_and_gives_pages_back(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []
    libc = heap._glibc()
    assert libc is not None
    real = libc.mallopt

    def mallopt(param: int, value: int) -> int:
        calls.append((param, value))
        return int(real(param, value))

    monkeypatch.setattr(libc, "mallopt", mallopt)
    assert heap.tune() is True
    assert heap.tune() is True  # once per process
    assert calls == [(-8, heap.ARENAS), (-3, heap.MMAP_BYTES)]  # M_ARENA_MAX, M_MMAP_THRESHOLD
    # a large block freed is returned to the system: malloc_trim says it released memory
    blocks = [ctypes.create_string_buffer(64 * 1024) for _ in range(400)]
    del blocks
    assert isinstance(heap.give_back(), bool)


def test_without_glibc_nothing_is_done(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap.sys, "platform", "darwin")
    assert heap._glibc() is None
    assert heap.tune() is False
    assert heap.give_back() is False
