"""What ``metalwatch check`` catches in files: local source files that do not exist, deep or
non-regular files (a FIFO without hanging), a file too large, a broken user theme file; and what
a missing local file (only that source fails) or a file without metals (the built-in list) still
leaves working."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from config_check_helpers import METAL, REPO, check, problems, write

from tui.cli import main
from tui.core.config import ConfigError, load_config
from tui.core.config_io import MAX_CONFIG_BYTES


def test_a_local_source_file_that_does_not_exist(tmp_path: Path) -> None:
    src = '[[sources]]\nname = "mine"\nkind = "rss"\nurl = "feeds/news.xml"\n'
    assert problems(tmp_path, METAL + src) == [
        f"7: sources[1].url: file not found: {tmp_path / 'feeds' / 'news.xml'}"
    ]
    (tmp_path / "feeds").mkdir()
    assert problems(tmp_path, METAL + src.replace("feeds/news.xml", "feeds")) == [
        f"7: sources[1].url: is a folder, not a file: {tmp_path / 'feeds'}"
    ]
    (tmp_path / "feeds" / "news.xml").write_text("<rss/>", "utf-8")
    assert load_config(write(tmp_path, METAL + src), strict=True).sources[0].is_local
    # a disabled source is not checked: it will not be read
    off = src.replace("feeds/news.xml", "nowhere.xml") + "enabled = false\n"
    cfg = load_config(write(tmp_path, METAL + off))
    assert cfg.sources == ()
    # ... and `check` says it is there, not "0 sources (none)" alone
    from tui.core.config import describe

    assert "0 sources (none; 1 more disabled)" in describe(cfg)


def test_deeply_nested_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    code, err = check(["--config", str(path)], capsys)
    assert code == 2
    assert err == [
        f"metalwatch: config error: {path}: invalid TOML: nested too deeply"
        " (arrays or tables inside each other)"
    ]


def test_a_file_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"# " + b"x" * MAX_CONFIG_BYTES + b"\n")
    with pytest.raises(ConfigError, match="larger than 1 MB"):
        load_config(path)


@pytest.mark.parametrize("target", ["/dev/zero", "folder"])
def test_non_regular_files_are_refused(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if target == "/dev/zero" and not Path(target).exists():
        pytest.skip("no /dev/zero here")
    path = Path(target) if target.startswith("/") else tmp_path
    code, err = check(["--config", str(path)], capsys)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"metalwatch: config error: {path}: ")
    assert "not a regular file" in err[0] or "is a folder" in err[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_config_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    # nobody ever writes to the pipe: reading it would block for ever
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "check", "--config", str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip() == (
        f"metalwatch: config error: {fifo}: is a named pipe (FIFO), not a regular file"
    )
    assert "Traceback" not in proc.stderr
    assert time.monotonic() - started < 30


def test_a_missing_local_file_fails_only_that_source_when_the_dashboard_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` refuses it (above); `snapshot` (like the app) runs, that source reported as
    failing and the others shown: a file another program writes later is not a broken config."""
    feed = REPO / "tests" / "fixtures" / "feeds" / "bbc_news.rss.xml"
    text = METAL + (
        '[[sources]]\nname = "mine"\nkind = "csv"\nurl = "later.csv"\nmetal = "copper"\n'
        f'[[sources]]\nname = "news"\nkind = "rss"\nurl = "{feed}"\n'
    )
    path = write(tmp_path, text)
    cfg = load_config(path)
    assert [s.name for s in cfg.sources] == ["mine", "news"]
    assert main(["check", "--config", str(path)]) == 2
    capsys.readouterr()
    assert main(["snapshot", "--json", "--config", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    health = {s["name"]: s for s in doc["sources"]}
    assert not health["mine"]["ok"] and "file not found" in health["mine"]["error"]
    assert health["news"]["ok"]


def test_a_file_without_metals_watches_the_built_in_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = '[[sources]]\nname = "c"\nkind = "csv"\nurl = "c.csv"\nmetal = "nickel"\n'
    (tmp_path / "c.csv").write_text("Date,Close\n2026-11-30,15000\n", "utf-8")
    path = write(tmp_path, src)
    cfg = load_config(path)
    default = load_config(REPO / "tui" / "default_config.toml")
    assert cfg.builtin_metals and [m.id for m in cfg.metals] == [m.id for m in default.metals]
    assert main(["check", "--config", str(path)]) == 0
    assert "the built-in list" in capsys.readouterr().out
    assert not load_config(write(tmp_path, METAL + src.replace("nickel", "copper"))).builtin_metals


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('name = "mine"\nprimary = "#4EA1D3\n', "invalid TOML: "),
        ('name = "mine"\nprimary = "not-a-colour"\n', "primary: 'not-a-colour' is not a colour"),
    ],
)
def test_a_broken_user_theme_file_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    """Found in use: the app warned about a broken theme file at start while `check` said OK."""
    from tui.core import paths

    themes = paths.user_themes_dir()
    themes.mkdir(parents=True)
    broken = write(themes, text, "mine.toml")
    config = write(tmp_path, METAL)
    code, err = check(["--config", str(config)], capsys)
    assert code == 2
    assert len(err) == 1, err
    assert err[0].startswith(f"metalwatch: config error: theme {broken}: {said}"), err
    broken.unlink()  # the same config with the theme file gone: fine again
    code, err = check(["--config", str(config)], capsys)
    assert (code, err) == (0, [])
