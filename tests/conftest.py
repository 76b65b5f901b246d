"""Keep the tester's own config, cache and environment out of every test."""

from __future__ import annotations

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
    # not decide them (tests/app/test_detail_keys.py covers the no-browser case)
    monkeypatch.setattr("tui.ui.links.browser_available", lambda: True)
