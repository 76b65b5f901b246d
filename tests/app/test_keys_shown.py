"""Keys as a user meets them, as they are shown: as typed in the palette and help, the help's
keys column and where its keys work, the header hints as remapped, each command offered once and
what works on the screen the palette was opened over, a key written as the help shows it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.core.keymap import key_label, keys_label
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.key_footer import KeyFooter


def test_keys_are_shown_as_typed() -> None:
    assert key_label("question_mark") == "?"
    assert key_label("slash") == "/"
    assert key_label("pageup") == "PgUp" and key_label("pagedown") == "PgDn"
    assert key_label("ctrl+p") == "Ctrl+P"
    assert keys_label("g,home") == "g, Home"
    assert keys_label("G,end") == "G, End"


async def test_palette_and_help_show_keys_as_typed(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        provider = MetalwatchCommands(app.screen)
        hints = {name: hint for name, _run, hint in provider._commands()}
        assert hints["Help"] == "key: ?, F1" and hints["Filter"] == "key: /"
        assert hints["Top"] == "key: g, Home" and hints["Page down"] == "key: PgDn"
        assert not any("question_mark" in h or "slash" in h for h in hints.values())
        await pilot.press("enter")  # a story: help lists this screen's keys too
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-text", Static).render())
        assert "On the screen you came from" in help_text
        assert "PgUp" in help_text and "PgDn" in help_text
        assert "g, Home" in help_text and "G, End" in help_text
        assert "question_mark" not in help_text and "slash" not in help_text


def test_help_s_keys_column_is_as_wide_as_its_longest_keys() -> None:
    """Found driving the app in tmux (session 17): "Ctrl+C, Super+c Copy selected text" (one
    space) in the help's first list, and a remapped "Alt+Shift+A, F5" ran into "Alerts": the
    keys' column was 16 cells whatever its keys. Every description starts in one column, two
    cells at least after the longest keys."""
    from tui.ui.screens.help import help_text

    here = [("Ctrl+C, Super+c", "Copy selected text"), ("Ctrl+P", "Palette")]
    text = help_text({"alerts": "alt+shift+a,f5"}, here).plain
    rows = [line for line in text.splitlines() if line.startswith("  ")]  # not the headings

    def start(row: str) -> int:  # a key list has single spaces ("1 … 9"), never two
        keys = row[2:].split("  ", 1)[0]
        return len(row) - len(row[2 + len(keys) :].lstrip())

    assert len(rows) > 40 and len({start(row) for row in rows}) == 1, {start(r) for r in rows}
    alerts = next(line for line in rows if "[alerts]" in line)
    assert alerts.startswith("  Alt+Shift+A, F5  Alerts"), alerts


async def test_the_header_hints_name_the_keys_as_remapped(tmp_path: Path) -> None:
    from tui.core.config import parse_config

    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
            "keys": {"sources": "S", "clear-metal": "f6", "refresh": "f5", "help": "h"},
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(app, pilot)
        app.status_bar.set_state(metal="copper")
        bar = str(app.status_bar.status_text())
        assert "failing" in bar and "(S)" in bar and "(s)" not in bar, bar
        assert "(F6 clears)" in bar, bar
        # the footer names them as the help screen does
        shown = {b.id: app.get_key_display(b) for _, b, _, _ in app.active_bindings.values()}
        assert shown["refresh"] == "F5" and shown["help"] == "h", shown
        footer = " ".join(str(w.render()) for w in app.query_one(KeyFooter).query("*"))
        assert "F5" in footer and "?" not in footer.split("palette")[0], footer


async def test_the_palette_offers_each_command_once(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        system = [c.title for c in app.get_system_commands(app.screen)]
        ours = [name for name, _, _ in MetalwatchCommands(app.screen)._commands()]
        assert "Quit" in ours and "Quit" not in system, system
        # Textual's keys panel, in Textual's words ("^pgup", "Quit Quit the app"): the help is ours
        assert "Keys" not in system and "Help" in ours, system
        titles = system + ours
        assert len(titles) == len(set(titles)), sorted(titles)


async def test_a_key_written_as_the_help_shows_it_works(tmp_path: Path) -> None:
    """`[keys] sources = "Ctrl+S"`, as the help writes Ctrl+S, opened nothing before (Textual
    names the key ctrl+s): the sources screen had no key. It opens now, and the help, the
    footer and the panel's hint name it Ctrl+S."""
    from tui.core.config import load_config as load
    from tui.ui.screens.help import HelpScreen
    from tui.ui.screens.sources import SourcesScreen

    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n[keys]\nsources = "Ctrl+S"\n'
        'all-stories = "Ctrl+A"\n',
        encoding="utf-8",
    )
    app = MetalwatchApp(load(path), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Ctrl+S" in text and "Ctrl+A" in text


async def test_alt_and_a_capital_opens_on_alt_shift_and_the_letter(tmp_path: Path) -> None:
    """`[keys] sources = "alt+S"` was read as alt+s: Alt+Shift+S (Textual's alt+shift+s, what
    a terminal sends for it) opened nothing, and Alt+s opened the sources. Now Alt+Shift+S
    opens them, Alt+s does not, and the help names the key Alt+Shift+S."""
    from tui.core.config import load_config as load
    from tui.ui.screens.help import HelpScreen
    from tui.ui.screens.sources import SourcesScreen

    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n[keys]\nsources = "alt+S"\n',
        encoding="utf-8",
    )
    app = MetalwatchApp(load(path), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("alt+s")
        await pilot.pause()
        assert not isinstance(app.screen, SourcesScreen)
        await pilot.press("alt+shift+s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Alt+Shift+S" in str(app.screen.query_one("#help-text").render())


async def test_help_lists_the_keys_of_the_screen_it_came_from(tmp_path: Path) -> None:
    """From the dashboard, help lists ? and s (they work there); from the sources screen it
    lists ? but not s, which does nothing on that screen."""
    from tui.ui.screens.help import screen_keys

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        main = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        listed = dict((d, k) for k, d in screen_keys(main))
        assert listed.get("Help") == "?, F1" and listed.get("Sources") == "s", listed
        await pilot.press("escape", "s")
        await pilot.pause()
        sources = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        listed = dict((d, k) for k, d in screen_keys(sources))
        assert listed.get("Help") == "?, F1" and "Sources" not in listed, listed


async def test_help_over_the_dashboard_lists_its_keys_and_says_where_they_work(
    tmp_path: Path,
) -> None:
    """Found in the session-16 audit: help over the dashboard listed none of the dashboard's own
    keys (m, M, /, A, n, 1..9) under "On the screen you came from" (help itself was the screen
    on top, where they do nothing), and listed them "Everywhere", where on a story or the chart
    they do nothing. They are listed from the dashboard, under "On the dashboard"."""
    from tui.ui.screens.help import help_text, screen_keys

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        main = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        listed = dict((d, k) for k, d in screen_keys(main))
        assert listed.get("Metal") == "m" and listed.get("Filter") == "/", listed
        assert listed.get("All stories") == "A" and listed.get("Jump to panel N") == "1 … 9"
        await pilot.press("escape", "enter")  # a story: the dashboard's keys do nothing there
        await pilot.pause()
        story = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        listed = dict((d, k) for k, d in screen_keys(story))
        assert "Metal" not in listed and "Filter" not in listed and "Help" in listed, listed
    text = help_text({}).plain
    everywhere = text.split("Everywhere\n")[1].split("\n\n")[0]
    dashboard = text.split("On the dashboard\n")[1].split("\n\n")[0]
    assert "[quit]" in everywhere and "[pick-metal]" not in everywhere, everywhere
    assert "[pick-metal]" in dashboard and "[filter]" in dashboard and "1 … 9" in dashboard


async def test_the_palette_offers_what_works_on_the_screen_it_was_opened_over(
    tmp_path: Path,
) -> None:
    """Found in the session-16 audit: Ctrl+P on the chart offered "Filter", "All stories", "Go
    to panel: Headlines"...; each did nothing there, without a word. The palette lists what
    works on the screen under it; the dashboard keeps every command."""
    from tui.ui.screens.chart import ChartScreen
    from tui.ui.widgets.prices import PricesPanel

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        names = [name for name, _, _ in MetalwatchCommands(app.screen)._commands()]
        for name in ("Filter", "All stories", "Details", "Go to panel: Headlines", "Alerts"):
            assert name in names, names
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        names = [name for name, _, _ in MetalwatchCommands(app.screen)._commands()]
        for name in ("Filter", "All stories", "Details", "Metal", "Go to panel: Headlines"):
            assert name not in names, names
        assert {"Quit", "Help", "Alerts", "Sources", "Theme"} <= set(names), names
        await pilot.press("s")  # the sources screen: "Sources" would do nothing there
        await pilot.pause()
        names = [name for name, _, _ in MetalwatchCommands(app.screen)._commands()]
        assert "Sources" not in names and "Alerts" in names, names


async def test_help_leaves_out_sideways_keys_where_nothing_scrolls_sideways(
    tmp_path: Path,
) -> None:
    """Found in session 18 at 80x24: help over the dashboard listed "← Scroll Left", "→ Scroll
    Right", "Ctrl+PgUp Page Left" and "Ctrl+PgDn Page Right": the panels' columns fit their
    width (never a horizontal scrollbar), so the keys did nothing. The sources screen's table
    fits the screen from 60 columns (session 22: its columns are fitted to the width), so they
    are not listed there either; narrower, where the table is wider than the screen, they scroll
    it and are listed."""
    from tui.ui.screens.help import screen_keys

    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        listed = {d for _, d in screen_keys(app.screen)}
        assert "Up" in listed and not listed & {"Scroll left", "Page left", "Scroll right"}
        await pilot.resize_terminal(60, 20)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        listed = {d for _, d in screen_keys(app.screen)}
        assert not listed & {"Scroll left", "Page left", "Scroll right"}, listed
        await pilot.resize_terminal(40, 20)
        await pilot.pause()
        await pilot.pause()
        listed = {d for _, d in screen_keys(app.screen)}
        # a row cursor's ← and Home scroll the columns (Textual: "Cursor left", "Home")
        assert {"Scroll left", "Page left", "Scroll to the first column"} <= listed, listed
