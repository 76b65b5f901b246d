"""The alerts log says what runs: the demo's config, and counts in the right number.

- On `--demo` with no rule, the log said "No alert rules: add [[alerts]] tables to your config",
  as if the config running were the user's: `--demo` reads only the bundled demo's config, so a
  rule added to the user's file never shows there. It says so, and how to see their alerts.
- The title said "1 alerts, 1 rules"."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.alerts import AlertsScreen

ENTRY = {
    "fired_at": "2026-12-06T11:35:00Z",
    "severity": "warning",
    "rule": "copper above 10k",
    "metal": "copper",
    "message": "Copper at 13,990 USD/t, above 10,000",
    "delivery": "",
}


def said(app: MetalwatchApp) -> tuple[str, str]:
    title = app.screen.query_one("#alerts-title", Static)
    hint = app.screen.query_one("#alerts-empty", Static)
    return str(title.render()), str(hint.render()) if hint.display else ""


async def test_the_demo_says_it_does_not_read_your_rules(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, AlertsScreen)
        title, hint = said(app)
        assert "0 alerts, 0 rules" in title, title
        assert "demo" in hint and "--demo does not read your config" in hint, hint


async def test_your_config_without_rules_is_told_to_add_them(tmp_path: Path) -> None:
    config = parse_config({"sources": []}, tmp_path / "config.toml")
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        _, hint = said(app)
        assert hint.startswith("No alert rules: add [[alerts]] tables to your config"), hint
        assert "demo" not in hint, hint


async def test_one_alert_one_rule_in_the_singular(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await app.push_screen(AlertsScreen([ENTRY], datetime.now(timezone.utc), rules=1))
        await settle(app, pilot)
        title, _ = said(app)
        assert "1 alert, 1 rule" in title and "alerts" not in title.split("log")[1], title
