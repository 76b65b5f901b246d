"""The stylesheet's parsed rules kept between runs (``tui.ui.css_cache``): a second start parses
nothing and styles the same; other text, another theme or a damaged file is parsed again; the
file builds Textual's CSS data and nothing else."""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet

from tui.core import paths
from tui.core.config import load_config
from tui.ui import css_cache
from tui.ui.app import MetalwatchApp
from tui.ui.css_cache import CachedStylesheet


async def _start(tmp_path: Path, theme: str | None = None) -> tuple[MetalwatchApp, list[Any], str]:
    """Start the demo app to its first paint and after; the sources Textual's own parser read
    in that run, and the stylesheet's rules as CSS text."""
    parsed: list[Any] = []
    original = Stylesheet._parse_rules

    def spy(self: Stylesheet, css: str, read_from: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(read_from)
        return original(self, css, read_from, *args, **kwargs)

    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Stylesheet, "_parse_rules", spy)
        async with app.run_test(size=(120, 40)) as pilot:
            if theme:
                app.theme = theme
            for _ in range(6):
                await app.workers.wait_for_complete()
                await pilot.pause()
            css = _rules(app.stylesheet) + f"\nscreen {app.screen.styles.background}"
    return app, parsed, css


def _rules(sheet: Stylesheet) -> str:
    """The rules as comparable text: selectors, specificity, priority and every value."""
    return "\n".join(
        # sets as sorted lists: an unpickled set may iterate in another order than the parsed one
        f"{r.selector_set!r} {r.is_default_rules} {r.tie_breaker} {sorted(r.selector_names)} "
        f"{sorted(r.pseudo_classes)} {sorted(r.styles.get_rules().items())}"
        for r in sheet.rules
    )


async def test_a_second_start_parses_nothing_and_styles_the_same(tmp_path: Path) -> None:
    cache = css_cache.cache_file()
    app, parsed, css = await _start(tmp_path)
    assert isinstance(app.stylesheet, CachedStylesheet), "the app styles through the cache"
    assert any(p[0].endswith("app.tcss") for p in parsed), "the first start parses app.tcss"
    assert cache.is_file(), "the rules are kept after the first paint"
    # Textual calls the private method this class overrides: if it stopped, nothing is kept
    kept = pickle.loads(cache.read_bytes())[2]
    assert any(key[1][0].endswith("app.tcss") for key in kept)
    assert any("DEFAULT_CSS" in key[1][1] for key in kept)

    app2, parsed2, css2 = await _start(tmp_path)
    file_sources = [p for p in parsed2 if p[0]]
    before_paint = {key[1] for key in kept}
    assert not [p for p in file_sources if p in before_paint], file_sources
    assert css2 == css, "the same rules as parsed, the screen styled the same"
    assert isinstance(app2.stylesheet, CachedStylesheet)


async def test_other_text_or_another_theme_is_parsed_again(tmp_path: Path) -> None:
    await _start(tmp_path)
    cache = css_cache.cache_file()
    versions, variables, rules = pickle.loads(cache.read_bytes())
    # the same sources under other theme variables: every rule is parsed again
    other = tuple((k, "#123456" if k == "primary" else v) for k, v in variables)
    cache.write_bytes(pickle.dumps((versions, other, rules)))
    _app, parsed, _css = await _start(tmp_path)
    assert any(p[0].endswith("app.tcss") for p in parsed)
    # app.tcss as it read before an edit: its text is the key, so the edited file is parsed
    edited = {
        (css + "\n/* edited */", where, *rest): value
        for (css, where, *rest), value in pickle.loads(cache.read_bytes())[2].items()
    }
    cache.write_bytes(pickle.dumps((versions, variables, edited)))
    _app, parsed, _css = await _start(tmp_path)
    assert any(p[0].endswith("app.tcss") for p in parsed)
    # a damaged file: parsed as Textual always does, and written anew
    cache.write_bytes(b"\x80\x05 not a pickle")
    _app, parsed, _css = await _start(tmp_path)
    assert any(p[0].endswith("app.tcss") for p in parsed)
    assert pickle.loads(cache.read_bytes())[0] == versions


def test_the_file_builds_css_data_and_nothing_else(tmp_path: Path) -> None:
    sheet = CachedStylesheet(variables={}, cache=tmp_path / "rules.pickle")

    class Boom:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.system, ("echo hacked",))

    class Attr:
        def __reduce__(self) -> tuple[Any, ...]:  # getattr of a function's globals
            return (getattr, (css_cache.cache_file, "__globals__"))

    for payload in (Boom(), Attr()):
        raw = pickle.dumps((css_cache._versions(), (), {("x", ("f", ""), False, 0, ""): payload}))
        with pytest.raises(pickle.UnpicklingError):
            css_cache._CssUnpickler(io.BytesIO(raw)).load()
        (tmp_path / "rules.pickle").write_bytes(raw)
        assert sheet._read() == {}, "refused, the sources are parsed"


def test_no_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("METALWATCH_CACHE_DIR", str(blocked / "cache"))
    sheet = CachedStylesheet(variables={"primary": "#4EA1D3"}, cache=css_cache.cache_file())
    sheet.add_source("Screen { background: $primary; }", read_from=("/app.tcss", ""))
    sheet.parse()
    sheet.keep()  # cannot write: nothing happens
    assert paths.cache_dir() == blocked / "cache"
    assert len(sheet.rules) == 1


async def test_a_theme_change_is_never_styled_from_the_kept_rules(tmp_path: Path) -> None:
    """After a theme change, a source parsed again (a new widget class's CSS makes Textual parse
    every source) takes the new theme's variables, not the rules kept for the old one."""
    await _start(tmp_path)  # the rules are kept for the dark theme
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        app.theme = "metalwatch-light"
        await pilot.pause()
        sheet = app.stylesheet
        sheet.add_source("Later { height: 1; }", read_from=(str(tmp_path / "later.py"), "Later"))
        sheet.parse()
        sheet.update(app.screen)
        await pilot.pause()
        light = app.get_theme("metalwatch-light")
        assert light is not None
        assert app.screen.styles.background == Color.parse(str(light.background))
