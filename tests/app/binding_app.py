"""The demo app the binding tests press keys on, and what they share.

The demo sources (local files: no network) are fetched once per session into a store file. One
demo app started on a copy of it (no refresh on start) serves a whole test module: every Textual
start, focus change and screen switch costs a few hundred milliseconds, and ``reset`` puts the
app back in its first state (main screen, no filter, nothing read, panel 1 focused, first rows
selected) before each test. ``quit`` gets an app of its own. Keys are read from the keymap
(``keys``, ``key``), so a changed default key is followed.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from textual.pilot import Pilot

from tui.core.config import load_config
from tui.core.keymap import spec
from tui.flow.refresh import Refresher
from tui.store import Store
from tui.ui.app import MetalwatchApp
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.panel import Panel

AppPilot = Pilot[None]
Case = Callable[[MetalwatchApp, AppPilot, pytest.MonkeyPatch], Awaitable[None]]
SIZE = (100, 30)


# ---- the demo app, started from a filled store -------------------------------------------


@pytest.fixture(scope="session", name="filled_store")
def filled_store_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo sources fetched once into a store file that each app copies."""
    path = tmp_path_factory.mktemp("filled") / "store.sqlite3"
    config = load_config(demo=True)

    async def fill() -> None:
        with Store(path) as store:
            refresher = Refresher(config, store)
            outcomes = await refresher.run(list(config.sources))
            await refresher.aclose()
        assert outcomes and all(o.ok for o in outcomes), [o.error for o in outcomes]

    asyncio.run(fill())
    return path


def demo_app(filled_store: Path, folder: Path) -> MetalwatchApp:
    store = folder / "store.sqlite3"
    shutil.copy(filled_store, store)
    return MetalwatchApp(load_config(demo=True), store_path=store, refresh_on_start=False)


@pytest_asyncio.fixture(scope="module", loop_scope="module", name="shared")
async def shared_fixture(
    filled_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[MetalwatchApp, AppPilot]]:
    """One running demo app for the module (starting one costs ~0.6 s); ``reset`` brings it
    back to its first state before each test."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:  # the autouse isolation is per test: redo it here
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("XDG_CACHE_HOME", str(home / "cache"))
        mp.setenv("METALWATCH_CONFIG_DIR", str(home / "config" / "metalwatch"))
        mp.setenv("METALWATCH_CACHE_DIR", str(home / "cache" / "metalwatch"))
        app = demo_app(filled_store, tmp_path_factory.mktemp("shared"))
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            yield app, pilot


@pytest.fixture(name="fresh")
def fresh_fixture(filled_store: Path, tmp_path: Path) -> MetalwatchApp:
    """A demo app of its own, for a case that ends the app."""
    return demo_app(filled_store, tmp_path)


async def settle(app: MetalwatchApp, pilot: AppPilot) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.snapshot is not None and not app.workers:
            return


async def reset(app: MetalwatchApp, pilot: AppPilot) -> None:
    """The state the app starts in: main screen, no filter, nothing read, first row focused."""
    await settle(app, pilot)
    while len(app.screen_stack) > 1:
        app.pop_screen()
    app.clear_notifications()
    if app.theme != "metalwatch-dark":
        app.theme = "metalwatch-dark"
    app.changed_policy = set()
    dirty = bool(app.read_ids or app.metal_filter)
    app.read_ids = set()
    for h in app.query(HeadlinesPanel):
        dirty = dirty or h.show_all or (h.snapshot is not app.snapshot)
        h.show_all = False
        h.snapshot = app.snapshot
    for p in app.panels:
        box = p.filter_box  # made when the filter is first opened
        if p.text_filter or (box is not None and (box.value or box.display)):
            p.text_filter = ""
            if box is not None:
                box.value = ""
                box.display = False
            dirty = True
    if dirty:
        app.set_metal(None)  # repaints every panel
        await settle(app, pilot)
    for p in app.panels:
        if p.table.cursor_row:
            p.table.move_cursor(row=0)
    if app.focused is not app.panels[0].table:
        app.set_focus(app.panels[0].table)
    await pilot.pause()
    assert on_main_screen(app)
    assert not app.read_ids and app.metal_filter is None and app.theme == "metalwatch-dark"
    assert [p.table.cursor_row for p in app.panels] == [0] * len(app.panels)
    snap = app.snapshot
    assert snap is not None
    rows = [p.table.row_count for p in app.panels]
    relevant = sum(1 for s in snap.stories if s.relevant)  # the headlines show these by default
    assert rows == [relevant, len(snap.prices), len(snap.policy)], rows
    assert rows[0] >= 5 and rows[1] >= 9 and rows[2] >= 10, rows
    assert app.focused_panel() is app.panels[0]


def keys(binding_id: str) -> list[str]:
    """The default keys of a binding, from the keymap."""
    return [k.strip() for k in spec(binding_id).keys.split(",")]


def key(binding_id: str) -> str:
    return keys(binding_id)[0]


def panel(app: MetalwatchApp, kind: type[Panel]) -> Panel:
    return app.query_one(kind)


def focus(app: MetalwatchApp, kind: type[Panel], row: int = 0) -> Panel:
    p = panel(app, kind)
    if app.focused is not p.table:  # a focus change costs a restyle: skip it when we can
        app.set_focus(p.table)
    p.table.move_cursor(row=row)
    return p


def on_main_screen(app: MetalwatchApp) -> bool:
    return len(app.screen_stack) == 1


def _record(app: MetalwatchApp, name: str, mp: pytest.MonkeyPatch) -> list[str]:
    """Replace ``app.<name>(url)`` (open_url, copy_to_clipboard) by a recorder."""
    seen: list[str] = []
    mp.setattr(app, name, lambda url, *a, **kw: seen.append(url))
    return seen


ENDS_THE_APP = {"quit"}
