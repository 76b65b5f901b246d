"""The console command as pyproject.toml declares it, its output read by a pipe that closed
early (``metalwatch check | head -1``): no traceback, no error status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("argv", [["check", "--demo"], ["snapshot", "--demo", "--offline"]])
def test_the_declared_console_command_survives_a_reader_that_stopped(argv: list[str]) -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    module, func = scripts["metalwatch"].split(":")
    code = (
        f"import sys; sys.argv[0] = 'metalwatch'; from {module} import {func}; sys.exit({func}())"
    )
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write is refused
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    err = proc.stderr.decode()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode == 0, err
