"""The bundled demo snapshot: exactly what ``docs/build_demo_snapshot.py`` writes now, read only
under its own key, and no snapshot at all when its file is missing or damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.flow import demo_snapshot
from tui.store import snapshot_cache


def test_shipped_files_are_what_the_script_builds_now() -> None:
    """Rebuilt from tui/demo/ (deterministic: the demo's clock stands still), the shipped files
    must be the same byte for byte, so they never go stale when the demo's files, the snapshot
    builder or the cache's format change."""
    folder = demo_snapshot.path().parent
    for name, text in demo_snapshot.texts().items():
        shipped = (folder / name).read_text(encoding="utf-8")
        assert shipped == text, "run: python docs/build_demo_snapshot.py"


def test_the_shipped_snapshot_is_the_demo_whole() -> None:
    loaded = demo_snapshot.load()
    assert loaded is not None
    snap, fingerprint = loaded
    assert fingerprint == demo_snapshot.FINGERPRINT
    assert snap.mode == "demo" and snap.stories and snap.prices and snap.policy
    built = demo_snapshot.build()
    assert [s.title for s in snap.stories] == [s.title for s in built.stories]
    assert [p.points for p in snap.prices] == [p.points for p in built.prices]
    assert snap.generated_at == built.generated_at
    # nothing delivered yet on this machine: the header must not claim otherwise
    assert snap.sources and all(h.last_success is None for h in snap.sources)
    head = demo_snapshot.load_head(relevant=5)
    assert head is not None and head.stories and head.prices and head.policy


def test_the_key_names_the_version_and_format_not_the_install_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = demo_snapshot.key()
    assert str(demo_snapshot.path().parent) not in key and "demo" in key
    assert snapshot_cache.FORMAT in key
    monkeypatch.setattr(demo_snapshot, "__version__", "0.0.0-another")
    assert demo_snapshot.key() != key
    assert demo_snapshot.load_head() is None and demo_snapshot.load() is None


@pytest.mark.parametrize(
    "text", [None, "", "not json\n", '{"format": "metalwatch.snapshot-cache/2"}\n', "[1,2]\n"]
)
def test_a_missing_or_damaged_file_is_no_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | None
) -> None:
    path = tmp_path / "snapshot.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
        snapshot_cache.head_path(path).write_text(text, encoding="utf-8")
    monkeypatch.setattr(demo_snapshot, "path", lambda: path)
    assert demo_snapshot.load_head() is None
    assert demo_snapshot.load() is None


def test_a_truncated_file_is_no_snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "snapshot.json"
    for name, text in demo_snapshot.texts().items():
        (tmp_path / name).write_text(text[: len(text) // 2], encoding="utf-8")
    monkeypatch.setattr(demo_snapshot, "path", lambda: path)
    assert demo_snapshot.load_head() is None
    assert demo_snapshot.load() is None
