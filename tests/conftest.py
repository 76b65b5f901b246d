"""Keep the tester's own config, cache and environment out of every test; print the score lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolate(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL", raising=False)
    # tests that open links record ``app.open_url``; whether this machine has a browser must
    # not decide them (tests/app/test_keys_ux.py covers the no-browser case)
    monkeypatch.setattr("tui.ui.links.browser_available", lambda: True)


# Score lines of the labelled sets (accuracy, relevance), printed in the run's summary.
_SCORE_LINES: list[str] = []


@pytest.fixture
def score_line() -> Callable[[str], None]:
    """Record one score line; the terminal summary of the run prints them all."""
    return _SCORE_LINES.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _SCORE_LINES:
        terminalreporter.section("labelled sets")
        for line in _SCORE_LINES:
            terminalreporter.write_line(line)
