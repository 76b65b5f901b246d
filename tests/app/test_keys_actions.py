"""Keys as a user meets them, at work: honest link opening, `n` marking read, panel keys with no
panel, every screen answering j, k, g, G (keys that arrive together each move the text), the
screens one key opens kept one level over the dashboard, the demo's story and chart dated on the
demo's clock, Enter on a freshly opened chart. Where a test checks several screens, one app opens
each in turn and goes back to its first state between them (``reset``, which asserts it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app.binding_app import AppPilot, reset
from tests.app.keys_ux_app import demo_app
from tests.app.settling import settle
from tui.core.models import Story
from tui.ui import links
from tui.ui.app import MetalwatchApp
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.key_footer import KeyFooter


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


async def _back_to_start(app: MetalwatchApp, pilot: AppPilot, case: str) -> None:
    """The app as it started, between the cases one app serves: the screens a case opened
    closed, nothing read, no filter, the first rows selected and the first panel focused
    (``reset`` asserts it), no notification left."""
    await reset(app, pilot)
    assert len(app.screen_stack) == 1, f"after {case}: not back on the dashboard"
    assert app.focused is app.panels[0].table, f"after {case}: {app.focused}"
    assert not app.read_ids and app.metal_filter is None, f"after {case}"
    assert [p.table.cursor_row for p in app.panels] == [0, 0, 0], f"after {case}"


SCREENS = ["story", "evidence", "chart", "alerts", "help"]


async def test_every_screen_answers_j_k_g_G(tmp_path: Path) -> None:
    """Each screen (``SCREENS``) opened in turn on one app, which goes back to its first state
    between them (one app start, not one per screen: a screen is opened afresh either way)."""
    app = demo_app(tmp_path)
    checked: list[str] = []
    async with app.run_test(size=(60, 9)) as pilot:  # small: every screen has to scroll
        await settle(app, pilot)
        for which in SCREENS:
            await _back_to_start(app, pilot, which)
            await _open(app, pilot, which)
            screen = app.screen
            assert len(app.screen_stack) == 2, which
            kind, start = _position(screen)
            assert start == 0, (which, kind, start)
            await pilot.press("G")
            _, bottom = _position(screen)
            assert bottom > 0, (which, kind)
            await pilot.press("k")
            _, up = _position(screen)
            assert up == bottom - 1, (which, kind)
            await pilot.press("g")
            assert _position(screen)[1] == 0, (which, kind)
            await pilot.press("j")
            assert _position(screen)[1] == 1, (which, kind)
            assert app.screen is screen, which
            checked.append(which)
    assert checked == SCREENS


async def test_keys_that_arrive_together_each_move_the_text(tmp_path: Path) -> None:
    """Found driving the app in tmux (session 17): twenty j's sent at once scrolled the help
    one line. Each scroll was deferred to the next refresh and started from where the text
    was then; keys read in one go (a held key, typing ahead) are handled before any refresh.
    The story, the evidence and the help are opened in turn on one app, back to its first
    state between them."""
    app = demo_app(tmp_path)
    texts = ["story", "evidence", "help"]
    checked: list[str] = []
    async with app.run_test(size=(60, 9)) as pilot:
        await settle(app, pilot)
        for which in texts:
            await _back_to_start(app, pilot, which)
            await _open(app, pilot, which)
            screen = app.screen
            assert _position(screen) == ("scroll", 0), which
            for _ in range(3):  # as the keys are handled when they arrive in one read
                screen.action_line_down()  # type: ignore[attr-defined]
            await pilot.pause()
            assert _position(screen) == ("scroll", 3), which
            for _ in range(2):
                screen.action_line_up()  # type: ignore[attr-defined]
            await pilot.pause()
            assert _position(screen) == ("scroll", 1), which
            checked.append(which)
    assert checked == texts


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


async def test_the_key_of_the_screen_on_screen_does_not_stack_another(tmp_path: Path) -> None:
    """Found in use: the sources screen's footer offered "s Sources", and s there opened a
    second sources screen over the first (a third, ...): Escape then went back to the same
    screen, once per press. On its own screen the key does nothing and the footer leaves it
    out; the other screens' keys still open them. The three screens in turn on one app, back
    to its first state between them."""
    app = demo_app(tmp_path)
    cases = [("s", "SourcesScreen"), ("a", "AlertsScreen"), ("question_mark", "HelpScreen")]
    checked: list[str] = []
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        for key, screen in cases:
            await _back_to_start(app, pilot, key)
            await pilot.press(key)
            await pilot.pause()
            assert type(app.screen).__name__ == screen, key
            await pilot.press(key, key)
            await pilot.pause()
            assert [type(s).__name__ for s in app.screen_stack] == ["MainScreen", screen], key
            footer = app.screen.query_one(KeyFooter)
            assert key not in {w.key for w in footer.children if w.region.width}, key
            await pilot.press("escape")
            await pilot.pause()
            assert len(app.screen_stack) == 1, key
            checked.append(key)
    assert checked == [key for key, _ in cases]


async def test_a_demo_chart_says_its_stale_line_counts_to_the_demo(tmp_path: Path) -> None:
    """The chart of a demo series said "stale: the newest point is 24 days old" on a screen with
    no DEMO header: four months old in December. It says whose clock the days count to."""

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
