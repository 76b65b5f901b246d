"""What ``metalwatch check`` warns of in a valid config (a policy date years ahead) is said by
the dashboard too: one notification once it is on screen, the start never held up by it, and
nothing said of a config without warnings.

Real data: the built-in register (``tui/default_config.toml``), MOFCOM announcement 2025
No. 72 suspending the 2024 gallium ban until 2026-11-27, typed with its digits swapped."""

from __future__ import annotations

from pathlib import Path

from own_data import settle

from tui.core.config import load_config
from tui.ui.app import MetalwatchApp

DEFAULT = (Path(__file__).resolve().parents[2] / "tui" / "default_config.toml").read_text()
UNTIL = "until = 2026-11-27"


def _app(tmp_path: Path, text: str) -> MetalwatchApp:
    cfg = tmp_path / "config.toml"
    # the register without its network sources: nothing fetched
    head, _, _ = text.partition("[[sources]]")
    policy = text[text.index("[[policy]]") :]
    cfg.write_text(head + policy, encoding="utf-8")
    config = load_config(cfg)
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


def _warnings(app: MetalwatchApp) -> list[str]:
    return [n.message for n in app._notifications if "config warning" in n.message]


async def test_a_config_warning_is_one_notification_at_start(tmp_path: Path) -> None:
    text = DEFAULT.replace(UNTIL, "until = 2062-11-27", 1)
    app = _app(tmp_path, text)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.is_running
        (said,) = _warnings(app)
        assert said.startswith(f"config warning: {tmp_path / 'config.toml'}:")
        assert "policy[" in said and ".until: until 2062-11-27 is " in said
        assert "years ahead: a typo?" in said
        app._start_recheck()  # a later start of the recheck (the store unusable) says it not again
        await settle(app, pilot)
        assert len(_warnings(app)) == 1


async def test_several_config_warnings_are_one_notification(tmp_path: Path) -> None:
    text = DEFAULT.replace(UNTIL, "until = 2062-11-27")  # the three metals of No. 72
    app = _app(tmp_path, text)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        (said,) = _warnings(app)
        assert said.startswith("3 config warnings: ")
        assert said.count("until 2062-11-27 is ") == 3


async def test_a_config_without_warnings_says_none(tmp_path: Path) -> None:
    app = _app(tmp_path, DEFAULT)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.is_running and _warnings(app) == []


async def test_a_dead_key_is_not_said_twice(tmp_path: Path) -> None:
    """The app says a remapped key terminals never send as it loads the keys: the config
    warnings' notification leaves it out."""
    text = DEFAULT.replace(UNTIL, "until = 2062-11-27", 1)
    app = _app(tmp_path, '[keys]\nrefresh = "alt+1"\n\n' + text)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        (said,) = _warnings(app)
        assert said.startswith("config warning: ") and "keys." not in said
        assert sum("keys.refresh" in n.message for n in app._notifications) == 1
