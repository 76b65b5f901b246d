"""docs/screenshot.svg, the README's picture, is the demo as it looks now.

Found in session 17: the chips' colours changed and the picture still showed the old ones (it is
built by hand, ``python docs/build_screenshot.py``). The demo is built again here and compared
with the committed file; a change to how the dashboard looks fails this test until the picture
is rebuilt."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_screenshot", ROOT / "docs" / "build_screenshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _same(svg: str) -> str:
    return re.sub(r"terminal-\d+", "terminal", svg)  # an id Textual makes from the content


async def test_the_readme_screenshot_is_the_demo_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = _builder()
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(tmp_path / sub))
    monkeypatch.setenv("METALWATCH_CONFIG_DIR", str(tmp_path / "config" / "metalwatch"))
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(tmp_path / "cache" / "metalwatch"))
    svg = await builder.build(tmp_path)
    committed = (ROOT / "docs" / "screenshot.svg").read_text(encoding="utf-8")
    if _same(svg) != _same(committed):  # not the whole of two SVG files in the report
        pytest.fail(
            "docs/screenshot.svg is not the demo as it looks: python docs/build_screenshot.py"
        )
