"""A damaged snapshot cache is never shown as data: a byte flipped anywhere in either of its
files (the whole snapshot, its head), or a file cut short, loads as exactly the snapshot that
was written or as nothing (a rebuild), never as a title, a URL or a price changed.

Real files in ``tmp_path``, written from a store seeded by a demo refresh (as
``tests/unit/test_snapshot_cache.py`` makes one), then damaged byte by byte. Before each file
carried its size and CRC-32 (format ``/4``), a scan of both files found 123 of 400 flips loaded
as data, and this one 90 of 162 flips of the whole file and 84 of 162 of the head; cuts were
refused already (a line cut short is no JSON), and must stay so.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tui.core.config import load_config
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot
from tui.store import Store, snapshot_cache

OFFSETS = 160  # per file: the header's first bytes one by one, then spread over the rest
HEAD_BYTES = 40


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A cache written from a seeded store: its files' bytes and what each load gives."""
    root = tmp_path_factory.mktemp("flips")
    config = load_config(demo=True)
    with Store(root / "store.sqlite3") as store:
        asyncio.run(Refresher(config, store).run())
        snap = build_snapshot(config, store)
        fingerprint = store.fingerprint()
    many = [*snap.stories] * (snapshot_cache.HEAD_STORIES // len(snap.stories) + 2)
    snap.stories = many  # a head shorter than the whole
    path = snapshot_cache.cache_path(root / "store.sqlite3")
    key = snapshot_cache.config_key(config)
    snapshot_cache.save(path, snap, key=key, fingerprint=fingerprint)
    files = {"whole": path, "head": snapshot_cache.head_path(path)}
    loads: dict[str, Callable[[], Any]] = {
        "whole": lambda: snapshot_cache.load(path, key=key),
        "head": lambda: snapshot_cache.load_head(path, key=key),
        "head, a screenful": lambda: snapshot_cache.load_head(path, key=key, relevant=5),
    }
    expected = {name: load() for name, load in loads.items()}
    assert expected["whole"] == (snap, fingerprint), "the intact cache reads back exactly"
    assert all(got is not None for got in expected.values())
    return {
        "files": files,
        "bytes": {name: f.read_bytes() for name, f in files.items()},
        "loads": loads,
        "expected": expected,
    }


def offsets(size: int) -> list[int]:
    step = max(1, (size - HEAD_BYTES) // (OFFSETS - HEAD_BYTES))
    return sorted({*range(min(HEAD_BYTES, size)), *range(HEAD_BYTES, size, step), size - 1})


def wrong_loads(written: dict[str, Any], name: str, damaged: bytes) -> list[str]:
    """The loads reading ``damaged`` (in place of the file ``name``) as other data."""
    target: Path = written["files"][name]
    target.write_bytes(damaged)
    wrong = []
    try:
        for load_name, load in written["loads"].items():
            if load_name.startswith(name):
                got = load()
                if got is not None and got != written["expected"][load_name]:
                    wrong.append(load_name)
    finally:
        target.write_bytes(written["bytes"][name])
    return wrong


@pytest.mark.parametrize("name", ["whole", "head"])
def test_a_byte_flipped_anywhere_is_never_read_as_data(written: dict[str, Any], name: str) -> None:
    data = written["bytes"][name]
    wrong = []
    spots = offsets(len(data))
    for i, at in enumerate(spots):
        damaged = bytearray(data)
        damaged[at] ^= 1 << (i % 7)  # one bit; the low ones keep the text valid UTF-8
        if wrong_loads(written, name, bytes(damaged)):
            wrong.append(at)
    assert not wrong, f"{len(wrong)} of {len(spots)} flips of the {name} file loaded as data"


@pytest.mark.parametrize("name", ["whole", "head"])
def test_a_file_cut_short_is_never_read_as_data(written: dict[str, Any], name: str) -> None:
    data = written["bytes"][name]
    lines = data.split(b"\n")
    ends = [len(b"\n".join(lines[: n + 1])) for n in range(len(lines) - 1)]
    cuts = {len(data) - 1, *ends[:: max(1, len(ends) // 40)], *offsets(len(data))[::4]}
    wrong = [cut for cut in sorted(cuts) if wrong_loads(written, name, data[:cut])]
    assert not wrong, f"{len(wrong)} of {len(cuts)} cuts of the {name} file loaded as data"


def test_an_older_format_is_rebuilt_once_never_an_error(
    written: dict[str, Any], tmp_path: Path
) -> None:
    """A cache of the format before (``/3``: the header line first, no CRC) is a miss, and
    the next save writes one that loads."""
    whole = written["bytes"]["whole"].decode("utf-8").split("\n")
    at = next(n for n, line in enumerate(whole) if "fields" in json.loads(line))
    header = json.loads(whole[at])
    header["format"] = "metalwatch.snapshot-cache/3"
    body = whole[at + 1 :]
    path = tmp_path / "store.sqlite3.snapshot.json"
    path.write_text("\n".join([json.dumps(header), *body]), encoding="utf-8")
    snapshot_cache.head_path(path).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    key = header["key"]
    assert snapshot_cache.load(path, key=key) is None
    assert snapshot_cache.load_head(path, key=key) is None
    snap, fingerprint = written["expected"]["whole"]
    snapshot_cache.save(path, snap, key=key, fingerprint=fingerprint)
    assert snapshot_cache.load(path, key=key) == (snap, fingerprint)


def test_a_byte_flipped_in_the_stamp_is_never_read_as_data(
    written: dict[str, Any], tmp_path: Path
) -> None:
    """The stamp beside the files (a later store state that builds what they hold: its
    fingerprint, ``data_as_of`` and source health) flipped byte by byte loads as the stamp
    written or is ignored (the files' own state, an older fingerprint: rebuilt), never as a time
    or a source's error changed."""
    from datetime import timedelta

    from tui.store import cache_stamp

    whole, _ = written["expected"]["whole"]
    snap = dataclasses.replace(whole, stories=whole.stories[:3])  # the stamp is what is read
    path = tmp_path / "store.sqlite3.snapshot.json"
    cache_stamp.LAST.clear()
    snapshot_cache.save(path, snap, key="k", fingerprint="f1")
    later = dataclasses.replace(snap, data_as_of=snap.generated_at + timedelta(hours=5))
    snapshot_cache.save(path, later, key="k", fingerprint="f2")
    stamp = cache_stamp.stamp_path(path)
    data = stamp.read_bytes()
    stamped = snapshot_cache.load(path, key="k")
    assert stamped is not None and stamped[1] == "f2"
    assert stamped[0].data_as_of == later.data_as_of
    stamp.unlink()
    unstamped = snapshot_cache.load(path, key="k")
    assert unstamped is not None and unstamped[1] == "f1"
    wrong = []
    for i, at in enumerate(offsets(len(data))):
        damaged = bytearray(data)
        damaged[at] ^= 1 << (i % 7)
        stamp.write_bytes(bytes(damaged))
        got = snapshot_cache.load(path, key="k")
        if got is not None and got not in (stamped, unstamped):
            wrong.append(at)
    cache_stamp.LAST.clear()
    assert not wrong, f"{len(wrong)} of {len(offsets(len(data)))} flips of the stamp loaded"
