"""The app driven by Pilot on the bundled demo data (local files: no network)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import DataTable, Static

from tests.app.settling import settle
from tests.ports import refused_port
from tui.core.config import load_config
from tui.ui.app import MetalwatchApp
from tui.ui.screens.chart import ChartScreen
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.sources import SourcesScreen
from tui.ui.screens.story import StoryScreen
from tui.ui.widgets.headlines import HeadlinesPanel
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel


def demo_app(tmp_path: Path) -> MetalwatchApp:
    return MetalwatchApp(load_config(demo=True), store_path=tmp_path / "store.sqlite3")


async def test_three_panels_populated_and_quit(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        headlines = app.query_one(HeadlinesPanel)
        prices = app.query_one(PricesPanel)
        policy = app.query_one(PolicyPanel)
        assert app.snapshot is not None  # the relevant stories show by default
        assert headlines.table.row_count == sum(1 for s in app.snapshot.stories if s.relevant) >= 5
        assert prices.table.row_count >= 8
        assert policy.table.row_count >= 8
        titles = [s.title for s in headlines.row_objects.values()]
        assert any("China to Resume Metal Exports" in t for t in titles)
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


async def test_tab_moves_focus_between_panels(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.focused_panel() is app.query_one(HeadlinesPanel)
        await pilot.press("tab")
        assert app.focused_panel() is app.query_one(PricesPanel)
        await pilot.press("tab")
        assert app.focused_panel() is app.query_one(PolicyPanel)
        await pilot.press("shift+tab")
        assert app.focused_panel() is app.query_one(PricesPanel)
        await pilot.press("3")
        assert app.focused_panel() is app.query_one(PolicyPanel)
        await pilot.press("1")
        assert app.focused_panel() is app.query_one(HeadlinesPanel)


async def test_arrow_keys_and_vim_keys_move_within_a_panel(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        table = app.query_one(HeadlinesPanel).table
        assert table.cursor_row == 0
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_help_opens_and_escape_goes_back(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "Refresh" in text and "quit" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_enter_opens_details_in_each_panel(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("escape")
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChartScreen)
        await pilot.press("6")  # Max time frame
        assert app.screen.frame == "Max"
        await pilot.press("escape")
        await pilot.press("3", "enter")
        assert isinstance(app.screen, EvidenceScreen)
        row = app.screen.row
        name = next(m.name for m in app.snapshot.metals if m.id == row.metal)
        heading = str(app.screen.query_one("#evidence-text", Static).render()).splitlines()[0]
        assert heading.startswith(f"{name}  {row.origin} → "), heading  # the name, not the id
        await pilot.press("escape")
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        assert app.screen.query_one(DataTable).row_count == len(app.config.sources)


async def test_metal_filter_links_the_panels(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        app.set_metal("copper")
        await pilot.pause()
        for panel in app.query(PricesPanel):
            assert {s.metal for s in panel.row_objects.values()} == {"copper"}
        for panel in app.query(PolicyPanel):
            assert {r.metal for r in panel.row_objects.values()} == {"copper"}
        for panel in app.query(HeadlinesPanel):
            assert all("copper" in s.metals for s in panel.row_objects.values())
        await pilot.press("M")
        assert app.query_one(PricesPanel).table.row_count > 1


async def test_usable_at_small_and_large_sizes(tmp_path: Path) -> None:
    """One app made 80x24, then 200x60: what each size draws."""
    app = demo_app(tmp_path)
    sizes = [(80, 24), (200, 60)]
    checked: list[tuple[tuple[int, int], str]] = []
    async with app.run_test(size=sizes[0]) as pilot:
        await settle(app, pilot)
        for size in sizes:
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.size == size, (size, app.size)
            for panel in (
                app.query_one(HeadlinesPanel),
                app.query_one(PricesPanel),
                app.query_one(PolicyPanel),
            ):
                case = (size, type(panel).__name__)
                assert panel.size.height >= 3, (case, panel.size)
                assert panel.table.row_count > 0, case
                checked.append(case)
    assert len(checked) == 2 * 3, checked


async def test_offline_first_run_shows_the_bundled_snapshot_and_says_so(tmp_path: Path) -> None:

    from tui.core.config import parse_config

    port = refused_port()  # a port with nothing listening
    config = parse_config(
        {
            "app": {"timeout": "2s"},
            "metals": [{"id": "copper", "name": "Copper"}],
            "sources": [
                {"name": "gone", "kind": "rss", "url": f"http://127.0.0.1:{port}/feed.xml"},
                {
                    "name": "gone prices",
                    "kind": "fred",
                    "metal": "copper",
                    "url": f"http://127.0.0.1:{port}/c.csv",
                },
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.offline
        bar = str(app.status_bar.status_text())
        assert "OFFLINE" in bar and "DEMO" in bar
        assert app.snapshot is not None and app.snapshot.mode == "offline-demo"
        assert app.query_one(HeadlinesPanel).table.row_count > 0
        assert app.query_one(PricesPanel).table.row_count > 0
        assert "nothing of yours delivered yet" in bar
        # the demo's label comes first: at 80 columns it is still on screen
        assert bar.index("DEMO snapshot of") < bar.index("failing") < 80
        assert "policy board is yours" not in bar  # nothing declared: the demo's board
        for width in (110, 100, 90):  # the short words are plain ones, never "none yours"
            short = app.status_bar.status_text(width).plain
            assert "(demo data" in short and "yours" not in short, (width, short)
        await pilot.press("R")  # still nothing reachable: the bundled snapshot stays on screen
        await settle(app, pilot)
        assert app.snapshot.mode == "offline-demo"
        assert app.query_one(HeadlinesPanel).table.row_count > 0


async def test_second_start_with_the_network_gone_shows_the_stored_data(tmp_path: Path) -> None:
    """Fill the store from the demo files served over HTTP, then start with the network gone
    (nothing listens at the same addresses)."""
    import dataclasses

    import httpx

    from tui.core.config import load_config

    store = tmp_path / "store.sqlite3"
    demo = load_config(demo=True)
    port = refused_port()
    files = {
        f"/{i}/{Path(s.url or '').name}": Path(s.url or "") for i, s in enumerate(demo.sources)
    }
    served = tuple(
        dataclasses.replace(src, url=f"http://127.0.0.1:{port}{path}")
        for src, path in zip(demo.sources, files, strict=True)
    )
    offline = dataclasses.replace(
        demo, demo=False, sources=served, app=dataclasses.replace(demo.app, timeout=2.0)
    )

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=files[request.url.path].read_bytes())

    app = MetalwatchApp(offline, store_path=store, transport=httpx.MockTransport(answer))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        rows = app.query_one(HeadlinesPanel).table.row_count
        assert rows >= 5  # the relevant stories
    app2 = MetalwatchApp(offline, store_path=store)
    async with app2.run_test(size=(120, 40)) as pilot:
        await settle(app2, pilot)
        # painted from the store at once; nothing is due yet (each source keeps its cadence)
        assert app2.query_one(HeadlinesPanel).table.row_count == rows
        await pilot.press("R")  # refresh everything now: every source fails
        await settle(app2, pilot)
        assert app2.offline
        assert "OFFLINE" in str(app2.status_bar.status_text())
        assert app2.query_one(HeadlinesPanel).table.row_count == rows
        assert app2.query_one(PricesPanel).table.row_count >= 8
        # every source failed after a success: the price rows say their data is stale ("!")
        prices = app2.query_one(PricesPanel)
        ages = [str(prices.table.get_row_at(i)[-1]) for i in range(prices.table.row_count)]
        assert all(a.split("\n")[0].endswith("!") for a in ages), ages
        # and each panel says its sources are failing, with the age of the last good data
        for panel in (app2.query_one(HeadlinesPanel), prices, app2.query_one(PolicyPanel)):
            assert re.search(
                r"⚠ \d+ failing, fetched (just now|\S+ ago)", str(panel.border_subtitle)
            ), panel.border_subtitle


async def test_chart_markers_are_listed_and_open_their_detail(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        await pilot.press(
            "2", "enter"
        )  # copper: the 1Y window holds the seed story and the July tariff
        await pilot.pause()
        chart = app.screen
        assert isinstance(chart, ChartScreen)
        kinds = [(m.day.isoformat(), m.kind) for m in chart.marks]
        assert ("2026-06-23", "policy:resuming") in kinds
        options = chart.query_one("#chart-markers", OptionList)
        assert options.option_count == len(chart.marks)
        seed = next(i for i, m in enumerate(chart.marks) if m.kind == "policy:resuming")
        first_text = str(options.get_option_at_index(seed).prompt)
        assert "reaction from 2026-06-22: +1d: -6.5%, +5d: -3.4%" in first_text
        options.focus()
        options.highlighted = seed
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)  # the policy row behind the marker
        assert app.screen.row.metal == "copper" and app.screen.row.status == "resuming"
        await pilot.press("escape")
        assert app.screen is chart


async def test_config_driven_panels_same_kind_twice(tmp_path: Path) -> None:
    import dataclasses

    from tui.core.config_types import PanelConfig

    config = dataclasses.replace(
        load_config(demo=True),
        panels=(
            PanelConfig("prices", "Base metals", ("copper", "aluminium", "nickel"), 2),
            PanelConfig("prices", "Precious", ("gold", "silver", "platinum")),
            PanelConfig(
                "policy", "Critical minerals", ("gallium", "germanium", "antimony", "rare-earths")
            ),
        ),
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        base, precious = list(app.query(PricesPanel))
        assert {s.metal for s in base.row_objects.values()} == {"copper", "aluminium", "nickel"}
        assert {s.metal for s in precious.row_objects.values()} == {"gold", "silver", "platinum"}
        assert "Base metals" in str(base.border_title)
        policy = app.query_one(PolicyPanel)
        assert {r.metal for r in policy.row_objects.values()} <= {
            "gallium",
            "germanium",
            "antimony",
            "rare-earths",
        }
        assert not app.query(HeadlinesPanel)
        assert base.size.height > precious.size.height  # size = 2 against 1
        await pilot.press("2")
        assert app.focused_panel() is precious


async def test_double_click_opens_a_row(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        policy = app.query_one(PolicyPanel)
        await pilot.click(policy.table, offset=(5, 3))  # one click: focus and select
        await pilot.pause()
        assert app.focused is policy.table and not isinstance(app.screen, EvidenceScreen)
        await pilot.click(policy.table, offset=(5, 3), times=2)
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)


async def test_new_stories_after_a_refresh_go_on_top_and_the_selection_stays(
    tmp_path: Path,
) -> None:
    from datetime import datetime, timezone

    from tui.core.models import Headline
    from tui.store import Store

    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(HeadlinesPanel)
        await pilot.press("down", "down")
        selected = panel.selected_story()
        before = panel.table.row_count
        with Store(tmp_path / "store.sqlite3") as store:
            fresh = Headline(
                "Chile imposes export quota on copper concentrate",
                "https://example.org/chile",
                "Reuters (demo capture)",
                datetime(2026, 8, 22, 23, 0, tzinfo=timezone.utc),
            )
            store.save_headlines(
                "Reuters (demo capture)", [fresh], seen_at=datetime.now(timezone.utc)
            )
        app.load_from_store()
        await settle(app, pilot)
        table = panel.table
        assert table.row_count == before + 1
        order = table.row_keys()
        assert order == list(panel.row_objects)  # the list shows the stories newest first
        assert (
            panel.row_objects[order[0]].title == "Chile imposes export quota on copper concentrate"
        )
        assert panel.selected_story() == selected  # the cursor stayed on the same story
        assert table.cursor_row == 3  # one row further down, with its story


async def test_founding_story_is_on_the_first_demo_screen_at_120x40(tmp_path: Path) -> None:
    """The founding story is within the rows the headlines panel shows at once, in the
    snapshot's order of relevant stories (the panel's default view)."""
    app = demo_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.snapshot is not None
        table = app.query_one(HeadlinesPanel).table
        visible = table.scrollable_content_region.height - 1  # less the header row
        shown = [s.title for s in app.snapshot.stories if s.relevant]
        founding = next(i for i, t in enumerate(shown) if t.startswith("China to Resume Metal"))
        assert visible >= 8
        assert founding < visible, (founding, visible, shown)
