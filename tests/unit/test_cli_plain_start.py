"""``metalwatch`` and ``metalwatch --demo`` start without building the argument parser: the same
arguments as the parser gives, and argparse is not imported before the dashboard's first paint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.cli import _parse, _plain_start


@pytest.mark.parametrize("argv", [[], ["--demo"]])
def test_a_plain_start_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    plain = _plain_start(argv)
    assert plain is not None
    assert vars(plain) == vars(_parse(argv))


@pytest.mark.parametrize(
    "argv",
    [["run"], ["--demo", "run"], ["--config", "x.toml"], ["snapshot"], ["--version"], ["-h"]],
)
def test_any_other_command_line_goes_to_the_parser(argv: list[str]) -> None:
    assert _plain_start(argv) is None


def test_the_plain_start_imports_no_argparse() -> None:
    code = (
        "import sys\n"
        "import tui.cli, tui.ui.app\n"
        "assert tui.cli._plain_start([]) is not None\n"
        "print('argparse' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
