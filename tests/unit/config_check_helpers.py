"""What the tests of ``metalwatch check`` share: a config file written from text, its problems as
``load_config`` says them, and a run of ``metalwatch check`` in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.core.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[2]
METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def problems(tmp_path: Path, text: str) -> list[str]:
    """What ``metalwatch check`` (strict) says about ``text``."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, strict=True)
    return [line.removeprefix(f"{path}:") for line in str(info.value).splitlines()]


def check(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", *args])
    return code, capsys.readouterr().err.strip().splitlines()
