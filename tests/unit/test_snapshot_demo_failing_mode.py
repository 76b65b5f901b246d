"""``metalwatch snapshot --demo`` when every bundled demo file failed to read: the document's
``mode`` still says ``demo`` (the note says every source failed), never ``failing`` or
``offline``, so nothing passes the demo off as the user's own data; and its note on the demo's
clock says the bundled files could not be read (it said "the bundled files were read at …")."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from snapshot_cli_helpers import check_schema, run_cli

from tui.core import config as config_module
from tui.core import paths


@pytest.fixture
def demo_without_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo's config alone, in a folder without the files it names: every source fails."""
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copyfile(paths.demo_config_file(), folder / "config.toml")
    monkeypatch.setattr(config_module, "DEMO_CONFIG", folder / "config.toml")
    return folder


@pytest.mark.parametrize("offline", [False, True], ids=["fetched", "offline"])
def test_demo_mode_when_every_file_failed(
    demo_without_files: Path, offline: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    if offline:  # first a run that tried (and failed) every file, then one that asks none
        run_cli(capsys, "snapshot", "--demo", "--json")
    argv = ["snapshot", "--demo", "--json"] + (["--offline"] if offline else [])
    code, out, _, _ = run_cli(capsys, *argv)
    doc = json.loads(out)
    check_schema(doc)
    assert doc["sources"] and not any(s["ok"] for s in doc["sources"]), doc["sources"]
    assert any("every source failed" in n for n in doc["notes"]), doc["notes"]
    assert doc["mode"] == "demo", doc["notes"]
    (clock,) = [n for n in doc["notes"] if n.startswith("DEMO: every time")]
    assert "the bundled files could not be read" in clock, clock
    assert "were read at" not in clock, clock
    assert code != 0  # the exit code still says every source failed


def test_demo_text_heading_says_demo(
    demo_without_files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _, _ = run_cli(capsys, "snapshot", "--demo")
    first = out.splitlines()[0]
    assert first.endswith("(demo)"), first
