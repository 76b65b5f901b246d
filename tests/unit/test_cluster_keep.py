"""The clustering memo kept beside the store: a new process's first rebuild takes what the last
one derived, and gives exactly what a build from nothing gives; a memo of another watch list or
code, a damaged file, or one holding other shapes is not taken."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from test_snapshot_news import NEWS, filled, from_nothing, news, same_view  # noqa: F401

import tui.engine.cluster
import tui.engine.cluster_fuzzy
import tui.flow.snapshot as flow
import tui.flow.snapshot_events as snapshot_events
from tui.core.config_types import Config
from tui.core.demo_clock import DEMO_NOW
from tui.core.models import Metal
from tui.engine.cluster_memo import ClusterMemo
from tui.flow import cluster_keep
from tui.flow.snapshot import build_snapshot
from tui.store import Store, memo_file


def a_new_process() -> None:
    """What a restart leaves: an empty memo in memory, nothing classified."""
    memo = flow._CLUSTER_MEMO
    if memo is not None:
        memo.clear()
    snapshot_events._CLASSIFIED.clear()


def scored(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pair scores computed (not read from a memo)."""
    calls: list[int] = []
    real = tui.engine.cluster_fuzzy.similarity

    def counted(*args: object) -> float:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.engine.cluster_fuzzy, "similarity", counted)
    return calls


def test_a_restart_takes_the_kept_memo_and_builds_the_same(
    filled: tuple[Config, Store],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config, store = filled
    built = from_nothing(config, store)  # and writes the memo beside the store
    path = cluster_keep.path_for(store)
    assert path is not None and path.exists()
    news(config, store, 0, NEWS)
    a_new_process()
    calls = scored(monkeypatch)
    grown = build_snapshot(config, store, now=DEMO_NOW, reuse=built)
    taken = len(calls)
    memo = flow._CLUSTER_MEMO
    assert memo is not None and len(memo) > 0
    calls.clear()
    same_view(grown, from_nothing(config, store))
    assert taken < len(calls) / 4, (taken, len(calls))  # the pairs were read back, not scored


def test_another_watch_list_a_damaged_file_or_other_shapes_are_not_taken(
    filled: tuple[Config, Store],  # noqa: F811
) -> None:
    config, store = filled
    metals = list(config.metals)
    from_nothing(config, store)
    path = cluster_keep.path_for(store)
    assert path is not None
    good = path.read_bytes()

    a_new_process()
    fewer = [*metals[:-1], dataclasses.replace(metals[-1], aliases=("other words",))]
    assert not cluster_keep.seed(ClusterMemo(), store, fewer)  # another watch list
    assert cluster_keep.seed(ClusterMemo(), store, metals)  # the same one

    path.write_bytes(good[: len(good) // 2])  # cut short (a full disk, a killed write)
    assert not cluster_keep.seed(ClusterMemo(), store, metals)
    for at in (len(good) // 3, len(good) - 2):  # a byte flipped on disk: never given to marshal
        flipped = bytearray(good)
        flipped[at] ^= 0x5A
        path.write_bytes(bytes(flipped))
        assert memo_file.load(path, key=cluster_keep.key(metals)) is None
        assert not cluster_keep.seed(ClusterMemo(), store, metals)
    a_new_process()
    rebuilt = build_snapshot(config, store, now=DEMO_NOW)  # derives again, writes a good file
    assert cluster_keep.seed(ClusterMemo(), store, metals)
    same_view(rebuilt, from_nothing(config, store))

    forms, scores, fits, tags = memo_file.load(path, key=cluster_keep.key(metals))
    assert cluster_keep.valid((forms, scores, fits, tags))
    some = next(iter(forms))
    for bad in (
        (forms, scores, fits),
        ({**forms, some: ("copper", "text", (), frozenset())}, scores, fits, tags),
        (forms, {**scores, (some, some): "86"}, fits, tags),
        (forms, scores, {**fits, (some, some): 1}, tags),
        (forms, scores, fits, {("a",): ["copper"]}),
    ):
        assert not cluster_keep.valid(bad)
        memo_file.save(path, bad, key=cluster_keep.key(metals))
        assert not cluster_keep.seed(ClusterMemo(), store, metals)


def test_no_file_for_a_store_in_memory_and_a_read_only_folder_is_no_error(
    filled: tuple[Config, Store],  # noqa: F811
    tmp_path: Path,
) -> None:
    config, _store = filled
    with Store.memory() as memory:
        assert cluster_keep.path_for(memory) is None
        build_snapshot(config, memory, now=DEMO_NOW)
    assert not memo_file.save(tmp_path / "no-such-folder" / "x.memo", {}, key="k")
    assert memo_file.load(tmp_path / "no-such-folder" / "x.memo", key="k") is None
    metals: list[Metal] = list(config.metals)
    assert cluster_keep.key(metals) == cluster_keep.key(tuple(metals))


def test_a_write_killed_midway_is_cleared_by_a_later_one(tmp_path: Path) -> None:
    import os
    import time

    target = tmp_path / "store.sqlite3.cluster.memo"
    left = tmp_path / f".{target.name}.99999.1.tmp"  # a process killed while writing
    left.write_bytes(b"half")
    old = time.time() - 7 * 24 * 3600
    os.utime(left, (old, old))
    assert memo_file.save(target, ({}, {}, {}, {}), key="k")
    assert not left.exists()
    assert memo_file.load(target, key="k") == ({}, {}, {}, {})
    assert memo_file.load(target, key="other") is None
