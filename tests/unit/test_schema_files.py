"""``tui.core.paths.schema_file``: the JSON Schemas of ``snapshot --json`` and its error
document, read from the repository's ``docs/`` here (an installed wheel carries them in
``tui/schemas``, ``tests/e2e/test_wheel.py``); the same files the tests hold output to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from schema_check import ERROR_SCHEMA_PATH, SCHEMA_PATH

from tui.core import paths


def test_the_repository_reads_the_docs_schemas() -> None:
    assert paths.schema_file() == SCHEMA_PATH
    assert paths.schema_file("error-schema.json") == ERROR_SCHEMA_PATH
    for name in paths.SCHEMAS:
        doc = json.loads(paths.schema_file(name).read_text(encoding="utf-8"))
        assert doc["$schema"].startswith("https://json-schema.org/"), name


def test_a_packaged_copy_is_read_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "error-schema.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(paths, "package_dir", lambda: tmp_path)
    assert paths.schema_file("error-schema.json") == tmp_path / "schemas" / "error-schema.json"
    assert paths.schema_file() == tmp_path.parent / "docs" / "snapshot-schema.json"


def test_only_the_shipped_schemas() -> None:
    with pytest.raises(ValueError, match="no schema"):
        paths.schema_file("../config.toml")
