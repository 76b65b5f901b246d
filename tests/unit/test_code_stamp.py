"""The code stamp: a cache of what metalwatch's code derived is never read by other code.

A snapshot built by an older engine (an install from a newer checkout keeps the version) was
painted and printed as the current engine's reading: the snapshot cache's key and a source's
remembered parse now carry a stamp of the code that made them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.core import code_stamp as cs
from tui.core import paths
from tui.core.config import load_config
from tui.core.config_types import SourceConfig
from tui.flow import demo_snapshot, unchanged
from tui.store import snapshot_cache


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "engine").mkdir()
    (tmp_path / "engine" / "rules.py").write_text("WORDS = {'ban'}\n", encoding="utf-8")
    (tmp_path / "engine" / "gate.json").write_text("{}", encoding="utf-8")
    (tmp_path / "engine" / "notes.txt").write_text("not code", encoding="utf-8")
    return tmp_path


def test_the_stamp_changes_with_a_code_file_and_only_with_one(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    first = cs.stamp_of(root, ("engine",))
    assert cs.stamp_of(root, ("engine",)) == first
    (root / "engine" / "notes.txt").write_text("other words", encoding="utf-8")
    assert cs.stamp_of(root, ("engine",)) == first  # not code
    rules = root / "engine" / "rules.py"
    rules.write_text("WORDS = {'bans'}\n", encoding="utf-8")  # one byte more
    second = cs.stamp_of(root, ("engine",))
    assert second != first
    st = rules.stat()
    os.utime(rules, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # same size, rewritten
    assert cs.stamp_of(root, ("engine",)) != second
    (root / "engine" / "gate.json").unlink()
    assert cs.stamp_of(root, ("engine",)) not in (first, second)


def test_a_missing_folder_is_a_stamp_not_an_error(tmp_path: Path) -> None:
    assert cs.stamp_of(tmp_path, ("nowhere",)) == cs.stamp_of(tmp_path, ("nowhere",))
    assert cs.stamp_of(tmp_path, ("nowhere",)) != cs.stamp_of(tmp_path, ("elsewhere",))


def test_the_package_stamp_covers_the_engine() -> None:
    assert cs.PACKAGE_DIR == paths.package_dir()
    assert cs.code_stamp("engine", "core", "flow") == cs.stamp_of(
        paths.package_dir(), ("engine", "core", "flow")
    )


def test_a_snapshot_cached_by_other_code_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(demo=True)
    key = snapshot_cache.config_key(config)
    monkeypatch.setattr(snapshot_cache, "code_stamp", lambda *folders: "another engine")
    other = snapshot_cache.config_key(config)
    assert other != key
    path = tmp_path / "c.json"
    snapshot_cache.save(path, demo_snapshot.build(), key=key, fingerprint="f")
    monkeypatch.undo()
    assert snapshot_cache.load(path, key=key) is not None  # this code's cache is read
    assert snapshot_cache.load(path, key=other) is None  # another engine's is not


def test_a_parse_remembered_under_other_parsers_is_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    src = SourceConfig(name="feed", kind="rss", url="file:///feed.xml")
    before = unchanged.definition(src)
    monkeypatch.setattr(unchanged, "code_stamp", lambda *folders: "another parser")
    assert unchanged.definition(src) != before
