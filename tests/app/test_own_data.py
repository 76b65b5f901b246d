"""The screen tells the truth (issue 14): the user's data before the demo, failures known at
once, the config's theme, "since you last looked" only for news, empty panels that say why.

Every source is a local file (tests/fixtures, see PROVENANCE.md there) or a loopback port
nothing listens on: no network."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from own_data import bar, empty_text, own_config, own_sources, policy_keys, settle

from tui.core.config import load_config
from tui.core.config_types import Config
from tui.core.models import Headline
from tui.flow.health import summarise
from tui.flow.snapshot import build_snapshot
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.since import TITLE, SinceNotice
from tui.ui.theming import choose_theme
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

# ---- 1. the user's data first -----------------------------------------------------------


async def test_local_files_are_shown_not_the_demo(tmp_path: Path) -> None:
    config = own_config(tmp_path)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "live"
        header = bar(app)
        assert "DEMO" not in header, header
        assert "2 live" in header and "1 source failing" in header, header
        assert "OFFLINE" in header  # the only network source failed; the files are live
        headlines = app.query_one(HeadlinesPanel)
        assert headlines.table.row_count >= 1  # the stories about the watched metals
        assert {s.source for s in headlines.row_objects.values()} == {"My news"}
        prices = app.query_one(PricesPanel)
        assert [s.source for s in prices.row_objects.values()] == ["My copper"]
        assert policy_keys(app) == ["aluminium|*|US"]
        row = app.query_one(PolicyPanel).row_objects["aluminium|*|US"]
        assert row.rate_pct == 50
        await pilot.press("R")  # another cycle: still the user's data
        await settle(app, pilot)
        assert app.snapshot.mode == "live" and "DEMO" not in bar(app)
        shown = [s.title for s in headlines.row_objects.values()]
    # (b) what `metalwatch snapshot` builds from the same store is what the screen showed
    with Store(tmp_path / "store.sqlite3") as store:
        snap = build_snapshot(config, store)
    assert snap.mode == "live"
    assert [s.title for s in snap.stories if s.relevant][: len(shown)] == shown
    assert [p.source for p in snap.prices] == ["My copper"]
    assert [(r.metal, r.origin, r.destination, r.rate_pct) for r in snap.policy] == [
        ("aluminium", "*", "US", 50)
    ]


async def test_declared_rows_stay_when_the_demo_stands_in(tmp_path: Path) -> None:
    """Nothing configured delivers: the demo's headlines and prices, the user's board."""
    config = own_config(tmp_path, news=False, prices=False, dead=2)
    seen: list[list[str]] = []

    def hook(message: Any) -> None:
        if isinstance(message, SnapshotReady):
            seen.append([f"{r.metal}|{r.origin}|{r.destination}" for r in message.snapshot.policy])

    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        header = bar(app)
        assert "DEMO" in header and "policy board is yours" in header, header
        assert "2 sources failing" in header, header
        # narrower: the same in short words, never a phrase cut mid-way before the demo label
        for width in (100, 80, 60):
            short = app.status_bar.status_text(width)
            assert short.cell_len <= width, (width, short.plain)
            assert "DEMO 2026-" in short.plain and "⚠ 2 failing" in short.plain
        # the short note in plain words (it was "(none of yours yet: board yours)" at 120 and
        # 100): what is the demo's and what is the user's, never cut mid-phrase
        said = {w: app.status_bar.status_text(w).plain for w in (140, 120, 100, 90)}
        assert said[120].endswith("(demo news and prices; the policy board is yours)"), said
        assert said[100].endswith("(demo data; the board is yours)"), said
        assert said[90].endswith("(demo data for now)"), said
        for line in said.values():
            assert "…" not in line and "board yours" not in line, line
        # at 80 the demo's own short words stay after the failing count
        assert app.status_bar.status_text(80).plain.endswith(
            "⚠ 2 failing, none yet (s)  (demo data)"
        )
        assert "none of" not in app.status_bar.status_text(70).plain  # left out whole
        # found in session 18: at 60 columns "⚠ 2 failing, none y…", the key to see why lost
        for width in (60, 56):
            said = app.status_bar.status_text(width).plain
            assert said.endswith("⚠ 2 failing (s)") and "…" not in said, (width, said)
        assert app.query_one(HeadlinesPanel).table.row_count > 0  # the demo's
        assert policy_keys(app) == ["aluminium|*|US"]  # the user's, never the demo's
        await pilot.press("R")
        await settle(app, pilot)
        assert policy_keys(app) == ["aluminium|*|US"]
    assert seen and all(keys == ["aluminium|*|US"] for keys in seen), seen


async def test_the_first_delivery_replaces_the_demo(tmp_path: Path) -> None:
    config = own_config(tmp_path, news=True, prices=False, dead=1)
    news = tmp_path / "news.xml"
    body = news.read_bytes()
    news.unlink()  # the file is not there yet: every source fails, the demo stands in
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        news.write_bytes(body)
        await pilot.press("R")
        await settle(app, pilot)
        assert app.snapshot.mode == "live"
        header = bar(app)
        assert "DEMO" not in header and "1 live" in header, header
        sources = {s.source for s in app.query_one(HeadlinesPanel).row_objects.values()}
        assert sources == {"My news"}
        assert app.query_one(PricesPanel).table.row_count == 0  # no demo prices either


async def test_demo_flag_still_shows_the_demo(tmp_path: Path) -> None:
    app = MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "demo"
        header = bar(app)
        assert "DEMO snapshot of" in header and "failing" not in header, header


# ---- 2. failures known at once ----------------------------------------------------------


async def test_a_later_start_knows_what_failed_on_the_first_paint(tmp_path: Path) -> None:
    config = own_config(tmp_path)
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config, store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
    first: list[Any] = []

    def hook(message: Any) -> None:
        if isinstance(message, SnapshotReady) and not first:
            first.append(message.snapshot)

    app2 = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with app2.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app2, pilot)
        header = bar(app2)
        assert "1 source failing" in header and "OFFLINE" in header, header
        assert app2.offline
    from tui.flow.health import remote_names

    painted = summarise(first[0].sources, remote_names(config))
    assert painted.failing == 1 and painted.offline and painted.live == 2


async def test_failing_sources_with_data_say_how_old_it_is(tmp_path: Path) -> None:
    config = own_config(tmp_path, dead=0)
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config, store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
    # the files go away (at the same address: another address has no last good fetch of its
    # own); the stored data stays and is called what it is
    for src in config.sources:
        Path(src.url or "").unlink()
    app2 = MetalwatchApp(config, store_path=store)
    async with app2.run_test(size=(160, 48)) as pilot:
        await pilot.press("R")
        await settle(app2, pilot)
        header = bar(app2)
        assert "2 sources failing, oldest fetched" in header and "2 cached" in header, header
        assert "OFFLINE" not in header  # local files: the network is not the matter
        assert app2.query_one(PricesPanel).table.row_count == 1


# ---- 3. theme ---------------------------------------------------------------------------


def test_choose_theme() -> None:
    assert choose_theme("metalwatch-dark", None, None) == "metalwatch-dark"
    assert choose_theme("metalwatch-dark", "metalwatch-amber", "metalwatch-dark") == (
        "metalwatch-amber"
    )
    assert choose_theme("metalwatch-light", "metalwatch-amber", "metalwatch-dark") == (
        "metalwatch-light"
    )
    assert choose_theme("metalwatch-dark", "metalwatch-amber", None) == "metalwatch-dark"


async def _theme_after_start(config: Config, store: Path, pick: str | None = None) -> str:
    app = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        if pick:
            app.theme = pick  # what `t` and the palette do
            await pilot.pause()
        return app.theme


async def test_the_config_theme_wins_unless_the_user_picked_one_since(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    dark = own_config(tmp_path, news=False, prices=False, dead=0, theme="metalwatch-dark")
    light = dataclasses.replace(dark, app=dataclasses.replace(dark.app, theme="metalwatch-light"))
    assert await _theme_after_start(dark, store) == "metalwatch-dark"
    assert await _theme_after_start(dark, store, pick="metalwatch-amber") == "metalwatch-amber"
    assert await _theme_after_start(dark, store) == "metalwatch-amber"  # the pick stands
    assert await _theme_after_start(light, store) == "metalwatch-light"  # the config changed
    assert await _theme_after_start(light, store) == "metalwatch-light"
    await _theme_after_start(light, store, pick="metalwatch-high-contrast")
    assert await _theme_after_start(light, store) == "metalwatch-high-contrast"


# ---- 4. since you last looked -----------------------------------------------------------


async def test_since_you_last_looked_only_when_something_changed(tmp_path: Path) -> None:
    config = own_config(tmp_path, dead=0)
    store = tmp_path / "store.sqlite3"
    app = MetalwatchApp(config, store_path=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
    toasts: list[str] = []

    def hook(message: Any) -> None:
        from textual.notifications import Notify

        if isinstance(message, Notify) and message.notification.title == TITLE:
            toasts.append(message.notification.message)

    # nothing changed since: no notice (not "0 policy changes, 0 new stories")
    app2 = MetalwatchApp(config, store_path=store)
    async with app2.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app2, pilot)
        assert app2.changes.since is not None and not app2.changes.has_news
        assert TITLE not in bar(app2)
    assert toasts == []

    # news between sessions: one notice, recounted while it is open
    def add(title: str) -> None:
        with Store(store) as s:
            now = datetime.now(timezone.utc)
            s.save_headlines(
                "My news",
                [Headline(title, f"https://e.org/{hash(title)}", "My news", now)],
                seen_at=now,
            )

    add("Copper smelter output cut as ore grades fall, says Codelco")
    app3 = MetalwatchApp(config, store_path=store, refresh_on_start=False)
    app3._since = SinceNotice(seconds=3.0)
    async with app3.run_test(size=(160, 48), message_hook=hook) as pilot:
        await settle(app3, pilot)
        assert "1 new story since" in bar(app3)
        assert toasts and "0 policy" not in toasts[-1] and "1 new story" in toasts[-1]
        add("Aluminium premium in Rotterdam climbs to a record")
        app3.load_from_store()
        await settle(app3, pilot)
        assert "2 new stories since" in bar(app3), bar(app3)
        assert "2 new stories" in toasts[-1]
        await pilot.pause(3.2)  # closed: what comes now is not counted, nothing pops up again
        for _ in range(100):  # its timer may fire late on a loaded machine
            if TITLE not in bar(app3):
                break
            await pilot.pause(0.1)
        n = len(toasts)
        add("Nickel pig iron exports halted at Indonesian port")
        app3.load_from_store()
        await settle(app3, pilot)
        assert len(toasts) == n and TITLE not in bar(app3)


# ---- 5. empty panels say why --------------------------------------------------------------


async def test_empty_panels_say_the_real_reason(tmp_path: Path) -> None:
    config = own_config(tmp_path)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        prices = app.query_one(PricesPanel)
        app.set_metal("gallium")
        await pilot.pause()
        assert prices.table.row_count == 0
        assert "No price source for Gallium is configured" in empty_text(prices)
        policy = app.query_one(PolicyPanel)
        assert "No trade-policy status known for Gallium" in empty_text(policy)
        headlines = app.query_one(HeadlinesPanel)
        assert not headlines.row_objects  # no story in the feed names gallium
        assert "No headline mentions Gallium" in empty_text(headlines)
        app.set_metal(None)
        await pilot.pause()
        prices.text_filter = "zzzz-no-such-thing"
        prices.show()
        await pilot.pause()
        assert "Nothing matches the filter 'zzzz-no-such-thing'" in empty_text(prices)


async def test_an_empty_panel_whose_sources_all_fail_says_so(tmp_path: Path) -> None:
    """The news file delivers (so no demo); the only price source is a file that went away
    after the config was checked."""
    config = own_config(tmp_path, prices=False, dead=0)
    gone = tmp_path / "gone.csv"
    gone.write_text("Date,Close\n")
    missing = {
        "name": "My copper",
        "kind": "csv",
        "metal": "copper",
        "url": str(gone),
        "value_column": "Close",
    }
    config = dataclasses.replace(config, sources=(*config.sources, *own_sources(missing, tmp_path)))
    gone.unlink()
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "live"
        prices = app.query_one(PricesPanel)
        assert prices.table.row_count == 0
        text = empty_text(prices)
        assert "The price source is failing and has delivered nothing yet" in text, text
        app.set_metal("copper")
        await pilot.pause()
        assert "The price source for Copper is failing" in empty_text(prices)


async def test_the_failing_count_fits_the_header_at_80_columns(tmp_path: Path) -> None:
    """Issue 17: at 80x24 the header keeps the failing-source count (it comes first)."""
    config = own_config(tmp_path, news=False, prices=False, dead=2)
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        visible = bar(app)[:80]
        assert "2 sources failing" in visible, visible
