"""Keys as a user meets them: honest link opening, `n` marking read, panel keys with no panel,
keys shown as typed in the palette and help, the footer at 80 columns, resizing both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.settling import settle
from tui.core.config import load_config
from tui.core.keymap import key_label, keys_label
from tui.core.models import Story
from tui.ui import links
from tui.ui.app import MetalwatchApp
from tui.ui.commands import MetalwatchCommands
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


def test_keys_are_shown_as_typed() -> None:
    assert key_label("question_mark") == "?"
    assert key_label("slash") == "/"
    assert key_label("pageup") == "PgUp" and key_label("pagedown") == "PgDn"
    assert key_label("ctrl+p") == "Ctrl+P"
    assert keys_label("g,home") == "g, Home"
    assert keys_label("G,end") == "G, End"


async def test_no_browser_says_so_and_offers_to_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(links, "browser_available", lambda: False)
    app = demo_app(tmp_path)
    opened: list[str] = []
    notes: list[tuple[str, str]] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
        monkeypatch.setattr(
            app, "notify", lambda message, **kw: notes.append((message, kw.get("severity", "")))
        )
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("o")
        assert opened == []
        message, severity = notes[-1]
        assert severity == "warning"
        assert "No browser could be opened" in message and "y to copy" in message
        assert "Opening" not in message


async def test_n_marks_the_story_it_leaves_as_read(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        headlines = app.query_one(HeadlinesPanel)
        app.set_focus(headlines.table)
        first = headlines.selected()
        assert isinstance(first, Story) and first.id not in app.read_ids
        await pilot.press("n")
        assert first.id in app.read_ids
        second = headlines.selected()
        assert isinstance(second, Story) and second.id != first.id
        assert second.id not in app.read_ids


async def test_a_panel_key_with_no_panel_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = demo_app(tmp_path)
    notes: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
        before = app.focused
        await pilot.press("7")
        assert app.focused is before
        assert notes == ["No panel 7: this layout has 3 (keys 1-3)."]


async def test_all_metals_with_every_metal_shown_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in session 18: M with no metal picked did nothing, with nothing to say why."""
    app = demo_app(tmp_path)
    notes: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
        await pilot.press("M")
        assert notes == ["Every metal is shown already."] and app.metal_filter is None
        app.set_metal("copper")
        await pilot.press("M")
        assert app.metal_filter is None and len(notes) == 1, notes


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


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_footer_shows_the_keys_that_matter_first(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        footer = app.screen.query_one(KeyFooter)
        shown = [
            (w.key, w.region.right)
            for w in footer.children
            if "-command-palette" not in w.classes and w.region.width
        ]
        palette = [w for w in footer.children if "-command-palette" in w.classes]
        edge = palette[0].region.x if palette else size[0]
        visible = {k for k, right in shown if right <= edge}
        assert {"q", "question_mark", "slash", "m", "r"} <= visible, shown


async def test_layout_follows_each_resize_both_ways(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)

        def side_by_side() -> bool:
            panels = app.panels
            return panels[1].region.y == panels[2].region.y

        assert not side_by_side()
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert side_by_side()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not side_by_side()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
async def test_no_horizontal_scrollbar_in_the_main_panels(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for panel in app.panels:
            assert not panel.table.show_horizontal_scrollbar, (panel.config.kind, size)


async def test_a_long_source_error_wraps_in_the_detail_view(tmp_path: Path) -> None:
    from datetime import datetime, timezone

    from tui.core.models import SourceHealth
    from tui.ui.screens.sources import SourcesScreen

    error = (
        "network error: cannot resolve host news.google.com (no network, or the name is"
        " wrong); retrying in 10 minutes"
    )
    health = [
        SourceHealth(name="Google News copper", kind="rss", ok=False, error=error),
        SourceHealth(name="FRED copper", kind="fred", ok=True),
    ]
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.push_screen(SourcesScreen(health, datetime.now(timezone.utc)))
        await pilot.pause()
        detail = app.screen.query_one("#source-detail", Static)
        shown = " ".join(str(detail.render()).split())
        assert "retrying in 10 minutes" in shown and detail.region.height >= 2
        await pilot.press("j")
        assert "FRED copper" in str(detail.render()) and "ok" in str(detail.render())


def _position(screen: object) -> tuple[str, float]:
    """Where the screen's movement keys act: a list's cursor, or the text's scroll offset."""
    from textual.widgets import DataTable, OptionList

    focused = getattr(screen, "focused", None)
    if isinstance(focused, DataTable):
        return "cursor", focused.cursor_row
    if isinstance(focused, OptionList):
        return "cursor", focused.highlighted or 0
    box = screen.query_one("#detail")  # type: ignore[attr-defined]
    return "scroll", box.scroll_y


async def _open(app: MetalwatchApp, pilot: object, which: str) -> None:
    from datetime import datetime, timezone

    from textual.widgets import OptionList

    from tui.ui.screens.alerts import AlertsScreen
    from tui.ui.widgets.policy import PolicyPanel
    from tui.ui.widgets.prices import PricesPanel

    press = pilot.press  # type: ignore[attr-defined]
    if which == "story":
        app.set_focus(app.query_one(HeadlinesPanel).table)
        await press("enter")
    elif which == "evidence":
        app.set_focus(app.query_one(PolicyPanel).table)
        await press("enter")
    elif which == "chart":
        app.set_focus(app.query_one(PricesPanel).table)
        await press("enter")
        await press("6")  # every marker of the series
        app.screen.query_one("#chart-markers", OptionList).focus()
    elif which == "alerts":
        entries = [
            {"fired_at": f"2026-08-2{i}T10:00:00Z", "severity": "info", "rule": f"r{i}"}
            for i in range(9, 0, -1)
        ]
        app.push_screen(AlertsScreen(entries, datetime.now(timezone.utc), rules=1))
    elif which == "help":
        await press("question_mark")
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.mark.parametrize("which", ["story", "evidence", "chart", "alerts", "help"])
async def test_every_screen_answers_j_k_g_G(tmp_path: Path, which: str) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 9)) as pilot:  # small: every screen has to scroll
        await settle(app, pilot)
        await _open(app, pilot, which)
        screen = app.screen
        assert len(app.screen_stack) == 2, which
        kind, start = _position(screen)
        assert start == 0
        await pilot.press("G")
        _, bottom = _position(screen)
        assert bottom > 0, (which, kind)
        await pilot.press("k")
        _, up = _position(screen)
        assert up == bottom - 1, (which, kind)
        await pilot.press("g")
        assert _position(screen)[1] == 0
        await pilot.press("j")
        assert _position(screen)[1] == 1, (which, kind)
        assert app.screen is screen


@pytest.mark.parametrize("which", ["story", "evidence", "help"])
async def test_keys_that_arrive_together_each_move_the_text(tmp_path: Path, which: str) -> None:
    """Found driving the app in tmux (session 17): twenty j's sent at once scrolled the help
    one line. Each scroll was deferred to the next refresh and started from where the text
    was then; keys read in one go (a held key, typing ahead) are handled before any refresh."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(60, 9)) as pilot:
        await settle(app, pilot)
        await _open(app, pilot, which)
        screen = app.screen
        assert _position(screen) == ("scroll", 0)
        for _ in range(3):  # as the keys are handled when they arrive in one read
            screen.action_line_down()  # type: ignore[attr-defined]
        await pilot.pause()
        assert _position(screen) == ("scroll", 3), which
        for _ in range(2):
            screen.action_line_up()  # type: ignore[attr-defined]
        await pilot.pause()
        assert _position(screen) == ("scroll", 1), which


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


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_footer_never_cuts_a_key_mid_word(tmp_path: Path, width: int) -> None:
    from textual.widgets._footer import FooterKey

    app = demo_app(tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        keys = list(app.query_one(KeyFooter).query(FooterKey))
        (palette,) = [k for k in keys if k.has_class("-command-palette")]
        shown = [k for k in keys if k.display and k is not palette]
        hidden = [k for k in keys if not k.display]
        assert [k.description for k in shown][:3] == ["Quit", "Help", "Filter"]
        assert all(k.region.right <= palette.region.x for k in shown), [
            (k.description, k.region) for k in shown
        ]
        if width == 80:
            assert hidden, "at 80 columns some keys are left for the help screen"
        # widening shows more, whole
        await pilot.resize_terminal(width + 60, 30)
        await settle(app, pilot)
        wider = [k for k in app.query_one(KeyFooter).query(FooterKey) if k.display]
        assert len(wider) > len(shown) + 1 or not hidden


async def test_the_filter_box_takes_one_line_at_80x24(tmp_path: Path) -> None:
    # at 80x24 the headlines panel has five lines inside its border: a three-line box left one
    # headline to see what the filter matched
    app = demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        before = panel.table.region.height
        await pilot.press("slash")
        await pilot.pause()
        box = panel.query_one(".panel-filter")
        assert box.display and box.has_focus
        assert box.region.height == 1
        assert panel.table.region.height == before - 1


@pytest.mark.parametrize("sizes", [(6, 1, 1), (20, 1, 1), (1, 1, 1), (1, 8, 1)])
@pytest.mark.parametrize("terminal", [(80, 24), (120, 40)])
async def test_a_small_panel_keeps_a_readable_height(
    tmp_path: Path, sizes: tuple[int, int, int], terminal: tuple[int, int]
) -> None:
    """`[[panels]] size` is relative: headlines at 6 beside prices and policy at 1 left those two
    a border's line each at 80x24 (2.75 rows of 22), their rows out of sight however they were
    focused. Each panel keeps the stylesheet's minimum (a border, its column names and two
    rows); the rest is shared by size."""
    feed = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "nbc_newyork.rss.xml"
    kinds = ("headlines", "prices", "policy")
    panels = "".join(
        f'[[panels]]\nkind = "{kind}"\nsize = {size}\n'
        for kind, size in zip(kinds, sizes, strict=True)
    )
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "news"\nkind = "rss"\nurl = "{feed}"\n{panels}',
        encoding="utf-8",
    )
    app = MetalwatchApp(load_config(cfg), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=terminal) as pilot:
        await settle(app, pilot)
        heights = [p.region.height for p in app.panels]
        assert min(heights) >= 5, heights
        assert sum(heights) == terminal[1] - 2, heights  # between the header and the footer
        if sizes[0] > sizes[1]:
            assert heights[0] > heights[1], heights
        await pilot.resize_terminal(terminal[0], terminal[1] + 6)
        await pilot.pause()
        taller = [p.region.height for p in app.panels]
        assert min(taller) >= 5 and sum(taller) == terminal[1] + 4, taller


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


async def test_a_demo_story_says_its_age_is_the_demo_s(tmp_path: Path) -> None:
    """Found in use: with --demo, a story opened from the headlines said "2026-08-21 00:58 UTC ·
    1d ago" on a screen with no header: in December, a story of August read as yesterday's. Its
    age now says the clock it counts to, as the dashboard's header does."""
    from tui.core.demo_clock import DEMO_DATE

    app = demo_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        line = str(app.screen.query_one("#story-text").render()).splitlines()[1]
        assert f"old in the DEMO snapshot of {DEMO_DATE}" in line, line
        assert " ago" not in line, line


@pytest.mark.parametrize(
    ("key", "screen"),
    [("s", "SourcesScreen"), ("a", "AlertsScreen"), ("question_mark", "HelpScreen")],
)
async def test_the_key_of_the_screen_on_screen_does_not_stack_another(
    tmp_path: Path, key: str, screen: str
) -> None:
    """Found in use: the sources screen's footer offered "s Sources", and s there opened a
    second sources screen over the first (a third, ...): Escape then went back to the same
    screen, once per press. On its own screen the key does nothing and the footer leaves it
    out; the other screens' keys still open them."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == screen
        await pilot.press(key, key)
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack] == ["MainScreen", screen]
        footer = app.screen.query_one(KeyFooter)
        assert key not in {w.key for w in footer.children if w.region.width}
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1


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


async def test_a_demo_chart_says_its_stale_line_counts_to_the_demo(tmp_path: Path) -> None:
    """The chart of a demo series said "stale: the newest point is 24 days old" on a screen with
    no DEMO header: four months old in December. It says whose clock the days count to."""
    from textual.widgets import Static

    from tui.core.demo_clock import DEMO_DATE
    from tui.ui.screens.chart import ChartScreen
    from tui.ui.widgets.prices import PricesPanel

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        prov = str(app.screen.query_one("#chart-provenance", Static).render())
        assert f"stale in the DEMO snapshot of {DEMO_DATE}" in prov, prov


async def test_moving_between_screens_keeps_one_level_over_the_dashboard(tmp_path: Path) -> None:
    """Found in use: s -> a -> ? -> s stacked four screens, and Escape went back through each.
    The sources screen and the alerts log take the place of those on top; help opens over the
    screen it is asked on (it lists that screen's keys), so Escape from it goes back there."""
    app = demo_app(tmp_path)

    def stack() -> list[str]:
        return [type(s).__name__ for s in app.screen_stack]

    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("s", "a")
        await pilot.pause()
        assert stack() == ["MainScreen", "AlertsScreen"]
        await pilot.press("question_mark")
        await pilot.pause()
        assert stack() == ["MainScreen", "AlertsScreen", "HelpScreen"]
        await pilot.press("s")
        await pilot.pause()
        assert stack() == ["MainScreen", "SourcesScreen"]
        await pilot.press("escape")
        await pilot.pause()
        assert stack() == ["MainScreen"]
        await pilot.press("s", "question_mark", "escape")  # help goes back where it was asked
        await pilot.pause()
        assert stack() == ["MainScreen", "SourcesScreen"]
        await pilot.press("escape", "enter", "a")  # from a story: back to the story
        await pilot.pause()
        assert stack() == ["MainScreen", "StoryScreen", "AlertsScreen"]
        await pilot.press("s", "escape")
        await pilot.pause()
        assert stack() == ["MainScreen", "StoryScreen"]


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


async def test_enter_on_a_freshly_opened_chart_opens_its_first_marker(tmp_path: Path) -> None:
    """Found in session 18: the chart opened with its markers' list focused but no row under
    the cursor, so Enter did nothing and nothing said why; the first marker is under the
    cursor now, as a panel's first row is, at every time frame."""
    from textual.widgets import OptionList

    from tui.ui.screens.chart import ChartScreen
    from tui.ui.screens.evidence import EvidenceScreen
    from tui.ui.widgets.prices import PricesPanel

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.set_focus(app.query_one(PricesPanel).table)
        await pilot.press("enter")
        await settle(app, pilot)
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        markers = chart.query_one("#chart-markers", OptionList)
        assert app.focused is markers and markers.highlighted == 0
        await pilot.press("6")  # every marker: the first is a policy event, with its evidence
        await settle(app, pilot)
        assert markers.highlighted == 0
        # the help over the chart says what Enter does there (it said "Select")
        from tui.ui.screens.help import screen_keys

        assert ("Enter", "Open its story or evidence") in screen_keys(chart)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen), app.screen
