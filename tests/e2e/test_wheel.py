"""The built wheel carries the themes and the demo, and finds them when run from elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(
            f"cannot build a wheel here (no build backend reachable?): {proc.stderr[-300:]}"
        )
    return next(out.glob("metalwatch-*.whl"))


def test_wheel_contains_themes_and_demo(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    themes = {Path(REPO / "themes" / p).name for p in os.listdir(REPO / "themes")}
    for theme in themes:
        assert f"tui/themes/{theme}" in names
    assert "tui/demo/config.toml" in names
    assert "tui/demo/headlines.rss.xml" in names
    assert "tui/default_config.toml" in names
    assert "tui/ui/app.tcss" in names


def test_installed_wheel_finds_every_theme_from_another_directory(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import tui, tui.ui.themes as t;"
        "assert tui.__file__.startswith(sys.argv[1]), tui.__file__;"
        "themes, problems = t.load_themes([t.paths.bundled_themes_dir()]);"
        "print(sorted(x.name for x in themes), problems)"
    )
    env = {**os.environ, "PYTHONPATH": ""}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    shipped = sorted(p.stem for p in (REPO / "themes").glob("*.toml"))
    assert proc.stdout.strip() == f"{shipped} []"


def test_installed_wheel_reads_the_json_schemas(wheel: Path, tmp_path: Path) -> None:
    """The schemas of ``snapshot --json`` and its error document ship in the package
    (``tui/schemas``), the same files as ``docs/``: a user of ``pip install .`` has them."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"tui/schemas/snapshot-schema.json", "tui/schemas/error-schema.json"} <= names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from tui.core import paths;"
        "files = [paths.schema_file(n) for n in paths.SCHEMAS];"
        "assert all(str(f).startswith(sys.argv[1]) for f in files), files;"
        "print(json.dumps([json.loads(f.read_text(encoding='utf-8')) for f in files]))"
    )
    env = {**os.environ, "PYTHONPATH": ""}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    read = json.loads(proc.stdout)
    docs = [
        json.loads((REPO / "docs" / n).read_text(encoding="utf-8"))
        for n in ("snapshot-schema.json", "error-schema.json")
    ]
    assert read == docs
    assert read[0]["properties"]["schema"]["const"] == "metalwatch.snapshot/1"
