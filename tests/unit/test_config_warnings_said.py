"""What ``metalwatch check`` warns of in a valid config is said by ``snapshot`` too, once: a
``warnings`` list in its JSON (stdout stays one JSON document, stderr says nothing of them), on
stderr before its text; never changing the exit code. A config without warnings: an empty list.

Real data: the built-in register (``tui/default_config.toml``), MOFCOM announcement 2025
No. 72 suspending the 2024 gallium ban until 2026-11-27, typed with its digits swapped; US
section 232 aluminium at 50% from 2025-06-04, typed 2052."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

DEFAULT = (Path(__file__).resolve().parents[2] / "tui" / "default_config.toml").read_text()


def _config(tmp_path: Path, text: str) -> Path:
    head, _, _ = text.partition("[[sources]]")  # the register, no network sources
    cfg = tmp_path / "config.toml"
    cfg.write_text(head + text[text.index("[[policy]]") :], encoding="utf-8")
    return cfg


def _typos() -> str:
    return DEFAULT.replace("until = 2026-11-27", "until = 2062-11-27", 1).replace(
        "since = 2025-06-04", "since = 2052-06-04"
    )


def test_snapshot_json_carries_the_config_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, _typos())
    assert main(["check", "--config", str(cfg)]) == 0
    checked = [
        line.removeprefix("metalwatch: warning: ") for line in capsys.readouterr().err.splitlines()
    ]
    assert len(checked) == 2
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["warnings"] == checked  # the same lines, in the same order
    assert any(".since: since 2052-06-04 is " in w for w in doc["warnings"])
    assert any(".until: until 2062-11-27 is " in w for w in doc["warnings"])
    assert "2062" not in err and "2052" not in err  # said once, in the JSON


def test_text_snapshot_says_the_config_warnings_on_stderr_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, _typos())
    assert main(["snapshot", "--config", str(cfg)]) == 0
    out, err = capsys.readouterr()
    said = [ln for ln in err.splitlines() if ln.startswith("metalwatch: warning: ")]
    assert len(said) == 2, err
    assert sum("until 2062-11-27 is " in ln for ln in said) == 1
    assert "a typo?" not in out  # the text on stdout stays the snapshot


def test_a_config_without_warnings_has_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, DEFAULT)
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["warnings"] == []
    assert "warning" not in err


def test_watch_says_the_config_warnings_once_at_start(tmp_path: Path) -> None:
    import io

    from tui.core.config import load_config
    from tui.flow.watch import run_watch

    config = load_config(_config(tmp_path, _typos()))
    out, err = io.StringIO(), io.StringIO()
    assert run_watch(config, once=True, out=out, err=err) == 0
    said = [ln for ln in err.getvalue().splitlines() if ln.startswith("metalwatch: warning: ")]
    assert len(said) == 2, err.getvalue()
    assert sum(".until: until 2062-11-27 is " in ln for ln in said) == 1


GDELT = Path(__file__).resolve().parents[1] / "fixtures" / "events"


@pytest.mark.parametrize("refresh", ["1s", "2s"])
def test_a_refresh_faster_than_the_kind_allows_is_a_warning_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], refresh: str
) -> None:
    """A GDELT source's refresh under its 5 s is accepted and run every 5 s: said, located."""
    (answer,) = sorted(GDELT.glob("gdelt_*.json"))[:1]
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        f'[[sources]]\nname = "GDELT"\nkind = "gdelt"\nurl = "{answer}"\nrefresh = "{refresh}"\n',
        encoding="utf-8",
    )
    line = cfg.read_text().splitlines().index(f'refresh = "{refresh}"') + 1
    said = f"{cfg}:{line}: sources[1].refresh: {refresh} is more often than gdelt allows: "
    said += "fetched every 5s"
    assert main(["check", "--config", str(cfg)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"metalwatch: warning: {said}"]
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == [said]
    cfg.write_text(cfg.read_text().replace(refresh, "5s"), encoding="utf-8")
    assert main(["check", "--config", str(cfg)]) == 0
    assert capsys.readouterr().err == ""
