"""The README's command table names every command and every option the CLI has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from tui.cli_parser import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _rows() -> dict[str, str]:
    """First word after ``metalwatch`` in each row of the command table -> the row."""
    text = README.read_text("utf-8")
    table = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in table.splitlines():
        m = re.match(r"\| `metalwatch(?: \[?(\w+)\]?)?", line)
        if m:
            rows[m.group(1) or "run"] = line
    return rows


def _options(parser: argparse.ArgumentParser) -> set[str]:
    out = set()
    for action in parser._actions:
        for opt in action.option_strings:
            if opt.startswith("--") and opt not in ("--help",):
                out.add(opt)
    return out


def test_every_command_and_option_is_in_the_readme_table() -> None:
    parser = build_parser()
    rows = _rows()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, subparser in sub.choices.items():
        row = rows.get(name)
        if row is None:
            missing.append(f"command {name}")
            continue
        for opt in sorted(_options(subparser)):
            if opt not in row:
                missing.append(f"{name} {opt}")
    for opt in sorted(_options(parser) - {"--version"}):
        if opt not in rows.get("run", ""):
            missing.append(f"metalwatch {opt}")
    assert missing == []


def test_the_checker_sees_a_missing_option() -> None:
    rows = _rows()
    assert "--once" in rows["watch"] and "--force-nonexistent" not in rows["watch"]
