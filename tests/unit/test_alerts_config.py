"""Alert rules in the config: problems located with suggestions, requirements and duplicates,
commands and defaults, the shipped configs still loading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alerts_data import config_from, write_config

from tui.core.config import ConfigError, load_config


def config_errors(tmp_path: Path, body: str, app: str = "") -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(write_config(tmp_path, body, app))
    return str(info.value).splitlines()


def test_config_problems_are_located_with_suggestions(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "prices"
metal = "copper"

[[alerts]]
when = "price"
metal = "coper"
abve = 10000

[[alerts]]
when = "headline"
keywords = ["export ban"]
pct = 3
cooldown = "1h"

[[alerts]]
when = "move"
metal = "aluminium"
pct = -2
window = "6h"

[[alerts]]
when = "policy"
status = "banned"
destination = "USA"
command = 5
"""
    errors = config_errors(tmp_path, body)
    path = tmp_path / "config.toml"
    lines = path.read_text(encoding="utf-8").splitlines()

    def at(text: str, after: int = 0) -> str:
        """``file:line`` of the first line equal to ``text`` after line ``after``."""
        for n, line in enumerate(lines, 1):
            if n > after and line == text:
                return f"{path}:{n}"
        raise AssertionError(text)

    header = int(at('when = "price"').rsplit(":", 1)[1]) - 1  # alerts[2]'s [[alerts]] line
    expected = [
        at('when = "prices"') + ": alerts[1].when: unknown alert kind 'prices'"
        " (did you mean 'price'?); known: price, move, policy, headline",
        at("abve = 10000") + ": alerts[2].abve: unknown key (did you mean 'above'?)",
        f"{path}:{header}: alerts[2]: a 'price' alert needs 'above' or 'below' (or both)",
        at('metal = "coper"') + ": alerts[2].metal: unknown metal id 'coper'"
        " (did you mean 'copper'?)",
        at("pct = 3") + ": alerts[3].pct: does not apply to a 'headline' alert (it is for: move)",
        at('cooldown = "1h"') + ": alerts[3].cooldown: has no effect on this alert"
        " (each story alerts once)",
        at("pct = -2") + ": alerts[4].pct: must be more than zero",
        at('window = "6h"') + ": alerts[4].window: '6h' is shorter than a day:"
        " prices are daily at most, use e.g. '1d' or '1w'",
        at('status = "banned"') + ": alerts[5].status: 'banned' is not one of open, tariff,"
        " licensing, quota, suspended, resuming",
        at('destination = "USA"') + ": alerts[5].destination: 'USA' is not an ISO 3166"
        " alpha-2 code, 'EU' or '*'",
        at("command = 5") + ": alerts[5].command: expected a list of strings (the program,"
        " then its arguments) or a command line",
    ]
    assert errors == expected


def test_config_requirements_and_duplicates(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "move"
metal = "copper"

[[alerts]]
name = "same"
when = "headline"
keywords = []

[[alerts]]
name = "same"
when = "price"
metal = "copper"
above = 100
below = 200
"""
    errors = config_errors(tmp_path, body, app='alert_command = "notify-send \'unclosed"')
    assert any("app.alert_command: cannot split the command line" in e for e in errors)
    assert any(
        e.endswith("alerts[1].pct: missing: the % move that alerts, e.g. pct = 3") for e in errors
    )
    assert any(
        e.endswith("alerts[2].keywords: expected a list of words or phrases, none empty")
        for e in errors
    )
    assert any(
        e.endswith("alerts[3].above: above (100) must be more than below (200)") for e in errors
    )


def test_config_commands_and_defaults(tmp_path: Path) -> None:
    body = """
[[alerts]]
when = "price"
metal = "copper"
above = 10000
command = "./hooks/notify.sh --title '{title}'"
severity = "error"

[[alerts]]
when = "headline"
keywords = ["export controls"]
enabled = false
"""
    config = config_from(
        tmp_path,
        body,
        app='alert_command = ["notify-send", "{title}"]\nbell = true\nalert_timeout = "5s"',
    )
    (rule,) = config.alerts
    assert rule.name == "copper above 10000"
    assert rule.command == (str(tmp_path / "hooks/notify.sh"), "--title", "{title}")
    assert rule.severity == "error" and rule.cooldown is None and rule.window == 86400.0
    assert config.app.alert_command == ("notify-send", "{title}")
    assert config.app.bell is True and config.app.alert_timeout == 5.0
    assert "1 alert rule" in __import__("tui.core.config", fromlist=["describe"]).describe(config)


def test_the_shipped_configs_still_load() -> None:
    assert load_config().alerts == ()
    assert load_config(demo=True).demo is True
