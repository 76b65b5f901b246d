"""Text that is not ours is never read as markup: an answer holding Rich/Textual markup,
quoted in a source's error after a manual refresh, neither styles the toast nor takes the app
down; a filter typed with brackets, or a panel title from the config, is text in the border."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.app.settling import settle
from tui.core.config import parse_config
from tui.ui.app import MetalwatchApp

HOSTILE = b"[bold red]pwned[/bold red] [link=https://evil.example]click me[/link] [/oops]\n"


async def test_markup_in_an_answer_is_shown_as_text_in_the_refresh_toast(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """Found in use: a price URL answering with '[link=https://...' put that text in the
    'Refresh: some sources failed' toast, which read it as markup: MarkupError, the app ended
    with a traceback (exit status 1)."""
    httpserver.expect_request("/prices.csv").respond_with_data(HOSTILE, content_type="text/csv")
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {
                    "name": "FRED copper",
                    "kind": "fred",
                    "metal": "copper",
                    "url": httpserver.url_for("/prices.csv"),
                }
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")  # a manual refresh: its errors come as a toast
        await settle(app, pilot)
        await pilot.pause(0.2)  # the toast drawn
        assert app.is_running
        toasts = list(app._notifications)
        assert toasts, "the failed refresh says so"
        (toast,) = [t for t in toasts if t.title == "Refresh: some sources failed"]
        assert "[bold red]pwned[/bold red] [link=https://evil.example]" in toast.message
        assert toast.markup is False
    assert app.return_code in (0, None)


async def test_a_filter_typed_with_brackets_is_text_in_the_panel_title(tmp_path: Path) -> None:
    """Found in use: typing "[link=" in the headlines filter put it in the panel's border
    title, which Textual read as markup: MarkupError, the app ended with a traceback."""
    from tui.ui.widgets.headlines import HeadlinesPanel

    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
            "panels": [{"kind": "headlines", "title": "[b]News[/b] [link=x"}],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        for key in "[link=x":
            await pilot.press(key)
        await pilot.pause(0.3)  # the filter applies as typed: the title says it
        await settle(app, pilot)
        assert app.is_running
        panel = app.query_one(HeadlinesPanel)
        title = panel._border_title
        assert title is not None
        assert title.plain.startswith("[b]News[/b] [link=x"), title.plain
        assert "filter: '[link=x'" in title.plain, title.plain
        await pilot.press("escape")
    assert app.return_code in (0, None)


async def test_config_names_in_the_command_palette_are_text(tmp_path: Path) -> None:
    """Found in use: the palette read metal names and panel titles as markup: "[b]Zinc[/b]
    [@click=app.quit]q[/]" was listed as a bold "Zinc q" whose "q" was a click that quits, and
    "[link=x" was swallowed. They are listed as written, found by what they say, and a key
    remapped to "[" is shown in the help line."""
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    zinc = "[b]Zinc[/b] [@click=app.quit]q[/]"
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper [link=x"}, {"id": "zinc", "name": zinc}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
            "panels": [{"kind": "headlines", "title": "[b]News[/b] [link=x"}],
            "keys": {"sources": "["},
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)

        async def listed() -> list[str]:
            found: list[str] = []
            for _ in range(60):  # the hits come from a worker
                await pilot.pause(0.05)
                options = app.screen.query_one(OptionList)
                found = [str(getattr(o.prompt, "plain", o.prompt)) for o in options._options]
                if found:
                    return found
            return found

        for ch in "go to":
            await pilot.press(ch)
        texts = await listed()
        assert any(f"Go to metal: {zinc}" in t for t in texts), texts
        assert any("Go to metal: Copper [link=x" in t for t in texts), texts
        assert any("Go to panel: [b]News[/b] [link=x" in t for t in texts), texts
        await pilot.press(*["backspace"] * 5, *"sources")
        await pilot.pause(0.3)
        texts = await listed()
        assert any("Sources" in t and "key: [" in t for t in texts), texts
    assert app.return_code in (0, None)


async def test_a_metal_name_with_brackets_in_the_metal_picker(tmp_path: Path) -> None:
    """Found in use: a metal named "Tin [/]" (which `check` accepts) ended the app with a
    MarkupError traceback the moment the metal picker (m) opened; "[b]Zinc[/b]" showed bold."""
    from textual.widgets import OptionList

    from tui.ui.screens.metal_picker import MetalPicker

    names = ["Tin [/]", "[b]Zinc[/b] [@click=app.quit]q[/]", "Copper [link=x"]
    config = parse_config(
        {
            "metals": [{"id": f"m{i}", "name": name} for i, name in enumerate(names)],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MetalPicker)
        picker = app.screen.query_one(OptionList)
        drawn = [picker.render_line(y).text.strip() for y in range(len(names) + 1)]
        assert drawn == ["All metals", *names], drawn
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.metal_filter == "m0"
    assert app.return_code in (0, None)
