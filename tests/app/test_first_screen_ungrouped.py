"""A start whose snapshot cache is gone (the first after an upgrade): the stored headlines are on
the first screen at once, each on its own and said to be still grouping; the grouped snapshot
replaces them from the same load, and only it is cached. Local files only: no network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from own_data import bar, own_config, settle

import tui.ui.app
from tui.flow.snapshot import UNGROUPED, build_snapshot
from tui.store import Store, snapshot_cache
from tui.store.memo_file import memo_path
from tui.ui.app import MetalwatchApp
from tui.ui.messages import SnapshotReady
from tui.ui.widgets.status_bar import GROUPING


class Watched(MetalwatchApp):
    """The app, noting each snapshot it shows and what the header said then."""

    CSS_PATH = str(Path(tui.ui.app.__file__).with_name("app.tcss"))  # not this file's folder
    shown: list[tuple[bool, Any, str]]

    def on_snapshot_ready(self, message: SnapshotReady) -> None:
        super().on_snapshot_ready(message)
        self.shown.append((message.grouping, message.snapshot, str(self.status_bar.message)))


async def test_a_start_without_the_cached_snapshot_shows_the_stored_headlines_first(
    tmp_path: Path,
) -> None:
    config = own_config(tmp_path, dead=0)
    path = tmp_path / "store.sqlite3"
    first = MetalwatchApp(config, store_path=path)
    async with first.run_test(size=(160, 48)) as pilot:  # fetches the files, caches a snapshot
        await settle(first, pilot)
    cache = snapshot_cache.cache_path(path)
    assert cache.exists()
    for stale in (cache, snapshot_cache.head_path(cache), memo_path(path, "cluster")):
        stale.unlink(missing_ok=True)  # what an upgrade leaves unusable (keyed by the code)
    with Store(path) as store:
        grouped = build_snapshot(config, store)
    assert any(len(s.entries) > 1 for s in grouped.stories), "the feed has stories to group"

    app = Watched(config, store_path=path, refresh_on_start=False)
    app.shown = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        final_header = bar(app)
        final_message = str(app.status_bar.message)
    assert len(app.shown) >= 2
    grouping, ungrouped, said = app.shown[0]
    assert grouping and said == GROUPING
    stored = sum(len(s.entries) for s in grouped.stories)
    assert len(ungrouped.stories) == stored > len(grouped.stories)
    assert all(len(s.entries) == 1 and s.policy_event is None for s in ungrouped.stories)
    assert ungrouped.policy and {p.metal for p in ungrouped.policy} == {
        p.metal for p in grouped.policy
    }, "the board is there from the first screen"
    assert ungrouped.prices == grouped.prices or len(ungrouped.prices) == len(grouped.prices)
    assert ungrouped.mode == UNGROUPED
    with Store(path) as store:  # never reused: a build after it groups and reads everything
        after = build_snapshot(config, store, reuse=ungrouped)
    assert [(s.id, s.policy_event) for s in after.stories] == [
        (s.id, s.policy_event) for s in grouped.stories
    ]
    # then the grouped snapshot, the header no longer saying it groups
    assert not app.shown[-1][0]
    assert [s.id for s in app.shown[-1][1].stories] == [s.id for s in grouped.stories]
    assert final_message != GROUPING and GROUPING not in final_header
    assert app.shown[-1][1] is not ungrouped
    shared = {id(e) for s in app.shown[-1][1].stories for e in s.entries}
    assert shared == {id(s.entries[0]) for s in ungrouped.stories}, "its headlines read once"
    # only the grouped one is cached
    cached = snapshot_cache.load(cache, key=snapshot_cache.config_key(config))
    assert cached is not None
    assert [s.id for s in cached[0].stories] == [s.id for s in grouped.stories]


async def test_a_start_with_the_cached_snapshot_never_shows_it_ungrouped(tmp_path: Path) -> None:
    config = own_config(tmp_path, dead=0)
    path = tmp_path / "store.sqlite3"
    first = MetalwatchApp(config, store_path=path)
    async with first.run_test(size=(160, 48)) as pilot:
        await settle(first, pilot)
    app = Watched(config, store_path=path, refresh_on_start=False)
    app.shown = []
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
    assert app.shown and not any(grouping for grouping, _snap, _said in app.shown)
    assert all(said != GROUPING for _grouping, _snap, said in app.shown)
