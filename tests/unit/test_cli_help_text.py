"""What the command line's help tells a first-time user: every option of every command is in the
README's commands table, the help says what the exit statuses mean and what each command does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_every_option_of_every_command_is_in_the_readmes_commands_table() -> None:
    """`--help` and the README's Commands table name the same options."""
    import argparse

    from tui.cli_parser import build_parser

    table = REPO.joinpath("README.md").read_text(encoding="utf-8").split("## Commands")[1]
    rows = {
        line.split("`")[1].split()[1].strip("[]"): line
        for line in table.split("\n## ")[0].splitlines()
        if line.startswith("| `metalwatch ")
    }
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(rows), rows.keys()
    for name, command in sub.choices.items():
        options = {o for a in command._actions for o in a.option_strings if o.startswith("--")}
        missing = {o for o in options - {"--help"} if o not in rows[name]}
        assert not missing, (name, missing)


@pytest.mark.parametrize("command", ["", "snapshot", "check", "watch"])
def test_help_says_what_the_exit_statuses_mean(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"] if command else ["--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 " in out and "2 a config error" in out, out
    if command == "snapshot":
        assert "3 every source failed" in out and "4 the cache was locked" in out
        assert "metalwatch.error/1" in out


@pytest.mark.parametrize("command", ["run", "snapshot", "check", "watch", "init", "serve"])
def test_each_commands_help_says_what_it_does(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    usage, description = capsys.readouterr().out.split("\n\n")[:2]
    assert usage.startswith(f"usage: metalwatch {command}")
    assert not description.lstrip().startswith(("options:", "positional")), description
