"""``@record``'s generated methods compiled once and kept between runs (``tui.core.record_code``)."""

from __future__ import annotations

import marshal
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from tui.core import paths, record_code
from tui.core.record import record


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A new run: nothing read or used yet; the sources ``compile`` was called for."""
    compiled: list[str] = []

    def counting(source: str, *args: Any) -> CodeType:
        compiled.append(source)
        return compile(source, *args)

    monkeypatch.setattr(record_code, "_stored", None)
    monkeypatch.setattr(record_code, "_used", {})
    monkeypatch.setattr(record_code, "_compiled_here", False)
    monkeypatch.setattr(record_code, "compile", counting, raising=False)
    yield compiled


def _make() -> type:
    @record
    class Point:
        x: int
        y: int = 2
        tags: tuple[str, ...] = ()

    return Point


def _file() -> Path:
    return paths.cache_dir() / record_code.FILE_NAME


def test_a_kept_method_is_not_compiled_again_and_works_the_same(fresh: list[str]) -> None:
    point = _make()
    assert fresh, "the first run compiles __init__"
    record_code.keep()
    assert _file().is_file()
    # the next run: the same class from the file, nothing compiled
    record_code._stored, record_code._used = None, {}
    fresh.clear()
    again = _make()
    assert fresh == []
    assert again(1).y == 2 and again(1, 3, ("a",)) == again(x=1, y=3, tags=("a",))
    assert repr(again(5)) == repr(point(5)).replace(point.__qualname__, again.__qualname__)
    assert hash(again(1)) == hash(again(1))  # __hash__ compiled at its first call, then kept
    record_code.keep()
    record_code._stored, record_code._used = None, {}
    fresh.clear()
    third = _make()
    assert {third(1), third(1)} == {third(1)}
    assert fresh == [], "__eq__ and __hash__ came from the file too"


def test_nothing_compiled_nothing_written(fresh: list[str]) -> None:
    record_code.keep()
    assert not _file().exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal at all",
        marshal.dumps((("another", "python", "tag"), {})),
        marshal.dumps((record_code._TAG, 0, marshal.dumps(["not", "a", "dict"]))),
        # the codes' bytes damaged: their checksum no longer matches
        marshal.dumps((record_code._TAG, 12345, marshal.dumps({}))),
    ],
)
def test_a_foreign_or_damaged_file_is_compiled_anew(fresh: list[str], content: bytes) -> None:
    _file().parent.mkdir(parents=True, exist_ok=True)
    _file().write_bytes(content)
    point = _make()
    assert fresh and point(1).x == 1
    record_code.keep()
    tag, _, payload = marshal.loads(_file().read_bytes())
    assert tag == record_code._TAG and set(marshal.loads(payload)) == set(fresh)


def test_a_method_damaged_in_place_is_never_run(fresh: list[str]) -> None:
    """A kept method whose bytes were changed in the file (still code ``marshal`` decodes,
    which would run another method or crash the interpreter on other bytes) is compiled anew."""
    point = _make()
    record_code.keep()
    tag, crc, payload = marshal.loads(_file().read_bytes())
    codes = marshal.loads(payload)
    source = next(s for s in codes if "def __init__" in s)
    codes[source] = compile("def __init__(self, *a, **k):\n    pass\n", "<string>", "exec")
    _file().write_bytes(marshal.dumps((tag, crc, marshal.dumps(codes))))
    record_code._stored, record_code._used = None, {}
    fresh.clear()
    again = _make()
    assert source in fresh, "compiled anew, not the damaged code"
    assert again(7).x == 7 and repr(again(7)) == repr(point(7)).replace(
        point.__qualname__, again.__qualname__
    )


def test_an_unwritable_cache_is_no_error(
    fresh: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(blocked / "cache"))
    point = _make()
    record_code.keep()
    assert point(4).x == 4
