"""`metalwatch init` and `metalwatch check`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.cli import main


def test_init_writes_a_valid_commented_config_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "conf" / "config.toml"
    assert main(["init", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# metalwatch") and "[[alerts]]" in text
    assert main(["check", "--config", str(target)]) == 0
    assert "OK" in capsys.readouterr().out
    target.write_text("# mine\n", encoding="utf-8")
    assert main(["init", str(target)]) == 2
    assert "exists; use --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert main(["init", "--force", str(target)]) == 0
    assert "[[metals]]" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["folder", "below-a-file", "fifo"])
def test_init_where_no_config_can_be_written_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """A folder (`init ~/.config/metalwatch --force`), a path below a regular file, a named
    pipe: each ended `init` with a Python traceback (a FIFO would hang it)."""
    if where == "folder":
        target = tmp_path / "conf"
        target.mkdir()
    elif where == "below-a-file":
        (tmp_path / "afile").write_text("x", encoding="utf-8")
        target = tmp_path / "afile" / "config.toml"
    else:
        target = tmp_path / "pipe.toml"
        os.mkfifo(target)
    assert main(["init", "--force", str(target)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"metalwatch: cannot write {target}: "), line
    assert "Error" not in line and "Traceback" not in line


def test_init_default_location_is_the_user_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("METALWATCH_CONFIG_DIR", str(tmp_path / "cfg"))
    assert main(["init"]) == 0
    assert (tmp_path / "cfg" / "config.toml").exists()


def test_check_reports_errors_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n[[sources]]\nname = "x"\nkind = "rsss"\nurl = "u"\n'
    )
    assert main(["check", "--config", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"metalwatch: config error: {bad}:6: sources[1].kind: unknown source kind 'rsss' (did you mean 'rss'?); "
        "known: rss, gdelt, federal-register, yahoo, fred, stooq, csv, policy-file"
    ]
