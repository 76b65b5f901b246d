"""Keys as the footer and the help say them (session 19, driving the demo in tmux): one row per
move in the help's list of a screen's keys, in the keymap's words and case; modifiers in the
order people write them; F1 opens the help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.app.settling import settle
from tui.core.config import load_config, parse_config
from tui.core.dead_keys import dead_keys
from tui.core.keymap import key_label, key_name, remapped
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.key_words import our_words, sentence_case
from tui.ui.screens.help import HelpScreen, help_text, screen_keys
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

TITLE_CASE = re.compile(r"^[A-Z]\w*( [A-Z][a-z]\w*)+$")  # "Focus Next", "Page Up"


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


# ---- modifiers in the order people write them -----------------------------------------------


def test_ctrl_comes_before_alt_shift_and_super() -> None:
    """`sources = "ctrl+alt+s"` is stored as Textual names it, ``alt+ctrl+s`` (its modifiers
    sorted), and the help, `check` and the warning said "Alt+Ctrl+S". Each key still reads
    back, written as shown, as the same key."""
    assert key_label("alt+ctrl+s") == "Ctrl+Alt+S"
    assert key_label("alt+ctrl+shift+f5") == "Ctrl+Alt+Shift+F5"
    assert key_label("meta+shift+a") == "Shift+Meta+A"
    assert key_label("alt+shift+a") == "Alt+Shift+A" and key_label("ctrl+p") == "Ctrl+P"
    assert key_name("Shift+↑") == "shift+up"  # the arrows as the help shows them
    for key in ("alt+ctrl+s", "alt+ctrl+shift+f5", "meta+shift+a", "ctrl+shift+up"):
        assert key_name(key_label(key)) == key, key


def test_a_ctrl_alt_remap_is_said_ctrl_alt_everywhere(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n[keys]\nsources = "ctrl+alt+s"\n',
        encoding="utf-8",
    )
    keys = dict(load_config(config).keys)
    assert keys["sources"] == "s,alt+ctrl+s"  # Textual's name, the default kept first
    assert "s, Ctrl+Alt+S" in help_text(keys).plain
    assert remapped(keys)["dashboard"] == ["Sources [sources]: s, Ctrl+Alt+S (was s)"]
    said = dead_keys(keys)[0].said()
    assert "'Ctrl+Alt+S'" in said and "Alt+Ctrl" not in said, said


# ---- the help's list of a screen's keys --------------------------------------------------


def test_textuals_words_are_the_keymaps() -> None:
    assert sentence_case("Focus Next") == "Focus next" and sentence_case("Page Up") == "Page up"
    assert sentence_case("Jump to panel N") == "Jump to panel N"  # not Title Case: as it is
    assert sentence_case("Open URL Now") == "Open URL now"
    assert our_words("Scroll Up") == "Up" and our_words("First") == "Top"
    assert our_words("Cursor down") == "Down" and our_words("palette") == "Palette"


@pytest.mark.parametrize(
    ("where", "panel", "keys"),
    [
        ("chart", PricesPanel, ["enter"]),
        ("evidence", PolicyPanel, ["enter"]),
        ("sources", None, ["s"]),
        ("metal picker", None, ["m"]),
        ("dashboard", None, []),
    ],
)
async def test_the_help_lists_each_move_once_in_one_case(
    tmp_path: Path, where: str, panel: type | None, keys: list[str]
) -> None:
    """Over the chart the help said "↑ Up", "↓ Down" and, further down, "j Down", "k Up"
    (Textual's cursor_up and the keymap's line_up); "Home First" beside "g Top"; on a story
    "↑ Scroll Up" beside "k Up"; on the sources "↑ Cursor up". And Textual's Title Case
    ("Focus Next", "Page Up") beside the keymap's sentence case. One row per description
    now, its keys together, every description in sentence case."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        if panel is not None:
            app.set_focus(app.query_one(panel).table)
        await pilot.press(*keys)
        await settle(app, pilot)
        rows = screen_keys(app.screen)
        said = [desc for _, desc in rows]
        assert len(said) == len(set(said)), (where, rows)
        assert not [d for d in said if TITLE_CASE.match(d)], (where, rows)
        by_said = dict((desc, shown) for shown, desc in rows)
        assert by_said["Up"].split(", ")[0] == "↑" and "k" in by_said["Up"], (where, rows)
        assert "j" in by_said["Down"] and "g" in by_said["Top"], (where, rows)
        assert by_said["Focus next"] == "Tab", (where, rows)


# ---- F1 ------------------------------------------------------------------------------------


async def test_f1_opens_the_help_as_question_mark_does(tmp_path: Path) -> None:
    """F1, the help key of most programs, did nothing (only `?` was bound), without a word."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        focused = app.focused
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = dict((desc, shown) for shown, desc in screen_keys(app.screen_stack[-2]))
        assert rows["Help"] == "?, F1"
        assert "?, F1" in help_text({}).plain
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.focused is focused
        palette = MetalwatchCommands(app.screen)
        helps = [extra for name, _, extra in palette._commands() if name == "Help"]
        assert helps == ["key: ?, F1"]


async def test_a_remapped_help_key_replaces_f1_too(tmp_path: Path) -> None:
    """`[keys] help = "h"` is the one help key: F1 is the default's, remapped with it."""
    config = parse_config(
        {"metals": [{"id": "copper", "name": "Copper"}], "keys": {"help": "h"}}, None
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("h")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)


# ---- the filter: Esc said where it works --------------------------------------------------


async def test_esc_clearing_a_filter_is_in_the_footer_and_the_help(tmp_path: Path) -> None:
    """Found at 80x24: once typing began, the filter box's hint was gone and the footer said
    "/ Filter" (a key the box takes as text); with the filter kept (Enter), Esc still cleared
    it from the rows, but neither the footer nor the help said so. "Esc Clear filter" is in
    both while a filter is set or the box is open, and in neither otherwise."""
    from textual.widgets import Input
    from textual.widgets._footer import FooterKey

    from tui.ui.widgets.panel import Panel

    def footer() -> dict[str, str]:
        return {k.description: k.key_display for k in app.screen.query(FooterKey) if k.display}

    def helps() -> dict[str, str]:
        return dict((desc, shown) for shown, desc in screen_keys(app.screen))

    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "Clear filter" not in footer() and "Clear filter" not in helps()
        await pilot.press("2", "slash")
        await settle(app, pilot)
        assert isinstance(app.focused, Input)
        assert footer().get("Clear filter") == "Esc" and helps()["Clear filter"] == "Esc"
        await pilot.press("z", "z", "z", "enter")
        await settle(app, pilot)
        panel = app.query_one(PricesPanel)
        assert panel.table.has_focus and panel.text_filter == "zzz"
        assert footer().get("Clear filter") == "Esc", footer()
        await pilot.press("escape")
        await settle(app, pilot)
        assert panel.text_filter == "" and panel.table.has_focus and panel.table.row_count
        assert "Clear filter" not in footer() and "Clear filter" not in helps()
        await pilot.press("escape")  # nothing to clear: still the dashboard, the same focus
        await settle(app, pilot)
        assert panel.table.has_focus and isinstance(panel, Panel)


@pytest.mark.parametrize(("key", "screen"), [("s", "SourcesScreen"), ("a", "AlertsScreen")])
async def test_enter_is_not_offered_where_it_selects_nothing(
    tmp_path: Path, key: str, screen: str
) -> None:
    """The help over the sources and the alerts log said "Enter Select" (Textual's table), and
    Enter did nothing there: the line under the table shows the highlighted row already."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        assert type(app.screen).__name__ == screen
        said = {desc: shown for shown, desc in screen_keys(app.screen)}
        assert "Select" not in said and "Enter" not in ", ".join(said.values()), said
        assert said["Up"] == "↑, k" and said["Back"] == "Esc"
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == screen


async def test_the_footer_names_the_palette_key_as_the_help_does(tmp_path: Path) -> None:
    """The footer said "^p palette" where the help says "Ctrl+P opens the command palette" and
    every other key of the footer is in the help's form; at 80 columns the help key stays."""
    from textual.widgets._footer import FooterKey

    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        keys = [k for k in app.screen.query(FooterKey) if k.display and k.size.width]
        (palette,) = [k for k in keys if k.has_class("-command-palette")]
        assert (palette.key_display, palette.description) == ("Ctrl+P", "Palette")
        assert "Ctrl+P opens the command palette" in help_text({}).plain
        shown = {k.key_display for k in keys if k.region.right <= palette.region.x}
        assert {"q", "?", "/", "m", "r"} <= shown, shown
