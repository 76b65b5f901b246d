"""A JSON policy file cut short (a partial download, a file copied halfway) says it was cut
off, as the other JSON sources do, not "invalid JSON at line 6: Expecting ',' delimiter"; a
file broken in its middle still names the line.

Real data: the built-in register (``tui/default_config.toml``) written as a JSON list."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import tomllib

from tui.core.config_types import SourceConfig
from tui.sources import policy_file
from tui.sources.base import SourceError

DEFAULT = (Path(__file__).resolve().parents[2] / "tui" / "default_config.toml").read_text()
SRC = SourceConfig(name="register", kind="policy-file", url="register.json")
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


def _register() -> bytes:
    entries = tomllib.loads(DEFAULT)["policy"]
    rows = [{k: str(v) if isinstance(v, date) else v for k, v in e.items()} for e in entries]
    return json.dumps(rows, indent=2).encode()


@pytest.mark.parametrize("share", [0.3, 0.5, 0.9])
def test_a_json_register_cut_short_says_it_was_cut_off(share: float) -> None:
    whole = _register()
    assert len(policy_file.parse(whole, SRC, fetched_at=NOW).entries) > 10
    cut = whole[: int(len(whole) * share)]
    with pytest.raises(SourceError) as raised:
        policy_file.parse(cut, SRC, fetched_at=NOW)
    assert str(raised.value).startswith("invalid JSON: the answer is cut off after "), raised


def test_a_json_register_broken_in_its_middle_names_the_line() -> None:
    whole = _register().decode()
    broken = whole.replace('"status": "tariff",', '"status": "tariff"', 1)
    line = whole[: whole.index('"status": "tariff",')].count("\n") + 2
    with pytest.raises(SourceError) as raised:
        policy_file.parse(broken.encode(), SRC, fetched_at=NOW)
    assert str(raised.value) == f"invalid JSON (line {line}: Expecting ',' delimiter)"
