"""The theme's CSS variables are computed once the app's theme is set, not for Textual's default
theme first (``Theming.get_css_variables``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from own_data import own_config, settle
from textual.app import App
from textual.color import Color

from tui.ui.app import MetalwatchApp


async def test_no_variables_of_the_default_theme_are_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    themes: list[str] = []
    textuals = App.get_css_variables

    def counting(self: Any) -> dict[str, str]:
        themes.append(self.theme)
        return textuals(self)

    monkeypatch.setattr(App, "get_css_variables", counting)
    config = own_config(tmp_path, theme="metalwatch-light", news=False, prices=False, dead=0)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    assert themes == [], "none computed while the app is made"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert themes == ["metalwatch-light"], "once, for the app's theme"
        light = app.get_theme("metalwatch-light")
        assert light is not None
        assert app.screen.styles.background == Color.parse(str(light.background))
        assert app.get_css_variables()["background"] == app.theme_variables["background"]
        app.theme = "metalwatch-dark"
        await settle(app, pilot)
        dark = app.get_theme("metalwatch-dark")
        assert dark is not None
        assert app.screen.styles.background == Color.parse(str(dark.background))
