"""A declared ``since`` years ahead (``2052-06-04`` typed for ``2025-06-04``) is flagged, where
it is written, and shown for what it says: the board keeps it as coming on that day, never in
force before it and never moved to a guessed year; ``check`` warns of a config entry (exit 0,
the line and table named), a policy file's health line names its entry.

Real data: the built-in register (``tui/default_config.toml``), US section 232 tariffs on
aluminium (25% from 2025-03-12, raised to 50% from 2025-06-04)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import tomllib

from tui.cli import main
from tui.core.config_types import SourceConfig
from tui.core.policy_entry import far_ahead
from tui.sources import policy_file

DEFAULT = (Path(__file__).resolve().parents[2] / "tui" / "default_config.toml").read_text()
RAISED = "since = 2025-06-04"  # Proclamation 10947's 50%
TYPO = "since = 2052-06-04"


def _register() -> list[dict[str, object]]:
    """The built-in register's entries, as a policy file holds them."""
    entries = tomllib.loads(DEFAULT)["policy"]
    return [{k: str(v) if isinstance(v, date) else v for k, v in e.items()} for e in entries]


def _aluminium_us(doc: dict[str, object]) -> dict[str, object]:
    rows = doc["policy"]
    assert isinstance(rows, list)
    (row,) = [
        r for r in rows if (r["metal"], r["origin"], r["destination"]) == ("aluminium", "*", "US")
    ]
    return row  # type: ignore[no-any-return]


def test_a_config_entry_dated_years_ahead_is_a_located_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert DEFAULT.count(RAISED) == 1
    text = DEFAULT.replace(RAISED, TYPO)
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, encoding="utf-8")
    line = text[: text.index(TYPO)].count("\n") + 1
    table = text[: text.index(TYPO)].count("[[policy]]")
    code = main(["check", "--config", str(cfg)])
    out, err = capsys.readouterr()
    assert code == 0 and "OK" in out
    years = round((date(2052, 6, 4) - datetime.now(timezone.utc).date()).days / 365.25)
    assert err.splitlines() == [
        f"metalwatch: warning: {cfg}:{line}: policy[{table}].since: since 2052-06-04 is "
        f"{years} years ahead: a typo? (shown as coming on that day, not in force until then)"
    ]
    # the board: the 25% stays in force, the 50% is coming on the day written, not before
    assert main(["snapshot", "--offline", "--json", "--config", str(cfg)]) == 0
    row = _aluminium_us(json.loads(capsys.readouterr()[0]))
    assert (row["status"], row["rate_pct"], row["since"]) == ("tariff", 25.0, "2025-03-12")
    assert (row["coming"], row["coming_rate_pct"], row["starts"]) == ("tariff", 50.0, "2052-06-04")


def test_the_register_as_written_and_a_measure_due_next_year_are_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = datetime.now(timezone.utc).date() + timedelta(days=400)
    cfg = tmp_path / "config.toml"
    cfg.write_text(DEFAULT.replace(RAISED, f"since = {soon}"), encoding="utf-8")
    assert main(["check", "--config", str(cfg)]) == 0
    assert capsys.readouterr()[1] == ""


def test_a_policy_file_entry_dated_years_ahead_is_named_on_its_health_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = _register()
    (k,) = [i for i, e in enumerate(entries) if e["since"] == "2025-06-04"]
    entries[k]["since"] = "2052-06-04"
    (tmp_path / "register.json").write_text(json.dumps(entries), encoding="utf-8")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "aluminium"\nname = "Aluminium"\n'
        '[[sources]]\nname = "register"\nkind = "policy-file"\nurl = "register.json"\n',
        encoding="utf-8",
    )
    said = f"policy[{k}]: since 2052-06-04 is "
    assert main(["check", "--config", str(cfg)]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # the file's entries are said on its line, not as the config's
    line = next(ln for ln in out.splitlines() if "'register'" in ln)
    assert said in line and "years ahead: a typo?" in line
    assert "name a metal not watched" in line  # the register's other metals, said as before
    assert main(["snapshot", "--json", "--config", str(cfg)]) == 0
    doc = json.loads(capsys.readouterr()[0])
    (health,) = doc["sources"]
    assert health["ok"] and said in health["warning"], health
    row = _aluminium_us(doc)
    assert (row["since"], row["coming_rate_pct"], row["starts"]) == (
        "2025-03-12",
        50.0,
        "2052-06-04",
    )


def test_far_ahead_counts_years_from_the_day_given() -> None:
    assert far_ahead(date(2031, 12, 5), date(2026, 12, 5)) is None  # five years: a plan
    assert far_ahead(None, date(2026, 12, 5)) is None
    said = far_ahead(date(2062, 12, 3), date(2026, 12, 5))
    assert said is not None and said.startswith("since 2062-12-03 is 36 years ahead: a typo?")
    src = SourceConfig(name="register", kind="policy-file", url="register.json")
    data = json.dumps(
        [{"metal": "gallium", "origin": "CN", "status": "licensing", "since": "2206-08-01"}]
    ).encode()
    got = policy_file.parse(data, src, fetched_at=datetime(2026, 12, 5, tzinfo=timezone.utc))
    assert got.entries[0].since == date(2206, 8, 1)  # kept as written
    assert got.warning == (
        "policy[0]: since 2206-08-01 is 180 years ahead: a typo? (shown as coming on that day, "
        "not in force until then)"
    )


UNTIL = "until = 2026-11-27"  # MOFCOM 2025 No. 72: the 2024 ban suspended to 2026-11-27


@pytest.mark.parametrize("typo", ["2062-11-27", "2036-11-27"])
def test_a_config_until_years_ahead_is_a_located_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typo: str
) -> None:
    text = DEFAULT.replace(UNTIL, f"until = {typo}", 1)
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, encoding="utf-8")
    at = text.index(f"until = {typo}")
    line = text[:at].count("\n") + 1
    table = text[:at].count("[[policy]]")
    code = main(["check", "--config", str(cfg)])
    out, err = capsys.readouterr()
    assert code == 0 and "OK" in out
    years = round((date.fromisoformat(typo) - datetime.now(timezone.utc).date()).days / 365.25)
    assert err.splitlines() == [
        f"metalwatch: warning: {cfg}:{line}: policy[{table}].until: until {typo} is {years} "
        "years ahead: a typo? (kept as the day it ends; for a measure with no end leave until out)"
    ]


@pytest.mark.parametrize("open_end", ["2100-01-01", "9999-12-31"])
def test_an_until_written_as_no_end_is_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], open_end: str
) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(DEFAULT.replace(UNTIL, f"until = {open_end}"), encoding="utf-8")
    assert main(["check", "--config", str(cfg)]) == 0
    assert capsys.readouterr()[1] == ""


def test_a_policy_file_until_years_ahead_is_named_on_its_health_line() -> None:
    src = SourceConfig(name="register", kind="policy-file", url="register.json")
    entry = {"metal": "gallium", "origin": "CN", "destination": "US", "status": "licensing"}
    data = json.dumps(
        [
            {**entry, "since": "2025-11-09", "until": "2062-11-27"},
            {**entry, "metal": "germanium", "since": "2025-11-09", "until": "9999-12-31"},
        ]
    ).encode()
    got = policy_file.parse(data, src, fetched_at=datetime(2026, 12, 5, tzinfo=timezone.utc))
    assert [e.until for e in got.entries] == [date(2062, 11, 27), None]
    assert got.warning == (
        "policy[0]: until 2062-11-27 is 36 years ahead: a typo? (kept as the day it ends; for a "
        "measure with no end leave until out)"
    )
