"""A config taken from the config cache is validated right after the first paint: broken after
all, the app ends with the config error (the command prints it and exits 2, as a start with a
broken file does); valid but different, the user is told to restart; the same, nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle

from tui import cli
from tui.core import config_cache
from tui.core.config import load_config
from tui.core.config_types import Config
from tui.core.validate import ConfigError, Problem
from tui.ui.app import MetalwatchApp


async def test_a_cached_config_broken_after_all_ends_the_app_with_the_error(
    tmp_path: Path,
) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    calls: list[str] = []

    def recheck() -> Config:
        calls.append("recheck")
        raise ConfigError(tmp_path / "config.toml", [Problem("app.theme", "unknown theme 'x'", 2)])

    app = MetalwatchApp(
        config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False, recheck=recheck
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
    assert calls == ["recheck"], "validated once, after the first paint"
    assert isinstance(app.config_error, ConfigError)
    assert app.return_code == 2
    assert cli._config_error(app.config_error) == (
        f"metalwatch: config error: {tmp_path / 'config.toml'}:2: app.theme: unknown theme 'x'"
    )


@pytest.mark.parametrize("differs", [False, True])
async def test_a_cached_config_valid_again_keeps_the_app_running(
    tmp_path: Path, differs: bool
) -> None:
    config = own_config(tmp_path, news=False, prices=False, dead=0)
    fresh = dataclasses.replace(config, gazetteer={"Ruritania": "RU"}) if differs else config
    app = MetalwatchApp(
        config,
        store_path=tmp_path / "store.sqlite3",
        refresh_on_start=False,
        recheck=lambda: fresh,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.is_running and app.config_error is None and app.recheck is None
        told = [n.message for n in app._notifications]
    restart = [m for m in told if "restart metalwatch" in m]
    assert len(restart) == (1 if differs else 0)


def test_the_command_validates_a_cached_config_again_with_the_same_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's side: the file as cached starts without validation; the check after the
    paint then reads the file as it is now (here: broken since), forgets the cache, and the
    command prints exactly what a start with that file prints."""
    path = tmp_path / "config.toml"
    path.write_text('[app]\ntheme = "metalwatch-light"\n')
    config_cache.save(load_config(path), path)
    ran: dict[str, Any] = {}

    def fake_run(self: MetalwatchApp) -> None:  # the app's part is the test above
        ran["cached"] = self.config
        path.write_text('[app]\ntheme = "metalwatch-drak"\n')  # broken under our feet
        try:
            assert self.recheck is not None
            self.recheck()
        except ConfigError as exc:
            self.config_error = exc

    monkeypatch.setattr(MetalwatchApp, "run", fake_run)
    code = cli.main(["--config", str(path)])
    cached_err = capsys.readouterr().err
    assert ran["cached"].app.theme == "metalwatch-light" and code == 2
    assert config_cache.load(path) is None, "a broken file's cache is forgotten"
    code = cli.main(["--config", str(path)])  # not cached: validated before, as always
    assert code == 2 and capsys.readouterr().err == cached_err
    assert "metalwatch: config error:" in cached_err and "'metalwatch-drak'" in cached_err
