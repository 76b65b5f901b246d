"""`watch --json` keeps stdout JSON when it ends before it has data, as `snapshot --json` does.

With a broken config (exit 2) or a cache locked by another program (`--once`, exit 4),
`watch --json` printed nothing on stdout: a script reading its JSON lines got no line to say
why. It now prints the same `metalwatch.error/1` document as `snapshot --json`, on one line
(its stdout is one JSON object a line); stderr says the problems as ever. `--demo` with
`--config` (exit 2) prints the document too, for both commands.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

METAL = '[[metals]]\nid = "copper"\nname = "Copper"\n'


def config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(METAL + text, encoding="utf-8")
    return path


def test_watch_json_prints_the_error_document_on_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config(tmp_path, '[app]\nthme = "x"\n')
    for once in ([], ["--once"]):
        assert main(["watch", "--json", *once, "--config", str(path)]) == 2
        captured = capsys.readouterr()
        lines = captured.out.splitlines()
        assert len(lines) == 1, captured.out  # one JSON object a line, as the alerts are
        doc = json.loads(lines[0])
        said = [
            line.removeprefix("metalwatch: config error: ") for line in captured.err.splitlines()
        ]
        assert said and said[0].startswith(f"{path}:"), said
        assert doc == {
            "schema": "metalwatch.error/1",
            "exit": 2,
            "error": "config",
            "problems": said,
        }
    # without --json, stdout stays empty
    assert main(["watch", "--once", "--config", str(path)]) == 2
    assert capsys.readouterr().out == ""


def test_watch_json_prints_the_error_document_when_the_cache_is_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.flow.store_open
    from tui.store import StoreError
    from tui.store.fault import locked as lock_fault

    def locked(*_args: object, **_kwargs: object) -> None:
        raise StoreError(lock_fault(tmp_path / "store.sqlite3", 5.0))

    monkeypatch.setattr(tui.flow.store_open, "open_store", locked)
    path = config(
        tmp_path, '[[sources]]\nname = "s"\nkind = "rss"\nurl = \'https://example.org/feed\'\n'
    )
    assert main(["watch", "--once", "--json", "--config", str(path)]) == 4
    captured = capsys.readouterr()
    (said,) = captured.err.strip().splitlines()
    (line,) = captured.out.splitlines()
    doc = json.loads(line)
    assert (doc["schema"], doc["exit"], doc["error"]) == ("metalwatch.error/1", 4, "cache-locked")
    assert doc["problems"] == [said.removeprefix("metalwatch: ")]


@pytest.mark.parametrize("command", ["snapshot", "watch"])
def test_demo_with_a_config_prints_the_error_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = config(tmp_path, "")
    assert main([command, "--json", "--demo", "--config", str(path)]) == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    (said,) = captured.err.strip().splitlines()
    assert (doc["exit"], doc["error"]) == (2, "config")
    assert doc["problems"] == [said.removeprefix("metalwatch: ")]
    assert "--demo" in doc["problems"][0]
