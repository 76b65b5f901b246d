"""The prices and policy rows (``PanelRows``, a table on the Line API): the header stays on top,
the cursor follows the keys and the mouse across two-line rows, a cell cut by its column ends
with an ellipsis, numbers keep to the right, and the filter box and the empty panel's message
exist only once needed.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from textual.widgets import Input

from tui.core.config import parse_config
from tui.core.models import Metal, PolicyStatus, PriceSeries, Snapshot
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.screens.evidence import EvidenceScreen
from tui.ui.widgets.panel_rows import PanelRows
from tui.ui.widgets.policy import PolicyPanel
from tui.ui.widgets.prices import PricesPanel

NOW = datetime(2026, 8, 23, 12, 0, tzinfo=timezone.utc)
METALS = [f"metal{i:02d}" for i in range(30)]
SIZE = (120, 40)


def series(metal: str, last: float) -> PriceSeries:
    end = NOW.date() - timedelta(days=1)
    points = tuple((end - timedelta(days=29 - i), last - 29 + i) for i in range(30))
    source = f"{metal} price file from a very long named provider"
    return PriceSeries(source, metal.upper(), "USD/t", points, metal=metal)


def snapshot() -> Snapshot:
    return Snapshot(
        generated_at=NOW,
        metals=[Metal(m, m.title()) for m in METALS],
        prices=[series(m, 1000.0 + 10 * i) for i, m in enumerate(METALS)],
        policy=[PolicyStatus(m, "CN", "US", "export_ban", date(2025, 12, 1)) for m in METALS],
    )


def app_for(tmp_path: Path) -> MetalwatchApp:
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in METALS],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/feed.xml"}],
        },
        None,
    )
    return MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)


async def start(app: MetalwatchApp, pilot: Any) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()
    app.post_message(SnapshotReady(snapshot()))
    await pilot.pause()
    await pilot.pause()


async def test_keys_and_pages_move_the_cursor_over_two_line_rows(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        table = app.query_one(PricesPanel).table
        assert isinstance(table, PanelRows)
        table.focus()
        await pilot.pause()
        assert table.row_count == len(METALS) and table.cursor_row == 0
        await pilot.press("down", "j")
        assert table.cursor_key() == METALS[2]
        page = (table.scrollable_content_region.height - 1) // 2  # rows of two lines
        await pilot.press("pagedown")
        assert table.cursor_row == 2 + page
        await pilot.press("G")
        assert table.cursor_key() == METALS[-1]
        # the cursor's row is on screen, both its lines, and the header stays on top
        top = int(table.scroll_y)
        assert top > 0
        last_line = 2 * (len(METALS) - 1) + 1
        assert top <= 2 * (len(METALS) - 1) and last_line < top + table.size.height - 1
        assert table.render_line(0).text.startswith(" Metal / source")
        assert "Metal29" in "".join(table.render_line(y).text for y in range(table.size.height))
        await pilot.press("g")
        assert table.cursor_row == 0 and int(table.scroll_y) == 0


async def test_a_click_selects_and_a_double_click_opens(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        policy = app.query_one(PolicyPanel)
        table = policy.table
        await pilot.click(table, offset=(2, 3))  # the header, then rows 0, 1, 2
        assert policy.selected_key() == f"{METALS[2]}|CN|US" and table.has_focus
        await pilot.click(table, offset=(2, 0))  # the header selects nothing
        assert table.cursor_row == 2
        await pilot.click(table, offset=(2, 4), times=2)
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert policy.selected_key() == f"{METALS[3]}|CN|US"


async def test_cut_cells_end_with_an_ellipsis_and_numbers_keep_right(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        table = app.query_one(PricesPanel).table
        first, second = table.render_line(1).text, table.render_line(2).text
        widths = dict(zip(table.column_keys(), (c.width for c in table.columns), strict=True))
        metal = 1 + widths["metal"] + 1  # a cell is padded by one blank on each side
        assert second[1:metal].rstrip().endswith("…")  # the source name, cut
        assert len(second[1:metal].rstrip()) == widths["metal"]
        last = first[metal : metal + widths["last"] + 2]
        assert last.endswith("1,000 ") and last.startswith(" " * 3)  # right-justified


async def test_the_filter_box_and_the_empty_message_are_made_when_needed(
    tmp_path: Path,
) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        policy = app.query_one(PolicyPanel)
        assert policy.filter_box is None and not policy.query(Input)
        # the store was empty at the start, so the message was made then: hidden now
        assert policy.empty_box is None or not policy.empty_box.display
        policy.table.focus()
        await pilot.press("/")
        box = policy.filter_box
        assert box is not None and box.has_focus and policy.children[0] is box
        await pilot.press(*"nothing like this")
        assert policy.table.row_count == 0
        empty = policy.empty_box
        assert empty is not None and empty.display and "filter" in str(empty.render()).lower()
        await pilot.press("escape")
        assert policy.table.row_count == len(METALS) and not empty.display and not box.display


async def test_a_resize_keeps_the_cursor_on_its_row(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        for panel in (app.query_one(PricesPanel), app.query_one(PolicyPanel)):
            panel.table.focus()
            panel.table.move_cursor(row=5)
            chosen = panel.selected_key()
            width = panel.table.columns[-1].width
            await pilot.resize_terminal(SIZE[0] + 40, SIZE[1])
            await pilot.pause()
            await pilot.pause()
            rebuilt = panel.table.columns[-1].width != width  # the columns were made anew
            assert rebuilt or isinstance(panel, PricesPanel)  # (prices: on every resize)
            assert panel.selected_key() == chosen and panel.table.cursor_row == 5
            await pilot.resize_terminal(*SIZE)
            await pilot.pause()
            await pilot.pause()
            assert panel.selected_key() == chosen


async def test_a_price_says_its_source_failed_only_when_it_did(tmp_path: Path) -> None:
    """Found driving the app on a damaged cache moved aside: the first paint showed the last
    snapshot's prices with "!" (their source failed) while no source had been tried yet."""
    from tui.core.models import SourceHealth

    names = [f"{m} price file from a very long named provider" for m in METALS[:3]]
    health = [
        SourceHealth(names[0], "csv"),  # waiting: never tried (a fresh store)
        SourceHealth(names[1], "csv", ok=False, error="HTTP 500", fetched_at=NOW),  # failed
        SourceHealth(names[2], "csv", ok=True, fetched_at=NOW, last_success=NOW),  # delivered
    ]
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        snap = snapshot()
        snap.sources = health
        app.post_message(SnapshotReady(snap))
        await pilot.pause()
        await pilot.pause()
        table = app.query_one(PricesPanel).table
        ages = [str(table.get_row_at(i)[-1]).split("\n")[0] for i in range(3)]
        assert [a.endswith("!") for a in ages] == [False, True, False], ages


async def test_a_header_cut_only_in_its_padding_says_nothing_is_cut(tmp_path: Path) -> None:
    """At 80x24 a policy board with more rows than its lines has a scrollbar, and its last
    column's padding falls past the table's edge: the header ended "Flags          …", as if
    columns were out of sight. Every flag is whole, and the header says so."""
    metals = ("copper", "nickel", "zinc", "tin", "lead", "gallium", "germanium", "antimony")
    config = parse_config(
        {
            "metals": [{"id": m, "name": m.title()} for m in metals],
            "policy": [
                {"metal": m, "origin": "CN", "destination": "US", "status": "licensing"}
                | {"since": "2025-01-01", "until": "2026-01-31"}
                for m in metals
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        table = app.query_one(PolicyPanel).table
        assert table.row_count > table.size.height - 1  # a scrollbar
        header = table.render_line(0).text
        assert header.rstrip().endswith("Flags") and "…" not in header, header
        assert table.render_line(1).text.rstrip().endswith("ended 2026-01-31")


async def test_a_rows_end_date_and_a_ceiling_rate_are_said(tmp_path: Path) -> None:
    """A row whose story names its end ("until Nov. 27, 2026") says "until" on the board while
    the day is ahead, and a tariff "of up to 50%" reads "up to 50%", never a flat 50%."""
    app = app_for(tmp_path)
    rows = [
        PolicyStatus(
            "metal00", "CN", "US", "resuming", date(2025, 11, 9), until=date(2026, 11, 27)
        ),
        PolicyStatus("metal01", "CN", "MX", "tariff", date(2025, 4, 1), 50.0, rate_up_to=True),
    ]
    async with app.run_test(size=(200, 40)) as pilot:
        await start(app, pilot)
        app.post_message(SnapshotReady(dataclasses.replace(snapshot(), policy=rows)))
        await pilot.pause()
        await pilot.pause()
        table = app.query_one(PolicyPanel).table
        lines = [table.render_line(i).text for i in range(1, 1 + table.row_count)]
        copper = next(x for x in lines if "CN→US" in x)
        nickel = next(x for x in lines if "CN→MX" in x)
        assert "until 2026-11-27" in copper and "ended" not in copper, copper
        assert "tariff up to 50%" in nickel, nickel


async def test_an_end_date_is_whole_at_80_columns(tmp_path: Path) -> None:
    """Found in the session-16 audit: at 80x24 the demo's antimony row read "until 2026-11-2…":
    the flag was written with a space after it, one cell more than its 16-cell column, and the
    cut took the day's last digit. A flag ends where its text does."""
    config = parse_config(
        {
            "metals": [{"id": "antimony", "name": "Antimony"}],
            "policy": [
                {"metal": "antimony", "origin": "CN", "destination": "US"}
                | {"status": "licensing", "since": "2025-11-09", "until": "2099-11-27"}
            ],
        },
        None,
    )
    app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(6):
            await app.workers.wait_for_complete()
            await pilot.pause()
        table = app.query_one(PolicyPanel).table
        row = table.render_line(1).text
        assert "until 2099-11-27" in row and "…" not in row, row


async def test_a_proposed_measure_says_so_whole_at_80_columns(tmp_path: Path) -> None:
    """Found in the session-16 audit: at 80x24 a proposed tariff read "$ tariff 25% (p…", a
    measure in force to anyone who did not know the word cut. Where the status column cannot
    hold "(proposed)", the word is the first flag, whole; where it can, it stays beside the
    status."""
    config = parse_config(
        {
            "metals": [{"id": "copper", "name": "Copper"}],
            "policy": [
                {"metal": "copper", "origin": "CN", "destination": "US", "status": "tariff"}
                | {"rate_pct": 25, "since": "2026-01-01", "proposed": True}
            ],
        },
        None,
    )
    for size, where in (((80, 24), "flags"), ((120, 40), "status")):
        app = MetalwatchApp(config, store_path=tmp_path / "store.sqlite3", refresh_on_start=False)
        async with app.run_test(size=size) as pilot:
            for _ in range(6):
                await app.workers.wait_for_complete()
                await pilot.pause()
            row = app.query_one(PolicyPanel).table.render_line(1).text
            assert "…" not in row, row
            if where == "flags":
                assert "$ tariff 25%  " in row and row.rstrip().endswith("proposed"), row
            else:
                assert "$ tariff 25% (proposed)" in row, row
