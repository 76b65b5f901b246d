"""A declared entry whose origin and destination name one place (``CN`` to ``CN``, written as
codes in any case or as names) is no corridor: refused with its field named, in the config
(``metalwatch check``, exit 2) and in a policy file (the entry skipped, said on the health
line). Found with a register JSON whose entry "zinc CN -> CN tariff 10%" was on the board as
if China taxed its own zinc imports from itself.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config import ConfigError, load_config
from tui.core.config_types import SourceConfig
from tui.sources.policy_file import parse, validate_policy_entry

SAME = [
    ("CN", "CN"),
    ("cn", "CN"),
    ("China", "cn"),
    ("EU", "eu"),
    ("US", "United States"),
    ("ID", "Indonesia"),
]
APART = [("CN", "US"), ("*", "*"), ("*", "US"), ("ID", "*"), ("DE", "EU"), ("China", "Japan")]


def entry(origin: str, destination: str) -> dict[str, object]:
    return {
        "metal": "zinc",
        "origin": origin,
        "destination": destination,
        "status": "tariff",
        "rate_pct": 10,
        "since": "2025-01-01",
    }


@pytest.mark.parametrize(("origin", "destination"), SAME)
def test_one_place_at_both_ends_is_refused(origin: str, destination: str) -> None:
    with pytest.raises(ValueError, match=r"policy\[0\]: origin and destination are both '"):
        validate_policy_entry(entry(origin, destination), "policy[0]")


@pytest.mark.parametrize(("origin", "destination"), APART)
def test_two_places_or_any_are_a_corridor(origin: str, destination: str) -> None:
    declared = validate_policy_entry(entry(origin, destination), "policy[0]")
    assert declared.origin != declared.destination or declared.origin == "*"


def test_the_config_refuses_it_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[[policy]]\nmetal = "zinc"\norigin = "CN"\ndestination = "cn"\n'
        'status = "tariff"\nsince = 2025-01-01\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "origin and destination are both 'CN'" in str(err.value)


def test_a_policy_file_skips_it_and_keeps_the_others() -> None:
    src = SourceConfig(name="register", kind="policy-file", url="/home/me/policy.json")
    body = json.dumps([entry("CN", "US"), entry("China", "CN"), entry("*", "US")]).encode()
    got = parse(body, src, fetched_at=datetime(2026, 12, 5, tzinfo=timezone.utc))
    assert [(e.origin, e.destination) for e in got.entries] == [("CN", "US"), ("*", "US")]
    assert "origin and destination are both 'CN'" in (got.warning or "")
